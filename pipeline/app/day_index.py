"""The announcements one day's plan reads, found through an index by validity kept until an announcement changes.

A day's plan (build/plan.py) reads an announcement when it is valid that day, when it expired in the week before
(the pre-air report says so) or when it is a translation of one of those (a missing version is named). A district
keeps a year of announcements, some 10,000, of which a day's plan needs about 200: planning a week of the calendar
over all of them took seconds. The plan over the day's announcements is the plan over all of them; only an empty
day's reason looks further: at every announcement for its station (make_plan's `whole`, `ByValidity.own`), which
is the reason over them all (build/why.empty_day reads no other), without looking through 10,000 each empty day.
"""

from __future__ import annotations

import dataclasses
import threading
from datetime import date
from operator import attrgetter, is_

from ..domain.model import Announcement, Workspace

EXPIRED_DAYS = 7  # plan._expired: notices that stopped airing in the last week
KEPT_DAYS = 400  # days remembered per version of the announcements (a year of calendar pages, bounded)
KEPT_REASONS = 4_000  # station days whose empty-day reading is remembered (a week at each of 500 stations)
NEVER, ALWAYS = 0, date.max.toordinal()


DATES = attrgetter("id", "valid_from", "valid_until", "created", "version_of")  # what the index is made of
TARGETS = attrgetter("id", "stations")  # what the index by station is made of
Span = tuple[str, int, int, str | None]  # an announcement's id, first and last day (ordinals), original


class ByValidity:
    """Each announcement's span, and the positions of the announcements each day asked for reads; one lock."""

    def __init__(self) -> None:
        self._seen: tuple[Announcement, ...] = ()  # the announcements last indexed, as objects
        self._dates: list[tuple[object, ...]] = []
        self._spans: list[Span] = []
        self._days: dict[date, tuple[int, ...]] = {}
        self._targets: list[tuple[str, tuple[str, ...] | None]] = []
        self._own: dict[str, tuple[int, ...]] = {}  # station -> the positions of its announcements
        self._own_on: dict[tuple[str, date], tuple[int, ...]] = {}  # (station, day) -> what its empty day reads
        self._lock = threading.Lock()

    def on(self, workspace: Workspace, days: list[date], station_id: str | None = None) -> dict[date, Workspace]:
        """Per day, the workspace with only the announcements its plan reads, in file order. The index is made again
        when an announcement's dates change, or one is added or removed; the announcements themselves are always
        the workspace's (an approval changes no date, yet the plan must see it). With `station_id`, only what the
        plan of that one station reads: its own announcements, and every translation (a missing version's note
        names one that is not for the station): a district's day holds some 400, a station's some 25."""
        with self._lock:
            self._follow(workspace.announcements)
            for day in (d for d in days if d not in self._days):
                self._days = self._days if len(self._days) < KEPT_DAYS else {}
                self._days[day] = self._of(day.toordinal())
            chosen = {day: self._at_station(self._days[day], station_id) for day in days}
        items = workspace.announcements
        return {
            day: dataclasses.replace(workspace, announcements=tuple(items[n] for n in at)) for day, at in chosen.items()
        }

    def own_on(self, workspace: Workspace, station_id: str, days: list[date]) -> dict[date, Workspace]:
        """Per day, what an empty day's reason at the station reads, in file order: of its announcements (`own`),
        those whose span holds the day, and of the others only three: one that ended and had started, one that has
        not started and has not ended, and the first to start of those not started. build/why.empty_day gives the
        same reason over them as over all the station's (its counts and first start are of these): not 4,000."""
        with self._lock:
            self._follow(workspace.announcements)
            self._own_on = self._own_on if len(self._own_on) < KEPT_REASONS else {}
            for day in (d for d in days if (station_id, d) not in self._own_on):
                self._own_on[station_id, day] = self._reason_reads(self._positions(station_id), day.toordinal())
            chosen = {day: self._own_on[station_id, day] for day in days}
        items = workspace.announcements
        return {
            day: dataclasses.replace(workspace, announcements=tuple(items[n] for n in at)) for day, at in chosen.items()
        }

    def _at_station(self, at: tuple[int, ...], station_id: str | None) -> tuple[int, ...]:
        if station_id is None:
            return at
        return tuple(n for n in at if self._spans[n][3] is not None or _for(self._targets[n][1], station_id))

    def _reason_reads(self, own: tuple[int, ...], day: int) -> tuple[int, ...]:
        spans = self._spans
        dated = [n for n in own if spans[n][1] <= day <= spans[n][2]]
        ended = next((n for n in own if spans[n][1] <= day and spans[n][2] < day), None)
        waiting = [n for n in own if day < spans[n][1]]
        pending = next((n for n in waiting if spans[n][2] >= day), None)
        first = min(waiting, key=lambda n: spans[n][1], default=None)
        return tuple(sorted({*dated, *(n for n in (ended, pending, first) if n is not None)}))

    def _positions(self, station_id: str) -> tuple[int, ...]:
        """The positions of the station's announcements (the caller holds the lock)."""
        at = self._own.get(station_id)
        if at is None:
            at = self._own[station_id] = tuple(n for n, (_, stations) in enumerate(self._targets)
                                               if stations is None or station_id in stations)  # fmt: skip
        return at

    def own(self, workspace: Workspace, station_id: str) -> Workspace:
        """The workspace with only the announcements for `station_id` (for every station, or naming it), in file
        order: what an empty day's reason at the station reads. Kept per station until an announcement's stations
        change, or one is added or removed."""
        with self._lock:
            self._follow(workspace.announcements)
            at = self._positions(station_id)
        items = workspace.announcements
        return dataclasses.replace(workspace, announcements=tuple(items[n] for n in at))

    def _follow(self, announcements: tuple[Announcement, ...]) -> None:
        """Forget what a changed announcement moved (the caller holds the lock)."""
        if _same(self._seen, announcements):  # the snapshot's objects unless a file changed
            return
        dates = list(map(DATES, announcements))  # in C: a district's 10,000 in a millisecond
        if dates != self._dates:
            self._dates, self._spans, self._days, self._own_on = dates, [_span(*d) for d in dates], {}, {}
        targets = list(map(TARGETS, announcements))
        if targets != self._targets:
            self._targets, self._own, self._own_on = targets, {}, {}
        self._seen = announcements

    def _of(self, day: int) -> tuple[int, ...]:
        chosen = {n for n, (_, first, last, _) in enumerate(self._spans)
                  if first <= day <= last or last < day <= last + EXPIRED_DAYS}  # fmt: skip
        ids = {self._spans[n][0] for n in chosen}
        chosen |= {n for n, (_, _, _, original) in enumerate(self._spans) if original is not None and original in ids}
        return tuple(sorted(chosen))


def _for(stations: tuple[str, ...] | None, station_id: str) -> bool:
    return stations is None or station_id in stations


def _same(kept: tuple[Announcement, ...], items: tuple[Announcement, ...]) -> bool:
    """The very objects seen last time (10,000 identity checks in C, through map: a generator cost 7 ms a page)."""
    return len(kept) == len(items) and all(map(is_, kept, items))


def _span(
    key: str, valid_from: date | None, valid_until: date | None, created: date | None, original: str | None
) -> Span:
    """Its first day (its valid_from, not before Loa first saw it: Announcement.airs_on) and its last."""
    first = max((d.toordinal() for d in (valid_from, created) if d is not None), default=NEVER)
    return key, first, valid_until.toordinal() if valid_until else ALWAYS, original
