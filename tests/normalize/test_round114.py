"""Issue 29, round 114: an idempotency counterexample left by the last stop, then what blind batches dd1 and dd2
(now development) showed."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Ithứ I", "i thứ nhất"),  # was "I thứ I", then "I thứ nhất"
        ("Phần Ithứ IV", "Phần i thứ tư"),  # a capital I apart would be read "một" after `Phần` the second time
        ("đền Pô Inư Nưgar", "đền Pô i nư Nưgar"),  # the Cham temple's name, parted as before, its I written small
        ("bthứ I", "bthứ I"),  # a small letter glued on is no capital before a word: left as before
    ],
)
def test_a_capital_i_glued_to_a_context_word_is_read_in_one_pass(written: str, spoken: str) -> None:
    """`Ithứ I` was read "I thứ I": the Roman numeral's context word `thứ` had a letter glued before it, so the
    numeral was left, and the runs rule parted `Ithứ` later; a second reading said "thứ nhất" (found by
    test_idempotent). A context word with a capital glued on is context, and a parted first `I` is written small."""
    once = N.text(written)
    assert (once, N.text(once)) == (spoken, spoken)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Lãnh đạo gấp rút thăm TQ; Chính sách TQ", "Lãnh đạo gấp rút thăm Trung Quốc, Chính sách Trung Quốc"),
        ("theo tiêu chuẩn VietGap, GlobalGap được mở rộng", "theo tiêu chuẩn Việt Gáp, Gờ lô bồ Gáp được mở rộng"),
        ("tại các kỳ Seagame trong những năm sắp tới", "tại các kỳ Xi Ghêm trong những năm sắp tới"),
        ("Sở LĐTB-XH đang tham mưu", "Sở Lao động, Thương binh và Xã hội đang tham mưu"),
        ("giá tiêu đen ASTA giữ vững", "giá tiêu đen a ét tê a giữ vững"),  # spelled: 42 spans to 24 "át ta"
    ],
)
def test_lexicon_rows_of_round_114(written: str, spoken: str) -> None:
    assert N.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("mật độ bọ rầy đạt trên 60 con/khóm thì", "mật độ bọ rầy đạt trên sáu mươi con một khóm thì"),
        ("lúa thuần cấy 2-3 dảnh/khóm.", "lúa thuần cấy hai đến ba dảnh một khóm."),  # a count read as a range
        ("107 quận/huyện", "một trăm linh bảy quận, huyện"),  # two kinds of place: either, as before
    ],
)
def test_a_count_per_rice_clump_is_said_per_clump(written: str, spoken: str) -> None:
    """`60 con/khóm` (de2), `2-3 dảnh/khóm` (n2, af2): planthoppers or seedlings per clump of rice, as `5 người/hộ` is
    per household; the slash was a pause, and after a range read first the count went unseen."""
    assert N.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("KS. NGUYỄN HỮU VÂN", "kỹ sư nguyễn hữu vân"),  # a signature's name in capitals (de2)
        ("toàn diện. KS. Doãn Mạnh Dũng", "toàn diện. kỹ sư Doãn Mạnh Dũng"),  # de1
        ("BS. LÊ VĂN AN", "bác sĩ lê văn an"),
        ("PGS.TS Trần Minh Điển", "phó giáo sư, tiến sĩ Trần Minh Điển"),  # a second title: the lexicon's, as before
        ("TP. HỒ CHÍ MINH", "thành phố hồ chí minh"),
    ],
)
def test_a_persons_title_dot_before_a_name_in_capitals_ends_no_sentence(written: str, spoken: str) -> None:
    assert N.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Ngày đăng: 14/05/2018", "Ngày đăng, mười bốn tháng năm năm hai nghìn không trăm mười tám"),
        ("Ngày đăng bài: 16/12/2019", "Ngày đăng bài, mười sáu tháng mười hai năm hai nghìn không trăm mười chín"),
        (
            "Ngày: 08/03/2012",
            "Ngày, ngày mồng tám tháng ba năm hai nghìn không trăm mười hai",
        ),  # a bare label, as before
    ],
)
def test_a_page_label_opening_on_ngay_names_the_date_after_its_colon_too(written: str, spoken: str) -> None:
    """`Ngày đăng: 14/05/2018`: the label says "ngày" (15 spans to 5 after a colon, 6 either way)."""
    assert N.line(written) == spoken


def test_a_defined_name_the_lexicon_reads_with_its_number_keeps_its_range() -> None:
    """`báo động 2 (BĐ2)` defines `BĐ2`, which the lexicon reads (`BĐ 2`): replaced by the definition first, the
    range `BĐ1- BĐ2` lost its "đến" (al1, read as a whole notice); `Công an Quận 1 (CAQ1)` is still the text's."""
    text = "Lũ lên báo động 2 (BĐ2).\nCó nơi lên mức BĐ1- BĐ2, có nơi\nHồ sơ về Công an Quận 1 (CAQ1).\nGửi về CAQ1."
    lines = N.text(text).split("\n")
    assert lines[1] == "Có nơi lên mức báo động một đến báo động hai, có nơi"
    assert lines[3] == "Gửi về Công an Quận một."
