"""The publish step: build in a staging folder, verify, then swap it in atomically.

An operator who opens playlists/<date>/ at any moment sees the old complete
version or the new complete version. A killed build leaves only staging or
.old folders, which `recover` cleans up at the next start.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import fcntl
import os
import shutil
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from ..adapters.clock import SYSTEM_CLOCK, Clock
from ..domain.manifest import StationEntry
from ..domain.playout import PLAY_LOG
from ..errors import BuildBusy, LoaError, Problem
from ..i18n import tr
from .published import Written, as_written, check_playlists, check_station, read_manifest

RENAME_EXCHANGE = 2
LOCK_POLL = 0.2  # seconds between tries while another build holds the workspace


def staging_dir(playlists: Path, name: str) -> Path:
    playlists.mkdir(parents=True, exist_ok=True)
    return playlists / f".staging-{name}-{os.getpid()}"


def recover(playlists: Path) -> None:
    """Clean up after a build that was killed: drop staging, restore or drop .old."""
    if not playlists.is_dir():
        return
    for leftover in playlists.glob(".staging-*"):
        shutil.rmtree(leftover, ignore_errors=True)
    for old in playlists.glob(".old-*"):
        target = playlists / old.name.removeprefix(".old-").rsplit("-", 1)[0]
        if target.exists():
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.rename(old, target)


def verify(folder: Path, known: dict[tuple[int, int], str] | None = None, written: Written | None = None) -> None:
    """Every file the manifest names exists with its checksum; every playlist entry exists.

    Files are hard links into the store, shared by many stations: each inode is hashed once,
    and not at all when it is a store entry this build already checked (`known`). A manifest the build just
    wrote (`written`) is checked against the checksum of its bytes, then read back one station at a time, never
    parsed whole: a province's day would be held once more, with its text and its JSON.
    """
    stations = as_written(folder, written) if written else _read_stations(folder)
    if stations is None:
        raise LoaError(
            Problem(folder / "manifest.json", None, tr("the manifest is missing or damaged"), tr("run the build again"))
        )
    hashed = dict(known or {})
    damaged: list[Problem] = []
    unlisted: list[Problem] = []
    for station in stations:  # one at a time: a province's day is never held whole here
        damaged += [d.problem() for d in check_station(folder, station, hashed)]
        unlisted += check_playlists(folder, station)
    if damaged or unlisted:
        raise LoaError(*damaged, *unlisted)


def _read_stations(folder: Path) -> Iterable[StationEntry] | None:
    manifest = read_manifest(folder)
    return manifest.stations if manifest else None


def verify_staging(staging: Path, known: dict[tuple[int, int], str], written: Written) -> None:
    """The new day before it goes on air: any fault stops the publish and leaves the old day."""
    try:
        verify(staging, known, written)
    except LoaError as err:
        first = err.problems[0]
        what = tr("a file of the new playlists is missing or damaged ({file})", file=first.file)
        raise LoaError(
            Problem(first.file, None, what, tr("run the build again; the previous playlists are still published"))
        ) from None


def carry_play_logs(target: Path, staging: Path) -> None:
    """Keep what stations report having aired (phat-thuc-te.csv) when their day is published again.

    The log is a hard link to the player's own file, so a row written at any moment, even
    between this and the swap, lands in the one file both names share.
    """
    for log in target.glob(f"*/{PLAY_LOG}"):
        station = staging / log.parent.name
        if station.is_dir() and not (station / PLAY_LOG).exists():
            os.link(log, station / PLAY_LOG)


def swap_in(staging: Path, target: Path) -> None:
    """Put `staging` at `target` atomically; the old version is removed afterwards."""
    carry_play_logs(target, staging)
    if not target.exists():
        os.rename(staging, target)
        return
    if _exchange(staging, target):
        shutil.rmtree(staging)
        return
    old = target.with_name(f".old-{target.name}-{os.getpid()}")
    os.rename(target, old)  # portable fallback: a window of microseconds without the folder
    os.rename(staging, target)
    shutil.rmtree(old)


def _exchange(a: Path, b: Path) -> bool:
    """Linux renameat2(RENAME_EXCHANGE): swap two folders in one step."""
    libc_name = ctypes.util.find_library("c")
    if not libc_name:
        return False
    libc = ctypes.CDLL(libc_name, use_errno=True)
    func = getattr(libc, "renameat2", None)
    if func is None:
        return False
    at_fdcwd = -100
    return bool(func(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), RENAME_EXCHANGE) == 0)


@contextmanager
def workspace_lock(root: Path, wait: float = 0.0, clock: Clock = SYSTEM_CLOCK) -> Iterator[None]:
    """One build per workspace; another holding it is waited out up to `wait` seconds, then BuildBusy. The OS
    releases the lock if the holder dies, so it is never stale."""
    path = root / ".loa.lock"
    handle = path.open("a+", encoding="utf-8")
    try:
        deadline = clock.monotonic() + wait
        while not _took(handle):
            if clock.monotonic() >= deadline:
                handle.seek(0)
                holder = handle.read().strip() or tr("another process")
                what = tr("another build is running in this workspace ({holder})", holder=holder)
                raise BuildBusy(Problem(root, None, what, tr("wait for it to finish, then run again")))
            clock.sleep(LOCK_POLL)
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()}, started {time.strftime('%Y-%m-%d %H:%M:%S')}")
        handle.flush()
        yield
    finally:
        handle.close()


def _took(handle: IO[str]) -> bool:
    """Whether the lock was free (it is ours now)."""
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True
