"""Cold and warm build of the sample workspace, with renders and ffmpeg processes counted.

Run: .venv/bin/python -m bench.build_sample
"""

from __future__ import annotations

import resource
import shutil
import tempfile
import time
from datetime import date
from pathlib import Path

from pipeline.build import build
from pipeline.proc import Runner

SAMPLE = Path(__file__).resolve().parent.parent / "pipeline" / "sample"
DAY = date(2021, 8, 10)


def timed(workspace: Path, label: str) -> None:
    runner = Runner()
    start = time.perf_counter()
    report = build(workspace, DAY, runner=runner)
    elapsed = time.perf_counter() - start
    print(f"{label}: {elapsed:.2f} s, {report.summary()}, {runner.spawned} processes")


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        workspace = Path(tmp) / "ws"
        shutil.copytree(SAMPLE, workspace)
        timed(workspace, "cold build")
        timed(workspace, "warm build")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory of this process: {peak:.0f} MB")


if __name__ == "__main__":
    main()
