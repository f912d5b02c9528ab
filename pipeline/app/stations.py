"""What a station on the line may read and send (api/v1): its published days and files, its heartbeat and play
log, and its confirmations that an emergency aired.

A station reads only its own entry of a published day's manifest, and only the files that entry names (never
a path outside its folder). A day's `version` is the sha256 of the entry as canonical JSON (keys sorted, no
spaces, UTF-8), so it changes exactly when what the station must air changes. Play-log rows are kept once per
(station, row id) and appended to the day's `phat-thuc-te.csv`, where `loa report` counts them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from ..adapters.database import connected
from ..domain.manifest import StationEntry
from ..domain.playout import PLAY_LOG, PLAY_LOG_COLUMNS, SKIPPED
from ..errors import Problem
from ..i18n import tr
from ..onair.playout.playlog import log_line
from .published_days import Published, is_date, version
from .station_link import LinkRefused

MAX_ROWS = 500  # play-log rows in one request: a day of a busy station; more are sent in the next request
ROW_FIELDS = {
    "id": 200,
    "day": 10,
    "started": 40,
    "ended": 40,
    "file": 500,
    "title": 500,
    "announcement_id": 200,
    "kind": 40,
    "slot": 80,
    "result": 80,
}


@dataclass(frozen=True)
class Day:
    date: str
    version: str
    published_at: str


def entry(root: Path, station_id: str, day: str, published: Published | None = None) -> StationEntry | None:
    """The station's entry in the published day `day` (ISO), or None (`published`: the app's parsed days)."""
    found = (published or Published(root)).day(day)
    held = found.stations.get(station_id) if found else None
    return held.entry if held else None


def days(root: Path, station_id: str, now: datetime, published: Published | None = None) -> list[Day]:
    """Every published day from today (the workspace's zone: `now`) on that has an entry for the station."""
    found = []
    for day in (published or Published(root)).from_day(now.date()):
        held = day.stations.get(station_id)
        if held is not None:
            stamp = datetime.fromtimestamp(day.modified, now.tzinfo)
            found.append(Day(day.date, held.version, stamp.isoformat(timespec="seconds")))
    return found


def day_entry(root: Path, station_id: str, day: str) -> dict[str, Any]:
    """The entry as in manifest.json, with its version; LinkRefused (not-found) when none is published."""
    held = entry(root, station_id, day)
    if held is None:
        raise _not_found(tr("no published day {day} for station {station}", day=day, station=station_id))
    return {**held.as_dict(), "version": version(held)}


def station_file(root: Path, station_id: str, day: str, name: str) -> tuple[Path, str]:
    """A file the station's entry names (slot file, playlist, item) and its sha256 ('' for a playlist)."""
    held = entry(root, station_id, day)
    listed = dict(held.files()) if held else {}
    listed |= {slot.playlist: "" for slot in held.slots} if held else {}
    folder = (root / "playlists" / day / station_id).resolve()
    path = (folder / name).resolve()
    if name not in listed or not path.is_relative_to(folder) or not path.is_file():
        raise _not_found(
            tr("the published day {day} of {station} has no file {name}", day=day, station=station_id, name=name)
        )
    return path, listed[name]


def heartbeat(root: Path, station_id: str, body: object, now: datetime) -> None:
    """Record the station's heartbeat (as sent, once checked) and when it came."""
    data = _object(body)
    _check_heartbeat(data)
    with connected(root) as db:
        db.execute(
            "INSERT OR REPLACE INTO station_heartbeats VALUES (?, ?, ?)",
            (station_id, now.isoformat(timespec="seconds"), json.dumps(data, ensure_ascii=False)),
        )


def last_heartbeat(root: Path, station_id: str) -> tuple[str, dict[str, Any]] | None:
    with connected(root) as db:
        row = db.execute("SELECT at, body FROM station_heartbeats WHERE station = ?", (station_id,)).fetchone()
    return (row[0], json.loads(row[1])) if row else None


def play_log(root: Path, station_id: str, body: object, now: datetime) -> list[str]:
    """Keep the rows not kept before (by row id) and append them to their day's play log; every row id sent."""
    rows = _object(body).get("rows")
    if not isinstance(rows, list) or len(rows) > MAX_ROWS:
        raise _invalid(tr("'rows' must be a list of at most {count} play-log rows", count=MAX_ROWS))
    checked = [_row(row, n) for n, row in enumerate(rows, start=1)]
    with connected(root) as db:  # one transaction: a row is in the table and in the CSV, or in neither
        for row in checked:
            inserted = db.execute(
                "INSERT OR IGNORE INTO station_playlog VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    station_id,
                    row["id"],
                    row["day"],
                    row["started"],
                    row["ended"],
                    row["file"],
                    row["title"],
                    row["announcement_id"],
                    row["kind"],
                    row["slot"],
                    row["seconds"],
                    row["result"],
                    now.isoformat(timespec="seconds"),
                ),
            ).rowcount
            if inserted:
                _append(root / "playlists" / row["day"] / station_id, row)
    return [row["id"] for row in checked]


