"""The composition root: the store, engines, renderer, job maker and backend of one workspace, built once.

Everything a use case needs to make audio comes from `compose`; tests inject the network
(a `Transport`) and time (a `Clock`) here and nowhere else.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..adapters.clock import SYSTEM_CLOCK, Clock
from ..adapters.http import Transport
from ..adapters.proc import Runner
from ..backends import InProcess, RenderBackend
from ..backends.pool import Pool, Setup
from ..domain.model import Workspace
from ..engines import EngineContext, EngineSet
from ..errors import Problem, ToolFailed
from ..i18n import tr
from ..render.jobs import JobMaker
from ..render.renderer import Renderer
from ..render.scratch import remembered_version
from ..render.store import Store


@dataclass(frozen=True)
class Services:
    """What makes audio for one workspace."""

    store: Store
    engines: EngineSet
    renderer: Renderer
    jobs: JobMaker
    backend: RenderBackend


def compose(
    workspace: Workspace,
    runner: Runner,
    transport: Transport | None = None,
    clock: Clock = SYSTEM_CLOCK,
    workers: int = 1,
    cluster: str = "",
) -> Services:
    """Real components for `workspace`; `workers` > 1 renders in a pool of processes, `cluster` (or the
    workspace's `[cluster] scheduler`) on a Dask cluster.

    An injected transport or clock lives in this process only, so with one the work stays here.
    """
    settings, root = workspace.settings, workspace.root
    store = Store(root / "audio_out")
    engines = EngineSet(EngineContext(settings, runner, root, transport, clock))
    renderer = Renderer(settings, store, runner, engines, root)
    jobs = JobMaker(settings, engines, root, lambda: remembered_version(store.root / ".ffmpeg-version.json", runner))
    local = InProcess(renderer)
    alone = transport is None and clock is SYSTEM_CLOCK
    backend: RenderBackend = local
    if alone and (cluster or settings.cluster.scheduler):
        backend = _cluster(Setup(settings, root), cluster or settings.cluster.scheduler, runner)
    elif alone and workers > 1:
        backend = Pool(Setup(settings, root), workers, runner, local)
    return Services(store, engines, renderer, jobs, backend)


def _cluster(setup: Setup, address: str, runner: Runner) -> RenderBackend:
    """The Dask backend, imported only when asked for: the library is an optional extra."""
    try:
        from ..backends.cluster import Cluster
    except ImportError:
        what = tr("rendering on a cluster needs the Dask library")
        raise ToolFailed(Problem(None, None, what, tr("install it: pip install 'loa[cluster]'"))) from None
    return Cluster(setup, address, runner, setup.settings.cluster.retries)
