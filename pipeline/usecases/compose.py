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
) -> Services:
    """Real components for `workspace`; `workers` > 1 renders in a pool of processes.

    An injected transport or clock lives in this process only, so with one the work stays here.
    """
    settings, root = workspace.settings, workspace.root
    store = Store(root / "audio_out")
    engines = EngineSet(EngineContext(settings, runner, root, transport, clock))
    renderer = Renderer(settings, store, runner, engines, root)
    jobs = JobMaker(settings, engines, root, lambda: remembered_version(store.root / ".ffmpeg-version.json", runner))
    local = InProcess(renderer)
    pooled = workers > 1 and transport is None and clock is SYSTEM_CLOCK
    backend: RenderBackend = Pool(Setup(settings, root), workers, runner, local) if pooled else local
    return Services(store, engines, renderer, jobs, backend)
