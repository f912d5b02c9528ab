"""`loa report` over a period: airings and minutes per announcement and station, planned beside aired."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ...build.check import load_workspace
from ...build.report import period, played
from ...workspace.first_seen import dated, read_ledger
from .clock import today


@dataclass(frozen=True)
class Period:
    """Airings and minutes of one announcement at one station over a period."""

    announcement: str
    station: str
    airings: int
    minutes: float
    aired: int | None = None  # what the station's play log says aired; None: the station sent no log
    aired_minutes: float = 0.0
    title: str = ""  # the announcement's title and the station's name, as people say them
    station_name: str = ""


def period_report(root: Path, first: date, last: date) -> list[Period]:
    """Airings per announcement and station; none on days before Loa first saw the announcement."""
    workspace = load_workspace(root)
    workspace = dated(workspace, read_ledger(workspace.root), today(root))
    aired, reporting = played(workspace.root, first, last)

    titles = {a.id: a.title for a in workspace.announcements}
    names = {s.id: s.name for s in workspace.stations}

    def row(announcement: str, station: str, airings: int, minutes: float) -> Period:
        count, seconds = aired.get((announcement, station), (0, 0.0))
        logged = count if station in reporting else None
        title, name = titles.get(announcement, announcement), names.get(station, station)
        return Period(announcement, station, airings, minutes, logged, seconds / 60, title, name)

    return [row(*planned) for planned in period(workspace, first, last)]
