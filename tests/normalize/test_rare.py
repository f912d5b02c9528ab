"""Rules that only act on a rare character (issue 29): one scan of a text for every such character, where each rule
made its own; a text without one skips them, which is sound because no rule writes one."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest

from pipeline.normalize import RULES, Context, Normalizer, load_context
from pipeline.normalize.definitions import find_definitions
from pipeline.normalize.lines import needs_digits
from pipeline.normalize.rare import RARE, needs_rare, rare_only

CTX = load_context()
DATA = Path(__file__).resolve().parent.parent / "data"


def test_the_rules_marked_rare_only_are_those_that_read_a_mark_cyrillic_or_a_pictograph() -> None:
    assert {rule.__name__ for rule in RULES if needs_rare(rule)} == {
        "drop_pictographs",
        "drop_stray_marks",
        "latin_lookalikes",
    }


@pytest.mark.parametrize("written", ["du \u0323c", "Тổng", "✅ Khi", "🔹Ngày", "３０", "٣", "‼"])
def test_every_character_a_rare_rule_or_the_digits_fold_reads_is_rare(written: str) -> None:
    assert RARE.search(written) is not None


def test_a_text_without_a_rare_character_skips_the_rare_rules_and_one_with_it_does_not() -> None:
    seen: list[str] = []

    @rare_only
    def record(text: str, ctx: Context) -> str:
        seen.append(text)
        return text.replace("✅", "")

    normalizer = Normalizer(CTX, (record,))
    assert normalizer.text("Họp lúc 7 giờ\nxong") == "Họp lúc 7 giờ\nxong" and seen == []
    assert normalizer.text("✅ Họp lúc 7 giờ\nxong") == " Họp lúc 7 giờ\nxong"
    assert seen == ["✅ Họp lúc 7 giờ", "xong"]  # the digit lines and the others, as any rule gets them


def test_full_width_digits_are_folded_and_read_as_ascii_ones() -> None:
    assert Normalizer(CTX).text("Ngày ５/８") == Normalizer(CTX).text("Ngày 5/8")


@pytest.mark.slow
def test_no_rule_writes_a_rare_character_into_a_text_without_one() -> None:
    """Each rule runs on the text as the rules before it left it, as the Normalizer hands it over."""
    notices = sorted((DATA / "corpus").glob("*/notices/*.txt"))[::14]  # 570 notices of every kind, in 10 s
    texts = [p.read_text(encoding="utf-8") for p in [*sorted((DATA / "real").glob("*.txt")), *notices]]
    written: list[str] = []
    for text in (t for t in texts if RARE.search(t) is None):
        defined = find_definitions(text)
        ctx = replace(CTX, defined=defined) if defined else CTX
        for digits in (True, False):
            part = "\n".join(line for line in text.split("\n") if (re.search("[0-9]", line) is not None) == digits)
            for rule in RULES if digits else [rule for rule in RULES if not needs_digits(rule)]:
                part = rule(part, ctx)
                written += [f"{rule.__name__}: {m.group(0)!r}" for m in RARE.finditer(part)]
    assert written == []
