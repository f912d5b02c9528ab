"""Issue 29, round 42: the misses of blind batches am1 and am2 that any notice of their kind may hold."""

from __future__ import annotations

import re

import pytest

from pipeline.normalize import Normalizer, load_context
from pipeline.normalize.lexicon import load_lexicon

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Thủ tướng Anh Keir Starmer kêu gọi", "Thủ tướng Anh Kia Xta mơ kêu gọi"),  # am2
        ("vắc xin Sputnik V", "vắc xin Xpút ních vê"),  # 2 spans of 2
        ("Thủ tướng Canada Justin Trudeau", "Thủ tướng Ca na đa Giát xtin Tru đô"),
        ("trên Instagram", "trên in xta gờ ram"),
    ],
)
def test_a_name_of_the_foreign_table_opens_a_syllable_with_s_before_t_or_p(written: str, spoken: str) -> None:
    assert N.line(written) == spoken


def test_no_foreign_table_reading_parts_s_from_a_t_or_p_it_opens_a_syllable_with() -> None:
    """The guide (s before t, p or c opens the syllable, 55 to 38) and the guess write "xta"; round 6's names from
    general knowledge wrote "xờ ta". AppleStore keeps its hand-checked pair, livestream its one span ("sờ trim")."""
    kept = {"applestore", "livestream"}
    readings = load_lexicon(None).folded
    assert [w for w, said in readings.items() if w not in kept and re.search(r"xờ [tp]", said.lower())] == []
