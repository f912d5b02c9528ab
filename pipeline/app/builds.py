"""Builds started by a person (the web's "Dựng ngay"): one at a time, in a thread, with progress lines a page
polls; and the build history every build goes into (build/history.py), as the "Dựng chương trình" page shows it."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from ..build import history as recorded
from ..build.history import Origin
from ..build.summary import BuildReport
from ..errors import LoaError
from ..i18n import tr
from . import accounts, commands


@dataclass
class Running:
    """A build in progress (mutable: the worker thread appends, pages read)."""

    id: int
    day: date
    lines: list[str] = field(default_factory=list)
    done: bool = False


class Builds:
    """The builds a front end starts; `describe` words a finished build's summary (the front end's words)."""

    def __init__(self, root: Path, describe: Callable[[BuildReport], str]) -> None:
        self.root, self.describe = root, describe
        self.current: Running | None = None
        self._lock = threading.Lock()

    def start(self, day: date, user: str, now: Callable[[], datetime]) -> Running | None:
        """Start building `day`; None when a build from this app is still running."""
        with self._lock:
            if self.current is not None and not self.current.done:
                return None
            self.current = Running((self.current.id + 1) if self.current else 1, day)
        threading.Thread(target=self._run, args=(self.current, user, now), daemon=True).start()
        return self.current

    def _run(self, running: Running, user: str, now: Callable[[], datetime]) -> None:
        try:
            report = commands.build(self.root, running.day, (), running.lines.append, origin=Origin("web", user))
            text = self.describe(report)
        except LoaError as err:
            text = err.plain
        except Exception as err:  # a bug: the history has it as a failed build (steps.build), the page says what
            text = tr("unexpected problem: {err}", err=err)
        accounts.record(self.root, user, "dung", running.day.isoformat(), now(), text)
        running.lines.append(text)
        running.done = True


@dataclass(frozen=True)
class Past:
    """A build of the history as the page lists it: the run, and whether the pre-air report it published is there
    (the day's report: a later build of the day writes it again; a failed build published none)."""

    run: recorded.Run
    has_report: bool


def history(root: Path, limit: int = 100) -> list[Past]:
    """The newest `limit` builds, newest first, whatever started them."""
    runs = recorded.recent(root, limit)
    return [Past(run, bool(run.report) and report_file(root, run.day) is not None) for run in runs]


def report_file(root: Path, day: str) -> Path | None:
    """The pre-air report of `day` (an ISO date, nothing else), or None when there is none."""
    try:
        iso = date.fromisoformat(day).isoformat()
    except ValueError:
        return None
    path = root / "playlists" / iso / "bao-cao.html"
    return path if iso == day and path.is_file() else None
