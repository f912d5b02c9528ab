"""Where a cold build's cost is: per stage, CPU seconds, processes started and bytes written.

Builds the synthetic province of bench/province.py cold (a fresh workspace each run) with the
real build, its steps wrapped so each one's cost is charged to its stage (a stage inside
another, e.g. mastering inside rendering, is taken out of the outer one):

  load/check      fingerprint, load and check the workspace, lint, lock, recover, the store's housekeeping
  plan            which items air where (and the scripts' length estimates it needs)
  script/normal.  templating and normalization of every station's program
  render speech   job keys, the store asked, espeak-ng and the trimming of its output
  render chimes   the built-in chimes' synthesis
  mastering       the mastering chain (analyse, limit, encode, measure), every pass
  joins/assemble  slot files joined, station folders, playlists, program sheets, manifest
  report          the day's report and summary
  publish         verify the staging folder and swap it in

CPU is this process's and its children's (ffmpeg, espeak-ng) user+sys; processes are those
the Runner started (adapters/proc.py runs every subprocess); bytes are what write() calls of
this process and its finished children wrote (files, scratch and pipes: /proc/self/io wchar).
With --workers 1 (the default) everything runs here, so every stage is measured; with more,
the pool's workers are counted whole under "render speech" (their CPU when the pool ends).
Processes are also counted by kind (espeak-ng, analyse, limit, encode, measure, join, chime...),
each with the CPU its process used (the children's CPU before and after it: they run one at a time).

Run: .venv/bin/python -m bench.build_profile [--stations 10] [--announcements 12] [--repeat 3] [--workers 1]
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import resource
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.adapters.proc import Runner
from pipeline.build import program, rendering, steps
from pipeline.render import renderer
from pipeline.render.jobs import JoinJob

from .province import DAY, workspace

STAGES = ("load/check", "plan", "script/normalize", "render speech", "render chimes", "mastering",
          "joins/assemble", "report", "publish")  # fmt: skip


def cpu() -> float:
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def written() -> int:
    """Bytes passed to write() by this process and its reaped children (Linux)."""
    for line in Path("/proc/self/io").read_text().splitlines():
        if line.startswith("wchar:"):
            return int(line.split()[1])
    return 0


def children_cpu() -> float:
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return kids.ru_utime + kids.ru_stime


KINDS = (("speaking", "espeak-ng"), ("analysing", "analyse"), ("limiting", "limit"), ("encoding", "encode"),
         ("measuring", "measure"), ("joining", "join"), ("making a chime", "chime"), ("decoding", "decode"),
         ("mixing", "bed"))  # fmt: skip


class KindRunner(Runner):
    """A Runner that counts its processes, and the CPU each used, by kind (what the process was doing)."""

    def __init__(self) -> None:
        super().__init__()
        self.by_kind: dict[str, tuple[int, float]] = {}

    def run(self, args: list[str], what: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
        kind = next((k for prefix, k in KINDS if what.startswith(prefix)), f"other ({args[0]} {what})")
        before = children_cpu()
        try:
            return super().run(args, what, stdin)
        finally:
            count, used = self.by_kind.get(kind, (0, 0.0))
            self.by_kind[kind] = (count + 1, used + children_cpu() - before)


@dataclass
class Profile:
    """Cost per stage; the stage running now is the top of `stack`."""

    runner: Runner
    cpu: dict[str, float] = field(default_factory=dict)
    spawned: dict[str, int] = field(default_factory=dict)
    bytes: dict[str, int] = field(default_factory=dict)
    stack: list[str] = field(default_factory=list)
    mastered_seconds: float = 0.0  # of final MP3s the mastering chain made (speech and chimes)
    mastered_items: int = 0
    _mark: tuple[float, int, int] = (0.0, 0, 0)

    def _charge(self) -> None:
        now = (cpu(), self.runner.spawned, written())
        if self.stack:
            stage = self.stack[-1]
            self.cpu[stage] = self.cpu.get(stage, 0.0) + now[0] - self._mark[0]
            self.spawned[stage] = self.spawned.get(stage, 0) + now[1] - self._mark[1]
            self.bytes[stage] = self.bytes.get(stage, 0) + now[2] - self._mark[2]
        self._mark = now

    @contextlib.contextmanager
    def stage(self, name: str) -> Iterator[None]:
        self._charge()
        self.stack.append(name)
        try:
            yield
        finally:
            self._charge()
            self.stack.pop()


def wrap(profile: Profile, stage: str | Callable[..., str], function: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(function)
    def wrapped(*args: Any, **kwargs: Any) -> Any:
        with profile.stage(stage if isinstance(stage, str) else stage(*args)):
            return function(*args, **kwargs)

    return wrapped


def _make_stage(services: object, jobs: list[object], *_: object) -> str:
    """make_missing's stage: the slot files' joins, or the segments' rendering."""
    return "joins/assemble" if jobs and isinstance(jobs[0], JoinJob) else "render speech"


