"""Issue 29, round 114: an idempotency counterexample left by the last stop, then what blind batches dd1 and dd2
(now development) showed."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Ithứ I", "i thứ nhất"),  # was "I thứ I", then "I thứ nhất"
        ("Phần Ithứ IV", "Phần i thứ tư"),  # a capital I apart would be read "một" after `Phần` the second time
        ("đền Pô Inư Nưgar", "đền Pô i nư Nưgar"),  # the Cham temple's name, parted as before, its I written small
        ("bthứ I", "bthứ I"),  # a small letter glued on is no capital before a word: left as before
    ],
)
def test_a_capital_i_glued_to_a_context_word_is_read_in_one_pass(written: str, spoken: str) -> None:
    """`Ithứ I` was read "I thứ I": the Roman numeral's context word `thứ` had a letter glued before it, so the
    numeral was left, and the runs rule parted `Ithứ` later; a second reading said "thứ nhất" (found by
    test_idempotent). A context word with a capital glued on is context, and a parted first `I` is written small."""
    once = N.text(written)
    assert (once, N.text(once)) == (spoken, spoken)
