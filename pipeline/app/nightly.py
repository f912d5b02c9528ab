"""The nightly build: `loa nightly` runs forever with the `schedule` package.

Each run builds the day `days_ahead` after the clock's date. A run is wrapped so
an exception is logged and the loop goes on; runs never overlap (one thread, and
the workspace lock against other processes); a run missed while the machine was
off is caught up at start. Time comes from an injected clock, never read inside.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
import time as time_module
from collections.abc import Callable
from datetime import date, datetime, time, timedelta, tzinfo
from pathlib import Path
from typing import Any

from ..adapters.clock import VIETNAM
from ..build.history import Origin
from ..build.steps import BuildReport, build
from ..build.warnings import worded
from ..errors import LoaError, Problem
from ..i18n import tr
from ..onair.verify import VerifyReport
from .keeper import EVERY_S, Keeper
from .repair import verify_and_repair

Clock = Callable[[], datetime]
Builder = Callable[[Path, date], BuildReport]
Checker = Callable[[Path, date], VerifyReport]


def nightly_logger(root: Path) -> logging.Logger:
    """Log to logs/loa.log in the workspace (rotated: 5 files of 1 MB) and to stderr."""
    logger = logging.getLogger(f"loa.nightly.{root}")
    if not logger.handlers:
        (root / "logs").mkdir(exist_ok=True)
        rotating = logging.handlers.RotatingFileHandler(
            root / "logs" / "loa.log", maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
        for handler in (rotating, logging.StreamHandler(sys.stderr)):
            handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
            logger.addHandler(handler)
        logger.setLevel(logging.INFO)
    return logger


def nightly_build(root: Path, day: date) -> BuildReport:
    """The nightly run's build, so recorded in the build history."""
    return build(root, day, origin=Origin("nightly"))


class Nightly:
    """One workspace's nightly job."""

    def __init__(
        self,
        root: Path,
        at: str,
        days_ahead: int,
        clock: Clock,
        logger: logging.Logger,
        builder: Builder | None = None,
        checker: Checker = verify_and_repair,
        describe: Callable[[BuildReport], str] = lambda report: str(report.day),
        zone: tzinfo = VIETNAM,
    ) -> None:
        self.root, self.at, self.days_ahead = root, parse_clock_time(at), days_ahead
        self.clock, self.log, self.checker, self.describe = clock, logger, checker, describe
        self.builder = builder or nightly_build
        self.zone = zone
        self.last_run: date | None = None  # the workspace-local date of the last run

    def now(self) -> datetime:
        """The clock in the workspace's time zone: a server on UTC still builds at 01:30 in Vietnam."""
        now = self.clock()
        return now.astimezone(self.zone) if now.tzinfo else now.replace(tzinfo=self.zone)

    def target_day(self) -> date:
        return self.now().date() + timedelta(days=self.days_ahead)

    def due(self) -> bool:
        """It is `at` or later today (workspace time) and today's run has not happened yet."""
        now = self.now()
        return now.time() >= self.at and self.last_run != now.date()

    def tick(self) -> None:
        if self.due():
            self.last_run = self.now().date()
            self.run()

    def run(self) -> bool:
        """Build the target day; log the outcome; never raise (the loop must go on)."""
        day = self.target_day()
        self.log.info("%s", tr("nightly build for {day} starts", day=day))
        self.verify()
        try:
            report = self.builder(self.root, day)
        except LoaError as err:
            self.log.error(
                "%s",
                tr("nightly build for {day} failed: {problems}", day=day, problems="; ".join(map(str, err.problems))),
            )
            return False
        except Exception:
            self.log.exception("%s", tr("nightly build for {day} hit an internal problem", day=day))
            return False
        for warning in report.warnings:
            self.log.warning("%s", worded(warning))
        self.log.info("%s", self.describe(report))
        return True

    def verify(self) -> None:
        """Published days and the store checked byte for byte and repaired first (bit rot keeps size and time)."""
        try:
            found = self.checker(self.root, self.now().date())  # the workspace's today, not a UTC server's
        except LoaError as err:
            self.log.error("%s", tr("verify failed: {problems}", problems="; ".join(map(str, err.problems))))
            return
        except Exception:
            self.log.exception("%s", tr("verify hit an internal problem"))
            return
        for line in found.repaired:
            self.log.warning("%s", tr("repaired: {line}", line=line))
        for problem in found.unrepaired:
            self.log.error("%s", tr("damaged, not repaired: {problem}", problem=problem))

    def missed(self) -> bool:
        """Today's run time has passed and its day was never published (the machine was off)."""
        published = self.root / "playlists" / self.target_day().isoformat() / "manifest.json"
        return self.now().time() >= self.at and not published.exists()

    def loop(
        self,
        scheduler: Any = None,
        sleep: Callable[[float], None] = time_module.sleep,
        keep_going: Callable[[], bool] = lambda: True,
        keeper: Keeper | None = None,
    ) -> None:
        """Catch up a missed run, then run every day at `at`, checking every 30 s; between runs, `keeper`
        keeps every published day current (looking every EVERY_S seconds)."""
        import schedule

        scheduler = scheduler or schedule.Scheduler()
        # schedule's own `.day.at()` reads the machine's local time; the workspace's zone decides instead
        scheduler.every(30).seconds.do(self.tick)
        if keeper is not None:
            scheduler.every(EVERY_S).seconds.do(keeper.look)
        self.log.info(
            "%s",
            tr("nightly builds at {at} for the day {days} ahead", at=self.at.strftime("%H:%M"), days=self.days_ahead),
        )
        if self.missed():
            self.log.info("%s", tr("catching up the run missed today"))
            self.last_run = self.now().date()
            self.run()
        elif self.now().time() >= self.at:
            self.last_run = self.now().date()  # today's day is already published
        while keep_going():
            scheduler.run_pending()
            sleep(EVERY_S if keeper is not None else 30)


def parse_clock_time(text: str) -> time:
    """'01:30' as a time of day; a clear error for '25:00' or '1h30'."""
    try:
        return datetime.strptime(text.strip(), "%H:%M").time()
    except ValueError:
        raise LoaError(
            Problem(
                None, None, tr("'{text}' is not a time of day", text=text), tr("write it as HH:MM, e.g. --at 01:30")
            )
        ) from None
