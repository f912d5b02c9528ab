"""Official statistics of a period (Circular 39/2020/TT-BTTTT asks stations to keep them and report upward):
bulletins and seconds aired per station and in total, by priority, language and origin.

A station's day counts from its play log (phat-thuc-te.csv, sent by its agent) when there is one — an airing is
a spoken item played to its end, its seconds every part that aired, as `played` counts them — and otherwise from
the published day (manifest.json), else the plan; each figure says which ("theo nhật ký phát", "theo kế hoạch").
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from types import MappingProxyType

from ..domain.model import Announcement, Priority, Workspace
from ..domain.playout import COMPLETE, PLAY_LOG, SKIPPED
from ..onair.published import read_manifest
from .plan import estimate_seconds, make_plan
from .report import check_period

LOGGED, PLANNED = "theo nhật ký phát", "theo kế hoạch"
HERE, CAP, PROVINCE, RELAY, UNKNOWN = "tự soạn", "CAP", "tỉnh", "tiếp sóng", "không rõ"
PRIORITY_WORDS = MappingProxyType(
    {Priority.KHAN_CAP: "khẩn cấp", Priority.UU_TIEN: "ưu tiên", Priority.THUONG: "thường"}
)
TOTAL, BY_PRIORITY, BY_LANGUAGE, BY_ORIGIN = "tổng", "mức ưu tiên", "ngôn ngữ", "nguồn"
ALL_STATIONS = "Tổng"


@dataclass(frozen=True)
class Kind:
    """What an airing counts under: its station, where the figure comes from, and its three groupings."""

    station: str
    basis: str  # LOGGED or PLANNED
    priority: str
    language: str
    origin: str


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


def origin_of(origin: str) -> str:
    """Where an announcement came from, by its `origin` field: written here, a CAP alert, the province, a relay."""
    kind = origin.partition(":")[0].lower()
    return {"": HERE, "cap": CAP, "province": PROVINCE, "tinh": PROVINCE, "relay": RELAY}.get(kind, UNKNOWN)


def tally(workspace: Workspace, first: date, last: date) -> dict[Kind, tuple[int, float]]:
    """(airings, seconds) per kind over the days, each station's day from its play log, else the plan."""
    check_period(first, last)
    known = {a.id: a for a in workspace.announcements}
    counts: dict[Kind, tuple[int, int]] = {}  # seconds in tenths, as the logs write them: sums without drift
    for offset in range((last - first).days + 1):
        day = first + timedelta(days=offset)
        logs = {log.parent.name: log for log in (workspace.root / "playlists" / day.isoformat()).glob(f"*/{PLAY_LOG}")}
        rows = [*_logged(logs, known), *_planned(workspace, day, set(logs), known)]
        for kind, complete, seconds in rows:
            count, tenths = counts.get(kind, (0, 0))
            counts[kind] = (count + complete, tenths + round(seconds * 10))
    return {kind: (count, tenths / 10) for kind, (count, tenths) in counts.items()}


def _kind(station: str, basis: str, item: Announcement | None, relay: bool = False) -> Kind:
    if relay:
        return Kind(station, basis, PRIORITY_WORDS[Priority.THUONG], UNKNOWN, RELAY)
    if item is None:  # removed from the workspace since it aired (a cancelled alert): still counted
        return Kind(station, basis, UNKNOWN, UNKNOWN, UNKNOWN)
    return Kind(station, basis, PRIORITY_WORDS[item.priority], item.language, origin_of(item.origin))


def _logged(logs: dict[str, Path], known: dict[str, Announcement]) -> Iterator[tuple[Kind, int, float]]:
    """The rows of the stations' play logs that count: spoken items (and relays) that were not skipped."""
    for station, log in logs.items():
        for kind, announcement, seconds, result in _rows(log):
            if result == SKIPPED or not (kind == "relay" or (kind == "speech" and announcement)):
                continue
            item = known.get(announcement)
            yield _kind(station, LOGGED, item, kind == "relay"), result.startswith(COMPLETE), float(seconds or 0)


def _rows(log: Path) -> Iterator[tuple[str, str, str, str]]:
    """(kind, announcement_id, seconds, result) of each row; plain csv.reader by column: a month of a province's
    logs is some hundred thousand rows (bench/report.py)."""
    try:
        with log.open(encoding="utf-8", newline="") as lines:
            rows = csv.reader(lines)
            head = next(rows, [])
            at = [head.index(name) for name in ("kind", "announcement_id", "seconds", "result") if name in head]
            if len(at) < 4:
                return
            width = max(at) + 1
            for row in rows:
                if len(row) >= width:
                    yield row[at[0]], row[at[1]], row[at[2]], row[at[3]]
    except (OSError, UnicodeDecodeError, csv.Error, ValueError):
        return


def figures(workspace: Workspace, counts: dict[Kind, tuple[int, float]]) -> list[Figure]:
    """Per station (every one, in stations.yaml's order) then all together: for each basis the station has, its
    total, then by priority, by language and by origin."""
    names = {s.id: s.name for s in workspace.stations}
    lines: list[Figure] = []
    for station in [*names, ALL_STATIONS]:
        mine = {k: v for k, v in counts.items() if station in (k.station, ALL_STATIONS)}
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


def _planned(
    workspace: Workspace, day: date, logged: set[str], known: dict[str, Announcement]
) -> Iterator[tuple[Kind, int, float]]:
    """The airings of the day's stations that sent no log: published figures, else the plan's estimates. A relay
    slot counts as one relay of its length; its own program airs only if the stream fails, so it counts only when a
    play log says it aired."""
    missing = [s.id for s in workspace.stations if s.id not in logged]
    if not missing:
        return
    manifest = read_manifest(workspace.root / "playlists" / day.isoformat())
    if manifest is not None:
        for station in (s for s in manifest.stations if s.id in missing):
            yield from ((_kind(station.id, PLANNED, None, True), 1, s.length) for s in station.slots if s.relay)
            spoken = (i for s in station.slots if not s.relay for i in s.items if i.kind == "speech")
            for item in (i for i in spoken if i.announcement_id):
                yield _kind(station.id, PLANNED, known.get(item.announcement_id or "")), 1, item.duration
        return
    for plan in make_plan(workspace, day, missing).stations:
        yield from (
            (_kind(plan.station.id, PLANNED, None, True), 1, s.slot.seconds) for s in plan.slots if s.slot.relay
        )
        for planned in (i for slot in plan.slots if not slot.slot.relay for i in slot.items):
            yield _kind(plan.station.id, PLANNED, planned.announcement), 1, estimate_seconds(planned.announcement)
