"""Where normalization spends its time: each rule's share on the bench's ~1 MB text (bench/normalize_speed.py).

Run: .venv/bin/python -m bench.normalize_rules [N]      # the N (25) most expensive rules, in ms per MB

Every rule of `RULES` is wrapped in a timer (its attributes kept, so the Normalizer guards it as it would the
rule itself) and the text is normalized twice; the smaller time of the two counts for each rule. Times are CPU
times (process_time): on a machine shared with other work, wall-clock times swing by 2x between runs.
"""

from __future__ import annotations

import functools
import sys
import time
from collections.abc import Callable

from pipeline.normalize import RULES, Context, Normalizer, load_context

from .normalize_speed import corpus

Rule = Callable[[str, Context], str]


def timed(rule: Rule, spent: dict[str, float]) -> Rule:
    @functools.wraps(rule)
    def run(text: str, ctx: Context) -> str:
        start = time.process_time()
        try:
            return rule(text, ctx)
        finally:
            spent[rule.__qualname__] = spent.get(rule.__qualname__, 0.0) + time.process_time() - start

    return run


def profile(big: str) -> tuple[dict[str, float], float]:
    """Seconds per rule (the better of two runs) and the whole run's best time."""
    best: dict[str, float] = {}
    whole = float("inf")
    for _ in range(2):
        spent: dict[str, float] = {}
        normalizer = Normalizer(load_context(), tuple(timed(rule, spent) for rule in RULES))
        start = time.process_time()
        normalizer.text(big)
        whole = min(whole, time.process_time() - start)
        best = {name: min(best.get(name, float("inf")), s) for name, s in spent.items()}
    return best, whole


def main(top: int) -> None:
    base = corpus()
    big = (base + "\n") * (1_000_000 // len(base.encode()) + 1)
    size = len(big.encode()) / 1e6
    spent, whole = profile(big)
    print(f"{len(RULES)} rules on {size:.2f} MB: {whole / size:.3f} s/MB (rules {sum(spent.values()) / size:.3f})")
    for name, seconds in sorted(spent.items(), key=lambda kv: -kv[1])[:top]:
        print(f"{1000 * seconds / size:8.1f} ms/MB  {name}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 25)
