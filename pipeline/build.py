"""The main job, as one explicit list of steps:

load workspace → plan → script → normalize → synthesize → master → assemble → publish → report.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from .assemble import RenderedSlot, write_station
from .engines import EngineContext, EngineSet, Seams
from .errors import EXIT_FALLBACK, EXIT_ITEMS_LEFT_OUT, EXIT_OK, Problem
from .lint import Finding, lint_workspace
from .parallel import Setup, join_all, known_failure, prerender
from .plan import Note, make_plan
from .proc import Runner
from .program import ProgramWriter, Segment, SlotProgram, StationProgram
from .publish import keep_others, recover, staging_dir, swap_in, verify, workspace_lock
from .render import Fallback, ItemFailed, NotCached, Renderer, clean_work
from .report import write_day_report
from .store import Store, Stored
from .workspace import load_workspace

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
    unspeakable = lint_workspace(workspace)
    plan = make_plan(workspace, day, station_ids)
    programs = ProgramWriter(workspace).programs(plan, day)  # script + normalize
    playlists = workspace.root / "playlists"
    left_out: list[str] = []
    with workspace_lock(workspace.root):
        recover(playlists)
        store = Store(workspace.root / "audio_out")
        clean_work(store)
        engine_set = EngineSet(EngineContext(workspace.settings, runner, workspace.root, seams))
        renderer = Renderer(workspace.settings, store, runner, engine_set, workspace.root)
        rendered = render_programs(renderer, programs, progress, left_out, workers if seams is NO_SEAMS else 1)  # synthesize + master
        if not programs:  # nothing airs that day: nothing to publish
            return report(day, {"stations": []}, renderer, None, unspeakable, left_out, plan.notes)
        staging = staging_dir(playlists, day.isoformat())
        others = keep_others(playlists / day.isoformat(), staging, {p.station.id for p in programs}) if station_ids else []
        manifest = assemble(staging, day, programs, rendered, others)
        summary = report(day, manifest, renderer, None, unspeakable, left_out, plan.notes)
        write_day_report(staging, day, manifest, plan.notes, summary.warnings)
        return dataclasses.replace(summary, published=publish(staging, playlists / day.isoformat(), store.checked_inodes()))


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
    verify(staging, known)
    swap_in(staging, target)
    return target


def report(
    day: date, manifest: dict[str, Any], renderer: Renderer, published: Path | None, unspeakable: list[Finding], left_out: list[str], notes: tuple[Note, ...]
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
    warnings += tuple(
        f"{n.station} {n.slot}: {n.announcement_id} {n.what}".replace("  ", " ") for n in notes if "did not fit" in n.what or not n.announcement_id
    )
    return BuildReport(
        day, len(stations), len(slots), items, seconds, stats.rendered, stats.reused, published, warnings, tuple(stats.fallbacks), tuple(left_out)
    )


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
