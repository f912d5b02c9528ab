"""Who is running a command: an account's name and password checked (`--as NAME`), in a module of its own so that
`loa emergency` checks its approver without loading the other day commands (the build, lint, the web's snapshot)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from ...errors import NotAllowed, Problem
from ...i18n import tr
from .. import accounts


def signed_in(root: Path, name: str, password: str, now: datetime) -> accounts.User:
    """The account whose name and password these are, or an error that says how to get one."""
    user = accounts.authenticated(root, name, password, now)
    if user is None:
        what = tr("wrong account name or password for '{name}'", name=name)
        fix = tr("use your web account; an admin makes one with 'loa user add'")
        raise NotAllowed("password", Problem(None, None, what, fix))
    return user
