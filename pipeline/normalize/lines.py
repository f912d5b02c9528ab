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


def on_lines_matching(hint: str) -> Callable[[F], F]:
    """Mark a rule that can only change a line where the regex `hint` matches: the Normalizer hands it those lines
    alone, found by one fast scan (a hint starting with a literal or a class is searched in C, not tried at every
    position as most rules' patterns are). The hint must match in every line the rule can change, within the line."""
    compiled = re.compile(hint)

    def mark(rule: F) -> F:
        rule.hint = compiled  # type: ignore[attr-defined]
        return rule

    return mark


def line_hint(rule: Callable[..., str]) -> re.Pattern[str] | None:
    hint: re.Pattern[str] | None = getattr(rule, "hint", None)
    return hint


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


def on_runs_with(hint: re.Pattern[str], text: str, change: Callable[[str], str]) -> str:
    """Apply `change` to each run of text without whitespace where `hint` occurs, for a pattern that never matches
    across a space (a web address): the pattern is tried on those runs alone, not at every word of their lines.

    Neither the hint nor any match of the pattern may hold whitespace, and every match must hold the hint."""
    out, done = [], 0
    for found in hint.finditer(text):
        if found.start() < done:
            continue  # a run already changed: its other hits are its own
        start = max(text.rfind(" ", 0, found.start()), text.rfind("\n", 0, found.start())) + 1
        for space in SPACE.finditer(text, start, found.start()):  # a tab, a no-break space: rare
            start = space.end()
        end = NOT_SPACE.match(text, found.end()).end()  # type: ignore[union-attr]
        out += [text[done:start], change(text[start:end])]
        done = end
    return "".join(out) + text[done:]


SPACE = re.compile(r"\s")
NOT_SPACE = re.compile(r"\S*")


def on_hinted_lines(hint: re.Pattern[str], text: str, change: Callable[[str], str]) -> str:
    """Apply `change` once to the lines where `hint` occurs, joined, and put what it returns back in their places.

    One call for all those lines, not one a line (as `on_lines_with`): a rule's own setup is paid once. Where the
    hint is in most lines (`-`, `%` on a page of figures) the rule gets the whole text: the same result, without
    the cost of cutting and splicing."""
    spans, lines, counted = [], 0, 0
    found = hint.search(text)
    while found:
        start = text.rfind("\n", 0, found.start()) + 1
        end = text.find("\n", found.end())
        end = len(text) if end < 0 else end
        spans.append((start, end))
        if len(spans) % DENSE_CHECK == 0:
            lines, counted = lines + text.count("\n", counted, end), end
            if 2 * len(spans) > lines:
                return change(text)
        found = hint.search(text, end)
    return _splice(text, spans, change) if spans else text


DENSE_CHECK = 32  # hinted lines between two checks of how many lines they are among


def _splice(text: str, spans: list[tuple[int, int]], change: Callable[[str], str]) -> str:
    changed = change("\n".join(text[start:end] for start, end in spans)).split("\n")
    out, done = [], 0
    for (start, end), line in zip(spans, changed, strict=True):
        out += [text[done:start], line]
        done = end
    return "".join(out) + text[done:]
