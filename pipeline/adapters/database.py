"""The workspace's own small database (SQLite, the one adapter over sqlite3): users, sessions, audit, builds,
approvals, and the stations on the line (tokens, heartbeats, play-log rows, events, confirmations).

Files stay the source of truth for everything a build reads; this database holds only what files should
not (password hashes, sessions, who did what). It is created on first use; `MIGRATIONS` are applied in
order and `PRAGMA user_version` records how many, so an older database is brought up to date on start.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

MIGRATIONS = (
    """
    CREATE TABLE users (
        name TEXT PRIMARY KEY, role TEXT NOT NULL, stations TEXT NOT NULL DEFAULT '',
        password TEXT NOT NULL, created TEXT NOT NULL);
    CREATE TABLE sessions (
        token TEXT PRIMARY KEY, user TEXT NOT NULL REFERENCES users(name) ON DELETE CASCADE,
        csrf TEXT NOT NULL, expires TEXT NOT NULL);
    CREATE TABLE failed_logins (name TEXT NOT NULL, at TEXT NOT NULL);
    CREATE TABLE audit (
        id INTEGER PRIMARY KEY, at TEXT NOT NULL, user TEXT NOT NULL, action TEXT NOT NULL,
        target TEXT NOT NULL, detail TEXT NOT NULL DEFAULT '');
    CREATE INDEX audit_target ON audit (target, id);
    CREATE TABLE approved_texts (announcement TEXT PRIMARY KEY, text TEXT NOT NULL);
    CREATE TABLE builds (
        id INTEGER PRIMARY KEY, day TEXT NOT NULL, user TEXT NOT NULL, started TEXT NOT NULL,
        finished TEXT NOT NULL DEFAULT '', state TEXT NOT NULL, summary TEXT NOT NULL DEFAULT '',
        warnings TEXT NOT NULL DEFAULT '');
    """,
    # Approvals: one row per approval (its id is the serial its signature is tied to) or withdrawal (no
    # signature). Only an announcement's latest row counts, so a restored older copy is not approved.
    """
    CREATE TABLE approvals (
        id INTEGER PRIMARY KEY, announcement TEXT NOT NULL, user TEXT NOT NULL, at TEXT NOT NULL,
        signature TEXT NOT NULL DEFAULT '', speech TEXT NOT NULL DEFAULT '');
    CREATE INDEX approvals_announcement ON approvals (announcement, id);
    """,
    # Stations on the line (api/v1): tokens stored hashed (revoked: the time, '' while valid); the last heartbeat
    # of each station as sent; play-log rows kept once per (station, the agent's row id); events each station
    # reads in order of `seq`; a station's confirmation that an emergency aired (the first one counts).
    """
    CREATE TABLE station_tokens (
        id INTEGER PRIMARY KEY, station TEXT NOT NULL, hash TEXT NOT NULL UNIQUE, created TEXT NOT NULL,
        revoked TEXT NOT NULL DEFAULT '');
    CREATE TABLE station_heartbeats (station TEXT PRIMARY KEY, at TEXT NOT NULL, body TEXT NOT NULL);
    CREATE TABLE station_playlog (
        station TEXT NOT NULL, row_id TEXT NOT NULL, day TEXT NOT NULL, started TEXT NOT NULL, ended TEXT NOT NULL,
        file TEXT NOT NULL, title TEXT NOT NULL, announcement_id TEXT NOT NULL, kind TEXT NOT NULL,
        slot TEXT NOT NULL, seconds REAL NOT NULL, result TEXT NOT NULL, received TEXT NOT NULL,
        PRIMARY KEY (station, row_id));
    CREATE INDEX station_playlog_day ON station_playlog (station, day, started);
    CREATE TABLE station_events (
        seq INTEGER PRIMARY KEY AUTOINCREMENT, station TEXT NOT NULL, kind TEXT NOT NULL,
        announcement_id TEXT NOT NULL, day TEXT NOT NULL DEFAULT '', slot TEXT NOT NULL DEFAULT '',
        start TEXT NOT NULL DEFAULT '', files TEXT NOT NULL DEFAULT '[]', at TEXT NOT NULL);
    CREATE INDEX station_events_station ON station_events (station, seq);
    CREATE TABLE station_confirms (
        station TEXT NOT NULL, announcement_id TEXT NOT NULL, started TEXT NOT NULL, at TEXT NOT NULL,
        PRIMARY KEY (station, announcement_id));
    """,
    # A station's confirmation that it stopped an emergency withdrawn ("Ngừng phát"; the first one counts).
    """
    CREATE TABLE station_stops (
        station TEXT NOT NULL, announcement_id TEXT NOT NULL, stopped TEXT NOT NULL, at TEXT NOT NULL,
        PRIMARY KEY (station, announcement_id));
    """,
    # A person's full name ("Họ tên") beside their login name: what pages, approvals and the audit show.
    """
    ALTER TABLE users ADD COLUMN full_name TEXT NOT NULL DEFAULT '';
    """,
    # When a station token was last used (to the minute: written at most once a minute per token), for the
    # admin's page "Mã kết nối của đài".
    """
    ALTER TABLE station_tokens ADD COLUMN last_used TEXT NOT NULL DEFAULT '';
    """,
    # One build history for every build, whatever started it (build/history.py): what started it, how long it
    # took, its figures, its warnings' count and its pre-air report. Rows from before were the web's builds.
    """
    ALTER TABLE builds ADD COLUMN origin TEXT NOT NULL DEFAULT 'web';
    ALTER TABLE builds ADD COLUMN seconds_taken REAL NOT NULL DEFAULT 0;
    ALTER TABLE builds ADD COLUMN stations INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE builds ADD COLUMN slots INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE builds ADD COLUMN items INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE builds ADD COLUMN airtime REAL NOT NULL DEFAULT 0;
    ALTER TABLE builds ADD COLUMN warning_count INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE builds ADD COLUMN report TEXT NOT NULL DEFAULT '';
    """,
)


def database_path(root: Path) -> Path:
    return root / ".loa" / "web.sqlite3"


@contextmanager
def connected(root: Path) -> Iterator[sqlite3.Connection]:
    """A connection to the workspace's database, migrated; one transaction, committed on success."""
    path = database_path(root)
    path.parent.mkdir(exist_ok=True)
    connection = sqlite3.connect(path, timeout=10)
    try:
        connection.row_factory = sqlite3.Row
        connection.execute("PRAGMA foreign_keys = ON")
        connection.execute("PRAGMA journal_mode = WAL")  # readers never wait for a writer
        _migrate(connection)
        with connection:
            yield connection
    finally:
        connection.close()


def _migrate(connection: sqlite3.Connection) -> None:
    done = connection.execute("PRAGMA user_version").fetchone()[0]
    for number, script in enumerate(MIGRATIONS[done:], start=done + 1):
        connection.executescript(f"BEGIN; {script}; PRAGMA user_version = {number}; COMMIT;")
