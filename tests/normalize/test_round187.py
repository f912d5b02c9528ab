"""Issue 29, round 187, from gp1 and gp2: a final ir after a consonant is "ia", an h after a vowel and before a
consonant is not heard."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context
from pipeline.normalize.guess import guess_reading

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("Vladimir", "vla đi mia"),
        ("Amir", "a mia"),
        ("Kadir", "ca đia"),
        ("Jupiter", "giu pi tơ"),
        ("Voscur", "vốt cơ"),
    ],
)
def test_a_final_ir_after_a_consonant_is_ia(written: str, said: str) -> None:
    assert guess_reading(written) == said


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("John", "giôn"),
        ("Bahrain", "ba ra in"),
        ("Rahman", "ra man"),
        ("Muhammadu", "mu ham ma đu"),
        ("Ohio", "ô hi ô"),
    ],
)
def test_an_h_after_a_vowel_before_a_consonant_is_not_heard(written: str, said: str) -> None:
    assert guess_reading(written) == said


def test_a_name_of_two_words_keeps_both() -> None:
    assert N.line("Giám đốc John Nkengasong") == "Giám đốc giôn en ken ga xông"
    assert N.line("Đại sứ Amir-Saeid Iravani") == "Đại sứ a mia xa ê ít i ra va ni"
