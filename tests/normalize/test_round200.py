"""Issue 29, round 200, from blind batches hf1, hf2, hg1 and hg2 after their scores: the spelling rules of c, g and
ng in the syllable check, and a market price per count word."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context
from pipeline.normalize.syllable import is_syllable

N = Normalizer(load_context())


@pytest.mark.parametrize("word", ["cia", "CIA", "ce", "gen", "Geo", "nge", "ngi"])
def test_what_vietnamese_spells_otherwise_is_no_syllable(word: str) -> None:
    """c is k before e, ê, i and y; g is gh before e and ê; ng is ngh before e, ê and i."""
    assert not is_syllable(word, unaccented=True)


@pytest.mark.parametrize("word", ["ca", "của", "kia", "ghen", "gì", "gia", "ngày", "nghe", "nghiêng", "cưa"])
def test_what_vietnamese_spells_so_stays_a_syllable(word: str) -> None:
    assert is_syllable(word)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("tình báo từ CIA để", "tình báo từ xê i a để"),  # hf2: read as the word "cia"
        ("Tài chính vi mô CEP;", "Tài chính vi mô xê e pê"),  # eh2: "cép"
        ("Kênh Geo TV đưa tin", "Kênh ghê ô tê vê đưa tin"),  # eq1: `Geo` had been left as written
    ],
)
def test_capitals_that_spell_no_syllable_are_letters_or_a_guess(written: str, spoken: str) -> None:
    assert N.text(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("khoảng 45.000/chục,", "khoảng bốn mươi lăm nghìn một chục"),  # hf1: "bốn mươi lăm nghìn, chục"
        ("giá 15.000/trái", "giá mười lăm nghìn một trái"),
        ("giá 200.000/người", "giá hai trăm nghìn một người"),  # as before
    ],
)
def test_a_bare_price_per_count_word(written: str, spoken: str) -> None:
    assert N.text(written) == spoken
