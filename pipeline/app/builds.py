"""Builds started by a person (the web's "Dựng ngay"): one at a time, in a thread, with progress lines a page
polls; each recorded in the build history with its summary, worded by the front end's `describe`."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

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
            build_id = accounts.build_started(self.root, day, user, now())
            self.current = Running(build_id, day)
        threading.Thread(target=self._run, args=(self.current, user, now), daemon=True).start()
        return self.current

    def _run(self, running: Running, user: str, now: Callable[[], datetime]) -> None:
        try:
            report = commands.build(self.root, running.day, (), running.lines.append)
            state, text, warnings = "xong", self.describe(report), "\n".join(report.warnings)
        except LoaError as err:
            state, text, warnings = "loi", err.plain, ""
        except Exception as err:  # a bug: the build is recorded as failed, with what went wrong
            state, text, warnings = "loi", tr("unexpected problem: {err}", err=err), ""
        accounts.build_finished(self.root, running.id, now(), state, text, warnings)
        accounts.record(self.root, user, "dung", running.day.isoformat(), now(), text)
        running.lines.append(text)
        running.done = True
