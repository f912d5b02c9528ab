"""The main job, as one explicit list of steps:

load workspace → plan → script → normalize → synthesize → master → assemble → publish → report.
"""

from __future__ import annotations

import dataclasses
import shutil
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from ..adapters.clock import SYSTEM_CLOCK, Clock, now_in
from ..adapters.http import Transport
from ..adapters.proc import Runner
from ..backends import Outcome
from ..domain.manifest import Manifest, StationEntry
from ..domain.model import Priority, Workspace
from ..domain.segments import Chime, Segment, is_item
from ..errors import Problem, Status, ValidationFailed
from ..i18n import number, tr
from ..render.jobs import RenderJob
from ..render.renderer import Fallback
from ..render.scratch import clean_work
from ..render.store import Stored
from ..stages.assemble import RenderedSlot, write_station
from ..stages.lint import Finding, lint_workspace
from ..stages.plan import Note, make_plan
from ..stages.program import ProgramWriter, SlotProgram, StationProgram
from ..stages.publish import recover, staging_dir, swap_in, verify_staging, workspace_lock
from ..stages.published import StoreIndex, check_station, copy_station, read_manifest
from ..stages.report import ReportContext, write_day_report
from ..stages.sheet import SheetContext
from ..workspace.first_seen import remember
from ..workspace.load import load_workspace
from ..workspace.stations import station_ids as typed_ids
from .compose import Services, compose

Progress = Callable[[str], None]


@dataclass(frozen=True)
class BuildReport:
    """What a build did, for the summary line and the nightly log."""

    day: date
    stations: int
    slots: int
    items: int
    seconds: float
    rendered: int
    reused: int
    published: Path | None
    warnings: tuple[str, ...] = field(default=())
    fallbacks: tuple[Fallback, ...] = field(default=())
    left_out: tuple[str, ...] = field(default=())  # items no engine could speak, with the reason

    @property
    def status(self) -> Status:
        return Status.LEFT_OUT if self.left_out else Status.FALLBACK if self.fallbacks else Status.OK

    @property
    def exit_code(self) -> int:
        return int(self.status)


def build(
    root: Path,
    day: date,
    station_ids: Iterable[str] = (),
    progress: Progress = lambda _: None,
    runner: Runner | None = None,
    transport: Transport | None = None,
    clock: Clock = SYSTEM_CLOCK,
    workers: int = 1,
    today: date | None = None,
    now: datetime | None = None,
) -> BuildReport:
    """The main job. `workers` > 1 renders in that many processes; `transport` and `clock` stand in for the network
    and time (tests); `today` (default: `day`) is when announcements seen for the first time are recorded; `now`, the
    build time the program sheets show (default: the clock, read here at the use case's edge)."""
    runner = runner or Runner()
    workspace = load_workspace(root, runner)
    wanted = check_station_ids(workspace, station_ids)
    unspeakable = lint_workspace(workspace)
    playlists = workspace.root / "playlists"
    with workspace_lock(workspace.root):
        recover(playlists)
        workspace = remember(workspace, min(day, today or day))
        services = compose(workspace, runner, transport, clock, workers)
        store = services.store
        clean_work(store)
        day_folder = playlists / day.isoformat()
        previous = Previous(day_folder, StoreIndex(store.root))
        staging = staging_dir(playlists, day.isoformat())
        kept = previous.keep(staging, [s.id for s in workspace.stations if s.id not in wanted]) if wanted else []
        store.distrusted |= previous.damaged_inodes  # bit rot keeps size and time: these are hashed, not trusted
        writer = ProgramWriter(workspace)
        plan = make_plan(workspace, day, (*wanted, *previous.broken) if wanted else (), writer.estimate(day))
        programs = writer.programs(plan, day)  # script + normalize
        left_out: list[str] = []
        rendered, tally = render_programs(services, programs, progress, left_out, day)  # synthesize + master
        programs, rendered, kept = _without_silent_slots(programs, rendered, kept, previous, staging)
        sheet = sheet_context(workspace, playlists, day, now or now_in(workspace.settings.timezone))
        manifest = assemble(staging, day, programs, rendered, kept, sheet)
        summary = report(
            day,
            manifest,
            tally,
            workspace.settings.audio.max_silence_s,
            unspeakable,
            left_out,
            plan.notes,
            [*workspace.notices, *previous.warnings],
        )
        write_day_report(staging, day, manifest, plan.notes, summary.warnings, report_context(workspace, sheet))
        known = store.checked_inodes() | previous.hashed  # inodes already hashed in this build are not hashed again
        return dataclasses.replace(summary, published=publish(staging, day_folder, known))


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


