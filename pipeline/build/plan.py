"""Planning: what airs at each station and slot on a date. A pure function.

Rules, in order: validity (inclusive dates, optional local times on the first
and last day), weekdays, `supersedes` (a newer notice replaces an older one
while it airs), targets (stations, slots), languages (a station airs the languages
it lists; a translation airs right after its original: build/versions.py), priority (khẩn cấp, ưu tiên, thường;
file order within a level), repeats (back to back after the first airings of a
slot, or `spread` over the day's slots), and fitting: a slot holds what its
length allows. Emergency and priority items always stay (an over-full slot is
reported); a normal item that does not fit moves to the station's next slot
that day, else waits for another day; when normal items compete for room,
the order rotates day by day so the same one is not always left out.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import partial

from ..domain.day import PlannedItem, SlotDay, StationDay, planned_slot
from ..domain.model import Announcement, Priority, Slot, Station, Workspace
from ..i18n import number, tr
from .versions import alone, language_notes, paired, speaks
from .why import empty_day

FRAME_SECONDS = 30.0  # opening chime, identification, closing, closing chime
SYLLABLES_PER_SECOND = 3.0  # outdoor-horn speaking rate, see settings.speech
ITEM_OVERHEAD_SECONDS = 12.0  # template formulas, gaps and the chime between items

Estimate = Callable[[Announcement, Station], float]


def estimate_seconds(item: Announcement, station: Station | None = None) -> float:
    """Air time of one airing from the announcement's own text (the build estimates from the rendered script)."""
    return len(item.body.split()) / SYLLABLES_PER_SECOND + ITEM_OVERHEAD_SECONDS


def counted_once() -> Estimate:
    """`estimate_seconds`, each text counted once: for plans made one station at a time (an emergency plans a
    province's 200 stations before it airs; counting every announcement's words again for each took half the time)."""
    known: dict[str, float] = {}

    def estimate(item: Announcement, station: Station | None = None) -> float:
        found = known.get(item.body)
        if found is None:
            found = known[item.body] = estimate_seconds(item, station)
        return found

    return estimate


@dataclass(frozen=True)
class Note:
    """Something the pre-air report must say: an item dropped or moved, and why."""

    station: str
    slot: str
    announcement_id: str
    what: str
    warn: bool = False  # the build warns about it too (an item moved or left out, a slot over-full)


@dataclass(frozen=True)
class Plan:
    """The day's tree as planned (domain/day.py: later steps fill in segments and audio), and the notes."""

    stations: tuple[StationDay[None], ...]
    notes: tuple[Note, ...] = field(default=())


def make_plan(
    workspace: Workspace,
    day: date,
    station_ids: Iterable[str] = (),
    estimate: Estimate = estimate_seconds,
    whole: Workspace | None = None,
) -> Plan:
    """Stations that air something on `day` (all, or only `station_ids`), with their slots, and the notes.
    `whole`: every announcement, when `workspace` holds only those the day's plan reads (app/day_index.py); an
    empty day's reason looks at them all ("all announcements have expired")."""
    wanted = set(station_ids)
    notes: list[Note] = []
    plans = []
    for station in workspace.stations:
        if wanted and station.id not in wanted:
            continue
        slots = _station_slots(workspace, station, day, partial(_at_station, estimate, station), notes)
        if slots:
            plans.append(StationDay(station, slots))
        else:
            why = empty_day(whole or workspace, station, day, partial(_cleared, workspace=workspace))
            notes.append(Note(station.id, "", "", tr("nothing to air on this day: {why}", why=why)))
    return Plan(tuple(plans), tuple(notes))


def _at_station(estimate: Estimate, station: Station, item: Announcement) -> float:
    """The estimate of an item at one station (bound per station: a lambda in the loop would see the last one)."""
    return estimate(item, station)


