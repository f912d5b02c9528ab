"""What each CLI command does, as plain functions (the CLI only parses options)."""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from importlib import resources
from pathlib import Path

from ..adapters import ffmpeg as audio
from ..adapters.clock import now_in, tomorrow_in
from ..adapters.proc import Runner
from ..domain.model import Announcement, Station, Workspace
from ..domain.settings import Settings
from ..errors import LoaError, Problem
from ..normalize import Normalizer, load_context
from ..stages.lint import Finding, lint_workspace
from ..stages.program import ProgramWriter
from ..stages.publish import workspace_lock
from ..stages.report import period
from ..workspace.load import load_workspace
from ..workspace.settings_file import load_settings
from . import cache
from .build import BuildReport, Progress
from .build import build as run_build
from .compose import compose
from .doctor import Check, diagnose
from .emergency import emergency as run_emergency
from .nightly import Nightly, nightly_logger
from .verify import VerifyReport, verify_and_repair, verify_workspace

SAMPLE_FILES = ("loa.toml", "stations.yaml", "scripts_vi", "jingles")


def init_workspace(directory: Path) -> None:
    """Copy the sample workspace shipped with Loa into a new folder."""
    if directory.exists() and any(directory.iterdir()):
        raise LoaError(Problem(directory, None, "this folder is not empty", "choose a new folder name"))
    sample = resources.files("pipeline").joinpath("sample")
    with resources.as_file(sample) as source:
        shutil.copytree(source, directory, dirs_exist_ok=True, ignore=shutil.ignore_patterns("__pycache__"))
    for generated in ("audio_out", "playlists"):
        (directory / generated).mkdir(exist_ok=True)


def validate(root: Path) -> str:
    workspace = load_workspace(root)
    return f"OK: {len(workspace.stations)} stations, {len(workspace.announcements)} announcements"


def _pick(workspace: Workspace, announcement_id: str, station_id: str) -> tuple[Announcement, Station]:
    item = workspace.announcement(announcement_id)
    if item is None:
        known = ", ".join(a.id for a in workspace.announcements)
        raise LoaError(Problem(None, None, f"no announcement with id '{announcement_id}'", f"use one of: {known}"))
    station = workspace.station(station_id)
    if station is None:
        known = ", ".join(s.id for s in workspace.stations)
        raise LoaError(
            Problem(
                workspace.root / "stations.yaml", None, f"no station with id '{station_id}'", f"use one of: {known}"
            )
        )
    return item, station


def script(root: Path, announcement_id: str, station_id: str, day: date) -> tuple[str, str]:
    """(written script, spoken form) of one announcement at one station."""
    workspace = load_workspace(root)
    item, station = _pick(workspace, announcement_id, station_id)
    writer = ProgramWriter(workspace)
    written = writer.scripts.item(item, station, day, station.slots[0])
    return written, writer.normalizer(station.dialect).text(written)


def preview(root: Path, announcement_id: str, station_id: str, day: date, output: Path) -> float:
    """Render one announcement (cached like a build) and copy it to `output`."""
    runner = Runner()
    workspace = load_workspace(root, runner)
    item, station = _pick(workspace, announcement_id, station_id)
    writer = ProgramWriter(workspace)
    text = writer.scripts.item(item, station, day, station.slots[0])
    segment = writer.speech(station, item.id, item.title, text, item.id, writer.recording(item))
    services = compose(workspace, runner)
    stored = services.renderer.make(services.jobs.job(segment)).stored
    shutil.copyfile(stored.path, output)
    return stored.measure.duration


def cache_stats(root: Path) -> list[str]:
    return cache.stats(root.resolve() / "audio_out").lines()


def cache_prune(root: Path, days: int, now: datetime) -> str:
    root = root.resolve()
    with workspace_lock(root):  # never under a running build
        done = cache.prune(root / "audio_out", root / "playlists", days, now)
    kept = f"; kept {done.kept_published} old files that published playlists use" if done.kept_published else ""
    return f"Removed {done.files} files ({done.size / 1e6:.1f} MB) not used for {days} days{kept}"


def doctor(root: Path) -> tuple[list[Check], list[str]]:
    runner = Runner()
    return diagnose(load_workspace(root, runner), runner)


def inspect(paths: Iterable[Path]) -> Iterator[str]:
    """One line of measurements per file (what an engineer checks)."""
    runner = Runner()
    for path in paths:
        m = audio.measure(runner, path)
        layout = "mono" if m.channels == 1 else "stereo" if m.channels == 2 else f"{m.channels} channels"
        yield (
            f"{path}: {m.duration:.2f} s, {m.lufs:.1f} LUFS, true peak {m.true_peak:.1f} dBTP, LRA {m.lra:.1f} LU, "
            f"max short-term {m.max_short_term:.1f} LUFS, {m.sample_rate} Hz {layout}, "
            f"longest silence {m.longest_silence:.1f} s"
        )


def verify(root: Path, repair: bool, today: date) -> VerifyReport:
    """Every published day and the store, hashed in full; with `repair`, fixed and rebuilt where possible."""
    root = root.resolve()
    if not root.is_dir():
        raise LoaError(Problem(root, None, "this folder does not exist", "give the path of a workspace"))
    return verify_and_repair(root, today) if repair else verify_workspace(root, False, today)


def today(root: Path) -> date:
    return now_in(_timezone(root)).date()


def tomorrow(root: Path) -> date:
    return tomorrow_in(_timezone(root))


def _timezone(root: Path) -> str:
    try:
        return load_settings(root.resolve()).timezone
    except LoaError:
        return Settings().timezone  # the command itself reports the bad settings


def emergency(root: Path, source: Path, stations: tuple[str, ...]) -> list[str]:
    start = time.perf_counter()
    done = run_emergency(root, source, stations, now_in(_timezone(root)))
    lines = (
        [f"Saved as {done.file.name} (another announcement already had the name {source.name})"] if done.renamed else []
    )
    lines += [f"{a.station}: airs in slot {a.slot} of {a.day} (slot starts {a.start})" for a in done.airs]
    lines += [f"warning: {w}" for b in done.builds for w in b.warnings if done.announcement_id in w]
    return [*lines, f"Published in {time.perf_counter() - start:.1f} s"]


def nightly(root: Path, at: str, days_ahead: int) -> None:
    zone_name = _timezone(root)
    job = Nightly(root.resolve(), at, days_ahead, lambda: now_in(zone_name), nightly_logger(root.resolve()))
    job.loop()


def period_report(root: Path, first: date, last: date) -> list[str]:
    rows = period(load_workspace(root), first, last)
    lines = [f"{'announcement':30} {'station':20} {'airings':>7} {'minutes':>8}"]
    lines += [f"{a:30} {s:20} {n:7d} {m:8.1f}" for a, s, n, m in rows]
    return lines


def lint(root: Path) -> list[Finding]:
    return lint_workspace(load_workspace(root))


def build(root: Path, day: date, stations: Iterable[str], progress: Progress, workers: int = 0) -> BuildReport:
    return run_build(root, day, stations, progress, workers=workers or os.cpu_count() or 1)


def normalize_lines(lines: Iterable[str], dialect: str, lexicon: Path | None) -> Iterator[str]:
    normalizer = Normalizer(load_context(dialect, lexicon))
    for line in lines:
        yield normalizer.line(line.rstrip("\n"))
