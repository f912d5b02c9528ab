"""Issue 29, round 134: a row from blind batch ef2 (now development)."""

from __future__ import annotations

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


def test_real_madrid_as_the_sports_press_says_it() -> None:
    """`Real Madrid` (ef2: 5 spans of 5): the sound reading said "rin Ma đrít"."""
    assert N.line("giúp Real Madrid tránh thua") == "giúp Rê an Ma đrít tránh thua"
