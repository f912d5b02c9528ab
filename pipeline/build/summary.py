"""What a build did, as data (BuildReport) and the warnings it carries, for the summary line and the nightly log."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ..domain.manifest import Manifest, StationEntry
from ..errors import Status
from ..render.renderer import Fallback
from .lint import Finding
from .plan import Note
from .warnings import BuildWarning, warning


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
    warnings: tuple[BuildWarning, ...] = field(default=())  # worded by warnings.worded
    fallbacks: tuple[Fallback, ...] = field(default=())
    left_out: tuple[BuildWarning, ...] = field(default=())  # items no engine could speak, with the reason

    @property
    def status(self) -> Status:
        return Status.LEFT_OUT if self.left_out else Status.FALLBACK if self.fallbacks else Status.OK

    @property
    def exit_code(self) -> int:
        return int(self.status)


@dataclass(frozen=True)
class Tally:
    """What the render stage did: files rendered, parts found already made, and fallbacks."""

    rendered: int = 0
    reused: int = 0
    fallbacks: tuple[Fallback, ...] = ()


def report(
    day: date,
    manifest: Manifest,
    tally: Tally,
    longest_silence: float,
    unspeakable: list[Finding],
    left_out: list[BuildWarning],
    notes: tuple[Note, ...],
    found: Iterable[BuildWarning] = (),
) -> BuildReport:
    stations = manifest.stations
    slots = [slot for station in stations for slot in station.slots]
    items = sum(1 for slot in slots for item in slot.items if item.announcement_id)
    seconds = sum(slot.duration for slot in slots)
    warnings = tuple(
        warning("overlong", station_id=station.id, slot=slot.label, seconds=slot.duration, length=slot.length)
        for station in stations for slot in station.slots if slot.overlong
    )  # fmt: skip
    warnings += silence_warnings(stations, longest_silence)
    if unspeakable:
        first = unspeakable[0]
        warnings += (
            warning("misread", count=len(unspeakable), word=first.token, file=first.file.name, line=first.line),
        )
    warnings += tuple(warning("fallback", title=f.title, engine=f.engine, reasons=f.reasons) for f in tally.fallbacks)
    warnings += tuple(left_out)
    warnings += tuple(found)
    if not stations:
        warnings += (warning("empty_day", day=day.isoformat()),)
    warnings += tuple(note_warning(n) for n in notes if n.warn or not n.announcement_id)
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


def note_warning(note: Note) -> BuildWarning:
    return warning("note", note.announcement_id, note.station, slot=note.slot, what=note.what)


def silence_warnings(stations: tuple[StationEntry, ...], longest_allowed: float) -> tuple[BuildWarning, ...]:
    """Silent items, and items with a long silence inside, once per file (not once per station)."""
    found: dict[str, BuildWarning] = {}
    for station in stations:
        for slot in station.slots:
            for item in slot.items:
                if item.kind != "speech" or item.sha256 in found:
                    continue
                about = item.announcement_id or ""
                if item.lufs is None or item.lufs < -60:
                    found[item.sha256] = warning("silent", about, title=item.title)
                elif item.longest_silence > longest_allowed:
                    found[item.sha256] = warning("long_silence", about, title=item.title, seconds=item.longest_silence)
    return tuple(found.values())
