"""Issue 29, round 135: rules from blind batches eg1 and eg2 (now development)."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context
from pipeline.normalize.rules_foreign import guess_reading

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("name", "said"),
    [("Ferdinand", "phéc đi nan"), ("Mercado", "méc ca đô"), ("Serhiy", "xéc hi"), ("Bernama", "béc na ma")],
)
def test_a_first_syllables_er_before_a_consonant_is_closed(name: str, said: str) -> None:
    assert guess_reading(name) == said


@pytest.mark.parametrize(("name", "said"), [("Jupiter", "giu pi tơ"), ("Voscur", "vốt cơ"), ("Serena", "xê rê na")])
def test_an_er_elsewhere_or_before_a_vowel_is_not(name: str, said: str) -> None:
    assert guess_reading(name) == said


def test_kalmaegi_as_most_annotators_say_it() -> None:
    assert N.line("tâm bão Kalmaegi ở") == "tâm bão can ma e gi ở"


def test_a_score_after_a_beaten_teams_name_is_two_numbers() -> None:
    assert N.line("đánh bại Colombia 1-0 sau") == "đánh bại Cô lôm bi a một không sau"


def test_a_range_after_danh_bai_is_still_a_range() -> None:
    assert N.line("đánh bại 2-3 đối thủ") == "đánh bại hai đến ba đối thủ"


@pytest.mark.parametrize(
    ("written", "said"),
    [("ở vòng 1/8 là", "ở vòng một phần tám là"), ("vào vòng 1/16 Cúp", "vào vòng một phần mười sáu Cúp")],
)
def test_a_cups_round_is_a_share_not_a_date(written: str, said: str) -> None:
    assert N.line(written) == said
