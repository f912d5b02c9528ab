"""How many of the hand-checked real pairs (tests/data/real_pairs.tsv) the normalizer reads right, per kind.

The pairs are grouped under `# loại:` lines by what makes them hard (capitals, ranges and units, news
dates, phones...). Run against an older checkout to get the "before" column of a change:

    .venv/bin/python -m bench.real_pairs                      # this code
    PYTHONPATH=/tmp/old .venv/bin/python bench/real_pairs.py  # the code in /tmp/old, the same pairs
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from pipeline.normalize import Normalizer, load_context

PAIRS = Path(__file__).resolve().parent.parent / "tests" / "data" / "real_pairs.tsv"


def pairs() -> list[tuple[str, str, str]]:
    """(kind, written, spoken) for every pair, the kind taken from the last `# loại:` line above it."""
    found, kind = [], "?"
    for line in PAIRS.read_text(encoding="utf-8").splitlines():
        if line.startswith("# loại:"):
            kind = line.split(":", 1)[1].strip()
        elif line and not line.startswith("#"):
            written, spoken = line.split("\t")[:2]
            found.append((kind, written, spoken))
    return found


def main() -> None:
    normalizer = Normalizer(load_context())
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for kind, written, spoken in pairs():
        total[kind] += 1
        right[kind] += normalizer.line(written) == spoken
    print(f"{'kind':32} {'right':>5} / {'pairs':<5}")
    for kind in total:
        print(f"{kind:32} {right[kind]:5d} / {total[kind]:<5d}")
    print(f"{'all':32} {sum(right.values()):5d} / {sum(total.values()):<5d}")


if __name__ == "__main__":
    main()
