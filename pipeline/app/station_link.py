"""Who is on the line: station tokens (made once, stored hashed, revocable), the rate limit per token, and the
cap on long-polls that keeps the web's pages answered.

A token reaches one station only. It is printed once when made (`loa station token add`), and the database
keeps its sha256: a copy of the database lets nobody in. A revoked token is refused at its next request:
every request looks the hash up again (one indexed read), nothing is cached.
"""

from __future__ import annotations

import hashlib
import secrets
import threading
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from ..adapters.database import connected
from ..build.check import load_workspace
from ..errors import LoaError, Problem
from ..i18n import tr

USE_NOTED = timedelta(minutes=1)  # a token's last use is written at most this often


class LinkRefused(LoaError):
    """A request of the station API refused; `code` says why (the web maps it to an HTTP status)."""

    def __init__(self, code: str, problem: Problem) -> None:
        super().__init__(problem)
        self.code = code


@dataclass(frozen=True)
class Token:
    id: int
    station: str
    created: str
    revoked: str  # when, or "" while it is valid
    last_used: str = ""  # when a request last came with it (to the minute), "" when never


def add_token(root: Path, station_id: str, now: datetime) -> str:
    """A new token for `station_id` (a station of stations.yaml); only its hash is kept: show it once."""
    known = [s.id for s in load_workspace(root).stations]
    if station_id not in known:
        raise LoaError(
            Problem(
                root / "stations.yaml",
                None,
                tr("no station with id '{station_id}'", station_id=station_id),
                tr("use one of: {known}", known=", ".join(known)),
            )
        )
    token = secrets.token_urlsafe(32)
    with connected(root) as db:
        db.execute(
            "INSERT INTO station_tokens (station, hash, created) VALUES (?, ?, ?)",
            (station_id, hashed(token), now.isoformat(timespec="seconds")),
        )
    return token


def revoke_tokens(root: Path, station_id: str, now: datetime) -> int:
    """Revoke every valid token of the station; how many. Refused at once: requests look the token up each time."""
    with connected(root) as db:
        count = db.execute(
            "UPDATE station_tokens SET revoked = ? WHERE station = ? AND revoked = ''",
            (now.isoformat(timespec="seconds"), station_id),
        ).rowcount
    if not count:
        what = tr("station {station} has no valid token", station=station_id)
        raise LoaError(Problem(None, None, what, tr("list the tokens with: loa station token list")))
    return int(count)


def list_tokens(root: Path) -> list[Token]:
    with connected(root) as db:
        rows = db.execute(
            "SELECT id, station, created, revoked, last_used FROM station_tokens ORDER BY station, id"
        ).fetchall()
    return [Token(*row) for row in rows]


def linked_stations(root: Path) -> dict[str, str]:
    """Stations with a valid token, and when their oldest valid token was made (they are on the line since)."""
    with connected(root) as db:
        rows = db.execute("SELECT station, MIN(created) FROM station_tokens WHERE revoked = '' GROUP BY station")
        return {row[0]: row[1] for row in rows}


def station_of(root: Path, authorization: str, now: datetime) -> str:
    """The station a request's `Authorization: Bearer <token>` header speaks for; LinkRefused when none. The
    token's last use is noted at `now` when the one noted is a minute old (heartbeats come every 30 s)."""
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise LinkRefused(
            "unauthorized",
            Problem(
                None, None, tr("the request has no station token"), tr("send the header Authorization: Bearer <token>")
            ),
        )
    with connected(root) as db:
        row = db.execute(
            "SELECT id, station, last_used FROM station_tokens WHERE hash = ? AND revoked = ''",
            (hashed(token.strip()),),
        ).fetchone()
        if row is not None and _stale(row["last_used"], now):
            db.execute("UPDATE station_tokens SET last_used = ? WHERE id = ?", (_at(now), row["id"]))
    if row is None:
        raise LinkRefused(
            "unauthorized",
            Problem(
                None,
                None,
                tr("this station token is unknown or revoked"),
                tr("ask the district for a new one: loa station token add"),
            ),
        )
    return str(row["station"])


def _stale(last_used: str, now: datetime) -> bool:
    return not last_used or datetime.fromisoformat(last_used) <= now - USE_NOTED


def _at(now: datetime) -> str:
    return now.isoformat(timespec="seconds")


def hashed(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class RateLimit:
    """At most `limit` requests per `window` seconds per key (a sliding window); times come from the caller."""

    def __init__(self, limit: int = 120, window: float = 60.0) -> None:
        self.limit, self.window = limit, window
        self._seen: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def wait_for(self, key: str, now: float) -> float:
        """0 when the request may go on (it is counted), else the seconds until it may."""
        with self._lock:
            seen = self._seen.setdefault(key, deque())
            while seen and seen[0] <= now - self.window:
                seen.popleft()
            if len(seen) >= self.limit:
                return seen[0] + self.window - now
            seen.append(now)
            return 0.0


class Waiting:
    """At most `limit` long-polls wait at once, so the server's threads stay free for pages and other requests."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._slots = threading.BoundedSemaphore(limit)

    @contextmanager
    def slot(self) -> Iterator[bool]:
        """True while this request holds a waiting place; False when all are taken (answer at once instead)."""
        taken = self._slots.acquire(blocking=False)
        try:
            yield taken
        finally:
            if taken:
                self._slots.release()
