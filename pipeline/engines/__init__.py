"""Speech engines behind one small interface, chosen by name."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Protocol

from ..errors import LoaError, Problem
from ..proc import Runner
from ..settings import Settings


class Engine(Protocol):
    """Turns speakable text into a WAV file.

    `identity(voice)` returns everything that determines the output for that
    voice (engine, its version, voice, rate...), for the cache key.
    """

    name: str

    def identity(self, voice: str) -> dict[str, str]: ...

    def synthesize(self, text: str, voice: str, dst: Path) -> float:
        """Write a WAV of `text` to `dst`; return its duration in seconds."""
        ...


EngineFactory = Callable[[Settings, Runner], Engine]


def _espeak(settings: Settings, runner: Runner) -> Engine:
    from .espeak import EspeakEngine

    return EspeakEngine(settings.speech, runner)


ENGINES: Mapping[str, EngineFactory] = MappingProxyType({"espeak": _espeak})


def make_engine(name: str, settings: Settings, runner: Runner) -> Engine:
    """Construct an engine by name; its prerequisites are checked now."""
    factory = ENGINES.get(name)
    if factory is None:
        fix = f"set speech.engine in loa.toml to one of: {', '.join(sorted(ENGINES))}"
        raise LoaError(Problem(None, None, f"unknown speech engine '{name}'", fix))
    return factory(settings, runner)
