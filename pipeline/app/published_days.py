"""The published days as the stations on the line and their status page read them: each day's manifest with every
station's entry and its `version`, parsed once per change of the file (keyed on its stat).

A district's manifest is some 2 MB (200 stations, 3 slots of 8 items): parsing a week of them and hashing 1,400
entries took the status page about 2 s on every request (bench/web.py). `loa serve` keeps one `Published` for the
app; a command makes its own, which reads each day once.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from types import MappingProxyType

from ..domain.manifest import StationEntry
from ..onair.published import read_manifest

Stamp = tuple[int, int, int]


@dataclass(frozen=True)
class Held:
    """A station's entry of a published day and its version."""

    entry: StationEntry
    version: str


@dataclass(frozen=True)
class HeldDay:
    """A published day as the web keeps it: each station's entry and version (onair.published.PublishedDay is
    the build's read of the same folder, with its damage)."""

    date: str  # ISO
    modified: float  # the manifest's modification time (seconds since the epoch): when the day was published
    stations: Mapping[str, Held]


def version(entry: StationEntry) -> str:
    """The sha256 of the entry as canonical JSON (keys sorted, no spaces, UTF-8)."""
    canonical = json.dumps(entry.as_dict(), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def is_date(text: str) -> bool:
    try:
        return len(text) == 10 and date.fromisoformat(text).isoformat() == text
    except ValueError:
        return False


class Published:
    """Parsed manifests by day, each with the stamp (mtime, size, inode) it was read at; one lock for all."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._kept: dict[str, tuple[Stamp, HeldDay | None]] = {}
        self._lock = threading.Lock()
        self.loads = 0  # station entries read so far (app/long_lived.py)

    def from_day(self, today: date) -> list[HeldDay]:
        """Every published day from `today` on, in order (a folder without a readable manifest is left out)."""
        try:
            names = sorted(e.name for e in os.scandir(self.root / "playlists") if is_date(e.name))
        except OSError:
            return []
        found = (self.day(name) for name in names if name >= today.isoformat())
        return [day for day in found if day is not None]

    def day(self, name: str) -> HeldDay | None:
        """The published day `name` (ISO), or None."""
        if not is_date(name):
            return None
        path = self.root / "playlists" / name / "manifest.json"
        try:
            found = os.stat(path)
        except OSError:
            return None
        stamp = (found.st_mtime_ns, found.st_size, found.st_ino)
        with self._lock:
            kept = self._kept.get(name)
            if kept is None or kept[0] != stamp:
                kept = (stamp, _read(path.parent, name, found.st_mtime))
                self._kept[name] = kept
                self.loads += len(kept[1].stations) if kept[1] is not None else 1
            return kept[1]


def _read(folder: Path, name: str, modified: float) -> HeldDay | None:
    manifest = read_manifest(folder)
    if manifest is None:
        return None
    held = {entry.id: Held(entry, version(entry)) for entry in manifest.stations}
    return HeldDay(name, modified, MappingProxyType(held))