def _station_slots(
    workspace: Workspace, station: Station, day: date, estimate: Callable[[Announcement], float], notes: list[Note]
) -> tuple[SlotDay[None], ...]:
    candidates = {slot.name: _airings(workspace, station, slot, day, notes) for slot in station.slots}
    _spread(candidates, station.slots, {a.id: index for index, a in enumerate(workspace.announcements)})
    plans = []
    may_air = partial(_may_air, workspace, station, day)
    for index, slot in enumerate(station.slots):
        pairs = paired(workspace.announcements, station, slot, may_air)
        fitted, left = _fit(slot, candidates[slot.name], day, partial(_with_versions, estimate, pairs))
        plans.append(_followed(fitted, pairs))
        for item in left:
            later = [
                s.name
                for s in station.slots[index + 1 :]
                if any(p.announcement.id == item.announcement.id for p in candidates[s.name])
            ]
            where = (
                tr("airs in slot {later}", later=later[0])
                if later
                else tr("waits for a later day")
                if item.repeat_index == 0
                else tr("repeat left out")
            )
            notes.append(
                Note(
                    station.id, slot.name, item.announcement.id, tr("did not fit the slot; {where}", where=where), True
                )
            )
        if fitted.overfull:
            notes.append(
                Note(
                    station.id,
                    slot.name,
                    "",
                    tr("emergency and priority items alone need {minutes} min", minutes=number(fitted.seconds / 60)),
                    True,
                )
            )
    notes += _expired(workspace, station, day) + _unapproved(workspace, station, day)
    aired = {p.announcement.id for plan in plans for p in plan.items}
    notes += [Note(station.id, n.slot, n.announcement_id, n.what, n.warn)
              for n in language_notes(workspace.announcements, station, aired, may_air)]  # fmt: skip
    return tuple(p for p in plans if p.items or p.slot.relay)  # a relay airs even with no announcement


def _may_air(workspace: Workspace, station: Station, day: date, item: Announcement, slot: Slot) -> bool:
    """Valid in the slot that day, targeted at it and cleared to air (its language aside)."""
    return item.airs_in(day, slot) and _targets(item, station, slot) and _cleared(item, workspace)


def _with_versions(
    estimate: Callable[[Announcement], float], pairs: dict[str, tuple[Announcement, ...]], item: Announcement
) -> float:
    """An original's air time with the translations that follow it: they fit the slot together or not at all."""
    return estimate(item) + sum(estimate(version) for version in pairs.get(item.id, ()))


def _followed(plan: SlotDay[None], pairs: dict[str, tuple[Announcement, ...]]) -> SlotDay[None]:
    """Each airing of an original followed at once by its translations' airings (the same repeat)."""
    items = [
        airing
        for item in plan.items
        for airing in (item, *(PlannedItem(v, item.repeat_index) for v in pairs.get(item.announcement.id, ())))
    ]
    return planned_slot(plan.slot, tuple(items), plan.seconds, plan.overfull)


def _expired(workspace: Workspace, station: Station, day: date) -> list[Note]:
    """Notices for this station that stopped airing in the last week (the report says so)."""
    ended = [a for a in workspace.announcements if a.valid_until is not None and 0 < (day - a.valid_until).days <= 7]
    return [
        Note(station.id, "", a.id, tr("expired on {valid_until}; no longer airs", valid_until=a.valid_until))
        for a in ended
        if a.stations is None or station.id in a.stations
    ]


def _unapproved(workspace: Workspace, station: Station, day: date) -> list[Note]:
    """What would air here today but waits for an approver (the report lists it)."""
    waiting = [
        a
        for a in workspace.announcements
        if not _cleared(a, workspace)
        and any(a.airs_in(day, slot) and _targets(a, station, slot) for slot in station.slots)
    ]
    return [Note(station.id, "", a.id, _why_waiting(a)) for a in waiting]


def _cleared(item: Announcement, workspace: Workspace) -> bool:
    """Out of the web workflow, and approved where the workspace asks for approval: it may air."""
    return not item.in_workflow and (item.approved or not workspace.settings.require_approval)


def _why_waiting(item: Announcement) -> str:
    if item.status == "nhap":
        return tr("a draft; does not air until it is sent and approved")
    if item.status == "cho-duyet":
        return tr("waiting for approval; does not air until approved")
    if item.status == "tu-choi":
        return tr("rejected by the approver; does not air")
    if item.approval_issue == "changed":
        return tr("changed after approval; does not air until approved again")
    if item.approval_issue == "superseded":
        return tr("an older approved copy (approved again or withdrawn since); does not air until approved again")
    if item.approval_issue == "unknown":
        return tr("its approval lines were not signed by this workspace; does not air until approved with Loa")
    return tr("not approved; does not air until approved")


