"""Issue 29, round 87: what batches bx1, bw2 and bu2 showed of names (now development)."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("theo tờ The Guardian.", "theo tờ Đờ Gác đi ần."),  # the English article opening a name (7 spans of 8)
        ("theo The Phnom Penh Post.", "theo Đờ Phnôm Pênh pốt."),  # al1
        ("Lễ hội Ok Om Bok năm nay", "Lễ hội Óc Om Bóc năm nay"),  # bu2: the Khmer festival's Vietnamese name
        ("trong khi đó, the", "trong khi đó, the"),  # a Vietnamese word in small letters: left
    ],
)
def test_what_the_names_showed(written: str, spoken: str) -> None:
    assert N.line(written) == spoken
