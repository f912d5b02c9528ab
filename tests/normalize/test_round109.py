"""Issue 29, round 109: a y between a consonant and a vowel in a guessed name (cv2, s2, am2 and older misses)."""

from __future__ import annotations

import pytest

from pipeline.normalize.rules_foreign import guess_reading


@pytest.mark.parametrize(
    ("written", "guessed"),
    [
        ("Kyoto", "ki ô tô"),  # was "cờ dô tô": the y read as the consonant d, a syllable made for the k
        ("Syorai", "xi ô rai"),
        ("Solomyansky", "xô lô mi an xki"),
        ("Hyun", "hi un"),
        ("Petya", "pê ti a"),
        ("Yagi", "da gi"),  # a y opening the word: the consonant, as before
        ("Hiroyuki", "hi roi u ki"),  # a y between vowels: as before
    ],
)
def test_a_y_after_a_consonant_is_the_vowel_i(written: str, guessed: str) -> None:
    assert guess_reading(written) == guessed
