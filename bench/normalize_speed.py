"""Normalization speed on ~1 MB of real administrative text, and how much stays unspeakable.

Run: .venv/bin/python -m bench.normalize_speed [--against OLD_CHECKOUT]

With `--against`, the same text is also normalized by the code of an older checkout (a git worktree),
in a child process, one after the other in the same run: this machine's speed varies by 20 % between
runs, so a change is only judged against a baseline measured beside it.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from pipeline.normalize import Normalizer, load_context
from pipeline.normalize.syllable import WORD, unspeakable

EXAMPLES = Path(__file__).resolve().parent.parent.parent / "shared" / "examples"
NOTICES = Path(__file__).resolve().parent.parent / "tests" / "data" / "corpus"


def corpus() -> str:
    texts = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]
    if not texts:
        texts = [
            (Path(__file__).resolve().parent.parent / "scripts_vi" / "announcements" / "5k-bluezone.md").read_text(
                encoding="utf-8"
            )
        ]
    return "\n".join(texts)


def notices() -> list[str]:
    """Every seventh notice of the corpus (about 1.4 MB of distinct real text), without its `# nguồn:` header."""
    paths = sorted(NOTICES.glob("batch-*/notices/*.txt"))[::7]
    return ["".join(line for line in p.open(encoding="utf-8") if not line.startswith("# ")) for p in paths]


def per_notice(normalizer: Normalizer) -> None:
    """The letters above are one text repeated: its words and shapes are met again and again. The field normalizes
    one notice at a time, each with its own words, so that is measured too (issue 29: 3 to 4 CPU s per MB)."""
    texts = notices()
    size = sum(len(text.encode()) for text in texts) / 1e6
    cpu = []
    for _ in range(3):
        start = time.process_time()
        for text in texts:
            normalizer.text(text)
        cpu.append(time.process_time() - start)
    print(f"corpus notices, one call each: {len(texts)} notices, {size:.2f} MB")
    # the first pass meets each notice's words for the first time, as the field does; the others find them kept
    print(f"  CPU {cpu[0] / size:.2f} s per MB on the first pass, {min(cpu) / size:.2f} best of 3")


def main() -> None:
    base = corpus()
    normalizer = Normalizer(load_context())
    spoken = normalizer.text(base)
    tokens = WORD.findall(spoken)
    left = unspeakable(spoken)
    print(
        f"example letters: {len(tokens)} spoken tokens, {len(left)} unspeakable ({100 * len(left) / max(1, len(tokens)):.2f} %)"
    )
    print(f"  unspeakable: {sorted(set(left))[:40]}")
    big = (base + "\n") * (1_000_000 // len(base.encode()) + 1)
    times, cpu = [], []
    for _ in range(3):  # best of three: this machine's other work adds noise
        start, start_cpu = time.perf_counter(), time.process_time()
        normalizer.text(big)
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    size = len(big.encode()) / 1e6
    print(
        f"normalized {size:.2f} MB in {min(times):.2f} s best of 3 (median {sorted(times)[1]:.2f} s, {size / min(times):.2f} MB/s)"
    )
    # CPU time: on a machine shared with other work the wall clock swings by 2x, the CPU time far less
    print(f"  CPU {min(cpu) / size:.2f} s per MB best of 3 (median {sorted(cpu)[1] / size:.2f})")
    per_notice(normalizer)


def against(old: str) -> None:
    """The same bench run as a script with the older checkout's `pipeline` first on the path."""
    print(f"baseline, the code in {old}:", flush=True)
    subprocess.run([sys.executable, __file__], env={**os.environ, "PYTHONPATH": old}, check=True)
    print("this checkout:", flush=True)


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--against":
        against(sys.argv[2])
    main()
