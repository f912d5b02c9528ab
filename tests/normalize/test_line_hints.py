"""Rules guarded by a line hint (`on_lines_matching`, issue 29): the Normalizer hands them only the lines their hint
finds, and the hint is sound: on the real notices, as the chain rewrites them, no guarded rule changes a line its
hint misses."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest

from pipeline.normalize import RULES, Context, Normalizer, load_context
from pipeline.normalize.definitions import find_definitions
from pipeline.normalize.lines import line_hint, needs_digits, on_hinted_lines, on_lines_matching, on_runs_with

CTX = load_context()
DATA = Path(__file__).resolve().parent.parent / "data"


def test_on_hinted_lines_changes_only_the_hinted_lines_in_one_call() -> None:
    calls: list[str] = []

    def upper(text: str) -> str:
        calls.append(text)
        return text.upper()

    text = "một x\nhai\nba x\nbốn"
    assert on_hinted_lines(re.compile("x"), text, upper) == "MỘT X\nhai\nBA X\nbốn"
    assert calls == ["một x\nba x"]
    assert on_hinted_lines(re.compile("z"), text, upper) == text
    assert len(calls) == 1  # no line holds the hint: the rule is not called at all


def test_on_runs_with_changes_only_the_runs_without_space_that_hold_the_hint() -> None:
    calls: list[str] = []

    def upper(run: str) -> str:
        calls.append(run)
        return run.upper()

    text = "xem tại abc.vn/x,y hoặc\ngửi a@b.vn và\tc@d.com\u00a0nhé a@b.vn"
    out = on_runs_with(re.compile(r"@|\.vn"), text, upper)
    assert out == "xem tại ABC.VN/X,Y hoặc\ngửi A@B.VN và\tC@D.COM\u00a0nhé A@B.VN"
    assert calls == ["abc.vn/x,y", "a@b.vn", "c@d.com", "a@b.vn"]  # a run's second hit is not a second call


def test_the_normalizer_hands_a_guarded_rule_only_the_lines_its_hint_finds() -> None:
    seen: list[str] = []

    @on_lines_matching(r"@")
    def record(text: str, ctx: Context) -> str:
        seen.append(text)
        return text.replace("@", " a còng ")

    out = Normalizer(CTX, (record,)).text("gửi thư\nabc@x\nkhông có gì\nd@e")
    assert seen == ["abc@x\nd@e"]
    assert out == "gửi thư\nabc a còng x\nkhông có gì\nd a còng e"


def _texts() -> list[str]:
    real = sorted((DATA / "real").glob("*.txt"))
    notices = sorted((DATA / "corpus").glob("*/notices/*.txt"))[::7]  # every seventh: a spread, in seconds
    spans = [_written(p, 2) for p in sorted((DATA / "corpus").glob("*/spans.tsv"))]  # every annotated span, short
    return [p.read_text(encoding="utf-8") for p in [*real, *notices]] + spans + [_written(DATA / "real_pairs.tsv", 0)]


def _written(table: Path, column: int) -> str:
    """One line per row: the written text of a table of spans or pairs (comment lines skipped)."""
    rows = [line.split("\t") for line in table.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    return "\n".join(row[column] for row in rows if len(row) > column)


def _unchanged_outside_hint(rule_name: str, hint: re.Pattern[str], before: list[str], after: list[str]) -> list[str]:
    return [
        f"{rule_name}: {old!r} -> {new!r}"
        for old, new in zip(before, after, strict=True)
        if old != new and not hint.search(old)
    ]


@pytest.mark.slow
def test_no_guarded_rule_changes_a_line_its_hint_misses_on_the_real_notices() -> None:
    """Every rule runs unguarded, on the text as the rules before it left it; a guarded rule's change on a line
    without its hint would be lost by the guard (the output would differ)."""
    guarded = [rule for rule in RULES if line_hint(rule) is not None]
    assert len(guarded) >= 50
    wrong: list[str] = []
    for text in _texts():
        defined = find_definitions(text)
        ctx = replace(CTX, defined=defined) if defined else CTX
        for digits in (True, False):
            lines = [line for line in text.split("\n") if (re.search(r"\d", line) is not None) == digits]
            if not lines:
                continue  # every line of the text holds a digit (or none does): "" would split into [""]
            for rule in RULES if digits else [r for r in RULES if not needs_digits(r)]:
                changed = rule("\n".join(lines), ctx).split("\n")
                hint = line_hint(rule)
                if hint is not None:
                    wrong += _unchanged_outside_hint(rule.__name__, hint, lines, changed)
                lines = changed
    assert wrong == []


def _scanned_fast(pattern: re.Pattern[str]) -> bool:
    """Whether `re` finds the pattern's candidates in C: a literal or one class first (CPython's own prefix test)."""
    compiler, parser = pytest.importorskip("re._compiler"), pytest.importorskip("re._parser")
    parsed = parser.parse(pattern.pattern, pattern.flags)
    return bool(
        compiler._get_literal_prefix(parsed, pattern.flags)[0] or compiler._get_charset_prefix(parsed, pattern.flags)
    )


def test_every_line_hint_opens_with_a_literal_or_one_class() -> None:
    """A hint `[àÀ][yY]|[áÁ][nN][gG]` (an alternation of classes), `\\d{4}` or `(?i)covid` is tried at every position
    of the text, 5 to 15 ms per rule on the bench; `[àÀáÁ](?:(?<=[àÀ])[yY]|...)` is scanned for in C (issue 29)."""
    slow = [rule.__name__ for rule in RULES if (hint := line_hint(rule)) is not None and not _scanned_fast(hint)]
    assert slow == []
