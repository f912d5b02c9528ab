"""`loa doctor`: construct every configured engine and tool, try each once, say what works."""

from __future__ import annotations

import dataclasses
import tempfile
from dataclasses import dataclass
from pathlib import Path

from ..adapters.clock import SYSTEM_CLOCK, Clock
from ..adapters.http import Transport
from ..adapters.proc import Runner
from ..domain.model import Workspace
from ..engines import EngineContext, EngineSet
from ..errors import LoaError
from ..i18n import number, tr

PROBE_TEXT = "xin chào bà con"


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str


def diagnose(
    workspace: Workspace, runner: Runner, transport: Transport | None = None, clock: Clock = SYSTEM_CLOCK
) -> tuple[list[Check], list[str]]:
    """Checks of ffmpeg and each engine in use, and the stations left with no working engine."""
    checks = [_tool(runner, "ffmpeg", ["ffmpeg", "-version"])]
    # One quick try for the online voice: a short timeout and no retries.
    quick = dataclasses.replace(workspace.settings.gtts, timeout_s=3.0, attempts=1)
    engines = EngineSet(
        EngineContext(dataclasses.replace(workspace.settings, gtts=quick), runner, workspace.root, transport, clock)
    )
    chains = {s.id: s.engines or workspace.settings.speech.engines for s in workspace.stations}
    names = list(dict.fromkeys(name for chain in chains.values() for name in chain))
    checks += [_engine(engines, name) for name in names]
    working = {c.name for c in checks if c.ok}
    if not checks[0].ok:  # without ffmpeg nothing is mastered, whatever the engines can say
        working = set()
    silent = [station for station, chain in chains.items() if not working.intersection(chain)]
    return [*checks, _tool(runner, "liquidsoap", ["liquidsoap", "--version"]), sound_card()], silent


def sound_card(cards: Path = Path("/proc/asound/cards")) -> Check:
    """For `loa playout` on a station PC: the first ALSA sound card (a build server needs none)."""
    try:
        found = [line.split("]:", 1)[-1].strip() for line in cards.read_text().splitlines() if "]:" in line]
    except OSError:
        found = []
    if found:
        return Check(tr("sound card"), True, found[0])
    fix = tr("only a station PC playing to loudspeakers needs one; else use loa playout --icecast or --record")
    return Check(tr("sound card"), False, tr("none found") + " — " + fix)


def _tool(runner: Runner, name: str, args: list[str]) -> Check:
    try:
        return Check(name, True, runner.run(args, "reporting its version").stdout.decode().split("\n", 1)[0])
    except LoaError as err:
        return Check(name, False, str(err.problems[0]))


def _engine(engines: EngineSet, name: str) -> Check:
    try:
        engine = engines.get(name)
        voice = engine.voice("bac", "")
        with tempfile.TemporaryDirectory() as folder:
            seconds = engine.synthesize(PROBE_TEXT, voice, Path(folder) / "probe.wav")
        version = engine.identity(voice).get("version", "")
        detail = tr("spoke {seconds} s of '{text}' (voice {voice}, {version})",
                    seconds=number(seconds), text=PROBE_TEXT, voice=voice, version=version)  # fmt: skip
        return Check(name, True, detail)
    except LoaError as err:
        problem = err.problems[0]
        return Check(name, False, f"{problem.what} — {problem.fix}")
