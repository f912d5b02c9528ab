"""How the stations on the line are doing (read model of `loa station status` and the page "Tình trạng các đài").

Online: a heartbeat in the last 90 s. Current: the station holds every published day from today on at its
published version. Missed: a slot of today whose start plus 2 minutes has passed with no play-log row for it
and no heartbeat showing one of its files playing. A station without a valid token is not on the line: it is
listed, never counted as down (it may be fed by USB stick).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from sqlite3 import Connection
from typing import Any

from ..adapters.database import connected
from ..domain.manifest import SlotEntry, StationEntry
from ..domain.model import Station
from ..workspace.settings_file import load_settings
from ..workspace.stations import load_stations
from .published_days import HeldDay, Published
from .station_events import Sent, sent_emergencies
from .station_link import linked_stations

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


def status(
    root: Path,
    now: datetime,
    only: tuple[str, ...] | None = None,
    published: Published | None = None,
    stations: Sequence[Station] | None = None,
) -> list[StationState]:
    """Every station of stations.yaml (or those in `only`), in its order. `published` and `stations`: the app's
    parsed days and stations.yaml, kept between requests; the stations' rows are read in one connection."""
    linked = linked_stations(root)
    since = (now - timedelta(days=1)).isoformat(timespec="seconds")
    sent = sent_emergencies(root, since)
    ahead = (published or Published(root)).from_day(now.date())
    every = _stations(root) if stations is None else stations
    chosen = [station for station in every if only is None or station.id in only]
    with connected(root) as db:
        beats = {row[0]: (row[1], json.loads(row[2])) for row in db.execute("SELECT * FROM station_heartbeats")}
        facts = [Facts(station.id, station.name, now, linked.get(station.id, ""), ahead) for station in chosen]
        return [_state(db, one, beats.get(one.station), [s for s in sent if s.station == one.station]) for one in facts]


@dataclass(frozen=True)
class Facts:
    """What one station's state is made from besides the database."""

    station: str
    name: str
    now: datetime
    linked_since: str
    ahead: list[HeldDay]  # the published days from today on


def _stations(root: Path) -> tuple[Station, ...]:
    """stations.yaml alone: the status needs no announcement (a district's 10,000 took seconds to read)."""
    return load_stations(root / "stations.yaml", load_settings(root).quiet_hours)


def _state(db: Connection, facts: Facts, beat: tuple[str, dict[str, Any]] | None, sent: list[Sent]) -> StationState:
    seen, body = beat if beat else ("", {})
    heard = seen or facts.linked_since  # a station never heard from is silent since it got its token
    silent = (facts.now - _at(heard, facts.now)).total_seconds() if heard else -1.0
    held = body.get("days", {})
    mine = [(day.date, day.stations[facts.station]) for day in facts.ahead if facts.station in day.stations]
    behind = tuple(day for day, entry in mine if held.get(day) != entry.version)
    playing = body.get("playing") or {}
    today = dict(mine).get(facts.now.date().isoformat())
    return StationState(
        facts.station,
        facts.name,
        bool(facts.linked_since),
        seen,
        bool(seen) and silent < ONLINE.total_seconds(),
        behind,
        str(playing.get("title") or playing.get("file") or ""),
        _last_aired(db, facts.station),
        _missed(db, facts, today.entry if today else None, playing),
        tuple(sent),
        silent,
    )


def _last_aired(db: Connection, station_id: str) -> Aired | None:
    """The newest play-log row (by day, then start: the index's order, a year of rows is not sorted)."""
    row = db.execute(
        "SELECT day, slot, started FROM station_playlog WHERE station = ? ORDER BY day DESC, started DESC LIMIT 1",
        (station_id,),
    ).fetchone()
    return Aired(*row) if row else None


def _missed(db: Connection, facts: Facts, held: StationEntry | None, playing: dict[str, Any]) -> tuple[str, ...]:
    if held is None or not facts.linked_since:
        return ()
    today, now = facts.now.date().isoformat(), facts.now
    rows = db.execute(
        "SELECT slot, file FROM station_playlog WHERE station = ? AND day = ?", (facts.station, today)
    ).fetchall()
    logged = {(row[0], row[1]) for row in rows}
    since = _at(facts.linked_since, now)
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
