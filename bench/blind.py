"""Blind batches (tests/data/corpus/*/spans.tsv): how many annotated spans the normalizer reads as annotated,
per batch and category. Run it against an older checkout for the "before" column of a change:

    .venv/bin/python -m bench.blind                              # this code
    PYTHONPATH=/tmp/old .venv/bin/python bench/blind.py           # the code in /tmp/old, the same spans
    .venv/bin/python -m bench.blind --misses                     # also each miss: written, expected, got
    .venv/bin/python -m bench.blind --flagged                    # the misses lint warns the editor about
    .venv/bin/python -m bench.blind --flagged --first-look       # the same for each batch's blind first look

A span is right when the normalizer's reading equals the annotation (or its alternative) after folding case,
old and new tone-mark placement, i or y ending a syllable after its consonant (`tỉ`/`tỷ`, since batch an) and purely
visual punctuation (a hyphen between letters among it, since batch ae:
`Bra-xin` is "Bra xin" aloud), and (since batch dd1) a syllable closed by p, t, c, ch or k with the rising tone
written or not and k or c (`Đăk`, `Đắk`, `Đắc`: such a syllable is never said level), and (since batch dg2) an onset
k or c before a, o or u, gh or g before e (`Ka gi ki`, `Mê Kông`: one sound); a symbol left in the output is a miss.

A miss is flagged when lint, run on the span's written text alone through the functions `loa lint` and the
editor's live lint call, reports anything there (unspeakable, spelled, guessed, ambiguous, apparatus, defined):
the editor is shown that span before approval. It is an upper bound: lint may flag another word of the span
than the misread one. A silent miss is wrong and not flagged: what goes on air unless the editor listens.
"flagged by" counts each kind once per miss it flags (a miss may count under several). `--first-look` takes the
misses from `misses-first-look.tsv` (read by the code of the first look) and flags them with the lint imported:
for the blind figure run it with PYTHONPATH on the first look's commit (k: b9fe499, l: ec23a5d, m: 9bbd437,
n: b6bd653); lint.py before 7ff3427 lacks `letters_read`, which is `read_letters(None, texts, full)` there.
Today's lint flags fewer first-look misses: what the lexicon learned since is no longer spelled or guessed.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

from pipeline.build.letter import letter_apparatus
from pipeline.build.lint import ambiguous_slashes, defined_abbreviations, letters_read, lint_text
from pipeline.normalize import Normalizer, load_context

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "data" / "corpus"
FIRST_LOOK = "misses-first-look.tsv"  # file, category, written, expected, got of a batch's blind first look
SPAN = Path("span")
PUNCT = re.compile(r"[,.;:!?\"“”()–—…‘’]")
HYPHEN = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])")  # Ma-lai-xi-a: the established spelling's hyphens are not heard
OLD_TONES = {o + v: n for o, v, n in (
    *(("òóỏõọ"[i], "a", "o" + "àáảãạ"[i]) for i in range(5)),
    *(("òóỏõọ"[i], "e", "o" + "èéẻẽẹ"[i]) for i in range(5)),
    *(("ùúủũụ"[i], "y", "u" + "ỳýỷỹỵ"[i]) for i in range(5)),
)}  # fmt: skip
TONE_PLACE = re.compile("|".join(map(re.escape, OLD_TONES)))
# `tỉ`/`tỷ`, `kĩ`/`kỹ`, `lí`/`lý`, `quí`/`quý`: a syllable ending on i or y after its consonant is one word in two
# spellings; espeak-ng gives both the same phonemes (t['i4 for tỉ and tỷ), and the ear hears no difference.
FINAL_Y = re.compile(r"(?<![^\W\d_])((?:qu|[bcdđghklmnprstvx]h?|ng|tr)?)([yỳýỷỹỵ])(?![^\W\d_])")
Y_AS_I = {"y": "i", "ỳ": "ì", "ý": "í", "ỷ": "ỉ", "ỹ": "ĩ", "ỵ": "ị"}
# `Đăk`/`Đắk`/`Đắc`, `Lăk`/`Lắc` (batch dd1 and 66 spans before it): a syllable closed by p, t, c, ch or k is said
# with the rising tone or the heavy one, never level, so an unmarked one is heard rising; a final k is heard as c.
WORD = re.compile(r"[^\W\d_]+")
STOP_CLOSED = re.compile(r"[^aeiouy]*[aeiouy]+(?:ch|[ptck])")
TONES = re.compile("[\u0300\u0301\u0303\u0309\u0323]")
SHAPES = re.compile("[\u0302\u0306\u031b]")  # the circumflex, breve and horn: â ă ê ô ơ ư are their vowels


def fold(text: str) -> str:
    """What the ear hears of a text: case, tone-mark placement and visual punctuation aside."""
    text = TONE_PLACE.sub(lambda m: OLD_TONES[m.group(0)], unicodedata.normalize("NFC", text).lower())
    text = FINAL_Y.sub(lambda m: m.group(1) + Y_AS_I[m.group(2)], text)
    text = WORD.sub(lambda m: _stop_closed(_onset_heard(m.group(0))), text)
    return " ".join(PUNCT.sub(" ", HYPHEN.sub(" ", text)).split())


def _onset_heard(word: str) -> str:
    """`Ka gi ki`/`ca gi ki`, `Mê Kông`/`Mê Công`, `gêm`/`ghêm`: k before a, o or u is c, and gh before e is g, one
    sound in two spellings (since batch dg2); gh before i is not g before i (`ghi` and `gi` are two sounds)."""
    if word[:1] == "k" and unicodedata.normalize("NFD", word[1:2])[:1] in ("a", "o", "u"):
        return "c" + word[1:]
    if word[:2] == "gh" and unicodedata.normalize("NFD", word[2:3])[:1] == "e":
        return "g" + word[2:]
    return word


def _stop_closed(word: str) -> str:
    """A stop-closed syllable as heard: a rising tone unwritten (`đắk` -> "đăc") and a final k as c; one with the
    heavy tone or no stop is left as it is."""
    marks = unicodedata.normalize("NFD", word).replace("\u0301", "", 1)
    if TONES.search(marks) or not STOP_CLOSED.fullmatch(SHAPES.sub("", marks)):
        return word
    return unicodedata.normalize("NFC", marks[:-1] + "c" if marks.endswith("k") else marks)


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


def lint_kinds(written: str, normalizer: Normalizer) -> list[str]:
    """The kinds of finding lint reports on a span's written text (none: the editor is not warned)."""
    texts = [(SPAN, 1, written)]
    spelled, guessed = letters_read(normalizer, texts)
    found = {
        "unspeakable": list(lint_text(normalizer, SPAN, 1, written)), "spelled": spelled, "guessed": guessed,
        "ambiguous": ambiguous_slashes(texts), "apparatus": letter_apparatus(texts),
        "defined": defined_abbreviations(texts),
    }  # fmt: skip
    return [kind for kind, items in found.items() if items]


