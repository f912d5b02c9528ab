"""The main job, as one explicit list of steps:

load workspace → plan → script → normalize → synthesize → master → assemble → publish → report.
"""

from __future__ import annotations

import dataclasses
import shutil
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from ..adapters.clock import SYSTEM_CLOCK, Clock, now_in
from ..adapters.http import Transport
from ..adapters.proc import Runner
from ..domain.day import StationDay
from ..domain.model import Announcement, Priority, Station, Workspace
from ..errors import BuildBusy, LoaError, Problem, ValidationFailed
from ..i18n import tr
from ..onair.by_station import stations_of
from ..onair.publish import recover, staging_dir, swap_in, verify_staging, workspace_lock
from ..onair.published import ManifestWriter, StoreIndex, Written, read_day
from ..render.scratch import clean_work
from ..workspace.first_seen import remember
from ..workspace.inputs import fingerprint, record_built_from
from ..workspace.settings_file import timezone_of
from ..workspace.stations import station_ids as typed_ids
from . import history
from .assemble import Rendered, write_station
from .check import load_workspace
from .compose import Services, compose
from .history import COMMAND_LINE, Origin
from .keep import Before, keep, with_urgent, without_silent_slots
from .lint import lint_workspace
from .plan import Note, make_plan
from .program import ProgramWriter, in_its_voice
from .rendering import Progress as Progress
from .rendering import render_programs
from .report import DayDigest, ReportContext, write_day_report
from .sheet import SheetContext
from .summary import BuildReport as BuildReport
from .summary import Tally, report
from .warnings import BuildWarning, stranger, warning


def build(
    root: Path,
    day: date,
    station_ids: Iterable[str] = (),
    progress: Progress = lambda _: None,
    runner: Runner | None = None,
    transport: Transport | None = None,
    clock: Clock = SYSTEM_CLOCK,
    workers: int = 1,
    cluster: str = "",
    today: date | None = None,
    now: datetime | None = None,
    origin: Origin = COMMAND_LINE,
    wait: float = 0.0,
) -> BuildReport:
    """The main job. `workers` > 1 renders in that many processes, `cluster` on the Dask scheduler at that
    address; `transport` and `clock` stand in for the network and time (tests); `today` (default: `day`) is
    when announcements seen for the first time are recorded; `now`, the build time the program sheets show
    (default: the clock, read here at the use case's edge). Every build that ran (not one refused because
    another holds the lock) goes into the build history with `origin`, what started it; another build is waited
    out up to `wait` seconds before that refusal."""
    now = now or now_in(timezone_of(root))
    begun = clock.monotonic()
    try:
        report = _build(root, day, station_ids, progress, runner, transport, clock, workers, cluster, today, now,
                        wait)  # fmt: skip
    except BuildBusy:
        raise
    except Exception as err:  # failed (a bug too): recorded as failed, then raised as it was
        failure = err.plain if isinstance(err, LoaError) else tr("unexpected problem: {err}", err=err)
        history.recorded(root, origin, day, now, clock.monotonic() - begun, None, failure)
        raise
    if not history.recorded(root, origin, day, now, clock.monotonic() - begun, report):
        return dataclasses.replace(report, warnings=(*report.warnings, warning("no_history")))
    return report


def _build(root: Path, day: date, station_ids: Iterable[str], progress: Progress, runner: Runner | None,
           transport: Transport | None, clock: Clock, workers: int, cluster: str, today: date | None,
           now: datetime, wait: float) -> BuildReport:  # fmt: skip
    runner = runner or Runner()
    inputs = fingerprint(root.resolve())  # before reading: a change made while building makes the day stale
    workspace = load_workspace(root, runner)  # load + check
    wanted = check_station_ids(workspace, station_ids)
    unspeakable = lint_workspace(workspace)
    with workspace_lock(workspace.root, wait, clock):
        job = prepare(workspace, day, wanted, compose(workspace, runner, transport, clock, workers, cluster), today)
        writer = ProgramWriter(job.workspace)
        left_out: list[BuildWarning] = []
        rendered, notes, tally, before = render_day(job, writer, day, wanted, progress, left_out)
        sheet = sheet_context(job.workspace, job.playlists, day, now)
        context = report_context(job.workspace, sheet)
        digest = DayDigest(job.staging, notes, context, job.workspace.settings.audio.max_silence_s)
        written = assemble(job.staging, day, rendered, before, sheet, digest)  # station folders + manifest
        found = [*map(stranger, job.workspace.strangers), *before.warnings, *drift_warnings(writer)]
        summary = report(day, digest, tally, unspeakable, left_out, notes, found)
        write_day_report(digest, day, summary.warnings)
        return dataclasses.replace(summary, published=publish_day(job, before, day, written, inputs, not wanted))


def render_day(job: Job, writer: ProgramWriter, day: date, wanted: tuple[str, ...], progress: Progress,
               left_out: list[BuildWarning]) -> tuple[list[Rendered], tuple[Note, ...], Tally, Before]:  # fmt: skip
    """Plan, script, normalize, synthesize and master: each station's day with its audio, as a list that assembly
    empties (only the rendered tree is kept: the plan's and the scripted one are freed here), the plan's notes."""
    scripted, notes = script_day(job, writer, day, wanted)
    rendered, tally = render_programs(job.services, scripted, progress, left_out, day)  # empties `scripted`
    kept, before = without_silent_slots(rendered, job.before, job.staging, job.index)
    return list(kept), notes, tally, before


