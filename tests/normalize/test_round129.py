"""Issue 29, round 129: what blind batches ea1 and ea2 (now development) showed."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (
            "Hai ca bệnh là L.V.Th., sinh năm 2014",
            "Hai ca bệnh là e lờ vê tê hát sinh năm hai nghìn không trăm mười bốn",
        ),
        ("và M.Th.O., sinh năm 1950", "và em tê hát o sinh năm một nghìn chín trăm năm mươi"),  # was "em mờ Th.O."
        ("ông V.Duẩn nói", "ông vê Duẩn nói"),  # an initial glued to a name: parted, as before
        ("bà P.T.C. cho biết", "bà pê tê xê cho biết"),
    ],
)
def test_initials_with_a_digraph_among_them(written: str, spoken: str) -> None:
    """`L.V.Th.`, `M.Th.O.` (ea2): the glued-initial rule parted the digraph from the initials before it, and
    "Th." was left in letters on air."""
    assert N.line(written) == spoken


def test_a_spaced_dash_date_span() -> None:
    """`Từ ngày 28- 3 đến 1- 4` (ea2): a space after each dash; read "hai mươi tám ba đến một đến bốn"."""
    assert N.line("Từ ngày 28- 3 đến 1- 4, tại") == ("Từ ngày hai mươi tám tháng ba đến ngày mồng một tháng tư, tại")


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Theo cdc cà mau, trong", "Theo xê dê xê cà mau, trong"),  # was "cdc" in letters
        ("mã xkcd đây", "mã ích ca xê dê đây"),
        ("ông Fansipan", "ông Phan Xi Păng"),  # a word with vowels is guessed, as before
    ],
)
def test_a_word_without_a_vowel_is_spelled(written: str, spoken: str) -> None:
    """`cdc cà mau` (ea1: 2 spans): written small, the letters were no name to guess and stayed as written."""
    assert N.line(written) == spoken
