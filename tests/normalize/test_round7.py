"""Round 7 (issue 29): mechanisms that read words nobody listed (highland names with a small letter after the
apostrophe, glued tokens, a unit after any slash, ranges by shape, the foreign-word guess, acronyms said as words)."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context
from pipeline.normalize import rules_shapes as shapes

CTX = load_context()
READ = Normalizer(CTX)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("huyện Cư M'gar", "huyện Cư Mơ ga"),
        ("huyện Ea H'leo", "huyện e a Hơ leo"),
        ("huyện Đắk R'lấp", "huyện Đắc Rơ lấp"),
        ("xã Ea Kar", "xã e a ca"),
    ],
)
def test_a_highland_name_with_a_small_letter_after_the_apostrophe_reads_its_syllable(
    written: str, spoken: str
) -> None:
    assert READ.text(written) == spoken


def test_a_vowel_after_the_apostrophe_is_a_french_elision_no_highland_syllable() -> None:
    assert shapes.read_highland_names("L'amour", CTX) == "L'amour"