def first_look(batch: Path) -> list[tuple[str, ...]]:
    """category, written, expected, got of each miss of the batch's blind first look."""
    lines = (batch / FIRST_LOOK).read_text(encoding="utf-8").splitlines()[1:]
    return [tuple(line.split("\t")[1:5]) for line in lines if line.strip()]


def flagged(batch: Path, normalizer: Normalizer, misses: list[tuple[str, ...]]) -> tuple[int, int, int]:
    """Print the batch's misses, flagged misses and silent misses per category; return spans, misses, silent."""
    total = Counter(cells[1] for cells in spans(batch))
    missed: Counter[str] = Counter(miss[0] for miss in misses)
    kinds = [lint_kinds(miss[1], normalizer) for miss in misses]
    silent: Counter[str] = Counter(miss[0] for miss, found in zip(misses, kinds, strict=True) if not found)
    by_kind = Counter(kind for found in kinds for kind in found)
    spans_n, missed_n, silent_n = sum(total.values()), len(misses), sum(silent.values())
    print(f"{batch.name}: {missed_n} misses of {spans_n} spans, {missed_n - silent_n} flagged, {silent_n} silent "
          f"({100 * silent_n / max(spans_n, 1):.1f}% of spans); flagged by "
          + (", ".join(f"{kind} {n}" for kind, n in sorted(by_kind.items())) or "nothing"))  # fmt: skip
    for category in sorted(missed, key=lambda c: (-missed[c], c)):
        print(f"  {category:14} {missed[category]:3d} misses {missed[category] - silent[category]:3d} flagged "
              f"{silent[category]:3d} silent  of {total[category]} spans")  # fmt: skip
    return spans_n, missed_n, silent_n


def main_flagged(first: bool = False, corpus: Path = CORPUS) -> None:
    """Misses, flagged and silent misses of every batch (of the first-look files with `first`), then all."""
    normalizer = Normalizer(load_context())
    sums = [0, 0, 0]
    for batch in sorted(p for p in corpus.iterdir() if (p / "spans.tsv").is_file()):
        if first and not (batch / FIRST_LOOK).is_file():
            continue
        misses = first_look(batch) if first else score(batch, normalizer)[2]
        sums = [a + b for a, b in zip(sums, flagged(batch, normalizer, misses), strict=True)]
    spans_n, missed_n, silent_n = sums
    print(f"all: {missed_n} misses of {spans_n} spans, {missed_n - silent_n} flagged, {silent_n} silent "
          f"({100 * silent_n / max(spans_n, 1):.1f}% of spans)")  # fmt: skip


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
    if "--flagged" in sys.argv:
        main_flagged("--first-look" in sys.argv)
    else:
        main("--misses" in sys.argv)
