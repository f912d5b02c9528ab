"""Issue 29, round 103: what blind batches cs1 and cs2 (now development) showed."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("27/04/2018Trong số", "ngày hai mươi bảy tháng tư năm hai nghìn không trăm mười tám Trong số"),
        ("18/10Lễ hội", "ngày mười tám tháng mười Lễ hội"),  # as before
        ("Công ty XSKT Bình Định", "Công ty Xổ số kiến thiết Bình Định"),
    ],
)
def test_round_103(written: str, spoken: str) -> None:
    assert N.line(written) == spoken
