"""What a build did, as data (BuildReport) and the warnings it carries, for the summary line and the nightly log."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ..domain.manifest import Manifest, StationEntry
from ..errors import Status
from ..i18n import number, tr
from ..render.renderer import Fallback
from .lint import Finding
from .plan import Note


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
            tr('words the voice would misread: {count}, first "{word}" ({file}:{line}); loa lint lists them all',
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
