"""Rendering on a Dask cluster (`loa build --cluster tcp://HOST:8786`): the adapter to `distributed`.

A task is one render job keyed by its content key, so the same content submitted twice (by
two stations, or two workspaces sharing a scheduler) is one task. Tasks are idempotent: the
renderer writes a temporary file and renames it into the store, so a task run again after
its worker died, or run twice at once, leaves one whole file. Every worker must see the
workspace at the same path (a shared file system); each builds its own Renderer once, from
picklable settings, in a worker plugin. The parent plans, assembles and publishes as always.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import pickle
import shutil
from collections.abc import Sequence
from concurrent.futures import CancelledError
from typing import Any

from distributed import Client, KilledWorker, get_worker
from distributed.diagnostics.plugin import WorkerPlugin

from .. import i18n
from ..adapters.proc import Runner
from ..errors import LoaError, Problem, ToolFailed
from ..i18n import tr
from ..render.jobs import RenderJob
from ..render.renderer import Renderer
from . import Outcome, run_counted
from .pool import Setup, worker_renderer

TOOLS = ("ffmpeg", "espeak-ng")  # what every worker must have on its PATH
CONNECT_TIMEOUT = 10.0  # seconds to reach the scheduler, and for a first worker to join it


class Cluster:
    """Renders on the Dask scheduler at `address`; tasks are retried `retries` times (a worker that died)."""

    def __init__(self, setup: Setup, address: str, runner: Runner, retries: int = 2) -> None:
        self.setup, self.address, self.runner, self.retries = setup, address, runner, retries

    def render(self, jobs: Sequence[RenderJob]) -> list[Outcome]:
        if not jobs:
            return []
        with _connected(self.address) as client:
            name = _plugin_name(self.setup)
            check_workers(client, self.address)
            client.register_plugin(LoaWorker(self.setup, i18n.language()), name=name)
            futures = [
                client.submit(_render, name, job, key=f"loa-{job.kind}-{job.key}", retries=self.retries, pure=False)
                for job in jobs
            ]
            outcomes = _gather(client, futures, self.address)
        self.runner.spawned += sum(o.spawned for o in outcomes)
        return outcomes


def check_workers(client: Any, address: str) -> None:
    """Every worker has ffmpeg and espeak-ng, or a clear error naming the first that does not."""
    with contextlib.suppress(TimeoutError):
        client.wait_for_workers(1, timeout=CONNECT_TIMEOUT)
    missing = client.run(_missing_tools)
    if not missing:
        fix = tr("start workers with: dask worker {address}", address=address)
        raise ToolFailed(Problem(None, None, tr("the cluster at {address} has no workers", address=address), fix))
    for worker, tools in sorted(missing.items()):
        if tools:
            what = tr("the worker {worker} has no {tools}", worker=worker, tools=", ".join(tools))
            fix = tr("install them on that machine (sudo apt-get install ffmpeg espeak-ng), or stop that worker")
            raise ToolFailed(Problem(None, None, what, fix))


def _missing_tools() -> list[str]:
    return [tool for tool in TOOLS if shutil.which(tool) is None]


class LoaWorker(WorkerPlugin):
    """A worker plugin: the worker's own Renderer for one workspace, made when the plugin arrives."""

    def __init__(self, build: Setup, language: str) -> None:
        self.build, self.language = build, language
        self.renderer: Renderer | None = None

    def setup(self, worker: Any) -> None:
        i18n.use(self.language)  # a worker's messages (an engine that failed) in the build's language
        self.renderer = worker_renderer(self.build)

    def teardown(self, worker: Any) -> None:
        self.renderer = None


def _render(name: str, job: RenderJob) -> Outcome:
    """One job on this worker."""
    plugin = get_worker().plugins[name]
    renderer = plugin.renderer if isinstance(plugin, LoaWorker) else None
    if renderer is None:
        raise RuntimeError("the Loa worker plugin was not set up")
    return run_counted(renderer, [job])[0]


def _plugin_name(setup: Setup) -> str:
    """One plugin per workspace and settings: two builds of different workspaces share workers, not renderers."""
    return "loa-" + hashlib.sha256(pickle.dumps(setup)).hexdigest()[:16]


class _connected:
    """A client of the scheduler at `address`, or a clear error when it cannot be reached."""

    def __init__(self, address: str) -> None:
        self.address = address

    def __enter__(self) -> Any:
        self.levels = _quiet()
        try:
            client: Any = Client  # distributed's Client is not typed
            self.client = client(self.address, timeout=CONNECT_TIMEOUT, set_as_default=False)
        except (OSError, TimeoutError, ValueError) as err:
            _restore(self.levels)
            raise _unreachable(self.address, err) from None
        return self.client

    def __exit__(self, *exc: object) -> None:
        with contextlib.suppress(OSError, TimeoutError):  # the scheduler is gone already: nothing to close
            self.client.close(timeout=5)
        _restore(self.levels)


def _quiet() -> dict[str, int]:
    """distributed logs what it retries, with tracebacks, in the build's terminal: the build says what went
    wrong in its own words instead. Its loggers' levels before, to restore."""
    loggers = [logging.getLogger("distributed")] + [
        logger for name, logger in logging.root.manager.loggerDict.items()
        if name.startswith("distributed.") and isinstance(logger, logging.Logger)
    ]  # fmt: skip
    levels = {logger.name: logger.level for logger in loggers}
    for logger in loggers:
        logger.setLevel(logging.CRITICAL)
    return levels


def _restore(levels: dict[str, int]) -> None:
    for name, level in levels.items():
        logging.getLogger(name).setLevel(level)


def _gather(client: Any, futures: list[Any], address: str) -> list[Outcome]:
    """Every task's outcome; a task that failed on every try, or a scheduler that went away, ends the build."""
    try:
        return list(client.gather(futures))
    except LoaError:
        raise  # a worker's own clear error (a full disk, a tool that failed), after its retries
    except Exception as err:
        raise _lost(address, err) from None


def _unreachable(address: str, err: BaseException) -> ToolFailed:
    what = tr("could not reach the cluster's scheduler at {address} ({err})", address=address, err=err)
    fix = tr("start it (dask scheduler), check the address and the firewall, or build without --cluster")
    return ToolFailed(Problem(None, None, what, fix))


def _lost(address: str, err: BaseException) -> ToolFailed:
    fix = tr("run the build again (what was already rendered is kept), or build without --cluster")
    if isinstance(err, KilledWorker):
        what = tr("a rendering task stopped its worker every time it was tried (out of memory?): {task}", task=err.task)
    elif isinstance(err, (CancelledError, OSError)):
        what = tr("the cluster's scheduler at {address} stopped answering", address=address)
        fix = tr("start it again and run the build again (what was already rendered is kept)")
    else:
        reason = f"{type(err).__name__}: {str(err).splitlines()[0] if str(err) else ''}"[:160]
        what = tr("rendering on the cluster at {address} stopped ({reason})", address=address, reason=reason)
    return ToolFailed(Problem(None, None, what, fix))
