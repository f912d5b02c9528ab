"""Issue 29, round 127: what blind batches dw1 and dw2 (now development) showed."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Sóc Trăng lần thức III, Khu vực", "Sóc Trăng lần thức ba, Khu vực"),  # was "i i i"
        ("Trường Cao đẳng Kỹ nghệ II (Địa chỉ", "Trường Cao đẳng Kỹ nghệ hai, Địa chỉ"),  # was "i i"
        ("Trung ương II (thuộc Cục", "Trung ương hai, thuộc Cục"),
        ("ông V. I. Lê-nin", "ông vê i Lê nin"),  # initials, as before
    ],
)
def test_two_or_three_i_are_a_numeral_wherever_they_stand(written: str, spoken: str) -> None:
    """`lần thức III` (dw1, "thứ" mistyped), `Kỹ nghệ II` (d2), `Trung ương II` (da1): no word or initial is written
    `II` or `III`; without a context word they were spelled letter by letter."""
    assert N.line(written) == spoken


def test_ontario_and_doug_as_the_batches_say_them() -> None:
    """`Ontario` "On ta ri ô" (dr2, dw2: 4 spans of 4; the row said "Ôn"), `Doug` "Đắc" as Doug Burgum's row."""
    assert N.line("Thủ hiến Ontario Doug Ford") == "Thủ hiến On ta ri ô Đắc Pho"
