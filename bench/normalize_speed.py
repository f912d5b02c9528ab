"""Normalization speed on ~1 MB of real administrative text, and how much stays unspeakable.

Run: .venv/bin/python -m bench.normalize_speed
"""

from __future__ import annotations

import time
from pathlib import Path

from pipeline.normalize import Normalizer, load_context
from pipeline.normalize.syllable import WORD, unspeakable

EXAMPLES = Path(__file__).resolve().parent.parent.parent / "shared" / "examples"


def corpus() -> str:
    texts = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]
    if not texts:
        texts = [
            (Path(__file__).resolve().parent.parent / "scripts_vi" / "announcements" / "5k-bluezone.md").read_text(
                encoding="utf-8"
            )
        ]
    return "\n".join(texts)


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
    times = []
    for _ in range(3):  # best of three: this machine's other work adds noise
        start = time.perf_counter()
        normalizer.text(big)
        times.append(time.perf_counter() - start)
    size = len(big.encode()) / 1e6
    print(
        f"normalized {size:.2f} MB in {min(times):.2f} s best of 3 (median {sorted(times)[1]:.2f} s, {size / min(times):.2f} MB/s)"
    )


if __name__ == "__main__":
    main()
