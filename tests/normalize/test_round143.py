"""Issue 29, round 143: the corpus's last sign error, a frost in a list of temperatures (bb1)."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("Sa Pa - 0,5 độ C; Bắc Hà 4 độ C;", "Sa Pa âm không phẩy năm độ xê, Bắc Hà bốn độ xê"),
        (
            "Đồng Văn - 0,3 độ C; thành phố Hà Giang 8,5 độ C",
            "Đồng Văn âm không phẩy ba độ xê, thành phố Hà Giang tám phẩy năm độ xê",
        ),
    ],
)
def test_a_frost_listed_before_a_place_without_a_dash_keeps_its_minus(written: str, said: str) -> None:
    assert N.line(written) == said


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("Hà Nội - 25 độ C; Hải Phòng 26 độ C", "Hà Nội, hai mươi lăm độ xê, Hải Phòng hai mươi sáu độ xê"),
        ("Hà Nội - 5 độ C; Hải Phòng - 6 độ C", "Hà Nội, năm độ xê, Hải Phòng, sáu độ xê"),
    ],
)
def test_a_dash_that_parts_every_place_or_a_warmth_stays_a_pause(written: str, said: str) -> None:
    assert N.line(written) == said


@pytest.mark.parametrize(
    ("written", "said"), [("(t-24h)", "tê trừ hai mươi tư giờ"), ("(t+24h)", "tê cộng hai mươi tư giờ")]
)
def test_an_hours_offset_keeps_its_sign(written: str, said: str) -> None:
    assert N.line(written) == said
