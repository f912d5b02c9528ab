"""A folder's entries, listed and sorted once while the folder is unchanged (a long-running front end's listings).

Adding, removing or renaming a file changes its folder's modification time; writing a file in place does not, so
what is kept here is only the names: each file's own stat must still be taken. A district's announcements folder
holds 10,000 files: listing and sorting them cost a calendar page some 25 ms, twice (the snapshot and the inputs'
fingerprint). A listing taken within RACY_NS of the folder's last change is not kept: a change in the same tick of
the file system's clock leaves the folder's time as it was (git's "racy" rule), and the kept names would miss it.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable
from typing import NamedTuple

RACY_NS = 2_000_000_000  # well above any file system's time granularity (FAT's is 2 s)


class Entry(NamedTuple):
    """A tuple: a district's 10,000 are made at each change of the folder."""

    name: str
    is_dir: bool  # following a symbolic link, as os.DirEntry.is_dir (False when it cannot be told)
    is_symlink: bool


class Folders:
    """Each folder's entries sorted by name, kept with the folder's stamp (mtime, inode); one lock."""

    def __init__(self, clock: Callable[[], int] = time.time_ns) -> None:
        self._clock = clock  # nanoseconds since the epoch, as file times: what tests replace
        self._kept: dict[str, tuple[tuple[int, int], tuple[Entry, ...]]] = {}
        self._lock = threading.Lock()

    def entries(self, folder: str) -> tuple[Entry, ...]:
        """The entries of `folder`, sorted by name (the same tuple while it is unchanged); OSError if unreadable."""
        found = os.stat(folder)
        stamp = (found.st_mtime_ns, found.st_ino)
        with self._lock:
            kept = self._kept.get(folder)
        if kept is not None and kept[0] == stamp:
            return kept[1]
        listed = listing(folder)
        if self._clock() - stamp[0] > RACY_NS:
            with self._lock:
                self._kept[folder] = (stamp, listed)
        return listed


def listing(folder: str) -> tuple[Entry, ...]:
    """The entries of `folder` sorted by name, as read now; OSError if it cannot be read."""
    with os.scandir(folder) as found:
        return tuple(Entry(e.name, _is_dir(e), e.is_symlink()) for e in sorted(found, key=lambda e: e.name))


def _is_dir(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False
