"""Issue 29, round 119: what blind batches dj1 and dj2 (now development) showed."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("khoảng 3-7OC; vùng núi thấp trên dưới 10OC;", "khoảng ba đến bảy độ xê, vùng núi thấp trên dưới mười độ xê"),
        ("có đêm lạnh dưới 1OC nhưng", "có đêm lạnh dưới một độ xê nhưng"),
        ("sản phẩm OCOP 3 sao", "sản phẩm ô cốp ba sao"),  # no number before the O: no degree, as before
    ],
)
def test_a_capital_o_typed_for_the_degree_sign_is_the_degree(written: str, spoken: str) -> None:
    """`3-7OC` (dj2, 3 spans): a capital O between a number and C is the degree sign, as a small o was; "o xê" was on
    air."""
    assert N.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("đã đốt thành tro than 141,000 acres", "đã đốt thành tro than một trăm bốn mươi mốt nghìn mẫu Anh"),
        ("có địa chỉ baohiemxahoi[.]biz đặt máy chủ", "có địa chỉ bảo hiểm xã hội chấm bít đặt máy chủ"),  # 3 to 1
    ],
)
def test_rows_of_round_119(written: str, spoken: str) -> None:
    assert N.line(written) == spoken
