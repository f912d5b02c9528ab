"""What the district tells stations on the line: events in order (an emergency to air now, a stop), read by a
long-poll, and what each station confirmed.

Events live in the workspace database, so an emergency sent by `loa emergency` (another process) reaches the
stations waiting on `loa serve` as surely as one sent from its own page. A waiting request looks at the
database files' stamps every `POLL` seconds and reads the table only when they changed: cheap enough for a
hundred waiting stations, and an event is answered within a fraction of a second.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from ..adapters.database import connected, database_path
from ..domain.manifest import Item, SlotEntry

POLL = 0.2  # seconds between looks at the database while a station waits
LONGEST_WAIT = 25.0  # a long-poll answers after this many seconds even with nothing new
MAX_EVENTS = 100  # in one answer; the station asks again from `next`


@dataclass(frozen=True)
class Sent:
    """An emergency sent to a station, and whether the station confirmed it aired."""

    station: str
    announcement_id: str
    day: str
    slot: str
    start: str  # HH:MM of the slot it was put in
    at: str  # when it was sent
    started: str = ""  # when the station says it started airing ("" until it confirms)
    withdrawn: str = ""  # when a stop was sent ("Ngừng phát"; "" while it stands)
    stopped: str = ""  # when the station says it stopped it ("" until it confirms)


def emergency_files(slot: SlotEntry, announcement_id: str) -> list[str]:
    """The emergency's own files in the slot: its speech and the khẩn-cấp chimes around it, in play order."""
    items = list(slot.items)
    spoken = [n for n, item in enumerate(items) if item.announcement_id == announcement_id]
    if not spoken:
        return []
    first, last = spoken[0], spoken[-1]
    while first > 0 and _chime_of_it(items[first - 1]):
        first -= 1
    while last + 1 < len(items) and _chime_of_it(items[last + 1]):
        last += 1
    return [item.file for item in items[first : last + 1]]


def _chime_of_it(item: Item) -> bool:
    return item.emergency and item.announcement_id is None


def queue_emergency(
    root: Path, announcement_id: str, airs: Iterable[tuple[str, str, str, str, list[str]]], now: datetime
) -> None:
    """One event per (station, day, slot, start, files) the emergency was published for."""
    with connected(root) as db:
        for station, day, slot, start, files in airs:
            db.execute(
                "INSERT INTO station_events (station, kind, announcement_id, day, slot, start, files, at) "
                "VALUES (?, 'emergency', ?, ?, ?, ?, ?, ?)",
                (
                    station,
                    announcement_id,
                    day,
                    slot,
                    start,
                    json.dumps(files, ensure_ascii=False),
                    now.isoformat(timespec="seconds"),
                ),
            )


def queue_stop(root: Path, announcement_id: str, stations: Iterable[str], now: datetime) -> None:
    """Tell stations to stop airing an announcement (an emergency withdrawn)."""
    with connected(root) as db:
        for station in stations:
            db.execute(
                "INSERT INTO station_events (station, kind, announcement_id, at) VALUES (?, 'stop', ?, ?)",
                (station, announcement_id, now.isoformat(timespec="seconds")),
            )


def events(root: Path, station_id: str, after: int) -> tuple[list[dict[str, Any]], int]:
    """The station's events after `after`, oldest first, and the `next` to ask after."""
    with connected(root) as db:
        rows = db.execute(
            "SELECT * FROM station_events WHERE station = ? AND seq > ? ORDER BY seq LIMIT ?",
            (station_id, after, MAX_EVENTS),
        ).fetchall()
    found = [_event(row) for row in rows]
    return found, (found[-1]["seq"] if found else after)


def wait_events(
    root: Path,
    station_id: str,
    after: int,
    seconds: float,
    monotonic: Callable[[], float],
    sleep: Callable[[float], None],
) -> tuple[list[dict[str, Any]], int]:
    """Like `events`, but waits up to `seconds` (at most LONGEST_WAIT) for one to come."""
    deadline = monotonic() + min(max(seconds, 0.0), LONGEST_WAIT)
    stamp: tuple[int, ...] = ()
    while True:
        if stamp != (stamp := _stamp(root)):
            found, following = events(root, station_id, after)
            if found:
                return found, following
        if monotonic() >= deadline:
            return [], after
        sleep(POLL)


def sent_emergencies(root: Path, since: str, announcement_id: str = "") -> list[Sent]:
    """Emergencies sent since `since` (ISO), newest first, each with its station's confirmation if any."""
    query = (
        "SELECT e.station, e.announcement_id, e.day, e.slot, e.start, e.at, COALESCE(c.started, ''), "
        "COALESCE((SELECT MIN(w.at) FROM station_events w WHERE w.kind = 'stop' AND w.station = e.station AND "
        "w.announcement_id = e.announcement_id AND w.seq > e.seq), ''), COALESCE(s.stopped, '') "
        "FROM station_events e LEFT JOIN station_confirms c ON c.station = e.station AND "
        "c.announcement_id = e.announcement_id LEFT JOIN station_stops s ON s.station = e.station AND "
        "s.announcement_id = e.announcement_id WHERE e.kind = 'emergency' AND e.at >= ?"
    )
    values: tuple[str, ...] = (since,)
    if announcement_id:
        query, values = query + " AND e.announcement_id = ?", (since, announcement_id)
    with connected(root) as db:
        rows = db.execute(query + " ORDER BY e.seq DESC", values).fetchall()
    return [Sent(*row) for row in rows]


def _event(row: Any) -> dict[str, Any]:
    if row["kind"] == "stop":
        return {"seq": row["seq"], "kind": "stop", "announcement_id": row["announcement_id"], "at": row["at"]}
    return {
        "seq": row["seq"],
        "kind": row["kind"],
        "announcement_id": row["announcement_id"],
        "day": row["day"],
        "slot": row["slot"],
        "start": row["start"],
        "files": json.loads(row["files"]),
        "at": row["at"],
    }


def _stamp(root: Path) -> tuple[int, ...]:
    """The database and its write-ahead log as (mtime, size): any write changes one of them."""
    stamp: list[int] = []
    base = database_path(root)
    for path in (base, base.with_name(base.name + "-wal")):
        try:
            found = os.stat(path)
            stamp += [found.st_mtime_ns, found.st_size]
        except OSError:
            stamp += [0, -1]
    return tuple(stamp)
