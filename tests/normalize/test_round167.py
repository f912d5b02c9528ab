"""Issue 29, round 167, from fv2: a temperature with a decimal point and no degree sign."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("Tây Ninh 35.7C, Biên Hòa", "Tây Ninh ba mươi lăm phẩy bảy độ xê, Biên Hòa"),
        ("tại TX.Sa Pa là - 0,8C", "tại thị xã Sa Pa là âm không phẩy tám độ xê"),
        ("Quốc lộ 27C", "Quốc lộ hai mươi bảy xê"),
        ("đường ĐT.741C", "đường đường tỉnh bảy trăm bốn mươi mốt xê"),
    ],
)
def test_a_decimal_point_before_c_is_a_temperature(written: str, said: str) -> None:
    assert N.line(written) == said
