"""The main job, as one explicit list of steps:

load workspace → plan → script → normalize → synthesize → master → assemble → publish → report.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import shutil
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from ..adapters.proc import Runner
from ..backends.pool import Setup, join_all, known_failure, prerender
from ..domain.model import Workspace
from ..engines import EngineContext, EngineSet, Seams
from ..errors import EXIT_FALLBACK, EXIT_ITEMS_LEFT_OUT, EXIT_OK, Problem, ValidationFailed
from ..render.renderer import Fallback, ItemFailed, NotCached, Renderer, clean_work
from ..render.store import Store, Stored
from ..stages.assemble import RenderedSlot, write_station
from ..stages.lint import Finding, lint_workspace
from ..stages.plan import Note, make_plan
from ..stages.program import ProgramWriter, Segment, SlotProgram, StationProgram
from ..stages.publish import recover, staging_dir, swap_in, verify_staging, workspace_lock
from ..stages.published import StoreIndex, check_station, copy_station, damaged_manifest, read_manifest
from ..stages.report import write_day_report
from ..workspace.load import load_workspace

Progress = Callable[[str], None]
NO_SEAMS = Seams()  # the real network and clock
MIN_PARALLEL_JOBS = 4  # fewer renders than this are not worth starting worker processes (about 1 s)


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

    def summary(self) -> str:
        minutes = self.seconds / 60
        line = (
            f"{self.day}: {self.stations} stations, {self.slots} slots, {self.items} items, "
            f"{minutes:.1f} minutes of audio; rendered {self.rendered}, reused {self.reused} from cache"
        )
        if self.fallbacks:
            line += f"; {len(self.fallbacks)} spoken by a fallback engine"
        if self.left_out:
            line += f"; {len(self.left_out)} left out (no engine could speak them)"
        return line

    @property
    def exit_code(self) -> int:
        return EXIT_ITEMS_LEFT_OUT if self.left_out else EXIT_FALLBACK if self.fallbacks else EXIT_OK


def build(
    root: Path,
    day: date,
    station_ids: Iterable[str] = (),
    progress: Progress = lambda _: None,
    runner: Runner | None = None,
    seams: Seams = NO_SEAMS,
    workers: int = 1,
) -> BuildReport:
    """The main job. `workers` > 1 renders in that many processes (tests' seams need 1)."""
    runner = runner or Runner()
    workspace = load_workspace(root, runner)
    wanted = check_station_ids(workspace, station_ids)
    unspeakable = lint_workspace(workspace)
    playlists = workspace.root / "playlists"
    with workspace_lock(workspace.root):
        recover(playlists)
        store = Store(workspace.root / "audio_out")
        clean_work(store)
        day_folder = playlists / day.isoformat()
        previous = Previous(day_folder, StoreIndex(store.root))
        staging = staging_dir(playlists, day.isoformat())
        kept = previous.keep(staging, [s.id for s in workspace.stations if s.id not in wanted]) if wanted else []
        store.distrusted |= previous.damaged_inodes  # bit rot keeps size and time: these are hashed, not trusted
        writer = ProgramWriter(workspace)
        plan = make_plan(workspace, day, (*wanted, *previous.broken) if wanted else (), writer.estimate(day))
        programs = writer.programs(plan, day)  # script + normalize
        engine_set = EngineSet(EngineContext(workspace.settings, runner, workspace.root, seams))
        renderer = Renderer(workspace.settings, store, runner, engine_set, workspace.root)
        left_out: list[str] = []
        rendered = render_programs(renderer, programs, progress, left_out, workers if seams is NO_SEAMS else 1)  # synthesize + master
        programs, rendered, kept = _without_silent_slots(programs, rendered, kept, previous, staging)
        manifest = assemble(staging, day, programs, rendered, kept)
        summary = report(day, manifest, renderer, None, unspeakable, left_out, plan.notes, previous.warnings)
        write_day_report(staging, day, manifest, plan.notes, summary.warnings, workspace.stations)
        return dataclasses.replace(summary, published=publish(staging, day_folder, store.checked_inodes()))


def check_station_ids(workspace: Workspace, station_ids: Iterable[str]) -> tuple[str, ...]:
    """The stations asked for, each known; a mistyped id is an error, never a build of nothing."""
    wanted = tuple(dict.fromkeys(station_ids))
    unknown = [s for s in wanted if workspace.station(s) is None]
    if unknown:
        known = ", ".join(s.id for s in workspace.stations)
        what = f"unknown station {', '.join(repr(s) for s in unknown)}"
        raise ValidationFailed(Problem(workspace.root / "stations.yaml", None, what, f"use ids from stations.yaml: {known}"))
    return wanted


class Previous:
    """The day as published before this build: stations to keep, and what was wrong with it."""

    def __init__(self, folder: Path, index: StoreIndex) -> None:
        self.folder, self.index = folder, index
        self.manifest = read_manifest(folder)
        self.hashed: dict[tuple[int, int], str] = {}
        self.warnings: list[str] = []
        self.broken: list[str] = []  # stations whose published files could not be repaired: rebuilt too
        self.damaged_inodes: set[tuple[int, int]] = set()
        if damaged_manifest(folder):
            self.warnings.append(f"the published manifest of {folder.name} was damaged; every station is built again")

    def station(self, station_id: str) -> dict[str, Any] | None:
        stations = self.manifest["stations"] if self.manifest else []
        return next((s for s in stations if s.get("id") == station_id), None)

    def keep(self, staging: Path, station_ids: Iterable[str]) -> list[dict[str, Any]]:
        """Link these stations' published folders into `staging` (repaired from the store); their manifest entries."""
        staging.mkdir(parents=True, exist_ok=True)
        if self.manifest is None and damaged_manifest(self.folder):
            self.broken += station_ids  # nothing trustworthy to keep: every station is built again
            return []
        kept = []
        for station_id in station_ids:
            entry = self.station(station_id)
            if entry is not None and self.link(entry, staging):
                kept.append(entry)
            elif entry is not None:
                self.broken.append(station_id)
                self.warnings.append(f"{station_id}: published files were damaged and the store had no intact copy; built again")
        return kept

    def link(self, entry: dict[str, Any], staging: Path) -> bool:
        damage = check_station(self.folder, entry, self.hashed)
        self.damaged_inodes |= {(info.st_dev, info.st_ino) for d in damage if not d.missing for info in [d.path.stat()]}
        if not copy_station(self.folder / entry["id"], staging / entry["id"], entry, self.index, self.hashed):
            shutil.rmtree(staging / entry["id"], ignore_errors=True)
            return False
        self.warnings += [f"{entry['id']}: repaired {d.path.name} from the store ({'missing' if d.missing else 'damaged'})" for d in damage]
        return True


def _without_silent_slots(
    programs: tuple[StationProgram, ...], rendered: list[list[RenderedSlot]], kept: list[dict[str, Any]], previous: Previous, staging: Path
) -> tuple[tuple[StationProgram, ...], list[list[RenderedSlot]], list[dict[str, Any]]]:
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
            previous.warnings.append(f"{program.station.id}: NO SPEECH could be made for {', '.join(silent)}; the previous version stays on air")
            continue
        previous.warnings.append(f"{program.station.id}: NO SPEECH could be made for {', '.join(silent)}; nothing is published for it")
        remaining = [(p, r) for p, r in zip(program.slots, slots, strict=True) if r.slot.name not in silent]
        if remaining:
            out_programs.append(dataclasses.replace(program, slots=tuple(p for p, _ in remaining)))
            out_rendered.append([r for _, r in remaining])
    return tuple(out_programs), out_rendered, kept


def _lost_all_speech(planned: SlotProgram, rendered: RenderedSlot) -> bool:
    """The slot was to air announcements and none of them could be spoken."""
    wanted = any(s.kind == "speech" and s.announcement_id for s in planned.segments)
    return wanted and not any(s.kind == "speech" and s.announcement_id for s, _ in rendered.segments)


def render_programs(
    renderer: Renderer, programs: tuple[StationProgram, ...], progress: Progress, left_out: list[str], workers: int
) -> list[list[RenderedSlot]]:
    """Every unique segment, then every slot file: what is missing from the store in `workers` processes."""
    failures: dict[Segment, Problem] = {}
    found: dict[Segment, Stored] = {}
    missing = _missing(renderer, [s for p in programs for slot in p.slots for s in slot.segments], found) if workers > 1 else []
    if len(missing) >= MIN_PARALLEL_JOBS:
        progress(f"rendering {len(missing)} segments in {workers} processes")
        failures, made, fallbacks = prerender(Setup(renderer.settings, renderer.workspace), missing, workers, renderer.runner)
        renderer.stats.rendered += made
        renderer.stats.reused -= made  # the pass below finds them in the store: renders, not reuses
        renderer.stats.fallbacks += fallbacks
    parts = [[(slot.slot, slot_parts(renderer, program, slot, left_out, failures, found)) for slot in program.slots] for program in programs]
    titles = [f"{program.station.name} — {slot.slot.name}" for program in programs for slot in program.slots]
    jobs = [([stored for _, stored in p], title) for p, title in zip((p for station in parts for _, p in station), titles, strict=True)]
    joined = _join_jobs(renderer, jobs, workers)
    return [[RenderedSlot(slot, tuple(p), next(joined)) for slot, p in station] for station in parts]


def _missing(renderer: Renderer, segments: list[Segment], found: dict[Segment, Stored]) -> list[Segment]:
    """The unique segments the store does not have yet (nothing is rendered here); `found` gets the others."""
    missing, reused = [], renderer.stats.reused
    renderer.lookup_only = True
    try:
        for segment in dict.fromkeys(segments):
            try:
                found[segment] = render_segment(renderer, segment)
            except (NotCached, ItemFailed):
                missing.append(segment)
    finally:
        renderer.lookup_only = False
    renderer.stats.reused = reused  # these lookups are counted again by the real pass
    return missing


def _join_jobs(renderer: Renderer, jobs: list[tuple[list[Stored], str]], workers: int) -> Iterator[Stored]:
    """Slot files: those not in the store yet are joined in `workers` processes when there are enough of them."""
    found: dict[int, Stored] = {}
    renderer.lookup_only = workers > 1
    try:
        for index, job in enumerate(jobs):
            with contextlib.suppress(NotCached):
                found[index] = renderer.join(*job)
    finally:
        renderer.lookup_only = False
    todo = [index for index in range(len(jobs)) if index not in found]
    if len(todo) >= MIN_PARALLEL_JOBS:
        made, count = join_all(Setup(renderer.settings, renderer.workspace), [jobs[i] for i in todo], workers, renderer.runner)
        found |= dict(zip(todo, made, strict=True))
        renderer.stats.rendered += count
    for index in todo:
        if index not in found:  # too few to be worth the workers
            found[index] = renderer.join(*jobs[index])
    return iter(found[index] for index in range(len(jobs)))


def slot_parts(
    renderer: Renderer, program: StationProgram, slot: SlotProgram, left_out: list[str], failures: dict[Segment, Problem], found: dict[Segment, Stored]
) -> list[tuple[Segment, Stored]]:
    """The slot's segments from the store (`found`: already looked up), rendering what is still missing."""
    parts = []
    for segment in slot.segments:
        try:
            known_failure(failures, segment)
            if segment in found:
                renderer.stats.reused += 1
                parts.append((segment, found[segment]))
                continue
            parts.append((segment, render_segment(renderer, segment)))
        except ItemFailed as err:  # the rest of the program still airs
            left_out.append(f"{program.station.id} {slot.slot.name}: {err.problems[0]}")
    return without_stray_chimes(parts)


def without_stray_chimes(parts: list[tuple[Segment, Stored]]) -> list[tuple[Segment, Stored]]:
    """A between-items chime stays only between two items, an item's own chimes only with it (it may have been left out)."""
    spoken = {segment.announcement_id for segment, _ in parts if segment.kind == "speech"}
    parts = [(segment, stored) for segment, stored in parts if segment.label not in ("mo-tin", "ket-tin") or segment.announcement_id in spoken]
    kept: list[tuple[Segment, Stored]] = []
    for index, (segment, stored) in enumerate(parts):
        if segment.label == "chuong":
            before, after = parts[index - 1][0] if index else None, parts[index + 1][0] if index + 1 < len(parts) else None
            if not (before and before.announcement_id and after and after.announcement_id) or kept[-1][0].label == "chuong":
                continue
        kept.append((segment, stored))
    return kept


def render_segment(renderer: Renderer, segment: Segment) -> Stored:
    if segment.kind == "jingle":
        return renderer.jingle(segment.source)
    tags = {"title": segment.title, "album": segment.announcement_id or segment.label} | ({"artist": segment.issuer} if segment.issuer else {})
    bed = Path(segment.bed) if segment.bed else None
    if segment.source:
        return renderer.recording(Path(segment.source), tags, bed)
    return renderer.speech(segment.spoken, segment.dialect, dict(segment.voices), segment.engines, tags, bed)


def assemble(
    staging: Path, day: date, programs: tuple[StationProgram, ...], rendered: list[list[RenderedSlot]], others: list[dict[str, Any]]
) -> dict[str, Any]:
    """Station folders, and the manifest (stations not rebuilt this time keep their published entries)."""
    staging.mkdir(parents=True, exist_ok=True)
    stations = list(others)
    for program, slots in zip(programs, rendered, strict=True):
        entries = write_station(staging / program.station.id, program.station, day, slots)
        stations.append({"id": program.station.id, "name": program.station.name, "slots": entries})
    order = {p.station.id: i for i, p in enumerate(programs)}
    stations.sort(key=lambda s: (order.get(s["id"], -1), s["id"]))
    manifest = {"date": day.isoformat(), "stations": stations}
    (staging / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=2), encoding="utf-8")
    return manifest


