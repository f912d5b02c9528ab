"""The main job, as one explicit list of steps:

load workspace → plan → script → normalize → synthesize → master → assemble → publish → report.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from .assemble import RenderedSlot, write_station
from .engines import make_engine
from .lint import Finding, lint_workspace
from .plan import make_plan
from .proc import Runner
from .program import ProgramWriter, Segment, StationProgram
from .publish import recover, staging_dir, swap_in, verify, workspace_lock
from .render import Renderer, clean_work
from .store import Store, Stored
from .workspace import load_workspace

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

    def summary(self) -> str:
        minutes = self.seconds / 60
        return (
            f"{self.day}: {self.stations} stations, {self.slots} slots, {self.items} items, "
            f"{minutes:.1f} minutes of audio; rendered {self.rendered}, reused {self.reused} from cache"
        )


def build(root: Path, day: date, station_ids: Iterable[str] = (), progress: Progress = lambda _: None, runner: Runner | None = None) -> BuildReport:
    workspace = load_workspace(root)
    unspeakable = lint_workspace(workspace)
    plan = make_plan(workspace, day, station_ids)
    programs = ProgramWriter(workspace).programs(plan, day)  # script + normalize
    runner = runner or Runner()
    playlists = workspace.root / "playlists"
    with workspace_lock(workspace.root):
        recover(playlists)
        store = Store(workspace.root / "audio_out")
        clean_work(store)
        engine = make_engine(workspace.settings.speech.engine, workspace.settings, runner)
        renderer = Renderer(workspace.settings, store, runner, engine, workspace.root)
        rendered = [render_station(renderer, program, progress) for program in programs]  # synthesize + master
        manifest: dict[str, list[dict[str, Any]]] = {"stations": []}
        published = None
        if programs:
            staging = staging_dir(playlists, day.isoformat())
            manifest = assemble(staging, day, programs, rendered)
            published = publish(staging, playlists / day.isoformat())
    return report(day, manifest, renderer, published, unspeakable)


def render_station(renderer: Renderer, program: StationProgram, progress: Progress) -> list[RenderedSlot]:
    progress(f"rendering {program.station.id}")
    slots = []
    for slot in program.slots:
        parts = tuple((segment, render_segment(renderer, segment)) for segment in slot.segments)
        joined = renderer.join([stored for _, stored in parts], f"{program.station.name} — {slot.slot.name}")
        slots.append(RenderedSlot(slot.slot, parts, joined))
    return slots


def render_segment(renderer: Renderer, segment: Segment) -> Stored:
    if segment.kind == "jingle":
        return renderer.jingle(segment.source)
    return renderer.speech(segment.spoken, segment.voice, {"title": segment.title, "album": segment.announcement_id or segment.label})


def assemble(staging: Path, day: date, programs: tuple[StationProgram, ...], rendered: list[list[RenderedSlot]]) -> dict[str, Any]:
    staging.mkdir(parents=True)
    stations = []
    for program, slots in zip(programs, rendered, strict=True):
        entries = write_station(staging / program.station.id, program.station, day, slots)
        stations.append({"id": program.station.id, "name": program.station.name, "slots": entries})
    manifest = {"date": day.isoformat(), "stations": stations}
    (staging / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=2), encoding="utf-8")
    return manifest


def publish(staging: Path, target: Path) -> Path:
    verify(staging)
    swap_in(staging, target)
    return target


def report(day: date, manifest: dict[str, Any], renderer: Renderer, published: Path | None, unspeakable: list[Finding]) -> BuildReport:
    stations = manifest["stations"]
    slots = [slot for station in stations for slot in station["slots"]]
    items = sum(1 for slot in slots for item in slot["items"] if item["announcement_id"])
    seconds = sum(float(slot["duration"]) for slot in slots)
    warnings = tuple(
        f"{station['id']} {slot['slot']}: the program lasts {slot['duration'] / 60:.1f} min, longer than the slot ({slot['length'] / 60:.0f} min)"
        for station in stations for slot in station["slots"] if slot["overlong"]
    )  # fmt: skip
    if unspeakable:
        warnings += (f"{len(unspeakable)} words the voice would misread, first {unspeakable[0]}; `loa lint` lists them all",)
    stats = renderer.stats
    return BuildReport(day, len(stations), len(slots), items, seconds, stats.rendered, stats.reused, published, warnings)
