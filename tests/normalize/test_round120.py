"""Issue 29, round 120: what blind batches dl1, dl2, dm1 and dm2 (now development) showed."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("lên mức báo động (BĐ)1-BĐ2;", "lên mức báo động một đến báo động hai"),  # was "một bê đê hai"
        ("dao động ở mức BĐ1-BĐ2", "dao động ở mức báo động một đến báo động hai"),  # as before
        ("dưới báo động (BĐ)2 0,06m", "dưới báo động hai không phẩy không sáu mét"),  # as before
    ],
)
def test_a_range_of_alarm_levels_whose_first_is_said_in_words(written: str, spoken: str) -> None:
    """`báo động (BĐ)1-BĐ2` (dm1): the bracket is dropped as the words' abbreviation, leaving "báo động 1-BĐ2",
    which the range rule did not see; the hyphen then glued the second level into a code spelled "bê đê"."""
    assert N.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (
            "Ông Zelensky và ông Merz sau đó",
            "Ông Dê len xki và ông Méc xơ sau đó",
        ),  # "Méc xơ" the majority since round 161
    ],
)
def test_rows_of_round_120(written: str, spoken: str) -> None:
    assert N.line(written) == spoken


def test_letters_parted_from_a_number_are_read_by_the_lexicon_in_the_same_reading() -> None:
    """`0hr` was read "không hr", then "không hát e rờ": the lexicon ran before the number rule parted `hr` from the
    digit (found by test_idempotent, older than this stop). Letters the lexicon lacks stay (`thứ I0h`)."""
    for written, spoken in [("0hr", "không hát e rờ"), ("Lượt tải: 0download", "Lượt tải, không đao lốt")]:
        once = N.text(written)
        assert (once, N.text(once)) == (spoken, spoken)
    assert N.text("thứ I0h") == "thứ i không h"
