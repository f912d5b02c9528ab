"""Build pipeline/data/toneless.tsv: Vietnamese words keyed by their spelling without marks.

A web address writes Vietnamese without marks and without spaces ("dancuquocgia"). To read it with its tones,
`normalize.toneless` cuts the run into keys of this table. Each key is a run of one to three syllables with every
mark dropped ("dancu"); its value is the marked form most often written for it ("dân cư"). Counted from the words
Loa already holds (the spoken side of pipeline/data/*.tsv) and from real notices' own toned text
(tests/data/real, tests/data/corpus/batch-*/notices, tests/data/real_pairs.tsv). A run of n syllables is kept when
it was seen at least n times, or once in Loa's tables.

    .venv/bin/python tools/toneless_table.py      # rewrites pipeline/data/toneless.tsv
"""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.normalize.syllable import is_syllable  # noqa: E402
from pipeline.normalize.toneless import fold_marks  # noqa: E402

OUT = ROOT / "pipeline" / "data" / "toneless.tsv"
LONGEST = 3  # syllables in one key: "quanlynhanuoc" is two keys, "quản lý" and "nhà nước"
CLAUSE = re.compile(r"[^\W\d_]+(?:[^\S\n]+[^\W\d_]+)*")  # words with only spaces between them
HEADER = (
    "# Vietnamese words by their spelling without marks: key (no marks, no spaces)<TAB>the marked form most\n"
    "# often written<TAB>how often it was seen. Built by tools/toneless_table.py from the spoken side of\n"
    "# pipeline/data/*.tsv and real notices' toned text; do not edit by hand. Read by normalize/toneless.py\n"
    "# inside web addresses (`dancuquocgia`).\n"
)


def data_texts() -> list[str]:
    """The spoken side of Loa's own tables."""
    texts = []
    for table in sorted((ROOT / "pipeline" / "data").glob("*.tsv")):
        if table.name == OUT.name:
            continue
        lines = table.read_text(encoding="utf-8").splitlines()
        texts += [line.split("\t", 1)[1] for line in lines if "\t" in line and not line.startswith("#")]
    return texts


def notice_texts() -> list[str]:
    """Real notices' text (their `#` header lines aside) and the spoken side of the checked pairs."""
    files = [*sorted((ROOT / "tests/data/real").glob("*.txt")), *sorted(ROOT.glob("tests/data/corpus/*/notices/*"))]
    texts = [line for f in files for line in f.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    pairs = (ROOT / "tests/data/real_pairs.tsv").read_text(encoding="utf-8").splitlines()
    return texts + [line.split("\t")[1] for line in pairs if line.count("\t") >= 1 and not line.startswith("#")]


def runs(text: str) -> list[list[str]]:
    """Runs of Vietnamese syllables written with their marks, in lower case."""
    found = []
    for clause in CLAUSE.findall(text):
        run: list[str] = []
        for word in clause.lower().split():
            if is_syllable(word):
                run.append(word)
                continue
            found.append(run)
            run = []
        found.append(run)
    return [run for run in found if run]


def count(texts: list[str]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for text in texts:
        for run in runs(text):
            for size in range(1, LONGEST + 1):
                counts.update(" ".join(run[i : i + size]) for i in range(len(run) - size + 1))
    return counts


def table() -> dict[str, tuple[str, int]]:
    ours, seen = count(data_texts()), count(notice_texts())
    forms: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for words in ours.keys() | seen.keys():
        times = seen[words] + ours[words]
        if ours[words] or seen[words] >= words.count(" ") + 1:  # a rarer run, the more often it must be seen
            forms[fold_marks(words.replace(" ", ""))][words] = times
    return {key: max(counted.items(), key=lambda c: (c[1], c[0])) for key, counted in sorted(forms.items())}


def main() -> None:
    rows = "".join(f"{key}\t{words}\t{times}\n" for key, (words, times) in table().items())
    OUT.write_text(HEADER + rows, encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {rows.count(chr(10))} keys")


if __name__ == "__main__":
    main()
