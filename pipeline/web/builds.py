"""Builds started from the web: one at a time, in a thread, with progress lines the page polls."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from ..app import accounts, commands
from ..errors import LoaError
from ..texts import summary


@dataclass
class Running:
    """A build in progress (mutable: the worker thread appends, pages read)."""

    id: int
    day: date
    lines: list[str] = field(default_factory=list)
    done: bool = False


class Builds:
    def __init__(self, root: Path) -> None:
        self.root = root
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
            state, text, warnings = "xong", summary(report), "\n".join(report.warnings)
        except LoaError as err:
            state, text, warnings = "loi", err.plain, ""
        except Exception as err:
            state, text, warnings = "loi", f"Lỗi không lường trước: {err}", ""
        accounts.build_finished(self.root, running.id, now(), state, text, warnings)
        accounts.record(self.root, user, "dung", running.day.isoformat(), now(), text)
        running.lines.append(text)
        running.done = True
