"""Rendering in worker processes: each missing job once, across `workers` processes.

Workers are started with "spawn" (no forked copy of a C library's state); each builds
its own Renderer from picklable settings. Results are files in the shared store, so a
pool build publishes exactly what an in-process build does. A handful of jobs is not
worth starting processes for (about 1 s): those run in this process.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path

from .. import i18n
from ..adapters.proc import Runner
from ..domain.settings import Settings
from ..engines import EngineContext, EngineSet
from ..errors import Problem, ToolFailed
from ..i18n import tr
from ..render.jobs import RenderJob
from ..render.renderer import Renderer
from ..render.store import Store
from . import InProcess, Outcome, batches, run_counted, shares

MIN_JOBS = 4  # fewer jobs than this are not worth starting worker processes
PR_SET_PDEATHSIG = 1


@dataclass(frozen=True)
class Setup:
    """What a worker needs to build its own Renderer."""

    settings: Settings
    workspace: Path


class Pool:
    """Renders in `workers` spawned processes; the workers' processes are added to `runner.spawned`."""

    def __init__(self, setup: Setup, workers: int, runner: Runner, local: InProcess) -> None:
        self.setup, self.workers, self.runner, self.local = setup, workers, runner, local

    def render(self, jobs: Sequence[RenderJob]) -> list[Outcome]:
        if len(jobs) < MIN_JOBS:
            return self.local.render(jobs)
        context = multiprocessing.get_context("spawn")
        pool = ProcessPoolExecutor(
            max_workers=self.workers,
            mp_context=context,
            initializer=_start,
            initargs=(self.setup, os.getpid(), i18n.language()),
        )
        with pool, _worker_deaths():  # every worker busy, batches big
            outcomes = [outcome for done in pool.map(_run, batches(jobs, shares(len(jobs), self.workers)))
                        for outcome in done]  # fmt: skip
        self.runner.spawned += sum(o.spawned for o in outcomes)
        return outcomes


_worker: Renderer | None = None  # this worker process's renderer (set by _start)


def _start(setup: Setup, parent: int, language: str) -> None:
    global _worker
    _die_with_parent(parent)
    i18n.use(language)  # a worker's messages (an engine that failed) in the build's language
    _worker = worker_renderer(setup)


def worker_renderer(setup: Setup) -> Renderer:
    """A worker process's own Renderer (and runner, engines, store) for the build's workspace."""
    runner = Runner()
    engines = EngineSet(EngineContext(setup.settings, runner, setup.workspace))
    return Renderer(setup.settings, Store(setup.workspace / "audio_out"), runner, engines, setup.workspace)


def _run(jobs: Sequence[RenderJob]) -> list[Outcome]:
    """A batch in this worker."""
    if _worker is None:
        raise RuntimeError("worker not started")
    return run_counted(_worker, jobs)


def _die_with_parent(parent: int) -> None:
    """A worker whose build was killed (kill -9) must not go on rendering into the store.

    Linux: the kernel sends SIGKILL when the parent dies (PR_SET_PDEATHSIG); everywhere, a
    thread checks every second that the parent is still the same process. `parent` comes from
    the parent itself: read here, it would already be init's pid if the build died during start-up.
    """
    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # the build died while this worker was starting: the signal above came too late
        os._exit(1)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, name="loa-parent-watch", daemon=True).start()


@contextlib.contextmanager
def _worker_deaths() -> Iterator[None]:
    """A worker killed (kill -9, out of memory) ends the build with a clear message; the published day stays."""
    try:
        yield
    except BrokenProcessPool:
        what = tr("a rendering process stopped unexpectedly (killed, or out of memory)")
        raise ToolFailed(
            Problem(None, None, what, tr("run the build again: what was already rendered is kept"))
        ) from None
