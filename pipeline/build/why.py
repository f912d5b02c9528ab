"""Why something does not air: one announcement at a station on a day, or a station's whole empty day.

An operator who sees nothing (or previews a day the item is not on) needs the reason, not just the fact.
Pure functions: the day is passed in.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from ..domain.model import Announcement, Station, Workspace
from ..i18n import N_, tr

WEEKDAYS = (N_("Monday"), N_("Tuesday"), N_("Wednesday"), N_("Thursday"), N_("Friday"), N_("Saturday"),
            N_("Sunday"))  # fmt: skip


def _short(day: date) -> str:
    return f"{day:%d/%m}"


def not_airing(item: Announcement, station: Station, day: date) -> str | None:
    """Why `item` does not air at `station` on `day` by its dates, weekdays, stations and slots; None if it does."""
    if item.valid_until is not None and _expired(item, day):
        return tr("expired after {until}", until=_short(item.valid_until))
    start = _start(item)
    if start is not None and day < start:
        return tr("not yet started; it starts on {start}", start=_short(start))
    if _weekday_off(item, day):
        return tr("it does not air on {weekday}", weekday=tr(WEEKDAYS[day.weekday()]))
    if item.stations is not None and station.id not in item.stations:
        return tr("it is not for station {station}", station=station.id)
    slots = item.slots_at(station)
    if not slots:
        return tr("none of its slots ({slots}) is a slot of station {station}", slots=", ".join(item.slots or ()),
                  station=station.id)  # fmt: skip
    if not any(item.airs_in(day, s) for s in slots):
        return tr("its times on this day fall outside the station's slots")
    return None


def not_airing_line(item: Announcement, station: Station, day: date) -> str | None:
    """The warning `loa script` and `loa preview` print above the text, or None when the item airs that day."""
    reason = not_airing(item, station, day)
    if reason is None:
        return None
    written = day.strftime("%d/%m/%Y")  # as editors type dates
    return tr("this announcement does not air on {day}: {reason}", day=written, reason=reason)


def _expired(item: Announcement, day: date) -> bool:
    return item.valid_until is not None and day > item.valid_until


def _start(item: Announcement) -> date | None:
    return max((d for d in (item.valid_from, item.created) if d is not None), default=None)


def _not_started(item: Announcement, day: date) -> bool:
    start = _start(item)
    return start is not None and day < start


def _weekday_off(item: Announcement, day: date) -> bool:
    return item.days is not None and day.weekday() not in item.days


def empty_day(workspace: Workspace, station: Station, day: date, cleared: Callable[[Announcement], bool]) -> str:
    """Why `station` has nothing to air on `day` (`cleared`: may this item air, approval-wise)."""
    own = [a for a in workspace.announcements if a.stations is None or station.id in a.stations]
    if not own:
        return tr("no announcement is for this station")
    valid = [a for a in own if not_airing(a, station, day) is None]
    if valid and not any(cleared(a) for a in valid):
        return tr("all {count} announcements valid on this day wait for approval", count=len(valid))
    if valid:
        return tr("what is valid did not fit or was superseded")
    if all(_expired(a, day) for a in own):
        return tr("all announcements have expired")
    if all(_not_started(a, day) for a in own):
        first = min(d for a in own if (d := _start(a)) is not None)
        return tr("no announcement has started yet; the first starts on {start}", start=_short(first))
    dated = [a for a in own if not _expired(a, day) and not _not_started(a, day)]
    if dated and all(_weekday_off(a, day) for a in dated):
        return tr("no announcement airs on {weekday}", weekday=tr(WEEKDAYS[day.weekday()]))
    if dated:
        return tr("no announcement airs in this station's slots on this day")
    return tr("no announcement is valid on this day")
