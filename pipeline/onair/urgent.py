"""An emergency added to a published day before its slots are rebuilt: the one change made in place.

A whole-day publish swaps in a verified staging folder. An emergency cannot wait for that (rebuilding every
station's slot files takes a minute at province scale), so its files are added to the published day as it is:
each file is linked into the station's folder under a new name (no slot, playlist or manifest names it yet, so
the day stays true), checked against its checksum, and only then is `manifest.json` replaced by one whose
station entries list them as `urgent` (one rename: a reader sees the old manifest or the new, never a part).
The slots still say exactly what their files hold; the rebuild that follows puts the emergency in them.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Mapping
from pathlib import Path

from ..domain.manifest import Item, StationEntry
from ..errors import LoaError, Problem
from ..i18n import tr
from .published import checksum, read_manifest


def add_urgent(folder: Path, announcement_id: str, files: Mapping[str, tuple[tuple[Item, Path], ...]]) -> list[str]:
    """Publish `announcement_id`'s files (per station: its items and the stored file of each) as urgent in the day
    at `folder`; the stations it was added for (those the day has). The caller holds the workspace lock."""
    manifest = read_manifest(folder)
    if manifest is None:
        return []
    wanted = {s.id: files[s.id] for s in manifest.stations if files.get(s.id)}
    hashed: dict[tuple[int, int], str] = {}
    for station, parts in wanted.items():
        for item, stored in parts:
            _link(stored, folder / station / item.file, item.sha256, hashed)
    stations = tuple(_with(s, announcement_id, wanted[s.id]) if s.id in wanted else s for s in manifest.stations)
    _replace(folder / "manifest.json", dataclasses.replace(manifest, stations=stations).to_json(indent=None))
    return list(wanted)


def _with(entry: StationEntry, announcement_id: str, parts: tuple[tuple[Item, Path], ...]) -> StationEntry:
    """The entry with these urgent items (one sent again replaces its earlier ones)."""
    kept = tuple(i for i in entry.urgent if i.announcement_id != announcement_id)
    return dataclasses.replace(entry, urgent=(*kept, *(item for item, _ in parts)))


def _link(stored: Path, target: Path, sha: str, hashed: dict[tuple[int, int], str]) -> None:
    """`stored` at `target` (a hard link, a copy where none can be made), checked before anything names it."""
    target.parent.mkdir(parents=True, exist_ok=True)
    hidden = target.with_name(f".{target.name}.{os.getpid()}")
    hidden.unlink(missing_ok=True)
    try:
        os.link(stored, hidden)
    except OSError:
        hidden.write_bytes(stored.read_bytes())
    if checksum(hidden, hashed) != sha:
        hidden.unlink()
        what = tr("a file of the emergency is damaged in the store ({file})", file=stored)
        raise LoaError(Problem(stored, None, what, tr("run 'loa verify --repair', then send the emergency again")))
    os.replace(hidden, target)


def _replace(path: Path, text: str) -> None:
    """Write `text` under a hidden name, flushed to disk, then rename it over `path` (atomic)."""
    hidden = path.with_name(f".{path.name}.{os.getpid()}")
    with hidden.open("w", encoding="utf-8") as out:
        out.write(text)
        out.flush()
        os.fsync(out.fileno())
    os.replace(hidden, path)
