"""Issue 29, round 89: what batch by1 (now development) showed."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("đuôi khác như (.vip), (.top)... đều là giả mạo.", "đuôi khác như, chấm víp, chấm tóp, đều là giả mạo."),
        ("như “.VIP” (35.000/1.350.000)", "như chấm víp, ba mươi lăm nghìn trên một triệu ba trăm năm mươi nghìn"),
        ("đuôi .com", "đuôi chấm com"),  # as before
        ("| Phân loại | Giá/ Kg |", "Phân loại, Giá một ki lô gam"),  # a price column per kilogram
        ("ĐVT: Đồng/kg", "đơn vị tính, Đồng một ki lô gam"),  # as before
        ("Tài khoản ĐDĐT có 02 mức độ.", "Tài khoản định danh điện tử có hai mức độ."),  # by2
    ],
)
def test_what_by_showed(written: str, spoken: str) -> None:
    assert N.line(written) == spoken
