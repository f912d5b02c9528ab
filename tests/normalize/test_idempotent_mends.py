"""Counterexamples test_idempotent drew (6,000 local examples after round 123): each read once is read the same again."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("áthứ I", "á thứ nhất"),  # was "á thứ I", then "á thứ nhất": a marked letter glued to the numeral's context
        ("bthứ I", "bthứ I"),  # an unmarked letter glued on is no run the rules part: left, as before
        (".0hr", ". không hát e rờ"),  # was ". không hr": the last-resort digits parted letters the lexicon reads
        ("mV0", "em vê không"),  # was "mV không": letters before the number too
        ("NĐ1, NĐ5", "en nờ đê một, en nờ đê năm"),  # a rice variety's code in capitals is spelled, as before
        ("0%% %", "không phần trăm phần trăm phần trăm"),  # was "… %": a read sign hid the next from its look-behind
    ],
)
def test_a_counterexample_reads_the_same_twice(written: str, spoken: str) -> None:
    once = N.text(written)
    assert (once, N.text(once)) == (spoken, spoken)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("áCOVID3", "á cô vít ba"),  # was "áCOVID ba" (round 209): a number after glued initials hid them
        ("củaCOVID19", "của cô vít mười chín"),
        ("/km0", "ki lô mét không"),  # was "km không" (round 204): the slash hid the unit from its rule
        ("km/", "ki lô mét"),
    ],
)
def test_a_counterexample_found_in_rounds_204_to_209_reads_the_same_twice(written: str, spoken: str) -> None:
    once = N.text(written)
    assert (once, N.text(once)) == (spoken, spoken)
