"""The approval ledger: every approval and withdrawal, in the workspace's database, and the check of a file
against it.

A file's approval counts only when its signature is genuine (the workspace key), names the serial of the
announcement's latest ledger row, and the file still reads as it was signed. Reading never creates the
database: a workspace that never approved anything has no approvals.
"""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..adapters.database import connected, database_path
from ..domain.approval import ApprovedSpeech
from ..domain.model import Announcement
from .announcements import load_announcement
from .approval import is_genuine, read_key

LATEST = "SELECT a.* FROM approvals a JOIN (SELECT max(id) id FROM approvals GROUP BY announcement) m ON a.id = m.id"


@dataclass(frozen=True)
class Entry:
    """An announcement's latest ledger row: an approval (signature and speech) or a withdrawal (neither)."""

    serial: int
    user: str
    signature: str
    speech: str


def latest(root: Path, ids: Iterable[str] | None = None) -> dict[str, Entry]:
    """The latest row of each announcement (of `ids`, or all)."""
    if not database_path(root).exists():
        return {}
    with connected(root) as db:
        rows = db.execute(LATEST).fetchall()
    wanted = None if ids is None else set(ids)
    return {
        r["announcement"]: Entry(r["id"], r["user"], r["signature"], r["speech"])
        for r in rows
        if wanted is None or r["announcement"] in wanted
    }


def load_verified(path: Path, root: Path) -> Announcement:
    """One announcement file with its approval checked (ids of `stations:` as written)."""
    return verified(root, (load_announcement(path, root),))[0]


Checked = dict[str, tuple[Announcement, bytes | None, Entry | None, Announcement]]  # id -> item, key, entry, result


def verified(root: Path, items: tuple[Announcement, ...], kept: Checked | None = None) -> tuple[Announcement, ...]:
    """The announcements with their approvals checked: approved_by and the bound speech set where one counts,
    approval_issue saying why where it does not. One read of the key and one query for all of them. `kept`: the
    web's snapshot's, so that an announcement whose object, key and ledger row are as last time is the same object
    (the caches keyed by the snapshot's objects, app/day_index.py and build/airings.py, see no change)."""
    signed = [a for a in items if a.signature is not None]
    if not signed:
        return items
    key, entries, kept = read_key(root), latest(root, (a.id for a in signed)), {} if kept is None else kept
    return tuple(_kept_check(a, key, entries.get(a.id), kept) for a in items)


def _kept_check(item: Announcement, key: bytes | None, entry: Entry | None, kept: Checked) -> Announcement:
    if item.signature is None:
        return item
    held = kept.get(item.id)
    if held is not None and held[0] is item and held[1:3] == (key, entry):
        return held[3]
    checked = _checked(item, key, entry)
    kept[item.id] = (item, key, entry, checked)
    return checked


def _checked(item: Announcement, key: bytes | None, entry: Entry | None) -> Announcement:
    signature = item.signature
    if signature is None:
        return item
    if key is None or entry is None:
        return dataclasses.replace(item, approval_issue="unknown")
    if not entry.signature:  # withdrawn since
        return dataclasses.replace(item, approval_issue="superseded")
    if entry.signature != signature.value:
        return dataclasses.replace(item, approval_issue=_older_or_unknown(signature.value, entry.serial))
    speech = ApprovedSpeech.from_json(entry.speech)
    if not is_genuine(key, item.id, entry.serial, signature) or speech is None:
        return dataclasses.replace(item, approval_issue="changed")
    return dataclasses.replace(item, approved_by=signature.by, approved_at=signature.at, approved_speech=speech)


def _older_or_unknown(value: str, latest_serial: int) -> str:
    """A signature naming an earlier serial is an older copy; anything else Loa did not make here."""
    serial = value.partition("-")[0]
    return "superseded" if serial.isascii() and serial.isdigit() and int(serial) < latest_serial else "unknown"


def record(
    root: Path, item_id: str, user: str, at: datetime, sign: Callable[[int], str], speech: ApprovedSpeech | None
) -> str:
    """A new approval (or, with `speech` None, a withdrawal) as the latest row; returns its signature.

    `sign(serial)` makes the signature and writes the file while the row is uncommitted: when the write
    fails, the row is rolled back; when the commit fails after it, the file names a serial the ledger does
    not have, and is not approved (the safe side).
    """
    with connected(root) as db:
        serial = _insert(db, item_id, user, at, "" if speech is None else speech.to_json())
        signature = sign(serial) if speech is not None else ""
        db.execute("UPDATE approvals SET signature = ? WHERE id = ?", (signature, serial))
    return signature


def _insert(db: sqlite3.Connection, item_id: str, user: str, at: datetime, speech: str) -> int:
    cursor = db.execute(
        "INSERT INTO approvals (announcement, user, at, speech) VALUES (?, ?, ?, ?)",
        (item_id, user, at.isoformat(timespec="seconds"), speech),
    )
    return int(cursor.lastrowid or 0)


def withdraw(root: Path, item_id: str, user: str, at: datetime) -> None:
    """No approval of this announcement counts any more (its file may still carry one)."""
    record(root, item_id, user, at, lambda _serial: "", None)
