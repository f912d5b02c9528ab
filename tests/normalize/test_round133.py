"""Issue 29, round 133: rows from blind batches ee1 and ee2 (now development)."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (
            "với 87 HC vàng, 81 HC bạc và 110 HC đồng",
            "với tám mươi bảy huy chương vàng, tám mươi mốt huy chương bạc và một trăm mười huy chương đồng",
        ),
        ("mô hình chăn nuôi gà ATSH tại 10 hộ", "mô hình chăn nuôi gà an toàn sinh học tại mười hộ"),
    ],
)
def test_medals_and_biosafe_farming(written: str, spoken: str) -> None:
    """`HC vàng` (ee1: 5 spans, "hát xê vàng"), `ATSH` (ee2: 3 spans, spelled)."""
    assert N.line(written) == spoken
