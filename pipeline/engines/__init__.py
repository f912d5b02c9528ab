"""Speech engines behind one small interface, chosen by name.

`ENGINES` maps a name to a factory; a factory checks the engine's
prerequisites and raises `EngineUnavailable` with the fix when one is missing.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Protocol

from ..errors import EngineFailed, EngineUnavailable, LoaError, Problem
from ..i18n import tr
from .context import EngineContext


class Engine(Protocol):
    """Turns speakable text into a WAV file.

    `voice(dialect, override)` names the voice the engine uses for a station, `styled` that voice as an
    announcement chose it (a man's or a woman's, a piper model, a reading speed);
    `identity(voice)` returns everything that determines the output for that
    voice (engine, its version, voice, rate...), for the cache key.
    `synthesize` raises `EngineFailed` when it cannot speak (network, model...).
    """

    name: str

    def voice(self, dialect: str, override: str) -> str: ...

    def styled(self, voice: str, choice: str, rate: int) -> str:
        """`voice` with an announcement's choice (domain/voice.py: nam, nu, a piper model) and reading speed
        in words per minute (0: the settings'), as far as this engine can; what it cannot do it leaves."""
        ...

    def identity(self, voice: str) -> dict[str, str]: ...

    def spelled(self, text: str) -> str:
        """`text` as this engine's voice is given it: the script's words its letter-to-sound rules misread, respelled
        (espeak-ng: `xki` -> "xờ ki"); the script itself is unchanged, and the cache key holds this text."""
        ...

    def synthesize(self, text: str, voice: str, dst: Path) -> float:
        """Write a WAV of `text` to `dst`; return its duration in seconds."""
        ...


EngineFactory = Callable[[EngineContext], Engine]


def _espeak(ctx: EngineContext) -> Engine:
    from .espeak import EspeakEngine

    return EspeakEngine(ctx.settings, ctx.runner)


def _gtts(ctx: EngineContext) -> Engine:
    from .gtts_engine import GttsEngine

    return GttsEngine.from_context(ctx)


def _piper(ctx: EngineContext) -> Engine:
    from .piper_engine import PiperEngine

    return PiperEngine(ctx.settings.piper, ctx.workspace, ctx.settings.speech.rate_wpm)


ENGINES: Mapping[str, EngineFactory] = MappingProxyType({"espeak": _espeak, "gtts": _gtts, "piper": _piper})


def check_engine_name(name: str, where: Path | None = None, line: int | None = None) -> Problem | None:
    """A problem naming the choices when `name` is not an engine, else None."""
    if name in ENGINES:
        return None
    return Problem(
        where,
        line,
        tr("unknown speech engine '{name}'", name=name),
        tr("use one of: {engines}", engines=", ".join(sorted(ENGINES))),
    )


def make_engine(name: str, ctx: EngineContext) -> Engine:
    """Construct an engine by name; its prerequisites are checked now."""
    problem = check_engine_name(name)
    if problem is not None:
        raise LoaError(problem)
    return ENGINES[name](ctx)


class EngineSet:
    """Engines constructed on first use, once per build; a missing prerequisite is remembered."""

    def __init__(self, ctx: EngineContext) -> None:
        self.ctx = ctx
        self.made: dict[str, Engine | EngineUnavailable] = {}

    def get(self, name: str) -> Engine:
        if name not in self.made:
            try:
                self.made[name] = make_engine(name, self.ctx)
            except EngineUnavailable as err:
                self.made[name] = err
        found = self.made[name]
        if isinstance(found, EngineUnavailable):
            raise found
        return found


__all__ = [
    "ENGINES",
    "Engine",
    "EngineContext",
    "EngineFailed",
    "EngineSet",
    "EngineUnavailable",
    "check_engine_name",
    "make_engine",
]
