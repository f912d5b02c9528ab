"""Emergency at province scale (issue 31.4): from `loa emergency` to the bulletin playable by every station, and to
the slot files rebuilt, beside the old path (the code at BASELINE, e074f6d by default) measured in the same run.

A synthetic province (bench/province.py) of N stations with today and tomorrow published; a storm bulletin for
every station at 05:45, sent through the function `loa emergency` calls (pipeline.app.emergency.emergency), once
with this tree's code and once with the baseline's, each in its own process on its own copy of the workspace.
(a) playable: the bulletin's files are in the published day (urgent entry) and every station has its event (the
old path queues the events only after the rebuild, so there (a) = (b)); (b) the rebuild of the slot files done.

With --ahead-only each run stops at (a) (the rebuild takes minutes at 200 stations); --repeat N runs this tree's
code N times and prints the median (and each run); --profile also breaks (a) down by part and by process
(bench/emergency_profile.py: wall and CPU of each part and of each tool's process, medians over the runs) and
measures the tools' start-up (ffmpeg doing nothing, espeak-ng saying one word, Python importing the CLI).
--baseline "" leaves the old path out.

--before COMMIT runs that commit's code as often as this tree's, taking turns (same mode, same load).

--command also runs the real command after each in-process run, as an operator would (bench/emergency_command.py:
`loa emergency WS FILE --as ACCOUNT` in its own process, the password typed on its input): wall and CPU from the
process's start, its imports and the password check included, to (a) and (with neither -a nor --profile) to its exit.

Run: .venv/bin/python -m bench.emergency [--stations 200] [--workspace DIR] [--baseline e074f6d] [--repeat 5]
     [--ahead-only] [--profile] [--before COMMIT] [--command [--as ACCOUNT]]
(--workspace keeps the built province there and reuses it: the cold build of 200 stations takes minutes.)
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path
from typing import Any

from bench.emergency_command import ACCOUNT, commanded
from bench.province import DAY, workspace
from pipeline.adapters.clock import VIETNAM
from pipeline.build.steps import build

HERE = Path(__file__).resolve().parent.parent
TOMORROW = date(2021, 8, 11)
NOW = datetime(2021, 8, 10, 5, 45, tzinfo=VIETNAM)  # as TIMED's
BULLETIN = "---\ntitle: Bão khẩn cấp\npriority: khan-cap\n---\nBão số năm sắp đổ bộ, bà con không ra khơi.\n"
TIMED = """
import inspect, json, resource, sqlite3, sys, time
from datetime import datetime
from pathlib import Path
from pipeline.adapters.clock import VIETNAM
from pipeline.app.emergency import emergency
root, source, mode = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
line = None
if mode == "profile":
    from bench.emergency_profile import installed
    line = installed()
class Stop(Exception):
    pass
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
    if mode != "full":
        raise Stop()
extra = {"sent_ahead": ahead} if "sent_ahead" in inspect.signature(emergency).parameters else {}
start = time.perf_counter()
if line is not None:
    line.start = start
try:
    done = emergency(root, source, (), datetime(2021, 8, 10, 5, 45, tzinfo=VIETNAM), **extra)
    marks["b"] = time.perf_counter() - start
    marks["cpu_b"] = cpu()
    marks["airs"] = len(done.airs)
except Stop:
    marks |= {"b": marks["a"], "cpu_b": marks["cpu_a"], "airs": 0}
if line is not None:
    marks["profile"] = line.summary()
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


def copied(root: Path, scratch: Path, label: str) -> tuple[Path, Path]:
    """A copy of the province for one run, and the bulletin's file beside it."""
    copy = scratch / label
    copy.mkdir()
    for entry in root.iterdir():  # the store and the published days linked, not copied: nothing writes in place
        flags = "-al" if entry.name in ("audio_out", "playlists") else "-a"
        subprocess.run(["cp", flags, str(entry), str(copy / entry.name)], check=True)
    source = scratch / f"bao-{label}.md"
    source.write_text(BULLETIN, encoding="utf-8")
    return copy, source


def timed(code: Path, root: Path, scratch: Path, label: str, mode: str = "full") -> dict[str, Any]:
    """`loa emergency` (the app function) on a copy of the province, in a process running the code at `code`;
    `mode` "ahead" stops at (a), "profile" also breaks (a) down (bench/emergency_profile.py)."""
    copy, source = copied(root, scratch, label)
    env = {**os.environ, "PYTHONPATH": f"{code}{os.pathsep}{HERE}"}  # the code's pipeline, this tree's bench
    done = subprocess.run([sys.executable, "-c", TIMED, str(copy), str(source), mode], cwd=code, env=env,
                          capture_output=True, text=True, check=False)  # fmt: skip
    if done.returncode:
        raise SystemExit(f"the {label} run failed:\n{done.stderr}")
    subprocess.run(["rm", "-rf", str(copy)], check=True)
    marks: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return marks


def command_run(code: Path, root: Path, scratch: Path, label: str, mode: str, account: str) -> dict[str, Any]:
    """The real `loa emergency` (bench/emergency_command.py) on a copy of the province; "full" waits for its exit."""
    copy, source = copied(root, scratch, label)
    stations = len(list((root / "playlists" / DAY.isoformat()).glob("*/")))
    marks = commanded(code, copy, source, NOW, stations, mode == "full", account)
    subprocess.run(["rm", "-rf", str(copy)], check=True)
    return marks


