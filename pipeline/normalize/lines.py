"""Helpers for rules that only concern a few lines of a text."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TypeVar

F = TypeVar("F", bound=Callable[..., str])


def digits_only(rule: F) -> F:
    """Mark a rule that can only change text containing a digit: lines without one skip it."""
    rule.digits_only = True  # type: ignore[attr-defined]
    return rule


def needs_digits(rule: Callable[..., str]) -> bool:
    return bool(getattr(rule, "digits_only", False))


def on_lines_with(hint: re.Pattern[str], text: str, change: Callable[[str], str]) -> str:
    """Apply `change` only to the lines where `hint` occurs (a fast scan, then local work).

    No hint may match across a line break, so the first hit at or after a line's end is the next line's own."""
    out, done = [], 0
    found = hint.search(text)
    while found:  # after a changed line the scan goes on at its end: a line's other hits are never visited
        start = text.rfind("\n", 0, found.start()) + 1
        end = text.find("\n", found.end())
        end = len(text) if end < 0 else end
        out += [text[done:start], change(text[start:end])]
        done = end
        found = hint.search(text, done)
    return "".join(out) + text[done:]
