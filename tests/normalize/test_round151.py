"""Issue 29, round 151: Djokovic, Hamas and a tennis break as the annotators say them (fe1)."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("Djokovic tạo địa chấn", "Giô cô vích tạo địa chấn"),
        (
            "Điểm xung đột: Israel-Hamas đạt thỏa thuận con tin;",
            "Điểm xung đột, I xra en, Ha mát đạt thỏa thuận con tin",
        ),
        ("cứu được 16 trong số 18 điểm break", "cứu được mười sáu trong số mười tám điểm brếch"),
    ],
)
def test_words_and_names_as_most_annotators_say_them(written: str, said: str) -> None:
    assert N.line(written) == said
