"""Issue 29, round 171, from fy1: in a guessed name, ng between two vowels is split, n closing one syllable and g
opening the next, as the annotators write such names."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context
from pipeline.normalize.rules_foreign import guess_reading

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("Enga", "en ga"),
        ("Odinga", "ô đin ga"),
        ("Lorengau", "lô ren gau"),
        ("Pangestu", "pan ghét tu"),
        ("Sulangan", "xu lan gan"),
    ],
)
def test_ng_between_vowels_is_split(written: str, said: str) -> None:
    assert guess_reading(written).lower() == said


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("Nguyen", "nguy en"),
        ("Rohingya", "rô hing da"),
        ("tainguyen", "tai nguy en"),
    ],
)
def test_ng_opening_a_word_after_two_vowels_or_before_y_is_kept(written: str, said: str) -> None:
    assert guess_reading(written).lower() == said


def test_a_name_in_a_sentence() -> None:
    assert N.line("tại tỉnh Enga, Papua New Guinea") == "tại tỉnh en ga, Pa pua Niu Ghi nê"
