"""What an engine factory may use, in a module of its own so engines can name it without importing the registry."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..adapters.clock import SYSTEM_CLOCK, Clock
from ..adapters.http import Transport
from ..adapters.proc import Runner
from ..domain.settings import Settings


@dataclass(frozen=True)
class EngineContext:
    """What a factory may use: settings, the subprocess runner, the workspace, the network and the clock.

    `transport` None means the real network; tests pass a `MockTransport` and a simulated clock.
    """

    settings: Settings
    runner: Runner
    workspace: Path
    transport: Transport | None = None
    clock: Clock = SYSTEM_CLOCK