@contextlib.contextmanager
def instrumented(profile: Profile) -> Iterator[None]:
    """The build's steps wrapped for `profile` (undone after)."""
    patches: list[tuple[object, str, str | Callable[..., str]]] = [
        *((steps, name, "load/check") for name in ("fingerprint", "load_workspace", "lint_workspace", "prepare",
                                                   "compose", "check_station_ids")),
        (steps, "make_plan", "plan"),
        (program.ProgramWriter, "programs", "script/normalize"),
        (steps, "render_programs", "render speech"),
        (rendering, "make_missing", _make_stage),
        (renderer.Renderer, "_chime", "render chimes"),
        (renderer, "master_all", "mastering"),
        *((steps, name, "joins/assemble") for name in ("without_silent_slots", "sheet_context", "assemble")),
        *((steps, name, "report") for name in ("report", "write_day_report")),
        (steps, "publish_day", "publish"),
    ]  # fmt: skip
    saved = [(owner, name, getattr(owner, name)) for owner, name, _ in patches]
    master_all = renderer.master_all

    def counted_master_all(*args: Any) -> Any:
        finals = master_all(*args)
        profile.mastered_items += len(finals)
        profile.mastered_seconds += sum(f.duration for f in finals)
        return finals

    for owner, name, stage in patches:
        function = counted_master_all if name == "master_all" else getattr(owner, name)
        setattr(owner, name, wrap(profile, stage, function))
    try:
        yield
    finally:
        for owner, name, function in saved:
            setattr(owner, name, function)


@dataclass(frozen=True)
class Run:
    profile: Profile
    rendered: int
    total_cpu: float
    by_kind: dict[str, tuple[int, float]]


def cold(stations: int, announcements: int, workers: int) -> Run:
    with tempfile.TemporaryDirectory() as tmp:
        root = workspace(Path(tmp) / "province", stations, announcements)
        runner = KindRunner()
        profile = Profile(runner)
        start = cpu()
        with instrumented(profile), profile.stage("load/check"):
            report = steps.build(root, DAY, runner=runner, workers=workers)
        return Run(profile, report.rendered, cpu() - start, runner.by_kind)


def table(runs: list[Run]) -> None:
    """The median of each figure over the runs."""

    def median(values: list[float]) -> float:
        return sorted(values)[len(values) // 2]

    print(f"{'stage':18} {'cpu s':>8} {'share':>6} {'processes':>10} {'MB written':>11}")
    total = median([r.total_cpu for r in runs])
    for stage in STAGES:
        used = median([r.profile.cpu.get(stage, 0.0) for r in runs])
        spawned = median([r.profile.spawned.get(stage, 0) for r in runs])
        mb = median([r.profile.bytes.get(stage, 0) / 1e6 for r in runs])
        print(f"{stage:18} {used:8.2f} {used / total:6.1%} {spawned:10.0f} {mb:11.1f}")
    spawned = median([sum(r.profile.spawned.values()) for r in runs])
    print(
        f"{'total':18} {total:8.2f} {'':6} {spawned:10.0f} {median([sum(r.profile.bytes.values()) / 1e6 for r in runs]):11.1f}"
    )
    run = runs[0]
    p = run.profile
    items = p.mastered_items
    render = sum(p.spawned.get(s, 0) for s in ("render speech", "render chimes", "mastering"))
    joins = p.spawned.get("joins/assemble", 0)
    mastering = median([r.profile.cpu.get("mastering", 0.0) for r in runs])
    print(f"rendered files {run.rendered} ({items} mastered items, {run.rendered - items} slot joins)")
    if items:
        print(f"processes per rendered item (speech, chimes: synthesis + mastering): {render / items:.2f}; "
              f"per slot join: {joins / max(run.rendered - items, 1):.2f}")  # fmt: skip
        print(f"mastering: {p.mastered_seconds:.0f} s of audio, {p.mastered_seconds / mastering:.1f} s per CPU second")
    kinds(run, items)


def kinds(run: Run, items: int) -> None:
    """Processes by kind (of the first run): how many, per mastered item, and their CPU."""
    print(f"{'process kind':18} {'count':>6} {'per item':>9} {'cpu s':>8} {'ms each':>8}")
    for kind, (count, used) in sorted(run.by_kind.items(), key=lambda entry: -entry[1][1]):
        print(f"{kind[:40]:18} {count:6} {count / max(items, 1):9.2f} {used:8.2f} {1000 * used / count:8.0f}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--stations", type=int, default=10)
    parser.add_argument("--announcements", type=int, default=12)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args()
    runs = []
    for n in range(args.repeat):
        runs.append(cold(args.stations, args.announcements, args.workers))
        print(f"run {n + 1}: cpu {runs[-1].total_cpu:.1f} s, {runs[-1].rendered} rendered")
    print(f"cold build of {args.stations} stations, {args.announcements} announcements, {args.workers} workers "
          f"(median of {args.repeat} runs)")  # fmt: skip
    table(runs)


if __name__ == "__main__":
    main()
