"""The main job, as one explicit list of steps:

load workspace → plan → script → normalize → synthesize → master → assemble → publish → report.
"""

from __future__ import annotations

import dataclasses
import shutil
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from ..adapters.clock import SYSTEM_CLOCK, Clock, now_in
from ..adapters.http import Transport
from ..adapters.proc import Runner
from ..backends import Outcome
from ..domain.manifest import Manifest, StationEntry
from ..domain.model import Announcement, Priority, Station, Workspace
from ..domain.segments import Chime, Segment, is_item
from ..errors import BuildBusy, LoaError, Problem, ValidationFailed
from ..i18n import tr
from ..onair.publish import recover, staging_dir, swap_in, verify_staging, workspace_lock
from ..onair.published import StoreIndex, read_manifest, write_manifest
from ..render.jobs import RenderJob
from ..render.scratch import clean_work
from ..render.store import Stored
from ..workspace.first_seen import remember
from ..workspace.inputs import fingerprint, record_built_from
from ..workspace.settings_file import timezone_of
from ..workspace.stations import station_ids as typed_ids
from . import history
from .assemble import RenderedSlot, write_station
from .check import load_workspace
from .compose import Services, compose
from .history import COMMAND_LINE, Origin
from .keep import Previous, without_silent_slots
from .lint import lint_workspace
from .plan import make_plan
from .program import ProgramWriter, SlotProgram, StationProgram, in_its_voice
from .report import ReportContext, write_day_report
from .sheet import SheetContext
from .summary import BuildReport as BuildReport
from .summary import Tally, report

Progress = Callable[[str], None]


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
) -> BuildReport:
    """The main job. `workers` > 1 renders in that many processes, `cluster` on the Dask scheduler at that
    address; `transport` and `clock` stand in for the network and time (tests); `today` (default: `day`) is
    when announcements seen for the first time are recorded; `now`, the build time the program sheets show
    (default: the clock, read here at the use case's edge). Every build that ran (not one refused because
    another holds the lock) goes into the build history with `origin`, what started it."""
    now = now or now_in(timezone_of(root))
    begun = clock.monotonic()
    try:
        report = _build(root, day, station_ids, progress, runner, transport, clock, workers, cluster, today, now)
    except BuildBusy:
        raise
    except Exception as err:  # failed (a bug too): recorded as failed, then raised as it was
        failure = err.plain if isinstance(err, LoaError) else tr("unexpected problem: {err}", err=err)
        history.recorded(root, origin, day, now, clock.monotonic() - begun, None, failure)
        raise
    if not history.recorded(root, origin, day, now, clock.monotonic() - begun, report):
        return dataclasses.replace(report, warnings=(*report.warnings, tr("the build history could not be written")))
    return report


def _build(root: Path, day: date, station_ids: Iterable[str], progress: Progress, runner: Runner | None,
           transport: Transport | None, clock: Clock, workers: int, cluster: str, today: date | None,
           now: datetime) -> BuildReport:  # fmt: skip
    runner = runner or Runner()
    inputs = fingerprint(root.resolve())  # before reading: a change made while building makes the day stale
    workspace = load_workspace(root, runner)  # load + check
    wanted = check_station_ids(workspace, station_ids)
    unspeakable = lint_workspace(workspace)
    with workspace_lock(workspace.root):
        job = prepare(workspace, day, wanted, compose(workspace, runner, transport, clock, workers, cluster), today)
        writer = ProgramWriter(job.workspace)
        plan = make_plan(job.workspace, day, (*wanted, *job.previous.broken) if wanted else (), writer.estimate(day))
        programs = writer.programs(plan, day)  # script + normalize
        left_out: list[str] = []
        rendered, tally = render_programs(job.services, programs, progress, left_out, day)  # synthesize + master
        programs, rendered, kept = without_silent_slots(programs, rendered, job.kept, job.previous, job.staging)
        sheet = sheet_context(job.workspace, job.playlists, day, now)
        manifest = assemble(job, day, programs, rendered, kept, sheet)  # station folders + manifest
        notices = [*job.workspace.notices, *job.previous.warnings, *drift_warnings(writer)]
        summary = report(day, manifest, tally, job.workspace.settings.audio.max_silence_s, unspeakable, left_out,
                         plan.notes, notices)  # fmt: skip
        write_day_report(job.staging, day, manifest, plan.notes, summary.warnings, report_context(job.workspace, sheet))
        return dataclasses.replace(summary, published=publish_day(job, day, inputs, not wanted))


