"""bench.lexicon_votes: the lexicon rows the corpus's annotated spans read otherwise."""

from __future__ import annotations

from pathlib import Path

from bench.lexicon_votes import outvoted, votes

SPANS = (
    "a.txt\tforeign-name\tThủ tướng Theresa May nói\tThủ tướng Tê rê xa Mây nói\n"
    "a.txt\tforeign-name\tbà Theresa May\tbà Tê-rê-xa Mây\n"  # the hyphens are not heard: the same reading
    "a.txt\tforeign-name\tTHERESA MAY đến\tTê rê da Mây đến\n"  # a lowercase row matches in any case
    "a.txt\tforeign-name\tbão Wipha\tbão Uy pha\tbão Qui pha\n"  # an alternative reading counts
    "a.txt\tforeign-name\tWiphany\tgì đó\n"  # not the row's word: a longer word
)
TABLE = "# a comment\ntheresa may\tTê rê da Mây\tnote\nwipha\tUy pha\nlondon\tLuân Đôn\n"


def corpus(tmp_path: Path) -> Path:
    (tmp_path / "batch-x").mkdir()
    (tmp_path / "batch-x" / "spans.tsv").write_text(SPANS, encoding="utf-8")
    (tmp_path / "table.tsv").write_text(TABLE, encoding="utf-8")
    return tmp_path


def test_votes_count_the_spans_that_say_a_rows_reading_and_keep_the_others(tmp_path: Path) -> None:
    found = {v.written: v for v in votes(corpus(tmp_path) / "table.tsv", tmp_path)}
    assert set(found) == {"theresa may", "wipha"}  # london stands in no span
    assert (found["theresa may"].agree, found["theresa may"].other) == (
        1,
        ("Thủ tướng Tê rê xa Mây nói", "bà Tê-rê-xa Mây"),
    )
    assert (found["wipha"].agree, found["wipha"].other) == (1, ())


def test_outvoted_lists_rows_read_otherwise_by_the_margin_or_more(tmp_path: Path) -> None:
    table = corpus(tmp_path) / "table.tsv"
    assert outvoted(table, 1, tmp_path) == [
        "theresa may\tTê rê da Mây\t+1 -2\tThủ tướng Tê rê xa Mây nói | bà Tê-rê-xa Mây",
        "1 rows outvoted by 1 spans or more",
    ]
    assert outvoted(table, 2, tmp_path) == ["0 rows outvoted by 2 spans or more"]
