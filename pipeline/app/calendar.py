"""What airs when, per station and day: what was published, beside what the build's own plan intends.

Only a published day airs. An item is shown as airing only when the published program holds it; one
the plan adds (an approval the keeper has not published yet, a day not built) is `planned`; one the
published program still holds but the plan no longer does (a withdrawal not republished yet) is `leaving`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from ..build.plan import make_plan
from ..domain.day import SlotDay
from ..domain.manifest import SlotEntry, StationEntry
from ..domain.model import Priority, Workspace
from ..workspace.inputs import Kept, Stamps
from .day_index import ByValidity
from .publication import DayState, Looked, day_state, look
from .published_days import Published


@dataclass(frozen=True)
class ItemView:
    id: str
    title: str
    emergency: bool
    state: str  # airs | planned | leaving


@dataclass(frozen=True)
class SlotView:
    name: str
    label: str
    start: str  # HH:MM
    length: int  # seconds
    items: tuple[ItemView, ...]
    seconds: float  # estimated, or measured once built
    overfull: bool
    built: bool


@dataclass(frozen=True)
class DayView:
    day: date
    slots: tuple[SlotView, ...]
    notes: tuple[str, ...]
    state: DayState


def station_days(
    workspace: Workspace,
    station_id: str,
    days: list[date],
    now: datetime,
    published: Published | None = None,
    index: ByValidity | None = None,
    stamps: Stamps | None = None,
    kept: Kept | None = None,
) -> list[DayView]:
    """The days at one station. `published` and `index`: the web app's, kept between requests (a command makes its
    own): each manifest parsed once per change, each day planned over the announcements valid then. `stamps`: the
    announcement files as the web's snapshot stat-ed them for this request (publication.look need not again), and
    `kept`: the snapshot's listings and fingerprint lines."""
    found = published or Published(workspace.root)
    entries = {day: _entry(found, day, station_id) for day in days}
    today = now.date()
    looking = any(entry is not None and day >= today for day, entry in entries.items())
    nothing = Looked("", {}, False, {})
    looked = look(workspace.root, now, stamps, kept) if looking else nothing  # it stats the other inputs
    index = index or ByValidity()
    planned, own = index.on(workspace, days, station_id), index.own_on(workspace, station_id, days)
    return [_day(planned[day], own[day], station_id, day, entry, day_state(day, entry is not None, today, looked))
            for day, entry in entries.items()]  # fmt: skip


def _entry(published: Published, day: date, station_id: str) -> StationEntry | None:
    held = published.day(day.isoformat())
    found = held.stations.get(station_id) if held else None
    return found.entry if found else None


def _day(
    workspace: Workspace, own: Workspace, station_id: str, day: date, entry: StationEntry | None, state: DayState
) -> DayView:
    plan = make_plan(workspace, day, (station_id,), whole=own)  # an empty day's reason reads the station's own
    built = {s.slot: s for s in entry.slots} if entry else {}
    slots = []
    for slot_plan in plan.stations[0].slots if plan.stations else ():
        slot, done = slot_plan.slot, built.get(slot_plan.slot.name)
        slots.append(SlotView(slot.name, slot.label, f"{slot.start:%H:%M}", slot.seconds, _items(slot_plan, done),
                              done.duration if done else slot_plan.seconds,
                              bool(done.overlong) if done else slot_plan.overfull, done is not None))  # fmt: skip
    notes = tuple(f"{n.announcement_id}: {n.what}" for n in plan.notes if n.station == station_id)
    return DayView(day, tuple(slots), notes, state)


def _items(slot_plan: SlotDay[None], done: SlotEntry | None) -> tuple[ItemView, ...]:
    """The published items in their order, then those only the plan has."""
    planned = {p.announcement.id: p.announcement for p in slot_plan.items}
    published = {i.announcement_id: i for i in done.items if i.announcement_id} if done else {}
    views = [ItemView(key, planned[key].title if key in planned else item.title, item.emergency,
                      "airs" if key in planned else "leaving") for key, item in published.items()]  # fmt: skip
    views += [ItemView(key, a.title, a.priority == Priority.KHAN_CAP, "planned")
              for key, a in planned.items() if key not in published]  # fmt: skip
    return tuple(views)
