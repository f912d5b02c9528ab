"""Issue 29, round 118: what blind batches di1 and di2 (now development) showed."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # 6 spans of 6 and 4 of 4 over four batches; the guess said "ao mô ri", english.tsv "ai uết"
        ("các tỉnh Hokkaido, Aomori và Iwate sau khi", "các tỉnh Hốc cai đô, A ô mô ri và I oa tê sau khi"),
        ("Công văn số 400/UBND-YT,", "Công văn số bốn trăm, Ủy ban nhân dân Y tế"),  # a committee's health office
    ],
)
def test_round_118(written: str, spoken: str) -> None:
    assert N.line(written) == spoken
