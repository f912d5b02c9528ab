"""Issue 29, round 116: two letter rules of the foreign-word guess, from the corpus's names (dg1, dg2 showed the
Japanese ones are a class, not a list)."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context
from pipeline.normalize.rules_foreign import guess_reading

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("word", "guess"),
    [
        ("Shika", "si ca"),  # was "xi ca"
        ("Miyashiro", "mi da si rô"),
        ("Shabu", "sa bu"),
        ("Bush", "bút"),  # a closing sh is a closing s, "t", as before
    ],
)
def test_sh_opens_on_s(word: str, guess: str) -> None:
    """sh opens a syllable on s, not x: 150 annotated names to 7 over the corpus (Kishida "Ki si đa", Washington
    "Oa sinh tơn", Shinzo "Sin dô"); the guess gave the x of an English s."""
    assert guess_reading(word) == guess


@pytest.mark.parametrize(
    ("word", "guess"),
    [
        ("Kanagawa", "ca na ga oa"),  # was "ca na gao a"
        ("Ogasawara", "ô ga xa oa ra"),
        ("Ottawa", "ốt ta oa"),
        ("Taiwan", "tai oan"),  # a w after a consonant or a pair, as before
        ("Accuweather", "ắc cu uy thơ"),  # w before another vowel, as before
    ],
)
def test_a_w_between_a_vowel_and_a_opens_the_next_syllable(word: str, guess: str) -> None:
    """`Kanagawa`: "wa" after a vowel is the syllable "oa" (Ca na ga oa, I si ca oa, Ka na oa ti: 5 spans of 5); read
    as "oa" in the word's letters it paired its o with the vowel before ("gao a")."""
    assert guess_reading(word) == guess


def test_the_guess_in_a_line() -> None:
    assert N.line("gần quần đảo Ogasawara.") == "gần quần đảo ô ga xa oa ra."
    assert N.line("nhà máy điện hạt nhân Shika,") == "nhà máy điện hạt nhân si ca"


def test_a_w_before_a_then_a_glide_is_left_to_the_letters_so_a_second_reading_keeps_it() -> None:
    """`Iwáw` was read "i oau" (the w before a, then the closing w read "u"), and read again "i oa u": "oau" is no
    syllable (found by test_idempotent after this round). Before a glide the w is read as before the round."""
    once = N.text("Iwáw")
    assert (once, N.text(once)) == ("i oa u", "i oa u")
