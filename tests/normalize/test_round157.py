"""Issue 29, round 157, from fl1 and fl2: words in Central European and Turkish letters (š, ě, ň, ł, ğ…) are read
by their sounds, as words in Western marks were, not left as written; `CHDC`."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context
from pipeline.normalize.rules_glued import NEVER_VIETNAMESE

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("tình hình xung đột tại Libuš đã ổn định", "tình hình xung đột tại li bút đã ổn định"),
        ("chìa khóa của một chiếc ô tô Škoda", "chìa khóa của một chiếc ô tô sờ cô đa"),
        ("Cảnh sát Thành phố Plzeň", "Cảnh sát Thành phố pờ lờ den"),
        ("Tổng thống Erdoğan", "Tổng thống Éc đô gan"),  # round 177: "Éc", as annotators say
        ("thành phố Łódź", "thành phố u ốt"),
        ("ảnh: ČTK", "ảnh, xê tê ca"),
        ("ông Pérez và Peña", "ông pê rét và pê nha"),
    ],
)
def test_words_in_central_european_and_turkish_letters_are_read(written: str, said: str) -> None:
    assert N.line(written) == said


@pytest.mark.parametrize("word", ["Sue", "USECREDENTIALS", "Slàng", "Inácio", "trình"])
def test_no_ascii_capital_and_no_vietnamese_letter_counts_as_never_vietnamese(word: str) -> None:
    assert NEVER_VIETNAMESE.search(word) is None


def test_a_democratic_republic() -> None:
    assert N.line("xe buýt tại CHDC Congo") == "xe buýt tại Cộng hòa Dân chủ Công gô"
