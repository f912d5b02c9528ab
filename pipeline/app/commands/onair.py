"""The commands that put something on air and keep it there: an emergency and its stop, CAP alerts in and the
CAP feed out, the nightly run and the keeper."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ...adapters.clock import now_in, zone
from ...build.history import Origin
from ...build.steps import BuildReport
from ...build.steps import build as run_build
from ..cap import CapDecision, import_alerts
from ..cap_feed import feed as write_feed
from ..cap_poll import CapPoller
from ..emergency import EmergencyReport
from ..emergency import emergency as run_emergency
from ..emergency_stop import StopReport, stop_emergency
from ..keeper import Keeper
from ..nightly import Nightly, nightly_logger, parse_clock_time
from .clock import timezone_name
from .days import signed_in


@dataclass(frozen=True)
class Emergency:
    report: EmergencyReport
    seconds: float  # from the command to the published day


def emergency(root: Path, source: Path, stations: tuple[str, ...], name: str = "", password: str = "") -> Emergency:
    """Put an emergency on air; with `name`, signed off by that approver (their password)."""
    start = time.perf_counter()
    now = now_in(timezone_name(root))
    approver = signed_in(root.resolve(), name, password, now) if name else None
    done = run_emergency(root, source, stations, now, approver=approver)
    return Emergency(done, time.perf_counter() - start)


def emergency_stop(root: Path, item_id: str, name: str, password: str) -> StopReport:
    """Ngừng phát: withdraw an emergency everywhere, in the name of an approver or an admin (their password)."""
    now = now_in(timezone_name(root))
    return stop_emergency(root, item_id, signed_in(root.resolve(), name, password, now), now)


def cap_import(root: Path, sources: tuple[str, ...]) -> tuple[CapDecision, ...]:
    """Decide each CAP alert file or address (app/cap.py) now, on the workspace's clock."""
    return import_alerts(root, sources, now_in(timezone_name(root)))


def cap_feed(root: Path) -> bytes:
    """The Atom feed of the khẩn-cấp announcements on air now, each as a CAP alert."""
    return write_feed(root, now_in(timezone_name(root)))


def nightly(
    root: Path, at: str, days_ahead: int, describe: Callable[[BuildReport], str], words: Callable[[CapDecision], str]
) -> None:
    """Forever: `describe` words each build's report for the log, `words` each CAP alert's decision."""
    zone_name = timezone_name(root)
    parse_clock_time(at)  # a mistyped time is an error now, not in the middle of the night
    logger = nightly_logger(root.resolve())
    job = Nightly(
        root.resolve(), at, days_ahead, lambda: now_in(zone_name), logger, describe=describe, zone=zone(zone_name)
    )
    job.loop(keeper=keeper(root, describe, words))


def keeper(root: Path, describe: Callable[[BuildReport], str], words: Callable[[CapDecision], str]) -> Keeper:
    """The keeper of `root`'s published days, on the machine's clocks, logging to logs/loa.log; it polls the
    CAP feeds of loa.toml too."""
    root, zone_name = root.resolve(), timezone_name(root)
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
