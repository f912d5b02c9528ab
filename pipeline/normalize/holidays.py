"""Holidays named before their date: the date is said as the holiday's name, with no "ngày" before it."""

from __future__ import annotations

HOLIDAY_NAMES = (
    "phụ nữ", "phụ nữ việt nam", "nhà giáo việt nam", "thầy thuốc việt nam", "quốc tế lao động", "liệt sĩ",
    "giải phóng miền nam", "thống nhất đất nước", "quân đội nhân dân việt nam", "quốc phòng toàn dân",
    "thành lập đoàn", "tết độc lập", "giỗ tổ", "giỗ tổ hùng vương",
)  # fmt: skip


def after_holiday(before: str) -> bool:
    """`Quốc tế Phụ nữ 8/3`, `Nhà giáo Việt Nam 20/11`: a holiday named in full says its date as its name, as
    `Quốc khánh 2/9` does (the guide's holiday row, 24 to 7; ai2: 4 of 4 after "Phụ nữ"). `before` is the lower-case
    text before the date; `Hội Phụ nữ 8/3` is a union, no holiday."""
    return before.endswith(HOLIDAY_NAMES) and not before[: -len("phụ nữ")].rstrip().endswith("hội")
