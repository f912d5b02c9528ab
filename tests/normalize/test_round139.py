"""Issue 29, round 139: rules from blind batches en1 and en2 (now development)."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("từ 28 đến 02 Tết", "từ hai mươi tám đến mồng hai Tết"),
        ("từ 03 đến 06 Tết", "từ mồng ba đến mồng sáu Tết"),
        ("các ngày 4 - 6 Tết", "các ngày mồng bốn đến mồng sáu Tết"),
        ("mùng 2 - 3 Tết Giáp Ngọ", "mùng hai đến mùng ba Tết Giáp Ngọ"),
        ("tối đêm 30 Tết", "tối đêm ba mươi Tết"),
    ],
)
def test_the_days_of_tet_up_to_the_tenth_take_mong(written: str, said: str) -> None:
    assert N.line(written) == said


def test_a_weekday_range_ending_on_sunday() -> None:
    assert N.line("các ngày thứ 6 - chủ nhật cuối tháng") == "các ngày thứ sáu đến chủ nhật cuối tháng"


def test_a_diseases_grade_in_roman_numerals() -> None:
    assert N.line("ca nặng độ III, IV.") == "ca nặng độ ba, bốn."


def test_the_reigning_champion() -> None:
    assert N.line("cho nhà ĐKVĐ.") == "cho nhà đương kim vô địch."


def test_a_pipes_size_is_found_by_its_letters_not_by_ong() -> None:
    assert N.line("không có ống D800") == "không có ống dê tám trăm"


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("từ 3 triệu won/tháng trở lên", "từ ba triệu uôn một tháng trở lên"),
        ("Đường Võ Nguyên Giáp ↔ đường Đỗ Nhuận", "Đường Võ Nguyên Giáp đến đường Đỗ Nhuận"),
    ],
)
def test_the_won_and_a_two_way_arrow(written: str, said: str) -> None:
    assert N.line(written) == said