def script_day(job: Job, writer: ProgramWriter, day: date,
               wanted: tuple[str, ...]) -> tuple[list[StationDay[None]], tuple[Note, ...]]:  # fmt: skip
    """The plan's tree with each slot's segments, and the plan's notes; the plan itself is not kept (the scripted
    tree holds its airings), and the tree is a list rendering empties station by station."""
    plan = make_plan(job.workspace, day, (*wanted, *job.before.broken) if wanted else (), writer.estimate(day))
    return list(writer.programs(plan, day)), plan.notes


@dataclass(frozen=True)
class Job:
    """One day's build once the workspace is locked: what it renders with, and the day as published before (read
    once, with the stations kept from it)."""

    workspace: Workspace
    services: Services
    before: Before
    staging: Path
    index: StoreIndex  # the store's files by checksum, to repair a published file from

    @property
    def playlists(self) -> Path:
        return self.workspace.root / "playlists"


def prepare(workspace: Workspace, day: date, wanted: tuple[str, ...], services: Services, today: date | None) -> Job:
    """Recover an interrupted publish, record first-seen files, and read the day as published before (stations
    not rebuilt are kept; damaged files are hashed, not trusted: bit rot keeps size and time)."""
    playlists = workspace.root / "playlists"
    recover(playlists)
    workspace = remember(workspace, min(day, today or day))
    clean_work(services.store)
    index, staging = StoreIndex(services.store.root), staging_dir(playlists, day.isoformat())
    others = [s.id for s in workspace.stations if s.id not in wanted] if wanted else []
    before = keep(read_day(playlists / day.isoformat()), staging, others, index)
    services.store.distrusted |= before.damaged
    return Job(workspace, services, before, staging, index)


def publish_day(job: Job, before: Before, day: date, written: Written, inputs: str, whole: bool) -> Path:
    """Verify the staging folder (its manifest as `written`) and swap it in; a whole day records the inputs it was
    built from (stations kept from before were built from older inputs, so a partial build leaves the day marked
    as it was)."""
    known = {**job.services.store.checked_inodes(), **before.hashed}  # inodes hashed in this build: not again
    published = publish(job.staging, job.playlists / day.isoformat(), known, written)
    if whole:
        record_built_from(job.workspace.root, day, inputs)
    return published


def drift_warnings(writer: ProgramWriter) -> list[BuildWarning]:
    """Approved items that would now say something else: they air as approved and wait for an approver."""
    by_item: dict[str, list[str]] = {}
    for drift in writer.binding.drifts.values():
        by_item.setdefault(drift.announcement_id, []).append(drift.station)
    return [warning("drift", item, stations=", ".join(stations)) for item, stations in by_item.items()]


def check_station_ids(workspace: Workspace, station_ids: Iterable[str]) -> tuple[str, ...]:
    """The stations asked for, each known; a mistyped id is an error, never a build of nothing."""
    wanted = tuple(dict.fromkeys(typed_ids(workspace.stations, tuple(station_ids))))  # names as typed become ids
    unknown = [s for s in wanted if workspace.station(s) is None]
    if unknown:
        known = ", ".join(s.id for s in workspace.stations)
        what = tr("unknown station {unknown}", unknown=", ".join(repr(s) for s in unknown))
        raise ValidationFailed(
            Problem(
                workspace.root / "stations.yaml", None, what, tr("use ids from stations.yaml: {known}", known=known)
            )
        )
    return wanted


def assemble(staging: Path, day: date, rendered: list[Rendered], before: Before, sheet: SheetContext,
             digest: DayDigest) -> Written:  # fmt: skip
    """Station folders, and the manifest (stations not rebuilt this time keep their published entries, first, by
    id; rebuilt ones the emergencies sent ahead of their slots), each station's entry written as it is made and
    given to the day's report (`digest`), not held. Each rendered station is taken out of `rendered` as it is
    written, so its part of the day's tree is freed then: the build's memory stays flat in stations."""
    staging.mkdir(parents=True, exist_ok=True)
    with ManifestWriter(staging, day.isoformat()) as manifest:
        for entry in sorted(before.kept, key=lambda kept: kept.id):
            manifest.add(entry)
            digest.add(entry)
        while rendered:
            station = rendered.pop(0)
            entry = with_urgent(before.day, write_station(staging / station.station.id, station, day, sheet), staging)
            manifest.add(entry)
            digest.add(entry)
    return manifest.written


def sheet_context(workspace: Workspace, playlists: Path, day: date, now: datetime) -> SheetContext:
    """Build time, the day before as published (what changed) and the ưu-tiên items, for the program sheets."""
    previous = stations_of(playlists / (day - timedelta(days=1)).isoformat())  # each read when its sheet is made
    priority = frozenset(a.id for a in workspace.announcements if a.priority == Priority.UU_TIEN)
    return SheetContext(now.replace(tzinfo=None), previous, priority)


def report_context(workspace: Workspace, sheet: SheetContext) -> ReportContext:
    titles = {a.id: a.title for a in workspace.announcements}
    labels = {slot.name: slot.label for station in workspace.stations for slot in station.slots}
    return ReportContext(workspace.stations, titles, labels, sheet.built_at)


def publish(staging: Path, target: Path, known: dict[tuple[int, int], str], written: Written) -> Path:
    verify_staging(staging, known, written)
    swap_in(staging, target)
    return target


def render_item(
    workspace: Workspace, runner: Runner, item: Announcement, station: Station, day: date, output: Path
) -> float:
    """One announcement at one station, rendered as a build renders it (cached), copied to `output`; its length."""
    writer = ProgramWriter(workspace)
    text = writer.scripts.item(item, station, day, station.slots[0])
    segment = in_its_voice(writer.speech(station, item.id, item.title, text, item.id, writer.recording(item)), item)
    services = compose(workspace, runner)
    stored = services.renderer.make(services.jobs.job(segment)).stored
    shutil.copyfile(stored.path, output)
    return stored.measure.duration
