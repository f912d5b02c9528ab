"""Continuous publishing: every published day from today on is rebuilt when what it should air changes.

`loa nightly` and `loa serve` call `Keeper.look` every few seconds (it polls the CAP feeds first:
app/cap_poll.py). A tick stats the build's inputs
(`workspace.inputs.fingerprint`): an approval, a rejection, an edit, a new lexicon line, a template,
station or settings change, an emergency file all change it. Once the inputs have been still for
`debounce` seconds (a burst of ten approvals is one change), each published day whose recorded inputs
differ from today's is rebuilt and published again with the `build` use case, one after another; a
change during a build leaves its day stale, so one more pass follows. Builds take the workspace lock:
a build by someone else (the nightly run, "Dựng ngay", another keeper) is waited out, tick by tick.
A failed build is logged and not retried until the inputs change again (a broken file would otherwise
fail every few seconds). What the keeper is doing is written to `.loa/keeper.json` for the pages.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from ..build.steps import BuildReport
from ..build.warnings import worded
from ..errors import BuildBusy, LoaError
from ..i18n import tr
from ..workspace.inputs import built_from, fingerprint
from ..workspace.saving import replace_text

STATUS = Path(".loa") / "keeper.json"
DEBOUNCE_S = 3.0  # inputs still this long before a rebuild: a burst of saves is one change
EVERY_S = 2  # how often `loa nightly` and `loa serve` look at the inputs
BEAT_S = 15.0  # the status file is rewritten at least this often while the keeper runs
ALIVE_S = 60.0  # a status older than this: no keeper is running (the pages say so)


@dataclass(frozen=True)
class KeeperStatus:
    """What `.loa/keeper.json` says: the keeper's process, when it last looked, and what it is doing."""

    pid: int
    beat: datetime
    building: str  # ISO day being rebuilt now, or ""
    builds: int  # builds made since the keeper started
    failed: tuple[tuple[str, str], ...] = ()  # (ISO day, what went wrong) for the current inputs

    def alive(self, now: datetime) -> bool:
        if (now.tzinfo is None) != (self.beat.tzinfo is None):  # both are wall times of the workspace's zone
            now, beat = now.replace(tzinfo=None), self.beat.replace(tzinfo=None)
        else:
            beat = self.beat
        return abs((now - beat).total_seconds()) < ALIVE_S


def read_status(root: Path) -> KeeperStatus | None:
    """The keeper's last status, or None when none runs or ran (an unreadable file counts as none)."""
    try:
        raw = json.loads((root / STATUS).read_text("utf-8"))
        failed = tuple((str(day), str(what)) for day, what in raw.get("failed", {}).items())
        return KeeperStatus(int(raw["pid"]), datetime.fromisoformat(raw["beat"]), str(raw["building"]),
                            int(raw["builds"]), failed)  # fmt: skip
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def published_days(root: Path, today: date) -> list[date]:
    """Days from `today` on that have a published manifest, in order."""
    days = []
    for folder in (root / "playlists").glob("????-??-??"):
        try:
            day = date.fromisoformat(folder.name)
        except ValueError:
            continue
        if day >= today and (folder / "manifest.json").is_file():
            days.append(day)
    return sorted(days)


