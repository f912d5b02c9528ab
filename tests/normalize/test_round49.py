"""Issue 29, round 49: a count over a whole written with its thousands dot (batch aq1, now development)."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (
            "là 0,3% (19/5.784) giảm 0,6 lần",
            "là không phẩy ba phần trăm, mười chín trên năm nghìn bảy trăm tám mươi tư, giảm không phẩy sáu lần",
        ),  # aq1
        ("từ 1/2.000 hộ", "từ một trên hai nghìn hộ"),
        ("tháng 1/2024 có", "tháng một năm hai nghìn không trăm hai mươi tư có"),  # no thousands dot: a month, a year
    ],
)
def test_a_small_count_over_a_grouped_whole_is_tren(written: str, spoken: str) -> None:
    assert N.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("phân tích hàng không Cirium.", "phân tích hàng không xi ri um."),  # am2
        ("vắc-xin Rabicin phòng bệnh dại", "vắc xin ra bi xin phòng bệnh dại"),  # s2
        ("Vincent", "vin xen"),
    ],
)
def test_a_c_before_e_i_or_y_in_a_guessed_word_is_soft(written: str, spoken: str) -> None:
    """The guess said "ki ri um": a c before e, i or y is /s/ in English, French and Latin names, "x"."""
    assert N.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [("Dmitriy", "đờ mi tri"), ("Yuriy", "du ri"), ("Miyazaki", "mi da da ki")],  # y before a vowel: a consonant
)
def test_iy_ending_a_guessed_name_is_one_i(written: str, spoken: str) -> None:
    """`Zelenskiy` (aq2) was "dê len xờ ki i": a Slavic name's English spelling ends in iy, said as one i."""
    assert N.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("trong Thế chiến II.", "trong Thế chiến hai."),  # ar2: 2 spans
        (
            "Từ ngày 12.3-30.4, các địa phương",
            "Từ ngày mười hai tháng ba đến ngày ba mươi tháng tư, các địa phương",
        ),  # ar2
    ],
)
def test_the_world_war_numeral_and_a_dotted_span_of_dates(written: str, spoken: str) -> None:
    assert N.line(written) == spoken
