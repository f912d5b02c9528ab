"""How the stations on the line are doing (read model of `loa station status` and the page "Tình trạng các đài").

Online: a heartbeat in the last 90 s. Current: the station holds every published day from today on at its
published version. Missed: a slot of today whose start plus 2 minutes has passed with no play-log row for it
and no heartbeat showing one of its files playing. A station without a valid token is not on the line: it is
listed, never counted as down (it may be fed by USB stick).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from ..adapters.database import connected
from ..build.check import load_workspace
from ..domain.manifest import SlotEntry
from .station_events import Sent, sent_emergencies
from .station_link import linked_stations
from .stations import days, entry, last_heartbeat

ONLINE = timedelta(seconds=90)
ALARM = timedelta(minutes=2)  # offline this long, or a slot this late: `loa station status` exits non-zero
SLOT_GRACE = timedelta(minutes=2)


@dataclass(frozen=True)
class Aired:
    day: str
    slot: str
    started: str


@dataclass(frozen=True)
class StationState:
    station: str
    name: str
    linked: bool  # has a valid token
    last_seen: str  # ISO, "" when never
    online: bool
    behind: tuple[str, ...]  # published days it does not hold at their current version
    playing: str  # title (or file) of what it says it plays now, ""
    last_aired: Aired | None
    missed: tuple[str, ...]  # today's slots ("sang 05:30") that passed with nothing aired
    emergencies: tuple[Sent, ...]  # sent since yesterday, newest first
    silent_for: float  # seconds since the last heartbeat, or since it got its token (-1: no token)

    @property
    def alarm(self) -> bool:
        return self.linked and (self.silent_for > ALARM.total_seconds() or bool(self.missed))


def status(root: Path, now: datetime, only: tuple[str, ...] | None = None) -> list[StationState]:
    """Every station of stations.yaml (or those in `only`), in its order."""
    linked = linked_stations(root)
    since = (now - timedelta(days=1)).isoformat(timespec="seconds")
    sent = sent_emergencies(root, since)
    return [
        _state(
            root,
            station.id,
            station.name,
            now,
            linked.get(station.id, ""),
            [s for s in sent if s.station == station.id],
        )
        for station in load_workspace(root).stations
        if only is None or station.id in only
    ]


def _state(root: Path, station_id: str, name: str, now: datetime, linked_since: str, sent: list[Sent]) -> StationState:
    beat = last_heartbeat(root, station_id)
    seen, body = beat if beat else ("", {})
    heard = seen or linked_since  # a station never heard from is silent since it got its token
    silent = (now - _at(heard, now)).total_seconds() if heard else -1.0
    held = body.get("days", {})
    behind = tuple(d.date for d in days(root, station_id, now) if held.get(d.date) != d.version)
    playing = body.get("playing") or {}
    return StationState(
        station_id,
        name,
        bool(linked_since),
        seen,
        bool(seen) and silent < ONLINE.total_seconds(),
        behind,
        str(playing.get("title") or playing.get("file") or ""),
        _last_aired(root, station_id),
        _missed(root, station_id, now, linked_since, playing),
        tuple(sent),
        silent,
    )


def _last_aired(root: Path, station_id: str) -> Aired | None:
    with connected(root) as db:
        row = db.execute(
            "SELECT day, slot, started FROM station_playlog WHERE station = ? ORDER BY started DESC LIMIT 1",
            (station_id,),
        ).fetchone()
    return Aired(*row) if row else None


def _missed(root: Path, station_id: str, now: datetime, linked_since: str, playing: dict[str, Any]) -> tuple[str, ...]:
    today = now.date().isoformat()
    held = entry(root, station_id, today)
    if held is None or not linked_since:
        return ()
    with connected(root) as db:
        rows = db.execute(
            "SELECT slot, file FROM station_playlog WHERE station = ? AND day = ?", (station_id, today)
        ).fetchall()
    logged = {(row[0], row[1]) for row in rows}
    since = _at(linked_since, now)
    return tuple(
        f"{slot.slot} {slot.start}"
        for slot in held.slots
        if since <= (start := _start(slot, now))
        and start + SLOT_GRACE <= now
        and not _aired(slot, logged, str(playing.get("file", "")))
    )


def _aired(slot: SlotEntry, logged: set[tuple[str, str]], playing: str) -> bool:
    files = {slot.file, *(item.file for item in slot.items)}
    if playing and any(playing == f or playing.endswith("/" + f) for f in files):
        return True
    return any(name in (slot.slot, slot.label) or file in files for name, file in logged)


def _start(slot: SlotEntry, now: datetime) -> datetime:
    hour, minute = (int(part) for part in slot.start.split(":"))
    return now.replace(hour=hour, minute=minute, second=0, microsecond=0)


def _at(text: str, now: datetime) -> datetime:
    """A stored time in `now`'s terms (aware or not, as `now` is)."""
    moment = datetime.fromisoformat(text)
    if (moment.tzinfo is None) != (now.tzinfo is None):
        moment = moment.replace(tzinfo=now.tzinfo)
    return moment.astimezone(now.tzinfo) if now.tzinfo else moment