def confirm(root: Path, station_id: str, body: object, now: datetime) -> None:
    """The station says an emergency it was sent aired at `started`, or (`stopped`) that it stopped one withdrawn;
    the first confirmation of each counts."""
    data = _object(body)
    announcement_id, started, stopped = data.get("announcement_id"), data.get("started"), data.get("stopped")
    moment = stopped if "stopped" in data else started
    if not isinstance(announcement_id, str) or not isinstance(moment, str) or not _is_time(moment):
        raise _invalid(tr("send 'announcement_id' and 'started' (a time such as 2026-12-03T05:31:02+07:00), "
                          "or 'stopped' for an emergency withdrawn"))  # fmt: skip
    kind, table = ("stop", "station_stops") if "stopped" in data else ("emergency", "station_confirms")
    with connected(root) as db:
        sent = db.execute(
            "SELECT 1 FROM station_events WHERE station = ? AND kind = ? AND announcement_id = ?",
            (station_id, kind, announcement_id),
        ).fetchone()
        if sent is None:
            said = {"id": announcement_id, "station": station_id}
            if kind == "stop":
                raise _not_found(tr("no stop of {id} was sent to station {station}", **said))
            raise _not_found(tr("no emergency {id} was sent to station {station}", **said))
        db.execute(
            f"INSERT OR IGNORE INTO {table} VALUES (?, ?, ?, ?)",  # one of the two table names above
            (station_id, announcement_id, moment, now.isoformat(timespec="seconds")),
        )


def _append(folder: Path, row: dict[str, Any]) -> None:
    """One row at the end of the day's play log (with its header when new); a day not published keeps it in the DB."""
    if not folder.is_dir():
        return
    log = folder / PLAY_LOG
    result = SKIPPED if row["result"].startswith("bỏ qua") else row["result"]
    cells = {**row, "seconds": f"{row['seconds']:.1f}", "result": result}
    line = log_line(tuple(str(cells[column]) for column in PLAY_LOG_COLUMNS), header=not log.exists())
    with log.open("a", encoding="utf-8", newline="") as kept:
        kept.write(line)


def _row(row: object, number: int) -> dict[str, Any]:
    if not isinstance(row, dict):
        raise _invalid(tr("play-log row {number} is not an object", number=number))
    checked: dict[str, Any] = {}
    for key, limit in ROW_FIELDS.items():
        value = row.get(key) if row.get(key) is not None or key != "announcement_id" else ""
        if not isinstance(value, str) or len(value) > limit or (key in ("id", "day") and not value):
            raise _invalid(
                tr(
                    "play-log row {number}: '{key}' must be a text of at most {limit} characters",
                    number=number,
                    key=key,
                    limit=limit,
                )
            )
        checked[key] = value
    seconds = row.get("seconds")
    if not is_date(checked["day"]) or not isinstance(seconds, int | float) or not 0 <= seconds <= 86400:
        raise _invalid(
            tr(
                "play-log row {number}: 'day' must be a date (2026-12-03) and 'seconds' a number of seconds",
                number=number,
            )
        )
    return {**checked, "seconds": float(seconds)}


def _check_heartbeat(data: dict[str, Any]) -> None:
    held, playing = data.get("days", {}), data.get("playing")
    if (
        not isinstance(held, dict)
        or len(held) > 400
        or not all(is_date(k) and isinstance(v, str) and len(v) <= 100 for k, v in held.items())
    ):
        raise _invalid(tr("'days' must map dates (2026-12-03) to the versions the station holds"))
    if playing is not None and not (isinstance(playing, dict) and isinstance(playing.get("file", ""), str)):
        raise _invalid(tr("'playing' must be null or an object with 'file', 'title' and 'since'"))


def _object(body: object) -> dict[str, Any]:
    if not isinstance(body, dict):
        raise _invalid(tr("the request body must be a JSON object"))
    return body


def _is_time(text: str) -> bool:
    try:
        datetime.fromisoformat(text)
    except ValueError:
        return False
    return True


def _invalid(what: str) -> LinkRefused:
    return LinkRefused("invalid", Problem(None, None, what, tr("correct the request as the API document says")))


def _not_found(what: str) -> LinkRefused:
    return LinkRefused("not-found", Problem(None, None, what, tr("ask for the station's days first: GET …/days")))
