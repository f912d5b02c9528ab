"""Blind batches (tests/data/corpus/*/spans.tsv): how many annotated spans the normalizer reads as annotated,
per batch and category. Run it against an older checkout for the "before" column of a change:

    .venv/bin/python -m bench.blind                              # this code
    PYTHONPATH=/tmp/old .venv/bin/python bench/blind.py           # the code in /tmp/old, the same spans
    .venv/bin/python -m bench.blind --misses                     # also each miss: written, expected, got

A span is right when the normalizer's reading equals the annotation (or its alternative) after folding case,
old and new tone-mark placement and purely visual punctuation; a symbol left in the output is a miss.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

from pipeline.normalize import Normalizer, load_context

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "data" / "corpus"
PUNCT = re.compile(r"[,.;:!?\"“”()–—…‘’]")
OLD_TONES = {o + v: n for o, v, n in (
    *(("òóỏõọ"[i], "a", "o" + "àáảãạ"[i]) for i in range(5)),
    *(("òóỏõọ"[i], "e", "o" + "èéẻẽẹ"[i]) for i in range(5)),
    *(("ùúủũụ"[i], "y", "u" + "ỳýỷỹỵ"[i]) for i in range(5)),
)}  # fmt: skip
TONE_PLACE = re.compile("|".join(map(re.escape, OLD_TONES)))


def fold(text: str) -> str:
    """What the ear hears of a text: case, tone-mark placement and visual punctuation aside."""
    text = TONE_PLACE.sub(lambda m: OLD_TONES[m.group(0)], unicodedata.normalize("NFC", text).lower())
    return " ".join(PUNCT.sub(" ", text).split())


def spans(batch: Path) -> list[list[str]]:
    """file, category, written, spoken[, alternatives] of each annotated span."""
    lines = (batch / "spans.tsv").read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]


def score(batch: Path, normalizer: Normalizer) -> tuple[Counter[str], Counter[str], list[tuple[str, ...]]]:
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    misses = []
    for cells in spans(batch):
        _file, category, written, spoken = cells[:4]
        got = normalizer.line(written)
        total[category] += 1
        if fold(got) in {fold(spoken), *(fold(alt) for alt in cells[4:] if alt.strip())}:
            right[category] += 1
        else:
            misses.append((category, written, spoken, got))
    return right, total, misses


def main(show_misses: bool = False) -> None:
    normalizer = Normalizer(load_context())
    for batch in sorted(p for p in CORPUS.iterdir() if (p / "spans.tsv").is_file()):
        right, total, misses = score(batch, normalizer)
        print(f"{batch.name}: {sum(right.values())} / {sum(total.values())} spans "
              f"({100 * sum(right.values()) / max(sum(total.values()), 1):.1f}%)")  # fmt: skip
        for category in sorted(total, key=lambda c: -total[c]):
            print(f"  {category:14} {right[category]:4d} / {total[category]:<4d}")
        for category, written, spoken, got in misses if show_misses else ():
            print(f"    [{category}] {written}\n      want: {spoken}\n      got:  {got}")


if __name__ == "__main__":
    main("--misses" in sys.argv)
