"""The commands that look after the machine and the store: the cache, doctor, inspect, verify."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date, datetime
from pathlib import Path

from ...adapters import ffmpeg as audio
from ...adapters.ffmpeg import Measure
from ...adapters.proc import Runner
from ...build.check import load_workspace
from ...errors import LoaError, Problem
from ...i18n import tr
from ...onair.publish import workspace_lock
from ...onair.verify import VerifyReport, verify_workspace
from .. import cache
from ..doctor import Check, diagnose
from ..repair import verify_and_repair


def cache_stats(root: Path) -> cache.CacheStats:
    return cache.stats(root.resolve() / "audio_out")


def cache_prune(root: Path, days: int, now: datetime) -> cache.Pruned:
    root = root.resolve()
    with workspace_lock(root):  # never under a running build
        return cache.prune(root / "audio_out", root / "playlists", days, now)


def doctor(root: Path) -> tuple[list[Check], list[str]]:
    runner = Runner()
    return diagnose(load_workspace(root, runner), runner)


def inspect(paths: Iterable[Path]) -> Iterator[tuple[Path, Measure]]:
    """The measurements of each file (what an engineer checks)."""
    runner = Runner()
    for path in paths:
        yield path, audio.measure(runner, path)


def verify(root: Path, repair: bool, today: date) -> VerifyReport:
    """Every published day and the store, hashed in full; with `repair`, fixed and rebuilt where possible."""
    root = root.resolve()
    if not root.is_dir():
        raise LoaError(Problem(root, None, tr("this folder does not exist"), tr("give the path of a workspace")))
    return verify_and_repair(root, today) if repair else verify_workspace(root, False, today)
