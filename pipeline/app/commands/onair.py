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
class Emergency:
    report: EmergencyReport
    seconds: float  # from the command to the published day


def emergency(root: Path, source: Path, stations: tuple[str, ...], name: str = "", password: str = "") -> Emergency:
    """Put an emergency on air; with `name`, signed off by that approver (their password)."""
    start = time.perf_counter()
    now = now_in(_timezone(root))
    approver = signed_in(root.resolve(), name, password, now) if name else None
    done = run_emergency(root, source, stations, now, approver=approver)
    return Emergency(done, time.perf_counter() - start)


def emergency_stop(root: Path, item_id: str, name: str, password: str) -> StopReport:
    """Ngừng phát: withdraw an emergency everywhere, in the name of an approver or an admin (their password)."""
    now = now_in(_timezone(root))
    return stop_emergency(root, item_id, signed_in(root.resolve(), name, password, now), now)


def cap_import(root: Path, sources: tuple[str, ...]) -> tuple[CapDecision, ...]:
    """Decide each CAP alert file or address (app/cap.py) now, on the workspace's clock."""
    return import_alerts(root, sources, now_in(_timezone(root)))


def cap_feed(root: Path) -> bytes:
    """The Atom feed of the khẩn-cấp announcements on air now, each as a CAP alert."""
    return write_feed(root, now_in(_timezone(root)))


def nightly(
    root: Path, at: str, days_ahead: int, describe: Callable[[BuildReport], str], words: Callable[[CapDecision], str]
) -> None:
    """Forever: `describe` words each build's report for the log, `words` each CAP alert's decision."""
    zone_name = _timezone(root)
    parse_clock_time(at)  # a mistyped time is an error now, not in the middle of the night
    logger = nightly_logger(root.resolve())
    job = Nightly(
        root.resolve(), at, days_ahead, lambda: now_in(zone_name), logger, describe=describe, zone=zone(zone_name)
    )
    job.loop(keeper=keeper(root, describe, words))


def keeper(root: Path, describe: Callable[[BuildReport], str], words: Callable[[CapDecision], str]) -> Keeper:
    """The keeper of `root`'s published days, on the machine's clocks, logging to logs/loa.log; it polls the
    CAP feeds of loa.toml too."""
    root, zone_name = root.resolve(), _timezone(root)
    poller = CapPoller(root, lambda: now_in(zone_name), time.monotonic, nightly_logger(root), words)
    return Keeper(
        root,
        lambda day: run_build(root, day, today=now_in(zone_name).date(), origin=Origin("keeper")),
        lambda: now_in(zone_name).date(),
        time.monotonic,
        lambda: now_in(zone_name),
        nightly_logger(root),
        describe=describe,
        also=poller.look,
    )