def repeated(
    codes: dict[str, Path], root: Path, scratch: Path, runs: int, mode: str, account: str | None
) -> dict[str, list[dict[str, Any]]]:
    """Each code `runs` times, taking turns (the machine's load then weighs on each alike): every run's marks; with
    `account` not None, the real command as well (signed off by `account`, none when "")."""
    every: dict[str, list[dict[str, Any]]] = {}
    for n in range(runs):
        for i, (label, code) in enumerate(codes.items()):
            every.setdefault(label, []).append(timed(code, root, scratch, f"run-{i}-{n}", mode))
            if account is not None:
                marks = command_run(code, root, scratch, f"loa-{i}-{n}", mode, account)
                every.setdefault(f"{label}: loa emergency", []).append(marks)
    return every


def median(every: list[dict[str, Any]]) -> dict[str, float]:
    keys = [k for k, v in every[0].items() if isinstance(v, int | float)]
    return {k: statistics.median(m[k] for m in every) for k in keys}


def profile_table(every: list[dict[str, Any]]) -> list[str]:
    """Per part and process kind, medians over the runs: calls, wall (summed), CPU, first start and last end."""
    rows = []
    for key in sorted({k for m in every for k in m["profile"]}, key=lambda k: every[0]["profile"].get(k, [0] * 4)[3]):
        found = [m["profile"][key] for m in every if key in m["profile"]]
        n, wall, cpu, first, last = (statistics.median(f[i] for f in found) for i in range(5))
        rows.append(f"  {key:52} {n:4.0f} {wall:7.3f} s {cpu:7.3f} CPU s   {first:6.3f} .. {last:6.3f} s")
    return rows


def startup(runs: int = 5) -> list[str]:
    """What starting each tool costs (median wall and CPU of `runs` starts, reaped with os.wait4)."""
    tools = {
        "ffmpeg (null in, null out)": ["ffmpeg", "-hide_banner", "-nostats", "-f", "lavfi", "-i", "anullsrc",
                                       "-t", "0.01", "-f", "null", "-"],
        "espeak-ng (one word, to a pipe)": ["espeak-ng", "-v", "vi", "--stdout", "bão"],
        "python -c 'import pipeline.cli'": [sys.executable, "-c", "import pipeline.cli"],
        "python -c 'import pipeline.app.emergency'": [sys.executable, "-c", "import pipeline.app.emergency"],
    }  # fmt: skip
    rows = []
    for label, argv in tools.items():
        found = []
        for _ in range(runs):
            began = time.perf_counter()
            child = subprocess.Popen(argv, cwd=HERE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            _, _, usage = os.wait4(child.pid, 0)
            found.append((time.perf_counter() - began, usage.ru_utime + usage.ru_stime))
        wall, cpu = (statistics.median(f[i] for f in found) for i in range(2))
        rows.append(f"  start-up {label:43} {wall:7.3f} s {cpu:7.3f} CPU s")
    return rows


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--stations", type=int, default=200)
    parser.add_argument("--workspace", type=Path, help="keep the built province here (reused when there)")
    parser.add_argument("--baseline", default="e074f6d", help="the commit whose code is the old path ('': none)")
    parser.add_argument("--repeat", type=int, default=1, help="runs of this tree's code (the median is printed)")
    parser.add_argument("--before", default="", help="a commit whose code runs as often as this tree's, in turns")
    parser.add_argument("--ahead-only", action="store_true", help="stop each run at (a), before the rebuild")
    parser.add_argument("--profile", action="store_true", help="break (a) down by part and process (implies -a)")
    parser.add_argument("--command", action="store_true", help="also run the real `loa emergency` (a subprocess)")
    parser.add_argument("--as", dest="account", default=ACCOUNT, help="with --command: the approver ('': no --as)")
    args = parser.parse_args()
    mode = "profile" if args.profile else "ahead" if args.ahead_only else "full"
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp)
        print(f"emergency to every station of a {args.stations}-station province, today and tomorrow published")
        root = prepared(args.workspace or scratch, args.stations)
        load = os.getloadavg()[0]
        results = []
        if args.baseline:
            old = timed(baseline_code(args.baseline, scratch / "code"), root, scratch, "baseline")
            results.append((f"baseline {args.baseline}", old | {"a": old["b"], "cpu_a": old["cpu_b"]}))
        codes = {f"before {args.before}": baseline_code(args.before, scratch / "before")} if args.before else {}
        runs = repeated(codes | {"this tree": HERE}, root, scratch, args.repeat, mode,
                        args.account if args.command else None)  # fmt: skip
        results += [(f"{label} ({args.repeat})", median(every)) for label, every in runs.items()]
        print(f"  {'':34} {'(a) playable by every station':>32} {'(b) slot files rebuilt':>26}   confirmed  told")
        for label, marks in results:
            print(f"  {label:34} {marks['a']:9.2f} s ({marks['cpu_a']:6.2f} CPU s){'':5} {marks['b']:9.1f} s "
                  f"({marks['cpu_b']:6.1f} CPU s)   {marks['airs']:9.0f} {marks['events']:5.0f}")  # fmt: skip
        for label, every in runs.items() if args.repeat > 1 else ():
            print(f"  (a) {label}: " + ", ".join(f"{m['a']:.2f} s / {m['cpu_a']:.2f} CPU s" for m in every))
        profiled = {label: every for label, every in runs.items() if "profile" in every[0]}
        for label, every in profiled.items() if args.profile else ():
            print(f"  {label + ': median per part / process':52} {'n':>4} {'wall':>9} {'CPU':>13}   {'from .. to':>16}")
            print("\n".join(profile_table(every)))
        print("\n".join(startup()) if args.profile else "", end="\n" if args.profile else "")
        new = median(runs["this tree"])
        shorter = f"{results[0][1]['a'] / new['a']:.0f}x shorter; " if args.baseline else ""
        print(f"  (a): {shorter}goal: <= 2 s; {new['ahead']:.0f} stations sent ahead; "
              f"load average {load:.1f} before, {os.getloadavg()[0]:.1f} after, on {os.cpu_count()} cores")  # fmt: skip


if __name__ == "__main__":
    main()
