"""Characters a Vietnamese notice seldom holds, and the rules that only act on them: one scan of a text for all of
them, where each rule scanned for its own (issue 29: four class scans of every text, about 2 % of the letters' time).

A rule marked `rare_only` changes nothing in a text without a `RARE` character, and no rule writes one (a slow test
in `tests/normalize/test_rare.py` reads every 14th corpus notice rule by rule): so a text without one skips them."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TypeVar

from .digits import MAYBE_OTHER_DIGIT

F = TypeVar("F", bound=Callable[..., str])

COMBINING = "\u0300-\u036f"  # a mark a PDF left without its letter
CYRILLIC = "\u0400-\u04ff"
PICTOGRAPH = "\U0001f000-\U0001faff\u25a0-\u25ff\u2600-\u27bf\u2b00-\u2bff\ufe0f\u200d\u203c\u2049"  # emoji, ✅, ‼, ►
# a digit of another script, and all the planes above the first (emoji among them): the digits' fold's own class
OTHER_DIGIT = MAYBE_OTHER_DIGIT.pattern[1:-1]
RARE = re.compile(f"[{COMBINING}{CYRILLIC}{PICTOGRAPH}{OTHER_DIGIT}]")


def rare_only(rule: F) -> F:
    """Mark a rule that can only change a text holding a `RARE` character: a text without one skips it."""
    rule.rare_only = True  # type: ignore[attr-defined]
    return rule


def needs_rare(rule: Callable[..., str]) -> bool:
    return bool(getattr(rule, "rare_only", False))
