"""Lexicon rows the corpus's annotators outvote: where a row's written form stands in annotated spans, how many
of those spans say the row's reading and how many say something else.

A row of pipeline/data/foreign.tsv is one reading chosen once (`Theresa May` "Tê rê da Mây"); the annotators of
the blind batches, who never see it, read the same name in every batch it comes up in. A row most of them read
otherwise is a row to look at again: a convention to follow (they wrote "Tê rê xa" five times of five), or a
reading kept for the voice that the annotators write another way (`Campuchia` glued, which espeak-ng reads by its
English rules). The figure says which rows; a person decides, as for every rule.

    .venv/bin/python -m bench.lexicon_votes                      # foreign.tsv, rows outvoted by 2 or more
    .venv/bin/python -m bench.lexicon_votes pipeline/data/lexicon.tsv --margin 1
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import click

from bench.blind import CORPUS, fold, spans

FOREIGN = Path(__file__).resolve().parent.parent / "pipeline" / "data" / "foreign.tsv"
WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Votes:
    written: str
    spoken: str
    agree: int
    other: tuple[str, ...]  # the annotated readings of the spans that say something else


def rows(table: Path) -> list[tuple[str, str]]:
    """(written, spoken) of each row of a lexicon table (comments and blank lines skipped)."""
    lines = table.read_text(encoding="utf-8").splitlines()
    cells = [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]
    return [(row[0], row[1]) for row in cells if len(row) >= 2]


def says(spoken: str, annotated: list[str]) -> bool:
    """One of the span's annotated readings holds the row's reading as whole words (folded as `bench.blind` does)."""
    said = f" {fold(spoken)} "
    return any(said in f" {fold(reading)} " for reading in annotated if reading.strip())


def votes(table: Path, corpus: Path = CORPUS) -> list[Votes]:
    """Each row whose written form stands in at least one annotated span, with the spans' votes."""
    by_word: dict[str, list[tuple[str, str, re.Pattern[str]]]] = defaultdict(list)
    for written, spoken in rows(table):
        flags = 0 if any(ch.isupper() for ch in written) else re.IGNORECASE  # the lexicon's own matching
        pattern = re.compile(rf"(?<!\w){re.escape(written)}(?!\w)", flags)
        by_word[WORD.findall(written.lower())[0]].append((written, spoken, pattern))
    tally: dict[tuple[str, str], tuple[int, list[str]]] = {}
    for batch in sorted(p for p in corpus.iterdir() if (p / "spans.tsv").is_file()):
        for cells in spans(batch):
            for word in set(WORD.findall(cells[2].lower())):
                for written, spoken, pattern in by_word.get(word, []):
                    if pattern.search(cells[2]):
                        agree, other = tally.get((written, spoken), (0, []))
                        yes = says(spoken, cells[3:])
                        tally[(written, spoken)] = (agree + yes, other if yes else [*other, cells[3]])
    return [Votes(w, s, agree, tuple(other)) for (w, s), (agree, other) in tally.items()]


def outvoted(table: Path, margin: int, corpus: Path = CORPUS) -> list[str]:
    """A line per row the spans outvote by `margin` or more, most outvoted first, and a count."""
    rows_out = [v for v in votes(table, corpus) if len(v.other) - v.agree >= margin]
    lines = [
        f"{v.written}\t{v.spoken}\t+{v.agree} -{len(v.other)}\t" + " | ".join(v.other[:3])
        for v in sorted(rows_out, key=lambda v: (v.agree - len(v.other), v.written))
    ]
    return [*lines, f"{len(rows_out)} rows outvoted by {margin} spans or more"]


@click.command()
@click.argument("table", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=FOREIGN)
@click.option("--margin", default=2, show_default=True, help="Show rows outvoted by at least this many spans.")
def main(table: Path, margin: int) -> None:
    """Print the rows the annotated spans outvote, most outvoted first."""
    click.echo("\n".join(outvoted(table, margin)))


if __name__ == "__main__":
    main()
