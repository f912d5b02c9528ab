"""Instructions the normalizer executes on the speed bench's texts, counted by valgrind: the same on every run.

Run: .venv/bin/python -m bench.normalize_instructions [--against OLD_CHECKOUT]

`bench.normalize_speed`'s CPU seconds swing 15 to 20 % between runs on a shared machine, more than most single
changes save, so a 3 % gain could not be told from noise (issue 29). Callgrind counts instructions instead: the same
code on the same text executes the same count, and a change of 1 % shows. Each workload runs after the same warm-up
(the context loaded, the letters' words met once), which is counted alone and taken away. Instructions are not
seconds (the regex engine runs more of them per cycle than the interpreter), so the speed bench stays the figure
to quote; this one says which way a change went. Needs valgrind (`apt install valgrind`); a few minutes a checkout.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WARM = "Ngày 5/8/2021, UBND xã họp.\nXin chào"


def texts() -> dict[str, list[str]]:
    """The letters 20 times over in one text (about 0.1 MB), and every fourth of the speed bench's notices."""
    sys.path.insert(0, str(ROOT))
    from bench.normalize_speed import corpus, notices

    return {"letters": [corpus(), (corpus() + "\n") * 20], "notices": [WARM, *notices()[::4]]}


def run(kind: str, path: str) -> None:
    """Inside valgrind: the warm-up, then the workload's texts unless `kind` is the warm-up alone."""
    from pipeline.normalize import Normalizer, load_context

    normalizer = Normalizer(load_context())
    warm, *work = json.loads(Path(path).read_text(encoding="utf-8"))[kind.removeprefix("warm-")]
    for text in [WARM, warm, *([] if kind.startswith("warm-") else work)]:
        normalizer.text(text)


def instructions(code: str, kind: str, path: str) -> int:
    """The instructions of one run of this file as a script, with `code`'s `pipeline` first on the path."""
    command = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable, __file__]
    env = {**os.environ, "PYTHONPATH": code, "PYTHONHASHSEED": "0"}  # one hash order: sets iterate alike
    out = subprocess.run([*command, "--run", kind, path], env=env, capture_output=True, text=True, check=True)
    found = re.search(r"Collected : (\d+)", out.stderr)
    if found is None:
        raise SystemExit(f"valgrind gave no count:\n{out.stderr[-2000:]}")
    return int(found.group(1))


def measure(code: str, path: str) -> dict[str, float]:
    """Millions of instructions per MB of each workload, its warm-up taken away."""
    kinds = [k for name in ("letters", "notices") for k in (f"warm-{name}", name)]
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        counts = dict(zip(kinds, pool.map(lambda kind: instructions(code, kind, path), kinds), strict=True))
    sizes = {name: sum(len(t.encode()) for t in texts[1:]) / 1e6 for name, texts in _load(path).items()}
    return {name: (counts[name] - counts[f"warm-{name}"]) / 1e6 / sizes[name] for name in sizes}


def _load(path: str) -> dict[str, list[str]]:
    loaded: dict[str, list[str]] = json.loads(Path(path).read_text(encoding="utf-8"))
    return loaded


def main(old: str | None) -> None:
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed: apt-get install valgrind (no test needs it, only this bench)")
    with tempfile.TemporaryDirectory() as tmp:
        path = str(Path(tmp) / "texts.json")
        Path(path).write_text(json.dumps(texts()), encoding="utf-8")
        rows = [("this checkout", measure(str(ROOT), path))]
        if old:
            rows.insert(0, (f"baseline {old}", measure(old, path)))
    for label, figures in rows:
        print(f"{label}: " + ", ".join(f"{name} {value:,.0f} M instructions per MB" for name, value in figures.items()))
    if old:
        ratios = {name: rows[1][1][name] / rows[0][1][name] for name in rows[0][1]}
        print("ratio: " + ", ".join(f"{name} {ratio:.3f}" for name, ratio in ratios.items()))


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--run":
        run(sys.argv[2], sys.argv[3])
    else:
        main(sys.argv[2] if len(sys.argv) == 3 and sys.argv[1] == "--against" else None)
