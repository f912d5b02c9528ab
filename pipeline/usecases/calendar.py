"""What airs when, per station and day: the build's own planning function, and what was published."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..domain.model import Priority, Workspace
from ..stages.plan import make_plan
from ..stages.published import read_manifest


@dataclass(frozen=True)
class SlotView:
    name: str
    label: str
    start: str  # HH:MM
    length: int  # seconds
    items: tuple[tuple[str, str, bool], ...]  # (announcement id, title, emergency)
    seconds: float  # estimated, or measured once built
    overfull: bool
    built: bool


@dataclass(frozen=True)
class DayView:
    day: date
    slots: tuple[SlotView, ...]
    notes: tuple[str, ...]


def station_days(workspace: Workspace, station_id: str, days: list[date]) -> list[DayView]:
    return [_day(workspace, station_id, day) for day in days]


def _day(workspace: Workspace, station_id: str, day: date) -> DayView:
    plan = make_plan(workspace, day, (station_id,))
    manifest = read_manifest(workspace.root / "playlists" / day.isoformat())
    entry = manifest.station(station_id) if manifest else None
    built = {s.slot: s for s in entry.slots} if entry else {}
    slots = []
    for slot_plan in plan.stations[0].slots if plan.stations else ():
        slot, done = slot_plan.slot, built.get(slot_plan.slot.name)
        items = tuple(
            (p.announcement.id, p.announcement.title, p.announcement.priority == Priority.KHAN_CAP)
            for p in slot_plan.items
        )
        slots.append(SlotView(slot.name, slot.label, f"{slot.start:%H:%M}", slot.seconds, items,
                              done.duration if done else slot_plan.seconds,
                              bool(done.overlong) if done else slot_plan.overfull, done is not None))  # fmt: skip
    return DayView(
        day, tuple(slots), tuple(f"{n.announcement_id}: {n.what}" for n in plan.notes if n.station == station_id)
    )
