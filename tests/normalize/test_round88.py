"""Issue 29, round 88: what batch bx2 (now development) showed."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("đạt cấp 5/5 theo thang bão", "đạt cấp năm trên năm theo thang bão"),  # a level out of the scale's top
        ("thương binh 1/4", "thương binh một trên bốn"),  # a grade, as before
        ("từ ngày 5/5", "từ ngày mồng năm tháng năm"),  # a date, as before
        ("Tổ quốc Đài PT&TH Tiền Giang tổ chức", "Tổ quốc Đài Phát thanh và Truyền hình Tiền Giang tổ chức"),
        ("Đài PT & TH Sóc Trăng", "Đài Phát thanh và Truyền hình Sóc Trăng"),  # w1: spaced, closed first
        ("PV Đài TNVN có cuộc phỏng vấn", "phóng viên Đài Tiếng nói Việt Nam có cuộc phỏng vấn"),
        ("ngày ký hiệp định Genève", "ngày ký hiệp định Giơ ne vơ"),  # Geneva written the French way
    ],
)
def test_what_bx_showed(written: str, spoken: str) -> None:
    assert N.line(written) == spoken
