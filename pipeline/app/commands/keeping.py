"""The commands that keep the days on air: the nightly run (`loa nightly`) and the keeper (`loa serve`'s); named
keeping, not nightly, so that the module does not shadow its `nightly` command in the package (`commands.nightly`)."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from ...adapters.clock import now_in, zone
from ...build.history import Origin
from ...build.steps import BuildReport
from ...build.steps import build as run_build
from ..cap import CapDecision
from ..cap_poll import CapPoller
from ..keeper import Keeper
from ..nightly import Nightly, nightly_logger, parse_clock_time
from .clock import timezone_name


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
