"""Rules guarded by a line hint (`on_lines_matching`, issue 29): the Normalizer hands them only the lines their hint
finds, and the hint is sound: on the real notices, as the chain rewrites them, no guarded rule changes a line its
hint misses, and the lines it is handed read alone as among the others."""

from __future__ import annotations

import importlib
import pkgutil
import re
from dataclasses import replace
from pathlib import Path

import pytest

import pipeline.normalize
from pipeline.normalize import RULES, Context, Normalizer, Rule, load_context
from pipeline.normalize.definitions import find_definitions
from pipeline.normalize.lines import (
    AnyOf,
    Hint,
    Read,
    hint_of,
    line_hint,
    needs_digits,
    on_hinted_lines,
    on_lines_matching,
    on_lines_with,
    on_runs_with,
    sub_on_hinted_lines,
)

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


def test_on_lines_with_several_hints_changes_each_line_where_any_of_them_is_once_and_alone() -> None:
    calls: list[str] = []

    def mark(line: str) -> str:
        calls.append(line)
        return f"[{line}]"

    text = "a - b\nkhông\nc – d – e\nf - g – h"
    assert on_lines_with(hint_of("-", "–"), text, mark) == "[a - b]\nkhông\n[c – d – e]\n[f - g – h]"
    assert calls == ["a - b", "c – d – e", "f - g – h"]


def test_sub_on_hinted_lines_tries_the_pattern_on_the_hinted_lines_with_the_text_before_them_in_view() -> None:
    pattern = re.compile(r"(?<=ngày\n)?([0-9]+)/([0-9]+)")
    read = lambda m: f"<{m.group(1)} {m.group(2)}{' ngày' if m.string[m.start() - 1] == chr(10) else ''}>"
    text = "đến ngày\n5/9 và 6/9\nkhông 7-8\n1/2"
    hint = re.compile("/")
    assert sub_on_hinted_lines(hint, pattern, read, text) == pattern.sub(read, text)
    assert sub_on_hinted_lines(hint, pattern, read, text) == "đến ngày\n<5 9 ngày> và <6 9>\nkhông 7-8\n<1 2 ngày>"
    assert sub_on_hinted_lines(re.compile("@"), pattern, read, text) is text  # no hinted line: nothing is tried


@pytest.mark.slow
def test_every_pattern_tried_on_its_hinted_lines_alone_changes_what_it_changes_in_the_whole_text(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A pattern whose hint misses a line it matches would leave that line as written: on the real notices (a third
    of them in capitals too, as headings are), each `sub_on_hinted_lines` gives what `pattern.sub` over the whole text gives."""
    wrong: list[str] = []

    def both(hint: Hint, pattern: re.Pattern[str], read: Read, text: str) -> str:
        hinted, whole = sub_on_hinted_lines(hint, pattern, read, text), pattern.sub(read, text)
        pairs = zip(whole.split("\n"), hinted.split("\n"), strict=True)
        wrong.extend(f"{pattern.pattern[:40]!r}: {a!r}, on its lines {b!r}" for a, b in pairs if a != b)
        return hinted

    users = [m for m in _normalize_modules() if getattr(m, "sub_on_hinted_lines", None) is sub_on_hinted_lines]
    assert len(users) >= 3
    for module in users:
        monkeypatch.setattr(module, "sub_on_hinted_lines", both)
    normalizer = Normalizer(CTX)
    for number, text in enumerate(_texts()):
        normalizer.text(text)
        if number % 3 == 0:  # a third of them in capitals too: a heading's shapes, at a third of the time
            normalizer.text(text.upper())
    assert wrong == []


def _normalize_modules() -> list[object]:
    names = (info.name for info in pkgutil.iter_modules(pipeline.normalize.__path__))
    return [importlib.import_module(f"pipeline.normalize.{name}") for name in names]


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
    without its hint would be lost by the guard (the output would differ), and so would a reading that looks past
    its line (a date's "ngày" at the end of the line before: found when `read_full_dates` was given a hint)."""
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
                    wrong += [] if rule.__name__ in LOOK_PAST_THE_LINE else _same_alone(rule, hint, lines, changed, ctx)
                lines = changed
    assert wrong == []


# Guarded before this check was made, each looks back past a line break on a few notices (`đến 7 giờ 30 25/7`, a
# list's `Thứ 2 - Thứ 6`): the guarded reading is the one that ships; making them line-local changes readings
LOOK_PAST_THE_LINE = {"date_span_end_days", "read_routes"}


def _same_alone(rule: Rule, hint: Hint, lines: list[str], changed: list[str], ctx: Context) -> list[str]:
    """The hinted lines read alone as among all the others: a rule that looks back past a line break (`with_ngay`
    sees the "ngày" that ends the line before a date) may not be guarded, or the guard changes what it reads."""
    alone = on_hinted_lines(hint, "\n".join(lines), lambda text: rule(text, ctx)).split("\n")
    return [
        f"{rule.__name__}: {new!r} alone, {old!r} in its text"
        for old, new in zip(changed, alone, strict=True)
        if old != new
    ]


def _opens_with(pattern: re.Pattern[str]) -> str:
    """What `re` scans for before trying the pattern: a literal (fast), one class (ten times slower) or nothing."""
    compiler, parser = pytest.importorskip("re._compiler"), pytest.importorskip("re._parser")
    parsed = parser.parse(pattern.pattern, pattern.flags)
    if compiler._get_literal_prefix(parsed, pattern.flags)[0]:
        return "literal"
    return "class" if compiler._get_charset_prefix(parsed, pattern.flags) else "nothing"


# Hints no literal need be in: capitals, digits, combining marks (a class first is the best scan there is)
CLASS_FIRST = {"drop_stray_marks", "read_card_numbers", "read_codes", "read_glued_letters", "read_ungrouped_phones",
               "spell_capitals", "read_initials", "spell_lone_letters", "part_glued_initials",
               "part_words_from_initials", "split_glued_words"}  # fmt: skip


def test_every_line_hint_opens_with_a_literal_where_its_lines_must_hold_one() -> None:
    """`re` scans for a literal at 0.2 ms a MB, for a class or an alternation at 3 to 6 ms (issue 29): `\\d-\\d` is
    written `-(?<=\\d-)\\d`, `[<>]` as two hints, "<" and ">"; only hints whose lines hold no literal they must
    have (a capital, a digit) open with a class."""
    opens = {
        rule.__name__: {_opens_with(p) for p in (hint.patterns if isinstance(hint, AnyOf) else (hint,))}
        for rule in RULES
        if (hint := line_hint(rule)) is not None
    }
    assert {name for name, kinds in opens.items() if kinds != {"literal"}} == CLASS_FIRST
    assert all(opens[name] == {"class"} for name in CLASS_FIRST)


def test_a_rule_with_several_hints_gets_each_line_where_any_of_them_is_once() -> None:
    calls: list[str] = []

    @on_lines_matching("<", ">")
    def record(text: str, ctx: Context) -> str:
        calls.append(text)
        return text.replace("<", "nhỏ hơn").replace(">", "lớn hơn")

    out = Normalizer(CTX, (record,)).text("a < b\nkhông\nc > d\ne < f > g")
    assert calls == ["a < b\nc > d\ne < f > g"]
    assert out == "a nhỏ hơn b\nkhông\nc lớn hơn d\ne nhỏ hơn f lớn hơn g"
