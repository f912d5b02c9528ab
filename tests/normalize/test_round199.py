"""Issue 29, round 199, from blind batches he1 and he2 after their scores: a capital letter glued after a word, and
the English word `New` of place names."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("bổ sung VitaminA và", "bổ sung vi ta min A và"),  # he1: spelled whole, "vê i tê a em i en nờ a"
        ("uống vitaminC mỗi ngày", "uống vi ta min xê mỗi ngày"),  # was left as written
        ("Dự báo của StoneX,", "Dự báo của xtôn ích"),  # bw1: spelled whole
        ("PhD", "pê hát dê"),  # two letters before the capital: an abbreviation, spelled as before
        ("EduPath", "ê đu pát"),  # words run together, as before
    ],
)
def test_a_capital_letter_glued_after_a_word(written: str, spoken: str) -> None:
    once = N.text(written)
    assert (once, N.text(once)) == (spoken, spoken)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("trên đảo New Ireland khoảng", "trên đảo Niu Ai len khoảng"),  # he1: "nêu Ai len"
        ("trên đảo New Britain và", "trên đảo Niu Bri tên và"),  # he1, fn1: "nêu Anh"
        ("hội nghị New Dehli này", "hội nghị Niu đê li này"),  # fp2: the misspelt capital
    ],
)
def test_new_in_a_place_name_is_niu(written: str, spoken: str) -> None:
    assert N.text(written) == spoken