class Previous:
    """The day as published before this build: stations to keep, and what was wrong with it."""

    def __init__(self, folder: Path, index: StoreIndex) -> None:
        self.folder, self.index = folder, index
        self.manifest = read_manifest(folder)
        self.damaged = self.manifest is None and (folder / "manifest.json").exists()  # there, but unreadable
        self.hashed: dict[tuple[int, int], str] = {}
        self.warnings: list[str] = []
        self.broken: list[str] = []  # stations whose published files could not be repaired: rebuilt too
        self.damaged_inodes: set[tuple[int, int]] = set()
        if self.damaged:
            self.warnings.append(
                tr("the published manifest of {day} was damaged; every station is built again", day=folder.name)
            )

    def station(self, station_id: str) -> StationEntry | None:
        return self.manifest.station(station_id) if self.manifest else None

    def keep(self, staging: Path, station_ids: Iterable[str]) -> list[StationEntry]:
        """Link these stations' published folders into `staging` (repaired from the store); their manifest entries."""
        staging.mkdir(parents=True, exist_ok=True)
        if self.damaged:
            self.broken += station_ids  # nothing trustworthy to keep: every station is built again
            return []
        kept = []
        for station_id in station_ids:
            entry = self.station(station_id)
            if entry is not None and self.link(entry, staging):
                kept.append(entry)
            elif entry is not None:
                self.broken.append(station_id)
                self.warnings.append(
                    tr("{station}: published files were damaged and the store had no intact copy; built again",
                       station=station_id)
                )  # fmt: skip
        return kept

    def link(self, entry: StationEntry, staging: Path) -> bool:
        damage = check_station(self.folder, entry, self.hashed)
        self.damaged_inodes |= {(info.st_dev, info.st_ino) for d in damage if not d.missing for info in [d.path.stat()]}
        if not copy_station(self.folder / entry.id, staging / entry.id, damage, self.index, self.hashed):
            shutil.rmtree(staging / entry.id, ignore_errors=True)
            return False
        self.warnings += [
            tr("{station}: repaired {file} from the store (missing)", station=entry.id, file=d.path.name)
            if d.missing
            else tr("{station}: repaired {file} from the store (damaged)", station=entry.id, file=d.path.name)
            for d in damage
        ]
        return True


def _without_silent_slots(
    programs: tuple[StationProgram, ...],
    rendered: list[list[RenderedSlot]],
    kept: list[StationEntry],
    previous: Previous,
    staging: Path,
) -> tuple[tuple[StationProgram, ...], list[list[RenderedSlot]], list[StationEntry]]:
    """A slot that would air chimes only (every engine failed) never replaces a good day.

    Such a station keeps its previous published version when there is one; otherwise the
    silent slots are left out of what is published. The report says which, loudly.
    """
    out_programs, out_rendered = [], []
    for program, slots in zip(programs, rendered, strict=True):
        silent = [r.slot.name for r, planned in zip(slots, program.slots, strict=True) if _lost_all_speech(planned, r)]
        if not silent:
            out_programs.append(program)
            out_rendered.append(slots)
            continue
        entry = previous.station(program.station.id)
        if entry is not None and previous.link(entry, staging):
            kept.append(entry)
            previous.warnings.append(
                tr("{station}: NO SPEECH could be made for {slots}; the previous version stays on air",
                   station=program.station.id, slots=", ".join(silent))
            )  # fmt: skip
            continue
        previous.warnings.append(
            tr("{station}: NO SPEECH could be made for {slots}; nothing is published for it",
               station=program.station.id, slots=", ".join(silent))
        )  # fmt: skip
        remaining = [(p, r) for p, r in zip(program.slots, slots, strict=True) if r.slot.name not in silent]
        if remaining:
            out_programs.append(dataclasses.replace(program, slots=tuple(p for p, _ in remaining)))
            out_rendered.append([r for _, r in remaining])
    return tuple(out_programs), out_rendered, kept


def _lost_all_speech(planned: SlotProgram, rendered: RenderedSlot) -> bool:
    """The slot was to air announcements and none of them could be spoken."""
    return any(is_item(s) for s in planned.segments) and not any(is_item(s) for s, _ in rendered.segments)


@dataclass(frozen=True)
class Tally:
    """What the render stage did: files rendered, parts found already made, and fallbacks."""

    rendered: int = 0
    reused: int = 0
    fallbacks: tuple[Fallback, ...] = ()


def render_programs(
    services: Services, programs: tuple[StationProgram, ...], progress: Progress, left_out: list[str], day: date
) -> tuple[list[list[RenderedSlot]], Tally]:
    """Jobs for every segment, then for every slot file: the store is asked, the backend makes what is missing."""
    segments = [s for p in programs for slot in p.slots for s in slot.segments]
    jobs = {segment: services.jobs.job(segment) for segment in dict.fromkeys(segments)}
    done = _make(services, list(jobs.values()), progress, "segments")
    parts = [
        [(slot.slot, _parts(program, slot, jobs, done, left_out)) for slot in program.slots] for program in programs
    ]
    joins = [services.jobs.join(tuple(s for _, s in p), f"{slot.label} {day:%d/%m/%Y} — {program.station.name}")
             for program, station in zip(programs, parts, strict=True) for slot, p in station]  # fmt: skip
    joined = _make(services, joins, progress, "slot files")
    slot_files = iter(joined[_ident(job)].stored for job in joins)
    rendered = [[RenderedSlot(slot, tuple(p), _stored(next(slot_files))) for slot, p in station] for station in parts]
    outcomes = [*done.values(), *joined.values()]
    made = sum(o.rendered for o in outcomes)
    used = sum(len(slot.segments) + 1 for station in rendered for slot in station)
    fallbacks = tuple(o.fallback for o in done.values() if o.fallback)
    return rendered, Tally(made, used - made, fallbacks)


