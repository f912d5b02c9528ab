"""What each CLI command does, as plain functions returning data (the CLI parses options and words the results).

This is the surface a web app or another front end calls: values in, values out.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from ..adapters import ffmpeg as audio
from ..adapters.clock import now_in, tomorrow_in, zone
from ..adapters.ffmpeg import Measure
from ..adapters.proc import Runner
from ..build.check import load_workspace
from ..build.history import COMMAND_LINE, Origin
from ..build.lint import Linted, lint_all
from ..build.program import ProgramWriter
from ..build.report import period, played
from ..build.steps import BuildReport, Progress, render_item
from ..build.steps import build as run_build
from ..build.warnings import BuildWarning, stranger
from ..build.why import not_airing_line
from ..domain.model import Announcement, Station, Workspace
from ..errors import LoaError, NotAllowed, Problem
from ..i18n import tr
from ..normalize import Normalizer, load_context
from ..onair.publish import workspace_lock
from ..onair.verify import VerifyReport, verify_workspace
from ..workspace.first_seen import dated, read_ledger
from ..workspace.ledger import load_verified
from ..workspace.settings_file import timezone_of
from ..workspace.stations import station_id as station_id_typed
from . import accounts, approvals, cache
from .cap import CapDecision, import_alerts
from .cap_feed import feed as write_feed
from .cap_poll import CapPoller
from .doctor import Check, diagnose
from .editing import version_of
from .emergency import EmergencyReport
from .emergency import emergency as run_emergency
from .emergency_stop import StopReport, stop_emergency
from .keeper import Keeper
from .new import Draft as Draft
from .new import new_announcement
from .nightly import Nightly, nightly_logger, parse_clock_time
from .repair import verify_and_repair
from .snapshot import Snapshot
from .starting import build_first_days as build_first_days
from .starting import init_workspace as init_workspace


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
