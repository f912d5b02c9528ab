"""Issue 29, round 207, from blind batches hq1 and hq2 after their scores: a lone y closes a syllable only after qu,
and a bare "dẫn" after "lên", "đang" or "bị" leads a score."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context
from pipeline.normalize.syllable import is_syllable

N = Normalizer(load_context())


@pytest.mark.parametrize("word", ["quýt", "Quỳnh", "huých", "tuyết", "ký", "mỹ", "khuya", "y"])
def test_a_y_in_a_vietnamese_syllable(word: str) -> None:
    assert is_syllable(word)


@pytest.mark.parametrize("word", ["nyt", "syt", "myt", "byt"])
def test_a_lone_y_closed_by_a_consonant_is_no_syllable(word: str) -> None:
    assert not is_syllable(word)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Tổng thống Mỹ Donald Trump. Ảnh: NYT", "Tổng thống Mỹ Đô nan Trăm. Ảnh, en nờ i dài tê"),  # was "nýt"
        ("TH3-3, Syn6, TEJ vàng", "tê hát ba ba, xin sáu, tê e gi vàng"),  # a rice variety, its Syn as t2 says
    ],
)
def test_capitals_with_a_lone_y_closed_are_letters(written: str, spoken: str) -> None:
    assert N.text(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("gây sốc khi vượt lên dẫn 7-1.", "gây sốc khi vượt lên dẫn bảy một."),  # was "bảy đến một", a range
        ("Đang dẫn 2-0 thì", "Đang dẫn hai không thì"),
        ("bị dẫn 0-2", "bị dẫn không hai"),
        ("hướng dẫn 3-5 hộ", "hướng dẫn ba đến năm hộ"),  # "dẫn" alone leads a count
        ("dẫn 2-3 đoàn khách", "dẫn hai đến ba đoàn khách"),
    ],
)
def test_a_lead_is_a_score(written: str, spoken: str) -> None:
    assert N.text(written) == spoken
