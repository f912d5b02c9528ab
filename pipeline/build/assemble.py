"""The assemble step: a station's folder for one day, self-contained.

Files are hard links into audio_out/ (copies where links are impossible). The folder's top
holds what an operator plays (one dated, timed file per slot, and its playlist), the program
sheet and HUONG-DAN.txt; the items the playlists list are in phan-doan/.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..domain.day import SlotDay, StationDay
from ..domain.manifest import GUIDE_FILE, SHEET_FILE, Item, Relay, SlotEntry, StationEntry
from ..domain.segments import EMERGENCY_MARK, Segment, is_emergency
from ..onair.published import link_or_copy
from ..render.store import Stored
from .sheet import SheetContext, guide, program_sheet

Parts = tuple[tuple[Segment, Stored], ...]  # a slot's segments, each with its file, in play order


@dataclass(frozen=True)
class SlotAudio:
    """A slot's audio, as the render step fills in the day's tree (domain/day.py): its segments that could be made,
    each with its file, and the joined slot file."""

    parts: Parts
    joined: Stored


Rendered = StationDay[SlotAudio]  # a station's day with every slot's audio


SEGMENTS = "phan-doan"  # the items of each slot, one file each: what the playlists list


def write_station(folder: Path, rendered: Rendered, day: date, sheet: SheetContext) -> StationEntry:
    """Per slot one dated, timed file and its playlist; the items in phan-doan/; the program sheet and HUONG-DAN.txt.

    A USB player set to "play all" on the station folder finds only the slot files, in air order.
    """
    (folder / SEGMENTS).mkdir(parents=True)
    station = rendered.station
    entries = [_write_slot(folder, station.id, day, slot) for slot in rendered.slots]
    entry = StationEntry(station.id, station.name, tuple(entries))
    (folder / SHEET_FILE).write_text(program_sheet(station, day, entry, sheet), encoding="utf-8")
    (folder / GUIDE_FILE).write_text(guide(station, day, entry), encoding="utf-8")
    return entry


def _write_slot(folder: Path, station_id: str, day: date, rendered: SlotDay[SlotAudio]) -> SlotEntry:
    stem = rendered.slot.file_stem(day)
    width = max(2, len(str(len(rendered.audio.parts))))
    items = []
    for number, (segment, stored) in enumerate(rendered.audio.parts, start=1):
        name = f"{SEGMENTS}/{stem}_{number:0{width}d}-{segment.label}.mp3"
        link_or_copy(stored.path, folder / name)
        items.append((name, segment, stored))
    link_or_copy(rendered.audio.joined.path, folder / f"{stem}.mp3")
    (folder / f"{stem}.m3u8").write_text(m3u8(items), encoding="utf-8")
    return _slot_entry(station_id, rendered, items, stem)


def m3u8(items: list[tuple[str, Segment, Stored]]) -> str:
    lines = ["#EXTM3U"]
    for name, segment, stored in items:
        title = f"{EMERGENCY_MARK}: {segment.title}" if is_emergency(segment) else segment.title
        lines += [f"#EXTINF:{stored.measure.duration:.3f},{m3u_text(title)}", name]
    return "\n".join(lines) + "\n"


def m3u_text(text: str) -> str:
    """A title on one line: a line break or control character would start a new playlist entry."""
    return " ".join("".join(c if c.isprintable() else " " for c in text).split())


def _slot_entry(
    station_id: str, rendered: SlotDay[SlotAudio], items: list[tuple[str, Segment, Stored]], stem: str
) -> SlotEntry:
    listed = item_entries(items)
    slot, joined = rendered.slot, rendered.audio.joined
    return SlotEntry(
        station=station_id,
        slot=slot.name,
        label=slot.label,
        start=slot.start.strftime("%H:%M"),
        length=slot.seconds,
        file=f"{stem}.mp3",
        playlist=f"{stem}.m3u8",
        duration=round(joined.measure.duration, 3),
        sha256=joined.sha256,
        overlong=joined.measure.duration > slot.seconds,
        items=tuple(listed),
        relay=Relay(slot.relay, slot.relay_fallback) if slot.relay else None,
    )


def item_entries(items: list[tuple[str, Segment, Stored]]) -> list[Item]:
    """The manifest's items for files played one after another (`start` from the first one's start)."""
    offset, listed, emergencies = 0.0, [], _emergency_ids(items)
    for name, segment, stored in items:
        m = stored.measure
        engine = stored.info.get("engine", "") if segment.kind == "speech" else ""
        item = Item(
            file=name,
            title=segment.title,
            announcement_id=segment.announcement_id,
            kind=segment.kind,
            start=round(offset, 3),
            duration=round(m.duration, 3),
            sha256=stored.sha256,
            lufs=_number(m.lufs),
            true_peak=_number(m.true_peak),
            longest_silence=m.longest_silence,
            engine=engine,
            emergency=is_emergency(segment) or segment.announcement_id in emergencies,
        )
        listed.append(item)
        offset += m.duration
    return listed


def _emergency_ids(items: list[tuple[str, Segment, Stored]]) -> set[str | None]:
    """An emergency's own chimes (intro, outro) are part of it."""
    return {segment.announcement_id for _, segment, _ in items if is_emergency(segment)}


def _number(value: float) -> float | None:
    """JSON has no -inf: silence is null."""
    return None if math.isinf(value) else value
