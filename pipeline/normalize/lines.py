"""Helpers for rules that only concern a few lines of a text."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

F = TypeVar("F", bound=Callable[..., str])


def digits_only(rule: F) -> F:
    """Mark a rule that can only change text containing a digit: lines without one skip it."""
    rule.digits_only = True  # type: ignore[attr-defined]
    return rule


def needs_digits(rule: Callable[..., str]) -> bool:
    return bool(getattr(rule, "digits_only", False))


def on_lines_matching(*hints: str) -> Callable[[F], F]:
    """Mark a rule that can only change a line where the regex `hint` matches: the Normalizer hands it those lines
    alone, found by one fast scan. The hint must match in every line the rule can change, within the line.

    A hint should open with a literal: `re` scans for one at 0.2 ms a MB, for a class (`[<>]`, `[0-9]`) or an
    alternation at 3 to 6 ms, as slow as the rule's own pattern would be. So a class is written as a look-behind
    after the literal that follows it (`[0-9]-[0-9]` as `-(?<=[0-9]-)[0-9]`), and where a line may hold one of
    several literals, each is a hint of its own (`"<", ">"`): a line is handed over where any of them matches.

    A hint is worth what it leaves out: "đ" or "/" alone is in most lines of a notice, a look-ahead over what the
    pattern needs after its literal (`/(?<=[0-9]/)[0-9]{4}\\b`: a month's year, not a day's month) leaves out most
    of them. A rule that looks past its line (`with_ngay` sees the "ngày" ending the line before a date) may have none:
    handed its lines alone, it reads them otherwise (test_line_hints reads each guarded rule's lines both ways)."""
    compiled = hint_of(*hints)

    def mark(rule: F) -> F:
        rule.hint = compiled  # type: ignore[attr-defined]
        return rule

    return mark


def spaced_after(mark: str, *befores: str) -> tuple[str, ...]:
    """The hints of `(?:before)[^\\S\\n]*mark`, the mark first: a look-behind has a fixed width, so the mark right after
    `before`, one space after it, or after two spaces (whatever a longer run follows)."""
    return (*(rf"{mark}(?<={before}{space}{mark})" for before in befores for space in ("", r"[^\S\n]")),
            rf"{mark}(?<=[^\S\n]{{2}}{mark})")  # fmt: skip


@dataclass(frozen=True)
class AnyOf:
    """Several hints of one rule: a line is the rule's where any of them matches."""

    patterns: tuple[re.Pattern[str], ...]

    def search(self, line: str) -> re.Match[str] | None:
        """A match of one of the hints in `line` (not the first in the line: a test, not a scan). A loop, not a
        generator: it is asked some 80 times of each notice."""
        for pattern in self.patterns:
            found = pattern.search(line)
            if found is not None:
                return found
        return None


Hint = re.Pattern[str] | AnyOf
Read = Callable[[re.Match[str]], str] | str  # what `re.sub` takes: a function of the match, or a template


def hint_of(*hints: str) -> Hint:
    """One pattern, or the hints of which any may match: what `on_hinted_lines` takes."""
    return re.compile(hints[0]) if len(hints) == 1 else AnyOf(tuple(re.compile(hint) for hint in hints))


def line_hint(rule: Callable[..., str]) -> Hint | None:
    hint: Hint | None = getattr(rule, "hint", None)
    return hint


def on_lines_with(hint: Hint, text: str, change: Callable[[str], str]) -> str:
    """Apply `change` only to the lines where `hint` occurs (a fast scan, then local work), each line alone.

    No hint may match across a line break, so the first hit at or after a line's end is the next line's own."""
    if isinstance(hint, AnyOf):
        return _change_each(text, hinted_lines(hint, text, dense=False) or [], change)
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


def on_hinted_lines(hint: Hint, text: str, change: Callable[[str], str]) -> str:
    """Apply `change` once to the lines where `hint` occurs, joined, and put what it returns back in their places.

    One call for all those lines, not one a line (as `on_lines_with`): a rule's own setup is paid once. Where the
    hint is in most lines (`-`, `%` on a page of figures) the rule gets the whole text: the same result, without
    the cost of cutting and splicing."""
    spans = hinted_lines(hint, text)
    if spans is None:
        return change(text)
    return _splice(text, spans, change) if spans else text


def sub_on_hinted_lines(hint: Hint, pattern: re.Pattern[str], read: Read, text: str) -> str:
    """`pattern.sub(read, text)`, the pattern tried only on the lines where `hint` occurs: for a pattern that opens
    on a digit or a class and is tried at each of them, where its hint opens on a rarer literal (issue 29).

    Unlike `on_hinted_lines` the match is made in the whole text: its look-behinds and `read` see the lines before
    (`with_ngay` looks for the "ngày" that ends the line before a date), so any rule may use it. The pattern must
    never match across a line break, and the hint must occur in every line where it matches."""
    spans = hinted_lines(hint, text)
    if spans is None:
        return pattern.sub(read, text)
    out, done = [], 0
    for start, end in spans:
        for found in pattern.finditer(text, start, end + 1):  # the line's break is seen, as by a look-ahead in `sub`
            out += [text[done : found.start()], found.expand(read) if isinstance(read, str) else read(found)]
            done = found.end()
    return "".join(out) + text[done:] if out else text


def hinted_lines(hint: Hint, text: str, dense: bool = True) -> list[tuple[int, int]] | None:
    """The (start, end) of each line where `hint` occurs, in order; None where it is in most lines (if `dense`)."""
    patterns = hint.patterns if isinstance(hint, AnyOf) else (hint,)
    found = [_hinted_spans(pattern, text, dense) for pattern in patterns]
    if any(spans is None for spans in found):
        return None
    return sorted({span for spans in found for span in spans or ()}) if len(found) > 1 else found[0] or []


def _hinted_spans(hint: re.Pattern[str], text: str, dense: bool = True) -> list[tuple[int, int]] | None:
    """The (start, end) of each line where `hint` occurs, in order; None where it is in most lines (if `dense`)."""
    spans: list[tuple[int, int]] = []
    lines, counted = 0, 0
    found = hint.search(text)
    while found:
        start = text.rfind("\n", 0, found.start()) + 1
        end = text.find("\n", found.end())
        end = len(text) if end < 0 else end
        spans.append((start, end))
        if dense and len(spans) % DENSE_CHECK == 0:
            lines, counted = lines + text.count("\n", counted, end), end
            if 2 * len(spans) > lines:
                return None
        found = hint.search(text, end)
    return spans


DENSE_CHECK = 32  # hinted lines between two checks of how many lines they are among


def _change_each(text: str, spans: list[tuple[int, int]], change: Callable[[str], str]) -> str:
    out, done = [], 0
    for start, end in spans:
        out += [text[done:start], change(text[start:end])]
        done = end
    return "".join(out) + text[done:]


def _splice(text: str, spans: list[tuple[int, int]], change: Callable[[str], str]) -> str:
    changed = change("\n".join(text[start:end] for start, end in spans)).split("\n")
    out, done = [], 0
    for (start, end), line in zip(spans, changed, strict=True):
        out += [text[done:start], line]
        done = end
    return "".join(out) + text[done:]
