"""Parallel rendering: each unique segment and each slot file rendered once, across processes.

The parent lists the unique segments of all programs (a text aired by 200
stations is one job), workers render them into the content-addressed store,
and the parent's own pass then finds them there. Slot joins run the same way.
Workers are started with "spawn" (no forked copy of a C library's state); each
builds its own Renderer from picklable settings. Results are the files in the
store, so a parallel build produces exactly what a serial one does.
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
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path

from ..adapters.proc import Runner
from ..domain.settings import Settings
from ..engines import EngineContext, EngineSet
from ..errors import Problem, ToolFailed
from ..render.renderer import Fallback, ItemFailed, Renderer
from ..render.store import Store, Stored
from ..stages.program import Segment


@dataclass(frozen=True)
class Setup:
    """What a worker needs to build its own Renderer."""

    settings: Settings
    workspace: Path


@dataclass(frozen=True)
class Outcome:
    """A worker's result for one job: counts and fallbacks to add to the build's, or the failure."""

    rendered: int
    spawned: int  # processes the worker started for it
    fallbacks: tuple[Fallback, ...]
    failure: Problem | None  # the problem, when every engine failed


PR_SET_PDEATHSIG = 1
_worker: Renderer | None = None  # this worker process's renderer (set by _start)


def _start(setup: Setup) -> None:
    global _worker
    _die_with_parent(os.getppid())
    runner = Runner()
    engines = EngineSet(EngineContext(setup.settings, runner, setup.workspace))
    _worker = Renderer(setup.settings, Store(setup.workspace / "audio_out"), runner, engines, setup.workspace)


def _die_with_parent(parent: int) -> None:
    """A worker whose build was killed (kill -9) must not go on rendering into the store.

    Linux: the kernel sends SIGKILL when the parent dies (PR_SET_PDEATHSIG); everywhere, a
    thread checks every second that the parent is still the same process.
    """
    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, name="loa-parent-watch", daemon=True).start()


def _renderer() -> Renderer:
    if _worker is None:
        raise RuntimeError("worker not started")
    return _worker


def _render(segment: Segment) -> Outcome:
    from ..usecases.build import render_segment  # the same function the serial path uses

    renderer = _renderer()
    before, fallbacks, spawned = renderer.stats.rendered, len(renderer.stats.fallbacks), renderer.runner.spawned
    try:
        render_segment(renderer, segment)
    except ItemFailed as err:
        return Outcome(renderer.stats.rendered - before, renderer.runner.spawned - spawned, (), err.problems[0])
    return Outcome(renderer.stats.rendered - before, renderer.runner.spawned - spawned, tuple(renderer.stats.fallbacks[fallbacks:]), None)


def _join(job: tuple[list[Stored], str]) -> tuple[Stored, int, int]:
    renderer = _renderer()
    before, spawned = renderer.stats.rendered, renderer.runner.spawned
    joined = renderer.join(*job)
    return joined, renderer.stats.rendered - before, renderer.runner.spawned - spawned


def prerender(setup: Setup, segments: Iterable[Segment], workers: int, runner: Runner) -> tuple[dict[Segment, Problem], int, list[Fallback]]:
    """Render every unique segment in `workers` processes: (failures by segment, renders done, fallbacks).

    The workers' processes are added to `runner.spawned`, so a build counts them all.
    """
    unique = list(dict.fromkeys(segments))
    failures: dict[Segment, Problem] = {}
    rendered, fallbacks = 0, list[Fallback]()
    with _pool(setup, workers) as pool, _worker_deaths():
        for segment, outcome in zip(unique, pool.map(_render, unique), strict=True):
            rendered += outcome.rendered
            runner.spawned += outcome.spawned
            fallbacks += outcome.fallbacks
            if outcome.failure is not None:
                failures[segment] = outcome.failure
    return failures, rendered, fallbacks


def join_all(setup: Setup, jobs: list[tuple[list[Stored], str]], workers: int, runner: Runner) -> tuple[list[Stored], int]:
    """Slot files joined in `workers` processes, in the order of `jobs`; and how many were made (not found)."""
    with _pool(setup, workers) as pool, _worker_deaths():
        results = list(pool.map(_join, jobs))
    runner.spawned += sum(spawned for _, _, spawned in results)
    return [joined for joined, _, _ in results], sum(made for _, made, _ in results)


@contextlib.contextmanager
def _worker_deaths() -> Iterator[None]:
    """A worker killed (kill -9, out of memory) ends the build with a clear message; the published day stays."""
    try:
        yield
    except BrokenProcessPool:
        what = "a rendering process stopped unexpectedly (killed, or out of memory)"
        raise ToolFailed(Problem(None, None, what, "run the build again: what was already rendered is kept")) from None


def _pool(setup: Setup, workers: int) -> ProcessPoolExecutor:
    context = multiprocessing.get_context("spawn")
    return ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_start, initargs=(setup,))


def known_failure(failures: dict[Segment, Problem], segment: Segment) -> None:
    """Raise the failure a worker met for this segment, so the parent does not try again."""
    if segment in failures:
        raise ItemFailed(failures[segment])
