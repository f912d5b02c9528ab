"""Who may use the web app, and what they did: users and roles, sessions, the audit log.

Roles (checked by the web app on every route): an editor writes and submits; an approver approves or
rejects (never a text they edited last); an operator sees only their stations; an admin manages users
and builds. Times come in from the caller (the clock is read at the edge).
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from ..adapters.database import connected
from ..adapters.passwords import hash_password, password_matches, unmatchable_hash
from ..errors import LoaError, Problem
from ..i18n import tr
from ..workspace.fields import slugify

ROLES = ("editor", "approver", "operator", "admin")
SESSION_HOURS = 12  # a working day: an unattended phone does not stay signed in overnight
FAILED_LIMIT, FAILED_WINDOW = 5, timedelta(minutes=15)  # then the name is refused for the rest of the window
MIN_PASSWORD = 8


@dataclass(frozen=True)
class User:
    name: str
    role: str
    stations: tuple[str, ...]  # an operator's stations (empty for other roles)
    full_name: str = ""  # "Nguyễn Văn An" (empty for accounts made before full names)

    @property
    def shown(self) -> str:
        """How pages name the person: the full name, else the login name."""
        return self.full_name or self.name


@dataclass(frozen=True)
class Session:
    user: User
    csrf: str  # the token every form of this session must send back


@dataclass(frozen=True)
class Event:
    at: str
    user: str
    action: str
    target: str
    detail: str


class AccountRefused(LoaError):
    """An account cannot be made or changed as asked; `field` is what is wrong (name, role, stations, password)."""

    def __init__(self, field: str, problem: Problem) -> None:
        super().__init__(problem)
        self.field = field


def add_user(
    root: Path, name: str, role: str, stations: tuple[str, ...], password: str, now: datetime, full_name: str = ""
) -> User:
    """A new account; an operator's stations must exist in stations.yaml."""
    checked = (checked_role(role), checked_stations(root, role, stations), checked_full_name(full_name))
    user = User(_checked_name(name), *checked)
    _check_password(password)
    with connected(root) as db:
        if db.execute("SELECT 1 FROM users WHERE name = ?", (user.name,)).fetchone():
            raise AccountRefused(
                "name",
                Problem(
                    None,
                    None,
                    tr("user {name} already exists", name=user.name),
                    tr("choose another name, or change the password with: loa user passwd"),
                ),
            )
        db.execute(
            "INSERT INTO users (name, role, stations, password, created, full_name) VALUES (?, ?, ?, ?, ?, ?)",
            (user.name, user.role, ",".join(user.stations), hash_password(password), now.isoformat(), user.full_name),
        )
    return user


def set_password(root: Path, name: str, password: str) -> None:
    """A new password; every session of that user ends."""
    _check_password(password)
    with connected(root) as db:
        if not db.execute("UPDATE users SET password = ? WHERE name = ?", (hash_password(password), name)).rowcount:
            raise AccountRefused(
                "name", Problem(None, None, tr("no user {name}", name=name), tr("list the users with: loa user list"))
            )
        db.execute("DELETE FROM sessions WHERE user = ?", (name,))


def remove_user(root: Path, name: str) -> None:
    """The account and its sessions end (its history stays in the audit log)."""
    with connected(root) as db:
        db.execute("DELETE FROM sessions WHERE user = ?", (name,))
        if not db.execute("DELETE FROM users WHERE name = ?", (name,)).rowcount:
            raise AccountRefused(
                "name", Problem(None, None, tr("no user {name}", name=name), tr("list the users with: loa user list"))
            )


def list_users(root: Path) -> list[User]:
    with connected(root) as db:
        return [_user(row) for row in db.execute("SELECT * FROM users ORDER BY role, name")]


def log_in(root: Path, name: str, password: str, now: datetime) -> str | None:
    """A new session token, or None: wrong name or password, or too many failures lately (rate limit)."""
    with connected(root) as db:
        since = (now - FAILED_WINDOW).isoformat()
        db.execute("DELETE FROM failed_logins WHERE at < ?", (since,))
        failures = db.execute("SELECT COUNT(*) FROM failed_logins WHERE name = ?", (name,)).fetchone()[0]
        row = db.execute("SELECT password FROM users WHERE name = ?", (name,)).fetchone()
        matches = password_matches(row["password"] if row else unmatchable_hash(), password)  # same work either way
        if failures >= FAILED_LIMIT or row is None or not matches:
            db.execute("INSERT INTO failed_logins VALUES (?, ?)", (name, now.isoformat()))
            return None
        token = secrets.token_urlsafe(32)
        expires = (now + timedelta(hours=SESSION_HOURS)).isoformat()
        db.execute(
            "INSERT INTO sessions VALUES (?, ?, ?, ?)", (_hashed(token), name, secrets.token_urlsafe(32), expires)
        )
        return token


def authenticated(root: Path, name: str, password: str, now: datetime) -> User | None:
    """The account, when this is its password (for the command line: `loa approve --as NAME`); failures count
    towards the same limit as the web's logins."""
    token = log_in(root, name, password, now)  # the same checks and limits; the session is not kept
    if token is None:
        return None
    log_out(root, token)
    with connected(root) as db:
        row = db.execute("SELECT * FROM users WHERE name = ?", (name,)).fetchone()
    return _user(row) if row else None


