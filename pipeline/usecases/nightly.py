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
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from ..errors import LoaError
from .build import BuildReport, build
from .verify import VerifyReport, verify_and_repair

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


class Nightly:
    """One workspace's nightly job."""

    def __init__(
        self,
        root: Path,
        at: str,
        days_ahead: int,
        clock: Clock,
        logger: logging.Logger,
        builder: Builder = build,
        checker: Checker = verify_and_repair,
        describe: Callable[[BuildReport], str] = lambda report: str(report.day),
    ) -> None:
        self.root, self.at, self.days_ahead = root, datetime.strptime(at, "%H:%M").time(), days_ahead
        self.clock, self.log, self.builder, self.checker, self.describe = clock, logger, builder, checker, describe

    def target_day(self) -> date:
        return self.clock().date() + timedelta(days=self.days_ahead)

    def run(self) -> bool:
        """Build the target day; log the outcome; never raise (the loop must go on)."""
        day = self.target_day()
        self.log.info("nightly build for %s starts", day)
        self.verify()
        try:
            report = self.builder(self.root, day)
        except LoaError as err:
            self.log.error("nightly build for %s failed: %s", day, "; ".join(str(p) for p in err.problems))
            return False
        except Exception:
            self.log.exception("nightly build for %s hit an internal problem", day)
            return False
        for warning in report.warnings:
            self.log.warning("%s", warning)
        self.log.info("%s", self.describe(report))
        return True

    def verify(self) -> None:
        """Published days and the store checked byte for byte and repaired first (bit rot keeps size and time)."""
        try:
            found = self.checker(self.root, self.clock().date())
        except LoaError as err:
            self.log.error("verify failed: %s", "; ".join(str(p) for p in err.problems))
            return
        except Exception:
            self.log.exception("verify hit an internal problem")
            return
        for line in found.repaired:
            self.log.warning("repaired: %s", line)
        for problem in found.unrepaired:
            self.log.error("damaged, not repaired: %s", problem)

    def missed(self) -> bool:
        """Today's run time has passed and its day was never published (the machine was off)."""
        now = self.clock()
        published = self.root / "playlists" / self.target_day().isoformat() / "manifest.json"
        return now.time() >= self.at and not published.exists()

    def loop(
        self,
        scheduler: Any = None,
        sleep: Callable[[float], None] = time_module.sleep,
        keep_going: Callable[[], bool] = lambda: True,
    ) -> None:
        """Catch up a missed run, then run every day at `at`, checking every 30 s."""
        import schedule

        scheduler = scheduler or schedule.Scheduler()
        scheduler.every().day.at(self.at.strftime("%H:%M")).do(self.run)
        self.log.info("nightly builds at %s for the day %d ahead", self.at.strftime("%H:%M"), self.days_ahead)
        if self.missed():
            self.log.info("catching up the run missed today")
            self.run()
        while keep_going():
            scheduler.run_pending()
            sleep(30)
