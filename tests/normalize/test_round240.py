"""Issue 29, round 240, from blind batches jo1 and jo2 after their scores: the Philippines' provinces and islands as
most annotators said them, and a president named by her family name alone."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("ven biển của Camarines Norte và Camarines Sur.", "ven biển của Ca ma ri nét No tê và Ca ma ri nét Xua."),
        ("Một số khu vực ở Đông Visayas đã", "Một số khu vực ở Đông Vi xai át đã"),
        ("vào tỉnh Aurora, trên đảo chính", "vào tỉnh A u rô ra, trên đảo chính"),
        ("Bà Leyen tiết lộ", "Bà Lai en tiết lộ"),
    ],
)
def test_what_jo1_and_jo2_showed(written: str, spoken: str) -> None:
    assert N.text(written) == spoken
