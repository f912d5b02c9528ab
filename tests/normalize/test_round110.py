"""Issue 29, round 110: table rows that wrote "gờ r", "pờ r" for espeak-ng keep the cluster, as annotators write it,
now that the engine gives the voice the short vowel (round 106)."""

from __future__ import annotations

import pytest

from pipeline.engines.espeak import for_the_voice
from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken", "voiced"),
    [
        ("ông Prabowo", "ông Pra bô vô", "ông Pờ ra bô vô"),
        ("nhóm Telegram", "nhóm tê lê gram", "nhóm tê lê gờ ram"),
        ("Theo Vietnam+", "Theo Việt Nam plớt", "Theo Việt Nam pờ lớt"),
        ("[Infographic]", "in phô gráp phích", "in phô gờ ráp phích"),
    ],
)
def test_the_script_keeps_the_cluster_and_the_voice_gets_the_vowel(written: str, spoken: str, voiced: str) -> None:
    assert N.line(written) == spoken
    assert for_the_voice(spoken) == voiced
