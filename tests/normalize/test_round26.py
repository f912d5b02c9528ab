"""Round 26 (issue 29): shapes the z batches and earlier annotators agree on. A spaced `Covid -19` is no minus (a
sign error), `báo đông III` and `Cục Quản lý đường bộ III` number a level and an authority, `âl` and `TT. HĐND` are
words, `hàng trăm m³` reads its unit, and `đường ĐT.746` keeps its number a number."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

READ = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("dịch Covid -19 trên địa bàn", "dịch cô vít mười chín trên địa bàn"),
        ("dịch COVID - 19 diễn biến", "dịch cô vít mười chín diễn biến"),
        ("phòng chống dịch Covid – 19", "phòng chống dịch cô vít mười chín"),
    ],
)
def test_a_spaced_dash_in_covid_19_is_no_minus(written: str, spoken: str) -> None:
    """A sign error: `Covid -19` was "cô vít âm mười chín"."""
    assert READ.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("trên báo đông III 0,09m", "trên báo đông ba không phẩy không chín mét"),
        ("Cục Quản lý đường bộ III cũng điều động", "Cục Quản lý đường bộ ba cũng điều động"),
    ],
)
def test_roman_numerals_after_a_misspelt_alarm_and_a_road_authority(written: str, spoken: str) -> None:
    assert READ.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("(14 tháng Chạp âl)", "mười bốn tháng Chạp âm lịch"),
        (
            "- Tỉnh Ủy, TT. HĐND tỉnh, TT. UBND tỉnh;",
            "Tỉnh Ủy, Thường trực Hội đồng nhân dân tỉnh, Thường trực Ủy ban nhân dân tỉnh",
        ),
    ],
)
def test_lunar_calendar_and_standing_boards_are_words(written: str, spoken: str) -> None:
    assert READ.line(written) == spoken


def test_a_unit_after_a_counting_word_reads_with_its_power_sign() -> None:
    assert READ.line("ước tính hàng trăm m³") == "ước tính hàng trăm mét khối"


def test_a_dotted_road_code_after_duong_keeps_its_number() -> None:
    """`đường ĐT.746` was "đường đê tê. bảy bốn sáu": the dot made the number a code's digits."""
    assert READ.line("Nâng cấp đường ĐT.746 đoạn") == "Nâng cấp đường đường tỉnh bảy trăm bốn mươi sáu đoạn"
