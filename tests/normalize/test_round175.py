"""Issue 29, round 175, from gc1 and gc2: a glottal stop between vowels parts a name's syllables; an m or n opening a
name before a consonant is "em", "en"; an open ei is "ây"."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context
from pipeline.normalize.rules_foreign import guess_reading

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("thủ đô Nuku'alofa của", "thủ đô nu cu a lô pha của"),
        ("thủ đô Nuku’alofa của", "thủ đô nu cu a lô pha của"),
        ("quần đảo Ha'apai ở Tonga", "quần đảo Ha a pai ở Tông ga"),
        ("Cư M’gar và Ea H’Leo", "Cư Mơ ga và e a Hơ Leo"),
        ("huyện Cox's Bazar", "huyện Cốc Ba da"),
    ],
)
def test_a_glottal_stop_between_vowels_parts_syllables(written: str, said: str) -> None:
    assert N.line(written) == said


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("Mpumalanga", "em pu ma lan ga"),
        ("Nkomazi", "en cô ma di"),
        ("Smith", "xờ mít"),
        ("Reinaldo", "rây nan đô"),
        ("Frei", "phrây"),
        ("Silveira", "xin vây ra"),
        ("Hebestreit", "hê bét trê ít"),
    ],
)
def test_a_nasal_opening_a_name_and_an_open_ei(written: str, said: str) -> None:
    assert guess_reading(written).lower() == said