def _make(services: Services, jobs: Sequence[RenderJob], progress: Progress, what: str) -> dict[object, Outcome]:
    """Each unique job's outcome: found in the store, else made by the backend."""
    unique = {_ident(job): job for job in jobs}
    found = {ident: services.store.get(job.kind, job.key) if job.key else None for ident, job in unique.items()}
    missing = [ident for ident, stored in found.items() if stored is None]
    if missing:
        progress(f"rendering {len(missing)} {what}")
    made = dict(zip(missing, services.backend.render([unique[i] for i in missing]), strict=True))
    return {ident: made.get(ident) or Outcome(found[ident]) for ident in unique}


def _ident(job: RenderJob) -> object:
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
        outcome = done[_ident(jobs[segment])]
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
    staging: Path,
    day: date,
    programs: tuple[StationProgram, ...],
    rendered: list[list[RenderedSlot]],
    others: list[StationEntry],
    sheet: SheetContext,
) -> Manifest:
    """Station folders, and the manifest (stations not rebuilt this time keep their published entries)."""
    staging.mkdir(parents=True, exist_ok=True)
    stations = list(others)
    for program, slots in zip(programs, rendered, strict=True):
        stations.append(write_station(staging / program.station.id, program.station, day, slots, sheet))
    order = {p.station.id: i for i, p in enumerate(programs)}
    stations.sort(key=lambda s: (order.get(s.id, -1), s.id))
    manifest = Manifest(day.isoformat(), tuple(stations))
    (staging / "manifest.json").write_text(manifest.to_json(), encoding="utf-8")
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


def report(
    day: date,
    manifest: Manifest,
    tally: Tally,
    longest_silence: float,
    unspeakable: list[Finding],
    left_out: list[str],
    notes: tuple[Note, ...],
    found: Iterable[str] = (),
) -> BuildReport:
    stations = manifest.stations
    slots = [slot for station in stations for slot in station.slots]
    items = sum(1 for slot in slots for item in slot.items if item.announcement_id)
    seconds = sum(slot.duration for slot in slots)
    warnings = tuple(
        tr("{station} {slot}: the program lasts {minutes} min, longer than the slot ({length} min)",
           station=station.id, slot=slot.label, minutes=number(slot.duration / 60), length=number(slot.length / 60, 0))
        for station in stations for slot in station.slots if slot.overlong
    )  # fmt: skip
    warnings += silence_warnings(stations, longest_silence)
    if unspeakable:
        first = unspeakable[0]
        warnings += (
            tr('{count} words the voice would misread, first "{word}" ({file}:{line}); loa lint lists them all',
               count=len(unspeakable), word=first.token, file=first.file.name, line=first.line),
        )  # fmt: skip
    warnings += tuple(
        tr("'{title}' was spoken by {engine} because {reasons}", title=f.title, engine=f.engine, reasons=f.reasons)
        for f in tally.fallbacks
    )
    warnings += tuple(tr("left out {item}", item=item) for item in left_out)
    warnings += tuple(found)
    if not stations:
        warnings += (tr("nothing airs on {day}: the published day is empty (see the report for why)", day=day),)
    warnings += tuple(note_line(n) for n in notes if n.warn or not n.announcement_id)
    return BuildReport(
        day,
        len(stations),
        len(slots),
        items,
        seconds,
        tally.rendered,
        tally.reused,
        None,
        warnings,
        tally.fallbacks,
        tuple(left_out),
    )


def note_line(note: Note) -> str:
    where = " ".join(part for part in (note.station, note.slot) if part)
    return f"{where}: {' '.join(part for part in (note.announcement_id, note.what) if part)}"


def silence_warnings(stations: tuple[StationEntry, ...], longest_allowed: float) -> tuple[str, ...]:
    """Silent items, and items with a long silence inside, once per file (not once per station)."""
    found: dict[str, str] = {}
    for station in stations:
        for slot in station.slots:
            for item in slot.items:
                if item.kind != "speech" or item.sha256 in found:
                    continue
                if item.lufs is None or item.lufs < -60:
                    found[item.sha256] = tr("'{title}' is silent: check the recording or the text", title=item.title)
                elif item.longest_silence > longest_allowed:
                    found[item.sha256] = tr(
                        "'{title}' has {seconds} s of silence inside", title=item.title,
                        seconds=number(item.longest_silence)
                    )  # fmt: skip
    return tuple(found.values())
