"""The build history: every build, whatever started it, as one row of the workspace's database.

Recorded here, by the main job itself (`steps.build`), so no way of starting a build can forget it: the web's
"Dựng ngay", `loa build`, `loa init`, the nightly run and its repairs, the keeper inside `loa serve` and
`loa nightly`, an emergency and its stop. SQLite rather than a log file because several processes build the
same workspace (the keeper of `loa serve`, `loa nightly`, a command line) and SQLite's transactions let them
write side by side; the table was already there for the web's builds, and the page reads it newest first
with a limit. It keeps the newest KEEP rows, so it stays small however long the district runs.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from ..adapters.database import connected
from .summary import BuildReport
from .warnings import worded_all

KEEP = 5000  # rows kept: years of nightly builds and a keeper's rebuilds; older rows are dropped
KEEP_WARNINGS = 30  # warning lines kept per build (the count is kept whole)
ORIGINS = ("web", "build", "init", "nightly", "keeper", "emergency", "stop", "repair")


@dataclass(frozen=True)
class Origin:
    """What started a build (one of ORIGINS) and, where a person did, their account."""

    kind: str = "build"
    user: str = ""


COMMAND_LINE = Origin()


@dataclass(frozen=True)
class Run:
    """One build as the history keeps it. `report` is the pre-air report's path in the workspace ('' if none)."""

    id: int
    day: str
    origin: str
    user: str
    started: str
    seconds_taken: float
    failed: bool
    stations: int
    slots: int
    items: int
    airtime: float
    warning_count: int
    warnings: str
    summary: str  # what went wrong, for a failed build (older web rows: their summary line)
    report: str


def record(root: Path, origin: Origin, day: date, started: datetime, took: float, report: BuildReport | None,
           failure: str = "") -> None:  # fmt: skip
    """One finished build (`report`) or failed one (`failure`); a history that cannot be written is not the
    build's failure (the caller decides what to say), so errors of the database come out as OSError."""
    figures = _figures(report)
    warnings = worded_all(report.warnings) if report else []
    path = f"playlists/{day.isoformat()}/bao-cao.html" if report and report.published else ""
    row = (day.isoformat(), origin.user, started.isoformat(timespec="seconds"), "loi" if failure or not report
           else "xong", failure, "\n".join(warnings[:KEEP_WARNINGS]), origin.kind, round(took, 3), *figures,
           len(warnings), path)  # fmt: skip
    try:
        with connected(root) as db:
            db.execute("INSERT INTO builds (day, user, started, state, summary, warnings, origin, seconds_taken,"
                       " stations, slots, items, airtime, warning_count, report)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", row)  # fmt: skip
            db.execute("DELETE FROM builds WHERE id <= (SELECT MAX(id) FROM builds) - ?", (KEEP,))
    except sqlite3.Error as err:
        raise OSError(str(err)) from err


def recorded(root: Path, origin: Origin, day: date, started: datetime, took: float, report: BuildReport | None,
             failure: str = "") -> bool:  # fmt: skip
    """`record`, saying False instead of raising when the history cannot be written (the build itself stands).
    A folder that is not a workspace (a mistyped path) is given no database."""
    if not (root / "stations.yaml").is_file() and not (root / ".loa").is_dir():
        return True
    try:
        record(root, origin, day, started, took, report, failure)
    except OSError:
        return False
    return True


def recent(root: Path, limit: int = 100) -> list[Run]:
    """The newest `limit` builds, newest first."""
    with connected(root) as db:
        rows = db.execute(
            "SELECT id, day, origin, user, started, seconds_taken, state = 'loi', stations, slots, items, airtime,"
            " warning_count, warnings, summary, report FROM builds ORDER BY id DESC LIMIT ?", (limit,)
        ).fetchall()  # fmt: skip
    return [Run(*row) for row in rows]


def _figures(report: BuildReport | None) -> tuple[int, int, int, float]:
    if report is None:
        return 0, 0, 0, 0.0
    return report.stations, report.slots, report.items, round(report.seconds, 1)
