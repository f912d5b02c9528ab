"""Emergency at province scale (issue 31.4): from `loa emergency` to the bulletin playable by every station, and to
the slot files rebuilt, beside the old path (the code at BASELINE, e074f6d by default) measured in the same run.

A synthetic province (bench/province.py) of N stations with today and tomorrow published; a storm bulletin for
every station at 05:45, sent through the function `loa emergency` calls (pipeline.app.emergency.emergency), once
with this tree's code and once with the baseline's, each in its own process on its own copy of the workspace.
(a) playable: the bulletin's files are in the published day (urgent entry) and every station has its event (the
old path queues the events only after the rebuild, so there (a) = (b)); (b) the rebuild of the slot files done.

Run: .venv/bin/python -m bench.emergency [--stations 200] [--workspace DIR] [--baseline e074f6d]
(--workspace keeps the built province there and reuses it: the cold build of 200 stations takes minutes.)
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from bench.province import DAY, workspace
from pipeline.build.steps import build

HERE = Path(__file__).resolve().parent.parent
TOMORROW = date(2021, 8, 11)
BULLETIN = "---\ntitle: Bão khẩn cấp\npriority: khan-cap\n---\nBão số năm sắp đổ bộ, bà con không ra khơi.\n"
TIMED = """
import inspect, json, resource, sqlite3, sys, time
from datetime import datetime
from pathlib import Path
from pipeline.adapters.clock import VIETNAM
from pipeline.app.emergency import emergency
root, source = Path(sys.argv[1]), Path(sys.argv[2])
marks = {}
def cpu():
    used = [resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]
    return sum(u.ru_utime + u.ru_stime for u in used) - cpu_start
cpu_start = 0.0
cpu_start = cpu()
def ahead(airs):
    marks["a"] = time.perf_counter() - start
    marks["cpu_a"] = cpu()
    marks["ahead"] = len(airs)
extra = {"sent_ahead": ahead} if "sent_ahead" in inspect.signature(emergency).parameters else {}
start = time.perf_counter()
done = emergency(root, source, (), datetime(2021, 8, 10, 5, 45, tzinfo=VIETNAM), **extra)
marks["b"] = time.perf_counter() - start
marks["cpu_b"] = cpu()
marks["airs"] = len(done.airs)
with sqlite3.connect(root / ".loa" / "web.sqlite3") as db:
    marks["events"] = db.execute("SELECT COUNT(DISTINCT station) FROM station_events").fetchone()[0]
print(json.dumps(marks))
"""


def prepared(folder: Path, stations: int) -> Path:
    """The province with today and tomorrow published (built once, kept in `folder`)."""
    root = folder / f"province-{stations}"
    if (root / "playlists" / TOMORROW.isoformat() / "manifest.json").exists():
        return root
    if not root.exists():
        workspace(root, stations, 12)
    for day in (DAY, TOMORROW):
        start = time.perf_counter()
        build(root, day, workers=os.cpu_count() or 1)
        print(f"  built {day} for {stations} stations in {time.perf_counter() - start:.0f} s", flush=True)
    return root


def baseline_code(commit: str, folder: Path) -> Path:
    """The package as it was at `commit` (git archive into `folder`), to run the old path."""
    archive = subprocess.run(["git", "-C", str(HERE), "archive", commit, "pipeline"], capture_output=True, check=True)
    folder.mkdir(parents=True)
    subprocess.run(["tar", "-x", "-C", str(folder)], input=archive.stdout, check=True)
    return folder


def timed(code: Path, root: Path, scratch: Path, label: str) -> dict[str, float]:
    """`loa emergency` (the app function) on a copy of the province, in a process running the code at `code`."""
    copy = scratch / label
    copy.mkdir()
    for entry in root.iterdir():  # the store and the published days linked, not copied: nothing writes in place
        flags = "-al" if entry.name in ("audio_out", "playlists") else "-a"
        subprocess.run(["cp", flags, str(entry), str(copy / entry.name)], check=True)
    source = scratch / f"bao-{label}.md"
    source.write_text(BULLETIN, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(code)}
    done = subprocess.run([sys.executable, "-c", TIMED, str(copy), str(source)], cwd=code, env=env,
                          capture_output=True, text=True, check=False)  # fmt: skip
    if done.returncode:
        raise SystemExit(f"the {label} run failed:\n{done.stderr}")
    subprocess.run(["rm", "-rf", str(copy)], check=True)
    marks: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return marks


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--stations", type=int, default=200)
    parser.add_argument("--workspace", type=Path, help="keep the built province here (reused when there)")
    parser.add_argument("--baseline", default="e074f6d", help="the commit whose code is the old path")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp)
        print(f"emergency to every station of a {args.stations}-station province, today and tomorrow published")
        root = prepared(args.workspace or scratch, args.stations)
        load = os.getloadavg()[0]
        old = timed(baseline_code(args.baseline, scratch / "code"), root, scratch, "baseline")
        new = timed(HERE, root, scratch, "new")
        old |= {"a": old["b"], "cpu_a": old["cpu_b"]}  # the old path tells the stations after the rebuild
        print(f"  {'':22} {'(a) playable by every station':>32} {'(b) slot files rebuilt':>26}   confirmed  told")
        for label, marks in ((f"baseline {args.baseline}", old), ("this tree", new)):
            print(f"  {label:22} {marks['a']:9.1f} s ({marks['cpu_a']:6.1f} CPU s){'':5} {marks['b']:9.1f} s "
                  f"({marks['cpu_b']:6.1f} CPU s)   {marks['airs']:9.0f} {marks['events']:5.0f}")  # fmt: skip
        print(f"  (a): {old['a'] / new['a']:.0f}x shorter (goal: <= 2 s); {new['ahead']:.0f} stations sent ahead; "
              f"load average {load:.1f} before, {os.getloadavg()[0]:.1f} after, on {os.cpu_count()} cores")  # fmt: skip


if __name__ == "__main__":
    main()
