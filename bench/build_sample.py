"""Cold, no-change and one-change builds of the sample workspace (1 and N workers), renders and processes counted.

Run: .venv/bin/python -m bench.build_sample
"""

from __future__ import annotations

import os
import resource
import shutil
import tempfile
import time
from datetime import date
from pathlib import Path

from pipeline.adapters.proc import Runner
from pipeline.build.steps import build
from pipeline.texts import summary

SAMPLE = Path(__file__).resolve().parent.parent / "pipeline" / "sample"
DAY = date(2021, 8, 10)


def timed(workspace: Path, label: str, workers: int) -> None:
    runner = Runner()
    start = time.perf_counter()
    report = build(workspace, DAY, runner=runner, workers=workers)
    elapsed = time.perf_counter() - start
    print(f"{label:34}: {elapsed:6.2f} s, {summary(report)}, {runner.spawned} processes")


def main() -> None:
    for workers in (1, os.cpu_count() or 1):
        with tempfile.TemporaryDirectory() as tmp:
            workspace = Path(tmp) / "ws"
            shutil.copytree(SAMPLE, workspace)
            timed(workspace, f"cold build, {workers} workers", workers)
            timed(workspace, f"no-change rebuild, {workers} workers", workers)
            item = workspace / "scripts_vi" / "announcements" / "tin-gia.md"
            item.write_text(item.read_text(encoding="utf-8") + "\nXin cảm ơn bà con.\n", encoding="utf-8")
            timed(workspace, f"one announcement changed, {workers} w.", workers)
    peak = max(resource.getrusage(who).ru_maxrss for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)) / 1024
    print(f"peak memory (largest process): {peak:.0f} MB")


if __name__ == "__main__":
    main()
