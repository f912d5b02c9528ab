"""The assemble step: a station's folder for one day, self-contained.

Files are hard links into audio_out/ (copies where links are impossible),
named so that folder order is play order across the day's slots.
"""

from __future__ import annotations

import html
import math
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from ..domain.manifest import Item, SlotEntry, StationEntry
from ..domain.model import Slot, Station
from ..domain.segments import EMERGENCY_MARK, Segment, is_emergency
from ..render.store import Stored
from .published import link_or_copy


@dataclass(frozen=True)
class RenderedSlot:
    """A slot's segments with their audio, and the joined slot file."""

    slot: Slot
    segments: tuple[tuple[Segment, Stored], ...]
    joined: Stored

    @property
    def overlong(self) -> bool:
        return self.joined.measure.duration > self.slot.seconds


def write_station(folder: Path, station: Station, day: date, slots: list[RenderedSlot]) -> StationEntry:
    """Item files, one .m3u8 and one .mp3 per slot, and the program sheet; returns the station's manifest entry."""
    folder.mkdir(parents=True)
    entries: list[SlotEntry] = []
    number = 1
    width = max(2, len(str(sum(len(s.segments) for s in slots))))
    for rendered in slots:
        items = []
        for segment, stored in rendered.segments:
            name = f"{number:0{width}d}-{rendered.slot.name}-{segment.label}.mp3"
            link_or_copy(stored.path, folder / name)
            items.append((name, segment, stored))
            number += 1
        link_or_copy(rendered.joined.path, folder / f"{rendered.slot.name}.mp3")
        (folder / f"{rendered.slot.name}.m3u8").write_text(m3u8(items), encoding="utf-8")
        entries.append(_slot_entry(station, rendered, items))
    (folder / "lich-phat.html").write_text(program_sheet(station, day, slots, entries), encoding="utf-8")
    return StationEntry(station.id, station.name, tuple(entries))


def m3u8(items: list[tuple[str, Segment, Stored]]) -> str:
    lines = ["#EXTM3U"]
    for name, segment, stored in items:
        title = f"{EMERGENCY_MARK}: {segment.title}" if is_emergency(segment) else segment.title
        lines += [f"#EXTINF:{stored.measure.duration:.3f},{m3u_text(title)}", name]
    return "\n".join(lines) + "\n"


def m3u_text(text: str) -> str:
    """A title on one line: a line break or control character would start a new playlist entry."""
    return " ".join("".join(c if c.isprintable() else " " for c in text).split())


def _slot_entry(station: Station, rendered: RenderedSlot, items: list[tuple[str, Segment, Stored]]) -> SlotEntry:
    offset, listed = 0.0, []
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
        )
        listed.append(item)
        offset += m.duration
    slot = rendered.slot
    files = (f"{slot.name}.mp3", f"{slot.name}.m3u8")
    joined = rendered.joined
    start = slot.start.strftime("%H:%M")
    duration = round(joined.measure.duration, 3)
    return SlotEntry(
        station.id, slot.name, start, slot.seconds, *files, duration, joined.sha256, rendered.overlong, tuple(listed)
    )


def _number(value: float) -> float | None:
    """JSON has no -inf: silence is null."""
    return None if math.isinf(value) else value


SHEET_STYLE = (
    "body{font-family:sans-serif}table{border-collapse:collapse;margin-bottom:1em}"
    "td,th{border:1px solid #888;padding:2px 8px;text-align:left}.warn{color:#b00}"
)


def clock(seconds: float) -> str:
    whole = round(seconds)
    return f"{whole // 60}:{whole % 60:02d}"


def program_sheet(station: Station, day: date, slots: list[RenderedSlot], entries: list[SlotEntry]) -> str:
    """A printable program sheet in Vietnamese: slot, start of each item, title, duration, total."""
    e = html.escape
    rows = []
    for rendered, entry in zip(slots, entries, strict=True):
        start = datetime.combine(day, rendered.slot.start)
        warn = ' <strong class="warn">VƯỢT QUÁ THỜI LƯỢNG BUỔI PHÁT</strong>' if rendered.overlong else ""
        rows.append(
            f"<h2>Buổi {e(rendered.slot.name)} ({rendered.slot.start:%H:%M}–{rendered.slot.end:%H:%M}){warn}</h2>"
        )
        rows.append("<table><tr><th>Giờ</th><th>Nội dung</th><th>Thời lượng</th></tr>")
        for (segment, _), item in zip(rendered.segments, entry.items, strict=True):
            at = start + timedelta(seconds=item.start)
            badge = f'<strong class="warn">{EMERGENCY_MARK}</strong> ' if is_emergency(segment) else ""
            rows.append(
                f"<tr><td>{at:%H:%M:%S}</td><td>{badge}{e(item.title)}</td><td>{clock(item.duration)}</td></tr>"
            )
        rows.append(
            f"<tr><th></th><th>Tổng cộng (buổi dài {clock(rendered.slot.seconds)})</th>"
            f"<th>{clock(rendered.joined.measure.duration)}</th></tr></table>"
        )
    district = f" — {e(station.district)}" if station.district else ""
    head = f"<h1>Lịch phát thanh — {e(station.name)}</h1><p>Ngày {day:%d/%m/%Y}{district}</p>"
    title = f"<title>Lịch phát {e(station.id)} {day}</title><style>{SHEET_STYLE}</style>"
    body = f"<body>{head}{''.join(rows)}</body>"
    return f'<!doctype html>\n<html lang="vi"><head><meta charset="utf-8">{title}</head>{body}</html>\n'
