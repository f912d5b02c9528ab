"""Issue 29, round 81: a dashed or dotted date after a word of the day says "ngày" as a slashed one does (bo1)."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Hôm qua 28-4, nhiệt độ", "Hôm qua ngày hai mươi tám tháng tư, nhiệt độ"),
        ("dự báo từ ngày mai 21-4, vùng", "dự báo từ ngày mai ngày hai mươi mốt tháng tư, vùng"),
        (
            "từ đêm 5.8 đến sáng 6.8, các tỉnh",
            "từ đêm ngày mồng năm tháng tám đến sáng ngày mồng sáu tháng tám, các tỉnh",
        ),
        ("trong ngày và đêm 18-9, ở các tỉnh", "trong ngày và đêm mười tám tháng chín, ở các tỉnh"),  # paired night
        ("đến chiều 7-5 và 8-5, không khí", "đến chiều ngày mồng bảy tháng năm và ngày mồng tám tháng năm, không khí"),
        ("nghỉ lễ 30-4 và 1-5", "nghỉ lễ ba mươi tháng tư và mồng một tháng năm"),  # a holiday: no "ngày", as before
    ],
)
def test_a_dashed_date_after_a_word_of_the_day(written: str, spoken: str) -> None:
    assert N.line(written) == spoken
