"""Issue 29, round 48: words a page ran together with no capital between them (batch aq2, now development)."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context
from pipeline.normalize.rules_glued import split_toned_runs

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Lễ hội truyền thống nàysẽ diễn ra", "Lễ hội truyền thống này sẽ diễn ra"),  # aq2
        ("cho biếtđãchỉ đạo", "cho biết đã chỉ đạo"),  # aq2: three run together
        ("địađiểm tổchức", "địa điểm tổ chức"),
    ],
)
def test_a_word_with_two_tone_marks_is_syllables_run_together(written: str, spoken: str) -> None:
    assert N.line(written) == spoken


@pytest.mark.parametrize("word", ["nênít", "Vănhoá", "Nguyễn", "Québec"])
def test_a_word_with_one_tone_mark_is_left_as_written(word: str) -> None:
    """One mark does not say where the join is (`nênít`: nên ít or nê nít), and a syllable has one: this rule leaves
    them; `split_marked_runs` (round 84) weighs the partings by how common their syllables are."""
    assert split_toned_runs(word, N.ctx) == word


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("sẽ diễn ra ngày 18/10Lễ hội rước kiệu", "sẽ diễn ra ngày mười tám tháng mười Lễ hội rước kiệu"),  # aq2
        ("ngày 1/5/2024Hội", "ngày mồng một tháng năm năm hai nghìn không trăm hai mươi tư Hội"),
    ],
)
def test_a_date_typed_against_the_next_word_is_still_a_date(written: str, spoken: str) -> None:
    assert N.line(written) == spoken


def test_a_number_read_against_the_next_word_is_parted_in_one_pass() -> None:
    """`tháng 1ngày`: the month rule reads "mộtngày", which the early pass could not see; normalizing the result
    again parted it, so a second pass changed the text (hypothesis, issue 29 round 48). The late pass parts it."""
    once = N.text("tháng 1ngày ")
    assert once == "tháng một ngày"
    assert N.text(once) == once