class Keeper:
    """Keeps one workspace's published days current. Clocks are given: `today` (the workspace-local date),
    `monotonic` (seconds, for the debounce) and `now` (wall time, for the status the pages read)."""

    def __init__(
        self,
        root: Path,
        builder: Callable[[date], BuildReport],
        today: Callable[[], date],
        monotonic: Callable[[], float],
        now: Callable[[], datetime],
        logger: logging.Logger,
        debounce: float = DEBOUNCE_S,
        describe: Callable[[BuildReport], str] = lambda report: str(report.day),
        also: Callable[[], None] = lambda: None,
    ) -> None:
        self.root, self.builder, self.today, self.monotonic, self.now = root, builder, today, monotonic, now
        self.log, self.debounce, self.describe = logger, debounce, describe
        self.also = also  # looked at first in each tick of the loop, never raising (the CAP feeds' poller)
        self.seen = ""  # the inputs at the last tick
        self.changed_at = 0.0  # when they last changed (monotonic)
        self.failed: dict[str, tuple[str, str]] = {}  # ISO day → (inputs it failed on, what went wrong)
        self.builds = 0
        self.beat_at: float | None = None

    def tick(self) -> int:
        """One look: the number of days rebuilt (0 while the inputs are moving or every day is current)."""
        inputs, moment = fingerprint(self.root), self.monotonic()
        if inputs != self.seen:
            self.seen, self.changed_at = inputs, moment
        if moment - self.changed_at < self.debounce:
            self._beat("")
            return 0
        built, stale = 0, self.stale(inputs)
        for day in stale:
            if not self._rebuild(day, inputs):
                break  # another build holds the lock: the next tick tries again
            built += 1
            if fingerprint(self.root) != inputs:
                break  # changed meanwhile: wait for it to settle, then one more pass
        self._beat("", force=bool(stale))
        return built

    def look(self) -> None:
        """A tick that never raises: the loop around it must go on whatever happens."""
        self.also()  # an alert it imports is published by the tick that follows, once the inputs are still
        try:
            self.tick()
        except Exception:
            self.log.exception("%s", tr("keeping the published days current hit an internal problem"))

    def stale(self, inputs: str) -> list[date]:
        """Published days from today on built from other inputs (and not already failed on these)."""
        record = built_from(self.root)
        return [
            day
            for day in published_days(self.root, self.today())
            if record.get(day.isoformat()) != inputs and self.failed.get(day.isoformat(), ("",))[0] != inputs
        ]

    def _rebuild(self, day: date, inputs: str) -> bool:
        """Build and publish `day`; False only when another build is running. Never raises."""
        self.log.info("%s", tr("the inputs changed: {day} is built and published again", day=day))
        self._beat(day.isoformat(), force=True)
        try:
            report = self.builder(day)
        except BuildBusy:
            self.log.info("%s", tr("another build is running; {day} is rebuilt after it", day=day))
            return False
        except LoaError as err:
            self._failed(day, inputs, "; ".join(map(str, err.problems)))
            return True
        except Exception as err:
            self.log.exception("%s", tr("rebuilding {day} hit an internal problem", day=day))
            self._failed(day, inputs, repr(err))
            return True
        self.builds += 1
        self.failed.pop(day.isoformat(), None)
        for warning in report.warnings:
            self.log.warning("%s", worded(warning))
        self.log.info("%s", self.describe(report))
        return True

    def _failed(self, day: date, inputs: str, what: str) -> None:
        self.log.error("%s", tr("rebuilding {day} failed: {problems}", day=day, problems=what))
        self.failed[day.isoformat()] = (inputs, what)

    def _beat(self, building: str, force: bool = False) -> None:
        """Write the status when something changed, and every BEAT_S seconds so pages know the keeper runs."""
        moment = self.monotonic()
        if not force and self.beat_at is not None and moment - self.beat_at < BEAT_S:
            return
        self.beat_at = moment
        failed = {day: what for day, (inputs, what) in self.failed.items() if inputs == self.seen}
        status = {"pid": os.getpid(), "beat": self.now().isoformat(), "building": building,
                  "builds": self.builds, "failed": failed}  # fmt: skip
        try:
            (self.root / STATUS).parent.mkdir(parents=True, exist_ok=True)
            replace_text(self.root / STATUS, json.dumps(status, ensure_ascii=False, indent=1))
        except OSError as err:
            self.log.warning("%s", tr("could not write the keeper's status: {error}", error=err))


def keep_running(keeper: Keeper, sleep: Callable[[float], None], keep_going: Callable[[], bool] = lambda: True) -> None:
    """Look every EVERY_S seconds until told to stop (`loa serve` runs this in a thread of its own)."""
    while keep_going():
        keeper.look()
        sleep(EVERY_S)