def publish(staging: Path, target: Path, known: dict[tuple[int, int], str]) -> Path:
    verify_staging(staging, known)
    swap_in(staging, target)
    return target


def report(
    day: date,
    manifest: dict[str, Any],
    renderer: Renderer,
    published: Path | None,
    unspeakable: list[Finding],
    left_out: list[str],
    notes: tuple[Note, ...],
    found: Iterable[str] = (),
) -> BuildReport:
    stations = manifest["stations"]
    slots = [slot for station in stations for slot in station["slots"]]
    items = sum(1 for slot in slots for item in slot["items"] if item["announcement_id"])
    seconds = sum(float(slot["duration"]) for slot in slots)
    warnings = tuple(
        f"{station['id']} {slot['slot']}: the program lasts {slot['duration'] / 60:.1f} min, longer than the slot ({slot['length'] / 60:.0f} min)"
        for station in stations for slot in station["slots"] if slot["overlong"]
    )  # fmt: skip
    warnings += silence_warnings(stations, renderer.settings.audio.max_silence_s)
    if unspeakable:
        warnings += (f"{len(unspeakable)} words the voice would misread, first {unspeakable[0]}; `loa lint` lists them all",)
    stats = renderer.stats
    warnings += tuple(f"'{f.title}' was spoken by {f.engine} because {f.reasons}" for f in stats.fallbacks)
    warnings += tuple(f"left out {item}" for item in left_out)
    warnings += tuple(found)
    if not stations:
        warnings += (f"nothing airs on {day}: the published day is empty (see the report for why)",)
    warnings += tuple(note_line(n) for n in notes if "did not fit" in n.what or not n.announcement_id)
    return BuildReport(
        day, len(stations), len(slots), items, seconds, stats.rendered, stats.reused, published, warnings, tuple(stats.fallbacks), tuple(left_out)
    )


def note_line(note: Note) -> str:
    where = " ".join(part for part in (note.station, note.slot) if part)
    return f"{where}: {' '.join(part for part in (note.announcement_id, note.what) if part)}"


def silence_warnings(stations: list[dict[str, Any]], longest_allowed: float) -> tuple[str, ...]:
    """Silent items, and items with a long silence inside, once per file (not once per station)."""
    found: dict[str, str] = {}
    for station in stations:
        for slot in station["slots"]:
            for item in slot["items"]:
                if item["kind"] != "speech" or item["sha256"] in found:
                    continue
                if item["lufs"] is None or item["lufs"] < -60:
                    found[item["sha256"]] = f"'{item['title']}' is silent ({item['file']}): check the recording or the text"
                elif item["longest_silence"] > longest_allowed:
                    found[item["sha256"]] = f"'{item['title']}' has {item['longest_silence']:.1f} s of silence inside ({item['file']})"
    return tuple(found.values())
