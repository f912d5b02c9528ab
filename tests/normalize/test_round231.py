"""Issue 29, round 231, from blind batches je1 and je2 after their scores: a name's letters in brackets after its
Vietnamese syllables, a date with a space after its first slash, and two papers' and a department's letters."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (  # was "…su khơ, úc na a Khu ren xúc."
            "Thủ tướng Mông Cổ Ô-khơ-na Hu-rên-su-khơ (Ukhnaa KHURELSUKH).",
            "Thủ tướng Mông Cổ Ô khơ na Hu rên su khơ.",
        ),
        ("ông Khan-ma Bát-tun-ga (Khaltmaa Battulga) là vị", "ông Khan ma Bát tun ga là vị"),
        (  # was "Từ một, tháng một"
            "Từ 01/ 01/2018 – đến hết 31/12/2018.",
            "Từ ngày mồng một tháng một năm hai nghìn không trăm mười tám, đến hết ngày ba mươi mốt tháng mười hai"
            " năm hai nghìn không trăm mười tám.",
        ),
        ("SKĐS - Tại Việt Nam", "Sức khỏe và Đời sống, Tại Việt Nam"),
        ("theo hướng dẫn của SGD ĐT Hà Nội", "theo hướng dẫn của Sở Giáo dục và Đào tạo Hà Nội"),
    ],
)
def test_what_je1_and_je2_showed(written: str, spoken: str) -> None:
    assert N.text(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("tây nam đảo Lu-Dông (Philippines)", "tây nam đảo Lu Dông, Phi líp pin"),  # one word: a country after it
        ("ngày 25/10/ 2013", "ngày hai mươi lăm tháng mười năm hai nghìn không trăm mười ba"),  # as before
    ],
)
def test_what_round_231_leaves(written: str, spoken: str) -> None:
    assert N.text(written) == spoken


def test_a_bracket_of_more_words_than_the_name_before_it_is_still_said() -> None:
    said = N.text("Vanh-xăng Gơ-rê-na-đin (St Vincent and the Grenadines), Ngoại trưởng")
    assert said.startswith("Vanh xăng Gơ rê na đin, ") and "vin xen" in said
