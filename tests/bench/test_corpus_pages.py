"""The blind corpus: a new batch never holds a page an earlier batch holds (its first look would not be blind)."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent / "data" / "corpus"
# c1 to d2 pages taken again by g1 to p2, before the used-address list held every batch (README: "Pages taken twice")
TAKEN_TWICE = {f"batch-{b}" for b in ("c1", "c2", "d1", "d2", "g1", "g2", "h1", "h2", "i1", "i2", "j1", "j2")} | {
    f"batch-{b}" for b in ("k1", "k2", "l1", "l2", "m1", "n1", "n2", "o2", "p2")
}


def _sources() -> dict[str, set[str]]:
    batches: dict[str, set[str]] = defaultdict(set)
    for notice in CORPUS.glob("batch-*/notices/*.txt"):
        with notice.open(encoding="utf-8") as text:
            first = text.readline().strip()
        batches[first.removeprefix("# nguồn:").strip()].add(notice.parent.parent.name)
    return batches


def test_every_notice_names_its_source() -> None:
    for notice in CORPUS.glob("batch-*/notices/*.txt"):
        with notice.open(encoding="utf-8") as text:
            assert text.readline().startswith("# nguồn: http"), notice


def _one_round(names: set[str]) -> bool:
    """al1 and al2: two collectors of one round, in parallel, took the same page; both were scored blind at once by
    code that saw neither, so the page stays in both (it adds a pair to `bench.agreement`)."""
    return len({name.rstrip("0123456789") for name in names}) == 1


def test_no_page_is_in_two_batches_but_the_ones_known_from_before_batch_q() -> None:
    twice = {url: names for url, names in _sources().items() if len(names) > 1 and not _one_round(names)}
    assert len(twice) == 38
    assert all(names <= TAKEN_TWICE for names in twice.values())
