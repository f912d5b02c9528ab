"""Times as notices type them (rules_clock.py), each rule on its own, then on whole lines of the blind batches."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context
from pipeline.normalize import rules_clock as clock
from pipeline.normalize import rules_numbers as num

CTX = load_context()
NORMALIZER = Normalizer(CTX)


@pytest.mark.parametrize(
    ("rule", "written", "spoken"),
    [
        (clock.unglue_times, "từ17 giờ31.12.2019", "từ 17 giờ 31.12.2019"),
        (clock.unglue_times, "lúc22 giờ30', 22giờ 00, 21 giờngày", "lúc 22 giờ 30', 22 giờ 00, 21 giờ ngày"),
        (clock.read_g_hours, "Từ 1g00 đến 4g00", "Từ 1h00 đến 4h00"),
        (clock.read_g_hours, "từ 23g đến 5g sáng hôm sau", "từ 23h đến 5h sáng hôm sau"),
        (clock.read_g_hours, "lúc 9g, thêm 5g muối", "lúc 9h, thêm 5g muối"),
        (clock.read_hour_minutes, "vào 8 giờ 00 ngày 17/7", "vào tám giờ ngày 17/7"),
        (clock.read_hour_minutes, "0 giờ 15' 1.1.2020", "không giờ mười lăm phút 1.1.2020"),
        (clock.read_hour_minutes, "0 giờ 31.12 đến", "0 giờ ngày ba mươi mốt tháng mười hai đến"),
        (clock.read_hour_minutes, "07 giờ 30 ngày 19/10", "07 giờ 30 ngày 19/10"),
        (clock.split_time_from_date, "lúc 7h/20/7 tại Hà Nội", "lúc 7h 20/7 tại Hà Nội"),
        (clock.split_time_from_date, "Theo thời sự 18h30/TTV", "Theo thời sự 18h30/TTV"),
        (clock.split_time_from_date, "đỉnh 1,90m lúc 22h45/09", "đỉnh 1,90m lúc 22h45 ngày 09"),
        (clock.split_time_from_date, "ca sáng 7h30/13h30", "ca sáng 7h30/13h30"),
        (clock.read_table_time_pairs, "06:00 11:00 Khu vực xã Lục Dạ", "từ 06:00 đến 11:00 Khu vực xã Lục Dạ"),
        (clock.read_table_time_pairs, "lúc 06:00 11:00 giờ", "lúc 06:00 11:00 giờ"),
        (clock.read_am_pm, "09.01.2025 | 19:04 PM", "09.01.2025 | 19:04 tối"),
        (clock.read_am_pm, "7:30 PM, 12:15 AM, 3:00 PM", "7:30 tối, 0:15, 3:00 chiều"),
        (num.read_times, "từ 8h0 đến 16h30", "từ tám giờ đến mười sáu giờ ba mươi phút"),
    ],
)
def test_rule(rule, written: str, spoken: str) -> None:  # type: ignore[no-untyped-def]
    assert rule(written, CTX) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Từ 1g00 đến 4g00", "Từ một giờ đến bốn giờ"),
        ("từ 23g đến 5g sáng", "từ hai mươi ba giờ đến năm giờ sáng"),
        ("lúc22 giờ30'", "lúc hai mươi hai giờ ba mươi phút"),
        ("lúc 7h/20/7", "lúc bảy giờ ngày hai mươi tháng bảy"),
        ("lúc 00h40/10", "lúc không giờ bốn mươi phút ngày mồng mười"),
        ("19:00 23:59 Khu vực xã Chi Khê", "từ mười chín giờ đến hai mươi ba giờ năm mươi chín phút Khu vực xã Chi Khê"),
        ("Từ 22giờ 00 ngày 12/09/2025", "Từ hai mươi hai giờ ngày mười hai tháng chín năm hai nghìn không trăm hai mươi lăm"),
    ],
)  # fmt: skip
def test_whole_line(written: str, spoken: str) -> None:
    assert NORMALIZER.line(written) == spoken
