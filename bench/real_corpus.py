"""How the normalizer does on real public notices (tests/data/real/, each with its source address).

Per text: spoken tokens, tokens a Vietnamese voice cannot pronounce after normalization (digits, symbols,
non-syllables), and capitalised words that are Vietnamese syllables but get spelled letter by letter
("HỘI" read "hát ô i"). The corpus was not written from the rules; the rules are measured on it.

Run: .venv/bin/python -m bench.real_corpus [--batches]

With --batches, the notices of every blind batch (tests/data/corpus/*/notices/) are read too: the whole corpus,
not only the 92 texts the rules were first written against.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

from pipeline.build.lint import lint_text
from pipeline.normalize import Normalizer, load_context
from pipeline.normalize.syllable import WORD, is_syllable, unspeakable

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "data" / "real"
BATCHES = CORPUS.parent / "corpus"
WORDS = re.compile(r"[^\W\d_]{2,}")


def texts(batches: bool = False) -> list[tuple[str, str, str]]:
    """(file name, kind, text) of every corpus file (and every batch's notice); the header lines start with '#'."""
    found = []
    paths = sorted(CORPUS.glob("*.txt")) + (sorted(BATCHES.glob("*/notices/*.txt")) if batches else [])
    for path in paths:
        lines = path.read_text(encoding="utf-8").splitlines()
        kind = next((line.split(":", 1)[1].strip() for line in lines if line.startswith("# loại:")), "?")
        found.append((path.name, kind, "\n".join(line for line in lines if not line.startswith("#"))))
    return found


def spelled_capitals(normalizer: Normalizer, text: str) -> list[str]:
    """Capitalised words that are Vietnamese syllables but are spelled letter by letter ("HỘI": "hát ô i").

    A word the lexicon expands (TƯ: "Trung ương") is read, not spelled, and not counted.
    """
    words = {w for w in WORDS.findall(text) if w.isupper() and is_syllable(w.lower())}
    spell = normalizer.ctx.lexicon.spell
    return sorted(w for w in words if normalizer.line(w).strip() == spell(w))


def linted(normalizer: Normalizer, name: str, text: str) -> int:
    """How many tokens `loa lint` reports for this text (its unspeakable check, run on the same words)."""
    return sum(1 for _ in lint_text(normalizer, Path(name), 1, text))


def main() -> None:
    batches = "--batches" in sys.argv[1:]
    normalizer = Normalizer(load_context())
    totals: Counter[str] = Counter()
    by_kind: Counter[str] = Counter()
    left_all: Counter[str] = Counter()
    print(f"{'text':48} {'tokens':>6} {'unsp.':>5} {'ratio':>6} {'caps':>4}  first unspeakable")
    for name, kind, text in texts(batches):
        spoken = normalizer.text(text)
        tokens, left = WORD.findall(spoken), unspeakable(spoken)
        caps = spelled_capitals(normalizer, text)
        totals.update(tokens=len(tokens), left=len(left), caps=len(caps), chars=len(text))
        totals.update(linted=linted(normalizer, name, text))
        by_kind[kind] += 1
        left_all.update(left)
        ratio = 100 * len(left) / max(1, len(tokens))
        print(f"{name[:48]:48} {len(tokens):6d} {len(left):5d} {ratio:5.2f}% {len(caps):4d}  {' '.join(left[:6])}")
    ratio = 100 * totals["left"] / max(1, totals["tokens"])
    print(
        f"\ncorpus: {sum(by_kind.values())} texts, {totals['chars']:,} characters, {len(by_kind)} kinds: {dict(by_kind)}"
    )
    print(
        f"spoken tokens {totals['tokens']:,}; unspeakable {totals['left']} ({ratio:.2f} %); "
        f"capitalised syllables spelled {totals['caps']}; reported by `loa lint`: {totals['linted']}"
    )
    print(f"most frequent unspeakable: {left_all.most_common(25)}")


if __name__ == "__main__":
    main()
