"""Round 30 (issue 29): meaning errors of the ad batches' first look. A slash between two wind levels is no date, a
tight day-month after "Từ" is a day and no range, a dotted day.month ending a span of days is a date and no decimal,
and "g" before "ngày" is an hour, never grams: a listener hears a wrong day or number, as bad as a wrong sign."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

READ = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("với sức gió cấp 9/10, giật cấp 13", "với sức gió cấp chín đến mười, giật cấp mười ba"),
        ("gió mạnh cấp 8/9", "gió mạnh cấp tám đến chín"),
    ],
)
def test_a_slash_between_a_level_and_the_next_is_a_range_of_levels(written: str, spoken: str) -> None:
    """Batch ad1: `cấp 9/10` was "cấp ngày mồng chín tháng mười"."""
    assert READ.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Từ 1-4, ngưng qua cầu Ba Lai", "Từ ngày mồng một tháng tư, ngưng qua cầu Ba Lai"),
        (
            "Thời gian sửa chữa từ 1-4 đến 17g ngày 18-4, theo",
            "Thời gian sửa chữa từ ngày mồng một tháng tư đến mười bảy giờ ngày mười tám tháng tư, theo",
        ),
        ("tiêm bổ sung từ 22-3 đến tháng 8", "tiêm bổ sung từ ngày hai mươi hai tháng ba đến tháng tám"),
    ],
)
def test_a_tight_day_month_after_tu_before_a_pause_or_a_dated_end_is_a_day(written: str, spoken: str) -> None:
    """Batch ad1: `Từ 1-4,` was "Từ một đến bốn", a count where the first of April was written."""
    assert READ.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("số người từ 3-5, mỗi người", "số người từ ba đến năm, mỗi người"),
        ("Tuổi từ 18 – 39, cao", "Tuổi từ mười tám đến ba mươi chín, cao"),
        ("từ 3-5 người", "từ ba đến năm người"),
    ],
)
def test_a_range_after_tu_inside_a_clause_stays_a_range(written: str, spoken: str) -> None:
    assert READ.line(written) == spoken


def test_g_before_ngay_is_an_hour() -> None:
    """Batch ad1: `từ 7g ngày 1-4` was "bảy gam"."""
    assert READ.line("Bắt đầu từ 7g ngày 1-4") == "Bắt đầu từ bảy giờ ngày mồng một tháng tư"


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("diễn ra từ 21 – 22.2,", "diễn ra từ ngày hai mươi mốt đến ngày hai mươi hai tháng hai"),
        ("đón Tết các ngày 14 – 15.2 tại", "đón Tết các ngày mười bốn đến mười lăm tháng hai tại"),
        ("Quốc Tử Giám, từ nay đến 22.3:", "Quốc Tử Giám, từ nay đến ngày hai mươi hai tháng ba"),  # "ngày": round 126
        ("trong hai ngày 3 và 4.12, Đội", "trong hai ngày mồng ba và mồng bốn tháng mười hai, Đội"),
    ],
)
def test_a_dotted_day_month_ending_a_span_of_days_is_a_date(written: str, spoken: str) -> None:
    """Batch ad2: `từ 21 – 22.2`, `từ nay đến 22.3`, `ngày 3 và 4.12` were decimals, "hai mươi hai phẩy ba"."""
    assert READ.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("tăng từ 2 – 2.5 lần", "tăng từ hai đến hai phẩy năm lần"),
        ("từ nay đến 2.5 mét", "từ nay đến hai phẩy năm mét"),
    ],
)
def test_a_dotted_amount_after_tu_or_den_stays_a_number(written: str, spoken: str) -> None:
    assert READ.line(written) == spoken