@dataclass(frozen=True)
class Job:
    """One day's build once the workspace is locked: what it renders with, and the day as published before."""

    workspace: Workspace
    services: Services
    previous: Previous
    staging: Path
    kept: list[StationEntry]

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
    previous = Previous(playlists / day.isoformat(), StoreIndex(services.store.root))
    staging = staging_dir(playlists, day.isoformat())
    kept = previous.keep(staging, [s.id for s in workspace.stations if s.id not in wanted]) if wanted else []
    services.store.distrusted |= previous.damaged_inodes
    return Job(workspace, services, previous, staging, kept)


def publish_day(job: Job, day: date, inputs: str, whole: bool) -> Path:
    """Verify the staging folder and swap it in; a whole day records the inputs it was built from (stations kept
    from before were built from older inputs, so a partial build leaves the day marked as it was)."""
    known = job.services.store.checked_inodes() | job.previous.hashed  # inodes hashed in this build: not again
    published = publish(job.staging, job.playlists / day.isoformat(), known)
    if whole:
        record_built_from(job.workspace.root, day, inputs)
    return published


def drift_warnings(writer: ProgramWriter) -> list[str]:
    """Approved items that would now say something else: they air as approved and wait for an approver."""
    by_item: dict[str, list[str]] = {}
    for drift in writer.binding.drifts.values():
        by_item.setdefault(drift.announcement_id, []).append(drift.station)
    return [
        tr("{id}: what it says at {stations} changed since it was approved (lexicon, template, station or settings); "
           "it airs as approved until an approver approves it again", id=item, stations=", ".join(stations))
        for item, stations in by_item.items()
    ]  # fmt: skip


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


def render_programs(
    services: Services, programs: tuple[StationProgram, ...], progress: Progress, left_out: list[str], day: date
) -> tuple[list[list[RenderedSlot]], Tally]:
    """Jobs for every segment, then for every slot file: the store is asked, the backend makes what is missing."""
    segments = [s for p in programs for slot in p.slots for s in slot.segments]
    jobs = {segment: services.jobs.job(segment) for segment in dict.fromkeys(segments)}
    done = make_missing(services, list(jobs.values()), progress, tr("rendering {count} segments"))
    parts = [
        [(slot.slot, _parts(program, slot, jobs, done, left_out)) for slot in program.slots] for program in programs
    ]
    joins = [services.jobs.join(tuple(s for _, s in p), f"{slot.label} {day:%d/%m/%Y} — {program.station.name}")
             for program, station in zip(programs, parts, strict=True) for slot, p in station]  # fmt: skip
    joined = make_missing(services, joins, progress, tr("joining {count} slot files"))
    slot_files = iter(joined[ident(job)].stored for job in joins)
    rendered = [[RenderedSlot(slot, tuple(p), _stored(next(slot_files))) for slot, p in station] for station in parts]
    outcomes = [*done.values(), *joined.values()]
    made = sum(o.rendered for o in outcomes)
    used = sum(len(slot.segments) + 1 for station in rendered for slot in station)
    fallbacks = tuple(o.fallback for o in done.values() if o.fallback)
    return rendered, Tally(made, used - made, fallbacks)


def make_missing(services: Services, jobs: Sequence[RenderJob], progress: Progress, line: str) -> dict[object, Outcome]:
    """Each unique job's outcome: found in the store, else made by the backend (`line` says how many are made)."""
    unique = {ident(job): job for job in jobs}
    found = {ident: services.store.get(job.kind, job.key) if job.key else None for ident, job in unique.items()}
    missing = [ident for ident, stored in found.items() if stored is None]
    if missing:
        progress(line.format(count=len(missing)))
    made = dict(zip(missing, services.backend.render([unique[i] for i in missing]), strict=True))
    return {ident: made.get(ident) or Outcome(found[ident]) for ident in unique}


