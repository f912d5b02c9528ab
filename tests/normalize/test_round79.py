"""Issue 29, round 79: what the development corpus (130 batches) showed again."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (
            "Từ đêm 27 đến sáng 28/10, nước lũ",
            "Từ đêm ngày hai mươi bảy đến sáng ngày hai mươi tám tháng mười, nước lũ",
        ),
        ("Từ chiều 23 đến ngày 24-10, áp thấp", "Từ chiều ngày hai mươi ba đến ngày hai mươi tư tháng mười, áp thấp"),
        ("từ đêm 5 đến sáng 6/9", "từ đêm ngày mồng năm đến sáng ngày mồng sáu tháng chín"),
        ("sáng 5 đến 7 người", "sáng năm đến bảy người"),  # no dated end: a count
    ],
)
def test_a_bare_day_after_a_part_of_the_day_starts_a_dated_span(written: str, spoken: str) -> None:
    assert N.line(written) == spoken
