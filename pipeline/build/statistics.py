"""Official statistics of a period (Circular 39/2020/TT-BTTTT asks stations to keep them and report upward):
bulletins and seconds aired per station and in total, by priority, language and origin.

A station's day counts from its play log (phat-thuc-te.csv, sent by its agent) when there is one — an airing is
a spoken item played to its end, its seconds every part that aired, as `played` counts them — and otherwise from
the published day (manifest.json), else the plan; each figure says which ("theo nhật ký phát", "theo kế hoạch").
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from ..domain.model import Workspace
from .airings import (
    CAP,
    HERE,
    LOGGED,
    PLANNED,
    PRIORITY_WORDS,
    PROVINCE,
    RELAY,
    UNKNOWN,
    Airing,
    Counts,
    DayCounts,
    Found,
    Kind,
    Words,
    kind_of,
    logs,
    summed_counts,
)
from .airings import summed as summed_airings
from .plan import estimate_seconds, make_plan
from .report import check_period

__all__ = ["LOGGED", "PLANNED", "RELAY", "Figure", "Kind", "figures", "tally"]
TOTAL, BY_PRIORITY, BY_LANGUAGE, BY_ORIGIN = "tổng", "mức ưu tiên", "ngôn ngữ", "nguồn"
ALL_STATIONS = "Tổng"


@dataclass(frozen=True)
class Figure:
    """One line of the statistics: `group` is TOTAL or a grouping, `value` the priority, language or origin."""

    station: str  # a station's id, or ALL_STATIONS
    name: str
    basis: str
    group: str
    value: str
    bulletins: int
    seconds: float


def tally(
    workspace: Workspace,
    first: date,
    last: date,
    kept: DayCounts | None = None,
    planning: Callable[[], Workspace] | None = None,
    words: dict[str, Words] | None = None,
) -> dict[Kind, tuple[int, float]]:
    """(airings, seconds) per kind over the days, each station's day from its play log, else the published day,
    else the plan. `kept`: the web app's counted days (a command counts afresh); `planning`: the workspace the plan
    reads (each announcement's first day filled in), made only when a day has neither log nor manifest; `words`:
    each announcement's words, when `workspace` holds no announcement (app/counted_fields.py)."""
    check_period(first, last)
    kept = kept or DayCounts()
    if words is None:
        kept.follow(workspace.announcements)
    else:
        kept.follow_words(words)
    parts: list[Counts] = []
    for days in _months(first, last):
        founds = {day.isoformat(): logs(_folder(workspace, day)) for day in days}
        whole = days[0].day == 1 and (days[-1] + timedelta(days=1)).day == 1
        if whole:  # one sum kept for the month's logs
            parts.append(kept.month(str(workspace.root), f"{days[0]:%Y-%m}", founds))
        for day in days:
            parts += _day(workspace, day, founds[day.isoformat()], kept, planning or (lambda: workspace), whole)
    return {kind: (count, tenths / 10) for kind, (count, tenths) in summed_counts(parts).items()}


def _months(first: date, last: date) -> Iterator[list[date]]:
    """The days from `first` to `last`, a calendar month at a time."""
    days = [first + timedelta(days=n) for n in range((last - first).days + 1)]
    while days:
        month = [d for d in days if (d.year, d.month) == (days[0].year, days[0].month)]
        days = days[len(month) :]
        yield month


def _folder(workspace: Workspace, day: date) -> str:
    return os.path.join(workspace.root, "playlists", day.isoformat())


def _day(
    workspace: Workspace, day: date, found: Found, kept: DayCounts, planning: Callable[[], Workspace], summed: bool
) -> list[Counts]:
    """Each station's counts of the day: its log's (unless `summed` for the month), and those of the stations
    without one together."""
    parts = [] if summed else kept.logged(str(workspace.root), day.isoformat(), found)
    missing = [s.id for s in workspace.stations if s.id not in found]
    if missing:
        published = kept.published(_folder(workspace, day), missing)
        parts.append(published if published is not None else summed_airings(_planned(planning(), day, missing)))
    return parts


def figures(workspace: Workspace, counts: dict[Kind, tuple[int, float]]) -> list[Figure]:
    """Per station (every one, in stations.yaml's order) then all together: for each basis the station has, its
    total, then by priority, by language and by origin."""
    names = {s.id: s.name for s in workspace.stations}
    lines: list[Figure] = []
    by_station: dict[str, dict[Kind, tuple[int, float]]] = {}  # one pass, not one over every kind per station
    for kind, value in counts.items():
        by_station.setdefault(kind.station, {})[kind] = value
    for station in [*names, ALL_STATIONS]:
        mine = counts if station == ALL_STATIONS else by_station.get(station, {})
        bases = sorted({k.basis for k in mine}, key=(LOGGED, PLANNED).index) or [PLANNED]
        for basis in bases:
            lines += _lines(station, names.get(station, ALL_STATIONS), basis, mine)
    return lines


def _lines(station: str, name: str, basis: str, counts: dict[Kind, tuple[int, float]]) -> list[Figure]:
    chosen = {k: v for k, v in counts.items() if k.basis == basis}
    lines = [Figure(station, name, basis, TOTAL, "", *_sum(chosen.values()))]
    for group, of in ((BY_PRIORITY, _priority), (BY_LANGUAGE, _language), (BY_ORIGIN, _origin)):
        for value in sorted({of(k) for k in chosen}, key=_order):
            lines.append(
                Figure(station, name, basis, group, value, *_sum(v for k, v in chosen.items() if of(k) == value))
            )
    return lines


def _priority(kind: Kind) -> str:
    return kind.priority


def _language(kind: Kind) -> str:
    return kind.language


def _origin(kind: Kind) -> str:
    return kind.origin


ORDER = (*PRIORITY_WORDS.values(), "vi", HERE, CAP, PROVINCE, RELAY)


def _order(value: str) -> tuple[int, str]:
    """The order of the forms: priorities from khẩn cấp, Vietnamese first, origins as listed; others by name, then
    "không rõ" last."""
    return (ORDER.index(value) if value in ORDER else len(ORDER) + (value == UNKNOWN), value)


def _sum(values: Iterable[tuple[int, float]]) -> tuple[int, float]:
    found = list(values)
    return sum(c for c, _ in found), round(sum(s for _, s in found), 1)  # tenths: no float drift past them


def _planned(workspace: Workspace, day: date, missing: list[str]) -> Iterator[Airing]:
    """The plan's estimates of the stations without a log on a day not published. A relay slot counts as one relay
    of its length."""
    for plan in make_plan(workspace, day, missing).stations:
        station = plan.station.id
        yield from ((kind_of(station, PLANNED, None, True), 1, s.slot.seconds) for s in plan.slots if s.slot.relay)
        for planned in (i for slot in plan.slots if not slot.slot.relay for i in slot.items):
            yield kind_of(station, PLANNED, planned.announcement), 1, estimate_seconds(planned.announcement)