def ident(job: RenderJob) -> object:
    """What makes two jobs the same: their key (a speech job whose first engine cannot start has none: itself)."""
    return (job.kind, job.key) if job.key else job


def _stored(stored: Stored | None) -> Stored:
    if stored is None:  # a join has no engine to fail; the backend raises what went wrong
        raise RuntimeError("a slot file was not made")
    return stored


def _parts(program: StationProgram, slot: SlotProgram, jobs: dict[Segment, RenderJob], done: dict[object, Outcome],
           left_out: list[str]) -> list[tuple[Segment, Stored]]:  # fmt: skip
    """The slot's segments with their files; those no engine could make are left out (the rest still airs)."""
    parts = []
    for segment in slot.segments:
        outcome = done[ident(jobs[segment])]
        if outcome.stored is None:
            left_out.append(f"{program.station.id} {slot.slot.name}: {outcome.failure}")
        else:
            parts.append((segment, outcome.stored))
    return without_stray_chimes(parts)


def without_stray_chimes(parts: list[tuple[Segment, Stored]]) -> list[tuple[Segment, Stored]]:
    """A between-items chime stays only between two items, an item's own chimes only with it (if it was left out)."""
    spoken = {segment.announcement_id for segment, _ in parts if is_item(segment)}
    parts = [
        (s, stored)
        for s, stored in parts
        if not (isinstance(s, Chime) and s.role in ("intro", "outro")) or s.announcement_id in spoken
    ]
    kept: list[tuple[Segment, Stored]] = []
    for index, (segment, stored) in enumerate(parts):
        if _between(segment):
            before, after = (
                parts[index - 1][0] if index else None,
                parts[index + 1][0] if index + 1 < len(parts) else None,
            )
            if not (before and before.announcement_id and after and after.announcement_id) or _between(kept[-1][0]):
                continue
        kept.append((segment, stored))
    return kept


def _between(segment: Segment) -> bool:
    return isinstance(segment, Chime) and segment.role == "between"


def assemble(
    job: Job,
    day: date,
    programs: tuple[StationProgram, ...],
    rendered: list[list[RenderedSlot]],
    others: list[StationEntry],
    sheet: SheetContext,
) -> Manifest:
    """Station folders, and the manifest (stations not rebuilt this time keep their published entries; rebuilt
    ones the emergencies sent ahead of their slots)."""
    staging = job.staging
    staging.mkdir(parents=True, exist_ok=True)
    stations = list(others)
    for program, slots in zip(programs, rendered, strict=True):
        entry = write_station(staging / program.station.id, program.station, day, slots, sheet)
        stations.append(job.previous.with_urgent(entry, staging))
    order = {p.station.id: i for i, p in enumerate(programs)}
    stations.sort(key=lambda s: (order.get(s.id, -1), s.id))
    manifest = Manifest(day.isoformat(), tuple(stations))
    write_manifest(staging, manifest)
    return manifest


def sheet_context(workspace: Workspace, playlists: Path, day: date, now: datetime) -> SheetContext:
    """Build time, the day before as published (what changed) and the ưu-tiên items, for the program sheets."""
    before = read_manifest(playlists / (day - timedelta(days=1)).isoformat())
    previous = {s.id: s for s in before.stations} if before else {}
    priority = frozenset(a.id for a in workspace.announcements if a.priority == Priority.UU_TIEN)
    return SheetContext(now.replace(tzinfo=None), previous, priority)


def report_context(workspace: Workspace, sheet: SheetContext) -> ReportContext:
    titles = {a.id: a.title for a in workspace.announcements}
    labels = {slot.name: slot.label for station in workspace.stations for slot in station.slots}
    return ReportContext(workspace.stations, titles, labels, sheet.built_at)


def publish(staging: Path, target: Path, known: dict[tuple[int, int], str]) -> Path:
    verify_staging(staging, known)
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
