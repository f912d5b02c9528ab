"""Where the emergency's before-air step spends its time: run inside the bench's timed process (bench/emergency.py
--profile), it wraps the parts of `pipeline.app.emergency.emergency` and every tool the Runner starts.

Each part's wall time and the CPU of the thread that ran it (time.thread_time: the render thread's Python is
charged to its own parts); each process's wall time and its own CPU (os.wait4's rusage, exact even when the
voices' tools run side by side). The run stops when the bulletin is playable by every station (before the
rebuild, which bench/emergency.py measures without --profile).
"""

from __future__ import annotations

import functools
import os
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from pipeline.adapters.proc import Runner

KINDS = (("speaking", "espeak-ng"), ("analysing", "analyse"), ("limiting", "limit"), ("encoding", "encode"),
         ("measuring", "measure"), ("making a chime", "chime"), ("reporting its version", "espeak-ng --version"))  # fmt: skip


@dataclass
class Timeline:
    """Parts (label, start, end, thread CPU) and processes (kind, start, end, CPU), seconds from `start`."""

    start: float = field(default_factory=time.perf_counter)
    parts: list[tuple[str, float, float, float]] = field(default_factory=list)
    processes: list[tuple[str, float, float, float]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def wrap(self, owner: Any, name: str, label: str) -> None:
        """Record every call of `owner.name` as the part `label`."""
        inner: Callable[..., Any] = getattr(owner, name)

        @functools.wraps(inner)
        def timed(*args: Any, **kwargs: Any) -> Any:
            began, cpu = time.perf_counter(), time.thread_time()
            try:
                return inner(*args, **kwargs)
            finally:
                with self.lock:
                    self.parts.append((label, began - self.start, time.perf_counter() - self.start,
                                       time.thread_time() - cpu))  # fmt: skip

        setattr(owner, name, timed)

    def run(self, runner: Runner, args: list[str], what: str, stdin: bytes | None = None) -> Any:
        """Runner.run, its process reaped with os.wait4 so its own CPU is known (no error handling: a bench)."""
        argv = [runner.tool(args[0]), *args[1:]]
        runner.spawned += 1
        with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
            began = time.perf_counter()
            process = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=out, stderr=err)
            assert process.stdin is not None
            process.stdin.write(stdin or b"")
            process.stdin.close()
            _, status, usage = os.wait4(process.pid, 0)
            process.returncode = os.waitstatus_to_exitcode(status)
            kind = next((k for prefix, k in KINDS if what.startswith(prefix)), f"{args[0]} {what}")
            with self.lock:
                self.processes.append((kind, began - self.start, time.perf_counter() - self.start,
                                       usage.ru_utime + usage.ru_stime))  # fmt: skip
            out.seek(0)
            err.seek(0)
            done = subprocess.CompletedProcess(argv, process.returncode, out.read(), err.read())
        if done.returncode:
            raise RuntimeError(f"{args[0]} failed {what}: {done.stderr[-400:]!r}")
        return done

    def summary(self) -> dict[str, Any]:
        """Per part and per process kind: calls, wall seconds (summed) and CPU seconds; when each first began and
        last ended (parts overlap: the voices render while the stations are planned)."""
        found: dict[str, Any] = {}
        for group, rows in (("part", self.parts), ("process", self.processes)):
            for label, began, ended, cpu in rows:
                key = f"{group}: {label}"
                n, wall, used, first, last = found.get(key, (0, 0.0, 0.0, began, ended))
                found[key] = (n + 1, wall + ended - began, used + cpu, min(first, began), max(last, ended))
        return found


def installed() -> Timeline:
    """A timeline with the emergency's parts and the Runner wrapped (before `emergency` is called)."""
    from pipeline.app import emergency as app
    from pipeline.build import urgent
    from pipeline.onair import urgent as onair_urgent

    line = Timeline()
    Runner.run = lambda self, args, what, stdin=None: line.run(self, args, what, stdin)  # type: ignore[method-assign]
    for owner, name, label in (
        (app, "read_text", "read the file"),
        (app, "load_workspace", "load+check workspace"),
        (app, "with_announcement", "read+check the installed file"),
        (app, "install", "install the file"),
        (app, "make_plan", "plan (one station)"),
        (urgent.Ahead, "__init__", "compose (engines, store)"),
        (urgent.Ahead, "_segments", "template the bulletin"),
        (urgent.Ahead, "_jobs", "render jobs (keys)"),
        (urgent, "make_missing", "render (store looked up, voices made)"),
        (onair_urgent, "_read", "manifest read (scanned)"),
        (onair_urgent, "with_urgent", "manifest spliced"),
        (onair_urgent, "_link", "file linked and checked"),
        (onair_urgent, "_replace", "manifest written"),
        (urgent, "add_urgent", "publish one day (urgent)"),
        (app, "queue_emergency", "queue events"),
        (app, "cut_in", "cut in (players)"),
    ):
        line.wrap(owner, name, label)
    return line