def _airings(workspace: Workspace, station: Station, slot: Slot, day: date, notes: list[Note]) -> list[PlannedItem]:
    """First airings in priority then file order, then repeats (unless spread over slots)."""
    order = {a.id: index for index, a in enumerate(workspace.announcements)}
    valid = [
        a
        for a in workspace.announcements
        if alone(a) and speaks(station, a) and _may_air(workspace, station, day, a, slot)
    ]
    replaced = {a.supersedes: a.id for a in valid if a.supersedes}
    for old in (a for a in valid if a.id in replaced):
        notes.append(Note(station.id, slot.name, old.id, tr("superseded by {replaced}", replaced=replaced[old.id])))
    chosen = sorted((a for a in valid if a.id not in replaced), key=lambda a: (a.priority, order[a.id]))
    rounds = max((a.repeat for a in chosen if not a.spread), default=1)
    return [PlannedItem(a, index) for index in range(rounds) for a in chosen if index < (1 if a.spread else a.repeat)]


def _spread(candidates: dict[str, list[PlannedItem]], slots: tuple[Slot, ...], order: dict[str, int]) -> None:
    """A `spread` item's N airings go to the slots it airs in, in turn (back to back only when N is larger), those
    that relay a stream only when it airs in no other."""
    relays = {s.name: bool(s.relay) for s in slots}
    spread = {
        p.announcement.id: p.announcement for items in candidates.values() for p in items if p.announcement.spread
    }
    for item in spread.values():
        names = [s.name for s in slots if any(p.announcement.id == item.id for p in candidates[s.name])]
        for name in names:
            candidates[name] = [p for p in candidates[name] if p.announcement.id != item.id]
        names = [name for name in names if not relays[name]] or names  # a relay's program airs only if it fails
        for airing in range(item.repeat):
            candidates[names[airing % len(names)]].append(PlannedItem(item, airing // len(names)))
    for name in candidates:
        candidates[name].sort(key=lambda p: (p.repeat_index > 0, p.announcement.priority, order[p.announcement.id]))


def _fit(
    slot: Slot, items: list[PlannedItem], day: date, estimate: Callable[[Announcement], float]
) -> tuple[SlotDay[None], list[PlannedItem]]:
    """Items that fit the slot, and those left over (normal ones only; the others always stay)."""
    room = slot.seconds - FRAME_SECONDS
    first = [i.announcement.priority < Priority.THUONG and i.repeat_index == 0 for i in items]
    must = [i for i, stays in zip(items, first, strict=True) if stays]
    rest = [i for i, stays in zip(items, first, strict=True) if not stays]
    used = sum(estimate(i.announcement) for i in must)
    if used + sum(estimate(i.announcement) for i in rest) > room:
        rest = _rotated(rest, day)  # not everything fits: who goes first changes day by day
    kept, left = list(must), []
    for item in rest:
        cost = estimate(item.announcement)
        if used + cost <= room:
            kept.append(item)
            used += cost
        else:
            left.append(item)
    position = {id(i): n for n, i in enumerate(items)}  # not items.index: comparing announcements field by field
    kept.sort(key=lambda i: (i.repeat_index > 0, i.announcement.priority, position[id(i)]))
    return planned_slot(slot, tuple(kept), used + FRAME_SECONDS, used > room), left


def _rotated(items: list[PlannedItem], day: date) -> list[PlannedItem]:
    """Fair rotation among competing first airings: the starting one changes every day; repeats come last."""
    firsts = [i for i in items if i.repeat_index == 0]
    repeats = [i for i in items if i.repeat_index > 0]
    if not firsts:
        return repeats
    shift = day.toordinal() % len(firsts)
    by_level: dict[Priority, list[PlannedItem]] = {}
    for item in firsts:
        by_level.setdefault(item.announcement.priority, []).append(item)
    ordered = [
        i
        for level in sorted(by_level)
        for i in by_level[level][shift % len(by_level[level]) :] + by_level[level][: shift % len(by_level[level])]
    ]
    return ordered + repeats


def _targets(item: Announcement, station: Station, slot: Slot) -> bool:
    for_station = item.stations is None or station.id in item.stations
    return for_station and (item.slots is None or slot.name in item.slots)
