"""Rules that generalize to notices nobody has seen (issue 29, round 3): shapes, not words of one text."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

READ = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("lượng phân là 23 kg/sào", "lượng phân là hai mươi ba ki lô gam một sào"),
        ("có nơi trên 200 mm/đợt", "có nơi trên hai trăm mi li mét một đợt"),
        ("5 tạ phân chuồng hoai/sào", "năm tạ phân chuồng hoai một sào"),  # tạ is a unit: words between, then /
        ("đạt 39tạ/ha", "đạt ba mươi chín tạ một héc ta"),
        ("tăng 600 đ/kg", "tăng sáu trăm đồng một ki lô gam"),  # the đồng's symbol before a slash and a unit
        ("80 km/h, 5 mg/l", "tám mươi ki lô mét trên giờ, năm mi li gam trên lít"),  # a slashed unit of the table
        ("2 trâu/bò", "hai trâu, bò"),  # no unit before the slash: a pause
    ],
)
def test_a_slash_after_a_measured_amount_says_per(written: str, spoken: str) -> None:
    assert READ.text(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("sạt đất tại km 271+500", "sạt đất tại ki lô mét hai trăm bảy mươi mốt cộng năm trăm"),
        ("tại km62+250, Quốc Lộ 12", "tại ki lô mét sáu mươi hai cộng hai trăm năm mươi, Quốc Lộ mười hai"),
        ("đến Km+500", "đến ki lô mét cộng năm trăm"),
    ],
)
def test_a_road_chainage_in_any_case_and_spacing(written: str, spoken: str) -> None:
    assert READ.text(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Tính đến 05h30p ngày", "Tính đến năm giờ ba mươi phút ngày"),
        ("lúc 15h30' ngày", "lúc mười lăm giờ ba mươi phút ngày"),
        ("| 09:39:00 (GMT +7)", "chín giờ ba mươi chín phút, giê em tê cộng bảy"),
        ("Ngày 17/02/2021 00:00:00", "Ngày mười bảy tháng hai năm hai nghìn không trăm hai mươi mốt, không giờ"),
        ("lúc 03:54:27", "lúc ba giờ năm mươi tư phút hai mươi bảy giây"),
    ],
)
def test_minute_marks_and_zero_seconds_of_a_time(written: str, spoken: str) -> None:
    assert READ.text(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("hàng tỷ đô la [2], [3], [4].", "hàng tỷ đô la."),
        ("khoảng cách 4 năm [87], [89] và khác", "khoảng cách bốn năm và khác"),
        ("của dân tộc[1].", "của dân tộc."),
        ("[01] Kỳ tính thuế:", "một, Kỳ tính thuế"),  # opening a line, it is the list's number
    ],
)
def test_citation_marks_after_a_word_are_not_read(written: str, spoken: str) -> None:
    assert READ.text(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("5 giờ trướcBài gốc", "năm giờ trước Bài gốc"),
        ("YênBái - Trong", "Yên Bái, Trong"),
        ("mua iPad", "mua Ai pát"),  # a name: no Vietnamese mark, not split
    ],
)
def test_two_vietnamese_words_a_page_glued_are_parted(written: str, spoken: str) -> None:
    assert READ.text(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("trẻ 5 tháng đến < 1 tuổi", "trẻ năm tháng đến dưới một tuổi"),
        ("người > 60 tuổi", "người trên sáu mươi tuổi"),
    ],
)
def test_a_comparison_sign_before_an_amount_is_said(written: str, spoken: str) -> None:
    assert READ.text(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("cúm gia cầm A/H5N6.", "cúm gia cầm a hát năm en nờ sáu."),
        ("cúm H5N1, H7N9", "cúm hát năm en nờ một, hát bảy en nờ chín"),
        ("sân NT6, phòng PC67", "sân en nờ tê sáu, phòng pê xê sáu bảy"),  # one letter group: a code, as before
    ],
)
def test_a_virus_subtype_is_letters_and_their_numbers(written: str, spoken: str) -> None:
    assert READ.text(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("như đã nêu tại mục (II)", "như đã nêu tại mục, hai"),
        ("sốt xuất huyết đợt IV năm 2024", "sốt xuất huyết đợt bốn năm hai nghìn không trăm hai mươi tư"),
        ("trường cấp II, loại I", "trường cấp hai, loại một"),
        ("ông Vũ I", "ông Vũ I"),  # no word that counts before it: not a numeral
    ],
)
def test_a_roman_numeral_after_a_counting_word_or_in_brackets(written: str, spoken: str) -> None:
    assert READ.text(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("số CMND/CCCD, số", "số chứng minh nhân dân, căn cước công dân, số"),
        ("Tiểu học và THCS-THPT đóng", "Tiểu học và trung học cơ sở, trung học phổ thông đóng"),
        ("CBCCVC-LĐ thực hiện", "cán bộ, công chức, viên chức và người lao động thực hiện"),  # an entry itself
        ("Số 12/QĐ-UBND ngày", "Số mười hai, quyết định Ủy ban nhân dân ngày"),  # a document's symbol
    ],
)
def test_two_known_abbreviations_joined_are_each_read(written: str, spoken: str) -> None:
    assert READ.text(written) == spoken
