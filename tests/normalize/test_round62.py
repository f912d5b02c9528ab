"""Issue 29, round 62: what batches bb1 and bb2 (now development) showed that any notice may hold."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context
from pipeline.normalize.rules_japanese import japanese_reading

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Kang Yu-jung trong buổi họp báo", "Cang Yu chung trong buổi họp báo"),  # bb2: no Korea on the line
        ("Phủ Tổng thống Ko Min-jung cho biết", "Phủ Tổng thống Cô Min chung cho biết"),  # ba2: `Ko` is no "không"
        ("Hàn Quốc: ông Kang Yu Jung cho biết", "Hàn Quốc, ông Cang Yu chung cho biết"),  # on a line about Korea
        ("ông Kang Yu Jung cho biết", "ông Kang Yu giung cho biết"),  # two capitalized words elsewhere: no guess
        ("lãnh đạo Triều Tiên Kim Jong-un và", "lãnh đạo Triều Tiên Kim Chông Un và"),  # the table's name whole
        ("ông Lee Ann Smith", "ông li an xờ mít"),  # `Smith` is no Korean syllable: no Korean name
        ("Ban Tuyên giáo Tỉnh", "Ban Tuyên giáo Tỉnh"),  # `Ban` before Vietnamese words: nothing to read
    ],
)
def test_a_korean_family_name_before_a_given_name_is_korean_wherever_it_stands(written: str, spoken: str) -> None:
    assert N.line(written) == spoken


def test_m_before_b_closes_a_japanese_syllable() -> None:
    """`Shimbun`: Hepburn writes the syllable-closing n as m before b, p and m."""
    assert japanese_reading("Shimbun") == "Sim bun"


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("— Ea H'leo | 76.000 | +1.000 |", "e a Hơ leo, bảy mươi sáu nghìn, tăng một nghìn"),  # ba1
        ("| Bình Phước | 71.500 | -1.000 |", "Bình Phước, bảy mươi mốt nghìn năm trăm, giảm một nghìn"),
        (
            "Trà Lý | Thái Bình | 50 | -4 | 91 | 150",
            "Trà Lý, Thái Bình, năm mươi, âm bốn, chín mươi mốt, một trăm năm mươi",
        ),
    ],
)
def test_a_signed_cell_in_a_row_with_a_price_is_the_days_change(written: str, spoken: str) -> None:
    assert N.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("các ô có gắn dấu (*) là bắt buộc", "các ô có gắn dấu sao là bắt buộc"),  # bb2
        ("trường thông tin đánh dấu “*” là các trường", "trường thông tin đánh dấu sao là các trường"),  # bb2
        ("Những trường thông tin có dấu * là bắt buộc nhập.", "Những trường thông tin có dấu sao là bắt buộc nhập."),
        ("*Ghi chú", "Ghi chú"),  # a star no word names stays a decoration
    ],
)
def test_a_star_named_after_dau_is_sao(written: str, spoken: str) -> None:
    assert N.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Cuối cùng, click vào Ghi và gửi hồ sơ.", "Cuối cùng, cờ lích vào Ghi và gửi hồ sơ."),  # bb2
        ("kỳ thi tiếng Hàn EPS-TOPIK", "kỳ thi tiếng Hàn e pê ét tô pích"),  # af2, aw2, g2, i2, x2
        ("Nghị quyết Đại hội XI Đảng bộ Thành phố,", "Nghị quyết Đại hội mười một Đảng bộ Thành phố"),  # bb2
        ("LẦN THỨ VI", "lần thứ sáu"),  # as before
    ],
)
def test_a_final_c_after_i_is_ich_and_a_numeral_after_dai_hoi(written: str, spoken: str) -> None:
    assert N.line(written) == spoken