def session(root: Path, token: str, now: datetime) -> Session | None:
    """The live session of this token (None when unknown or expired)."""
    with connected(root) as db:
        row = db.execute(
            "SELECT users.*, sessions.csrf FROM sessions JOIN users ON users.name = sessions.user "
            "WHERE token = ? AND expires > ?",
            (_hashed(token), now.isoformat()),
        ).fetchone()
    return Session(_user(row), row["csrf"]) if row else None


def log_out(root: Path, token: str) -> None:
    with connected(root) as db:
        db.execute("DELETE FROM sessions WHERE token = ?", (_hashed(token),))


def record(root: Path, user: str, action: str, target: str, now: datetime, detail: str = "") -> None:
    """One line of the audit log: who did what to which announcement, build or emergency, and when."""
    with connected(root) as db:
        db.execute(
            "INSERT INTO audit (at, user, action, target, detail) VALUES (?, ?, ?, ?, ?)",
            (now.isoformat(timespec="seconds"), user, action, target, detail),
        )


def history(root: Path, target: str = "", limit: int = 200) -> list[Event]:
    """The newest events first, of one target or of all."""
    query = "SELECT at, user, action, target, detail FROM audit"
    query += " WHERE target = ? ORDER BY id DESC LIMIT ?" if target else " ORDER BY id DESC LIMIT ?"
    with connected(root) as db:
        rows = db.execute(query, (target, limit) if target else (limit,)).fetchall()
    return [Event(*row) for row in rows]


def _user(row: object) -> User:
    stations = row["stations"]  # type: ignore[index]
    found = tuple(s for s in stations.split(",") if s)
    return User(row["name"], row["role"], found, row["full_name"])  # type: ignore[index]


def _hashed(token: str) -> str:
    """Sessions are stored hashed: a copy of the database does not sign anybody in."""
    return hashlib.sha256(token.encode()).hexdigest()


def _checked_name(name: str) -> str:
    if not name or slugify(name) != name.lower() or len(name) > 40:
        what = tr("'{name}' cannot be a user name", name=name)
        fix = tr("use letters without marks, digits and '-', e.g. nguyen-van-a")
        raise AccountRefused("name", Problem(None, None, what, fix))
    return name.lower()


def checked_role(role: str) -> str:
    if role not in ROLES:
        what, fix = tr("'{role}' is not a role", role=role), tr("use one of: {choices}", choices=", ".join(ROLES))
        raise AccountRefused("role", Problem(None, None, what, fix))
    return role


def checked_stations(root: Path, role: str, stations: tuple[str, ...]) -> tuple[str, ...]:
    if role != "operator":
        return ()
    from ..build.check import load_workspace  # here: `loa emergency` checks its approver before loading the build

    known = [s.id for s in load_workspace(root).stations]
    wrong = [s for s in stations if s not in known]
    if wrong or not stations:
        raise AccountRefused(
            "stations",
            Problem(
                None,
                None,
                tr("an operator needs the stations they run"),
                tr("add --station with ids from stations.yaml: {known}", known=", ".join(known)),
            ),
        )
    return stations


def checked_full_name(full_name: str) -> str:
    """A person's name as typed, its spaces tidied (optional: an account may have none)."""
    tidy = " ".join(full_name.split())
    if len(tidy) > 80 or not all(c.isprintable() for c in tidy):
        problem = Problem(None, None, tr("this full name cannot be used"), tr("write the name in at most 80 letters"))
        raise AccountRefused("full_name", problem)
    return tidy


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise AccountRefused(
            "password",
            Problem(
                None, None, tr("the password is too short"), tr("use at least {count} characters", count=MIN_PASSWORD)
            ),
        )


def last_editor(root: Path, target: str) -> str:
    """Who last wrote this announcement's text (an approver may not approve their own)."""
    with connected(root) as db:
        row = db.execute(
            "SELECT user FROM audit WHERE target = ? AND action IN ('tao', 'sua') ORDER BY id DESC LIMIT 1", (target,)
        ).fetchone()
    return str(row[0]) if row else ""


def last_editors(root: Path, targets: Iterable[str]) -> dict[str, str]:
    """`last_editor` of many announcements in one query (the approver's list asks it of every item waiting)."""
    wanted = set(targets)
    with connected(root) as db:
        rows = db.execute(
            "SELECT target, user FROM audit WHERE action IN ('tao', 'sua') AND id IN "
            "(SELECT MAX(id) FROM audit WHERE action IN ('tao', 'sua') GROUP BY target)"
        ).fetchall()
    return {str(row[0]): str(row[1]) for row in rows if row[0] in wanted}


def keep_approved(root: Path, target: str, text: str) -> None:
    """The text as approved, to show the next approver what changed since."""
    with connected(root) as db:
        db.execute("INSERT OR REPLACE INTO approved_texts VALUES (?, ?)", (target, text))


def approved_text(root: Path, target: str) -> str:
    with connected(root) as db:
        row = db.execute("SELECT text FROM approved_texts WHERE announcement = ?", (target,)).fetchone()
    return str(row[0]) if row else ""
