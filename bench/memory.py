"""Peak memory of a cold build as the province grows: is it flat in stations (goal: <= 300 MB at 200 stations)?

Each size is built cold in a fresh process (ru_maxrss is a high-water mark, so one process per size), on a
fresh synthetic province (bench/province.py). The process reports three figures:

  baseline   its peak with Python, the package and the workspace loaded (nothing planned or built yet)
  build      its peak after the whole cold build (plan, scripts, jobs, rendering, assembly, publish)
  children   the largest child it waited for (a pool worker, ffmpeg, espeak-ng)
  steps      by how many MB each step of the build (steps.py) raised the build process's peak

then the slope of `build` per station (least squares over the sizes), and each build's manifest sha256 and that of its
text files (sheets, guides, playlists), so a change meant to save memory can be checked to publish the same day:
same sizes, same figures, same pages.

With --trace, the build process also keeps a tracemalloc snapshot taken just before assembly (when every
station's program and rendered slots are held) and, with two or more sizes, prints what grew most between the
smallest and the largest size, by line. tracemalloc's own records and that snapshot raise the peaks (assemble's
step figure most): read the figures from a run without --trace.

With --rebuild, each size first builds the day before (in a forked child, not measured; the children figure
then includes it), as a nightly build finds it: the program sheets read that day's manifest.

Run: .venv/bin/python -m bench.memory [--stations 20,50,100,200] [--announcements 12] [--workers 2] [--trace]
     [--rebuild]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import subprocess
import sys
import tempfile
import tracemalloc
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

GOAL_MB = 300


def peak_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # kilobytes on Linux


def one(stations: int, announcements: int, workers: int, trace: Path | None, rebuild: bool) -> dict[str, Any]:
    """Build one province cold in this process; its figures (run in a fresh process per size). With `rebuild`, the
    day before is built first, in a forked child (its peak is not this process's): the program sheets then read it."""
    from pipeline.adapters.files import sha256_file
    from pipeline.adapters.proc import Runner
    from pipeline.build import check, steps

    from .province import DAY, workspace

    with tempfile.TemporaryDirectory() as tmp:
        root = workspace(Path(tmp) / "province", stations, announcements)
        check.load_workspace(root, Runner())
        if rebuild:
            _day_before(root, workers)
        baseline = peak_mb()
        if trace:
            _snapshot_before_assembly(steps, trace)
        raised = _by_step(steps)
        report = steps.build(root, DAY, runner=Runner(), workers=workers, now=datetime(2021, 8, 9, 22, 0))
        build, children = peak_mb(), peak_mb(resource.RUSAGE_CHILDREN)  # before the checksums read anything
        manifest = sha256_file(root / "playlists" / DAY.isoformat() / "manifest.json")
        return {"stations": stations, "baseline": baseline, "build": build, "children": children,
                "rendered": report.rendered, "manifest": manifest, "pages": _pages(root / "playlists" / DAY.isoformat()),
                "steps": raised}  # fmt: skip


def _pages(day: Path) -> str:
    """sha256 of the day's text files (program sheets, guides, playlists) by name: the sheets say what changed
    since the day before, which the manifest's checksum does not cover."""
    digest = hashlib.sha256()
    for path in sorted(p for p in day.rglob("*") if p.is_file() and p.suffix != ".mp3"):
        digest.update(str(path.relative_to(day)).encode() + b"\0")
        with path.open("rb") as text:
            for block in iter(lambda: text.read(1 << 20), b""):
                digest.update(block)
    return digest.hexdigest()


def _day_before(root: Path, workers: int) -> None:
    """The day before built in a forked child, as last night's build left it."""
    from pipeline.adapters.proc import Runner
    from pipeline.build import steps

    from .province import DAY

    child = os.fork()
    if not child:
        try:
            steps.build(root, DAY - timedelta(days=1), runner=Runner(), workers=workers, now=datetime(2021, 8, 8, 22))
        finally:
            os._exit(0 if (root / "playlists" / (DAY - timedelta(days=1)).isoformat()).is_dir() else 1)
    if os.waitpid(child, 0)[1]:
        sys.exit("the build of the day before failed")


STEPS = ("fingerprint", "load_workspace", "lint_workspace", "prepare", "make_plan", "render_programs",
         "without_silent_slots", "sheet_context", "assemble", "write_day_report", "publish_day")  # fmt: skip


def _by_step(steps: Any) -> dict[str, float]:
    """MB by which each step of the build raised this process's high-water mark (filled in as the build runs)."""
    raised: dict[str, float] = {}

    def wrapped(name: str, function: Any) -> Any:
        def step(*args: Any, **kwargs: Any) -> Any:
            before = peak_mb()
            try:
                return function(*args, **kwargs)
            finally:
                raised[name] = raised.get(name, 0.0) + peak_mb() - before

        return step

    for name in STEPS:
        setattr(steps, name, wrapped(name, getattr(steps, name)))
    return raised


def _snapshot_before_assembly(steps: Any, trace: Path) -> None:
    """tracemalloc from here on; a snapshot into `trace` when assembly starts (every program and slot held)."""
    assemble = steps.assemble
    tracemalloc.start(5)

    def traced(*args: Any) -> Any:
        tracemalloc.take_snapshot().dump(str(trace))
        return assemble(*args)

    steps.assemble = traced


def measured(stations: int, announcements: int, workers: int, trace: Path | None, rebuild: bool) -> dict[str, Any]:
    """One size in a child process (the bench's own measurement, not a Loa tool run)."""
    args = [sys.executable, "-m", "bench.memory", "--one", str(stations), "--announcements", str(announcements),
            "--workers", str(workers), *(["--trace-file", str(trace)] if trace else []),
            *(["--rebuild"] if rebuild else [])]  # fmt: skip
    done = subprocess.run(args, capture_output=True, text=True, check=False, cwd=Path(__file__).parent.parent)
    if done.returncode:
        sys.exit(f"the build of {stations} stations failed:\n{done.stderr}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def slope(points: list[tuple[float, float]]) -> float:
    """Least-squares MB per station."""
    n = len(points)
    mx, my = sum(x for x, _ in points) / n, sum(y for _, y in points) / n
    spread = sum((x - mx) ** 2 for x, _ in points)
    return sum((x - mx) * (y - my) for x, y in points) / spread if spread else 0.0


def grew(small: Path, large: Path, top: int = 15) -> None:
    """What the largest size holds more of than the smallest, at assembly, by line (tracemalloc)."""
    diff = tracemalloc.Snapshot.load(str(large)).compare_to(tracemalloc.Snapshot.load(str(small)), "lineno")
    print(f"grew most between the smallest and the largest size (held at assembly), top {top}:")
    for stat in diff[:top]:
        frame = stat.traceback[0]
        print(f"  {stat.size_diff / 1e6:+7.2f} MB  {stat.count_diff:+8d} blocks  {frame.filename}:{frame.lineno}")


def table(results: list[dict[str, Any]]) -> None:
    print(f"{'stations':>8} {'rendered':>9} {'baseline MB':>12} {'build MB':>9} {'build-base':>11} "
          f"{'children MB':>12}  manifest sha256")  # fmt: skip
    for r in results:
        print(f"{r['stations']:8d} {r['rendered']:9d} {r['baseline']:12.0f} {r['build']:9.0f} "
              f"{r['build'] - r['baseline']:11.0f} {r['children']:12.0f}  {r['manifest'][:16]} pages {r['pages'][:16]}")  # fmt: skip
    build = slope([(r["stations"], r["build"]) for r in results])
    grown = slope([(r["stations"], r["build"] - r["baseline"]) for r in results])
    largest = max(max(r["build"], r["children"]) for r in results)
    for r in results:
        raised = ", ".join(f"{name} {mb:.1f}" for name, mb in r["steps"].items() if mb >= 0.5)
        print(f"  {r['stations']} stations, MB by which each step raised the peak: {raised or 'none >= 0.5'}")
    print(f"slope per station: build {build * 1000:.0f} kB, above baseline {grown * 1000:.0f} kB; "
          f"largest process {largest:.0f} MB (goal: <= {GOAL_MB} MB, flat in stations)")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--stations", default="20,50,100,200", help="sizes, comma-separated")
    parser.add_argument("--announcements", type=int, default=12)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--trace", action="store_true", help="tracemalloc: what grows with stations")
    parser.add_argument("--rebuild", action="store_true", help="the day before built first (not measured)")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--trace-file", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one(args.one, args.announcements, args.workers, args.trace_file, args.rebuild)))
        return
    sizes = sorted(int(s) for s in args.stations.split(","))
    with tempfile.TemporaryDirectory() as tmp:
        traces = {n: Path(tmp) / f"{n}.trace" if args.trace else None for n in sizes}
        results = []
        for n in sizes:
            results.append(measured(n, args.announcements, args.workers, traces[n], args.rebuild))
            r = results[-1]  # each size as it is built: a run cut short still says what it measured
            print(f"  {n} stations built: {r['build']:.0f} MB (baseline {r['baseline']:.0f}, children "
                  f"{r['children']:.0f}), manifest {r['manifest'][:16]}, pages {r['pages'][:16]}", flush=True)  # fmt: skip
        kind = "rebuilds (the day before built first)" if args.rebuild else "cold builds"
        print(f"{kind}, {args.announcements} announcements, {args.workers} workers, one process per size")
        table(results)
        small, large = traces[sizes[0]], traces[sizes[-1]]
        if small and large and len(sizes) > 1:
            grew(small, large)


if __name__ == "__main__":
    main()
