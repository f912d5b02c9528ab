"""People as the pages name them: full names for login names, and an admin changing a user's name, role and
stations (the account stays, with its password and its history)."""

from __future__ import annotations

from pathlib import Path

from ..adapters.database import connected
from ..errors import Problem
from ..i18n import tr
from .accounts import AccountRefused, User, checked_full_name, checked_role, checked_stations


def full_names(root: Path) -> dict[str, str]:
    """Login name -> how pages name the person (the full name, else the login name)."""
    with connected(root) as db:
        return {row["name"]: row["full_name"] or row["name"] for row in db.execute("SELECT name, full_name FROM users")}


def change_user(root: Path, name: str, role: str, stations: tuple[str, ...], full_name: str) -> User:
    """The user `name` with a new role, stations and full name. A change of role or stations ends their sessions:
    what they may do changes at once, not at their next sign-in."""
    user = User(name, checked_role(role), checked_stations(root, role, stations), checked_full_name(full_name))
    with connected(root) as db:
        row = db.execute("SELECT role, stations FROM users WHERE name = ?", (name,)).fetchone()
        if row is None:
            what, fix = tr("no user {name}", name=name), tr("list the users with: loa user list")
            raise AccountRefused("name", Problem(None, None, what, fix))
        db.execute(
            "UPDATE users SET role = ?, stations = ?, full_name = ? WHERE name = ?",
            (user.role, ",".join(user.stations), user.full_name, name),
        )
        if (row["role"], row["stations"]) != (user.role, ",".join(user.stations)):
            db.execute("DELETE FROM sessions WHERE user = ?", (name,))
    return user
