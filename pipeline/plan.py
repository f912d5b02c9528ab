"""Planning: what airs at each station and slot on a date. A pure function.

Order within a slot: emergency, priority, normal; within a level, the order of
the announcement files (stable). Repeats follow the first airings, in the same
order, introduced by the template's repeat formula.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from .model import Announcement, Slot, Station, Workspace


@dataclass(frozen=True)
class PlannedItem:
    """One airing of an announcement; repeat_index 0 is the first airing."""

    announcement: Announcement
    repeat_index: int


@dataclass(frozen=True)
class SlotPlan:
    slot: Slot
    items: tuple[PlannedItem, ...]


@dataclass(frozen=True)
class StationPlan:
    station: Station
    slots: tuple[SlotPlan, ...]


def make_plan(workspace: Workspace, day: date, station_ids: Iterable[str] = ()) -> tuple[StationPlan, ...]:
    """Stations that air something on `day` (all, or only `station_ids`), with their slots."""
    wanted = set(station_ids)
    airing = [a for a in workspace.announcements if a.airs_on(day)]
    order = {a.id: index for index, a in enumerate(workspace.announcements)}
    airing.sort(key=lambda a: (a.priority, order[a.id]))
    plans = []
    for station in workspace.stations:
        if wanted and station.id not in wanted:
            continue
        slots = tuple(s for s in (_slot_plan(station, slot, airing) for slot in station.slots) if s.items)
        if slots:
            plans.append(StationPlan(station, slots))
    return tuple(plans)


def _slot_plan(station: Station, slot: Slot, airing: list[Announcement]) -> SlotPlan:
    chosen = [a for a in airing if _targets(a, station, slot)]
    rounds = max((a.repeat for a in chosen), default=0)
    items = [PlannedItem(a, index) for index in range(rounds) for a in chosen if index < a.repeat]
    return SlotPlan(slot, tuple(items))


def _targets(item: Announcement, station: Station, slot: Slot) -> bool:
    for_station = item.stations is None or station.id in item.stations
    return for_station and (item.slots is None or slot.name in item.slots)
