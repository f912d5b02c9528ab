"""Issue 29, round 108: what blind batches cx2 and cy1 (now development) and older misses showed."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("ông T.M.T (trú tại huyện Phù Mỹ,", "ông tê em tê, trú tại huyện Phù Mỹ"),
        ("của ông N.V.M. (trú tại Hà Nội)", "của ông en nờ vê em trú tại Hà Nội"),
        ("chị M. cho biết", "chị em mờ cho biết"),  # one letter: its name
        ("bà P.T.C. cho biết", "bà pê tê xê cho biết"),  # as before
    ],
)
def test_several_initials_are_said_as_an_initialism(written: str, spoken: str) -> None:
    assert N.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("bao gồm: (i) Hộ dân cư", "bao gồm, một, Hộ dân cư"),
        ("gồm: (i) A; (ii) B", "gồm, một, A, hai, bê"),
        ("(ii) Tuyến Long Vân", "Hai, Tuyến Long Vân"),  # as before
    ],
)
def test_a_small_roman_item_after_a_colon(written: str, spoken: str) -> None:
    assert N.line(written) == spoken
