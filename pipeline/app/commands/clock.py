"""The workspace's clock, read at the edge by the commands: now, today and tomorrow in its time zone."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from ...adapters.clock import now_in, tomorrow_in
from ...workspace.settings_file import timezone_of


def now(root: Path) -> datetime:
    """The time now in the workspace's time zone (the clock is read at the edge, by the commands)."""
    return now_in(timezone_name(root))


def today(root: Path) -> date:
    return now_in(timezone_name(root)).date()


def tomorrow(root: Path) -> date:
    return tomorrow_in(timezone_name(root))


def timezone_name(root: Path) -> str:
    return timezone_of(root)  # the command itself reports bad settings
