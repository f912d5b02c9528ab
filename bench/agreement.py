"""How often two annotators agree, scored as Loa is: the ceiling a blind first look can be read against.

38 pages of the blind corpus were taken twice, by collectors of different batches (tests/data/corpus/README.md,
"Pages taken twice"), and annotated by different hands that never saw each other's spans. Where both annotated the
same written span, one annotator's first reading is scored against the other's readings exactly as `bench.blind`
scores Loa's (the same fold, the other's alternatives accepted), both ways:

    .venv/bin/python -m bench.agreement
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from bench.blind import CORPUS, fold, spans

Span = list[str]


def twice_taken(corpus: Path = CORPUS) -> list[tuple[Span, Span]]:
    """The pairs of spans of one written text on one page, annotated in two batches."""
    pages: dict[str, list[Path]] = defaultdict(list)
    for notice in sorted(corpus.glob("batch-*/notices/*.txt")):
        with notice.open(encoding="utf-8") as text:
            pages[text.readline().strip()].append(notice)
    by_notice: dict[tuple[str, str], list[Span]] = defaultdict(list)
    for batch in sorted(p for p in corpus.iterdir() if (p / "spans.tsv").is_file()):
        for cells in spans(batch):
            by_notice[(batch.name, cells[0])].append(cells)
    pairs = []
    for first, second, *_ in (notices for notices in pages.values() if len(notices) > 1):
        other = {cells[2]: cells for cells in by_notice[(second.parent.parent.name, second.name)]}
        pairs += [(cells, other[cells[2]]) for cells in by_notice[(first.parent.parent.name, first.name)]
                  if cells[2] in other]  # fmt: skip
    return pairs


def agrees(reader: Span, annotation: Span) -> bool:
    """`reader`'s first reading is right by `annotation`, as Loa's reading would be."""
    return fold(reader[3]) in {fold(spoken) for spoken in annotation[3:] if spoken.strip()}


def main() -> None:
    pairs = twice_taken()
    one, other = sum(agrees(a, b) for a, b in pairs), sum(agrees(b, a) for a, b in pairs)
    n = max(len(pairs), 1)
    print(f"spans annotated twice: {len(pairs)}")
    print(f"the first annotator scored by the second: {one} ({100 * one / n:.1f}%)")
    print(f"the second annotator scored by the first: {other} ({100 * other / n:.1f}%)")


if __name__ == "__main__":
    main()
