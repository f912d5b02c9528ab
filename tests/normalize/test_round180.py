"""Issue 29, round 180, from gh1 and gh2: a national team's ĐT before its country's name; a border guard command's
BCH; the education department's initials spaced."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("ĐT Australia tự tin bước vào", "đội tuyển Ô xtrây li a tự tin bước vào"),
        ("giúp ĐT Anh lọt vào", "giúp đội tuyển Anh lọt vào"),
        ("tuyến ĐT 741", "tuyến đường tỉnh bảy trăm bốn mươi mốt"),
        ("ĐT nữ Việt Nam", "đội tuyển nữ Việt Nam"),
        ("Sở GD - ĐT Quảng Bình cũng", "Sở Giáo dục và Đào tạo Quảng Bình cũng"),
        ("Sở GD ĐT Sóc Trăng cũng", "Sở Giáo dục và Đào tạo Sóc Trăng cũng"),
        ("đội BCH Bộ đội Biên phòng tỉnh", "đội Bộ Chỉ huy Bộ đội Biên phòng tỉnh"),
        ("BCH Đoàn xã", "Ban Chấp hành Đoàn xã"),
    ],
)
def test_teams_commands_and_departments(written: str, said: str) -> None:
    assert N.line(written) == said
