"""An emergency added to a published day before its slots are rebuilt: the one change made in place.

A whole-day publish swaps in a verified staging folder. An emergency cannot wait for that (rebuilding every
station's slot files takes a minute at province scale), so its files are added to the published day as it is:
each file is linked into the station's folder under a new name (no slot, playlist or manifest names it yet, so
the day stays true), checked against its checksum, and only then is `manifest.json` replaced by one whose
station entries list them as `urgent` (one rename: a reader sees the old manifest or the new, never a part).
The slots still say exactly what their files hold; the rebuild that follows puts the emergency in them.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from ..adapters.files import stamp
from ..domain.manifest import Item
from ..errors import LoaError, Problem
from ..i18n import tr
from .manifest_text import ManifestText, scanned, with_urgent
from .published import checksum


@dataclass(frozen=True)
class Read:
    """A day's manifest read ahead of the lock, and the stamp of the file it was read from."""

    stamp: tuple[int, int, int] | None
    manifest: ManifestText | None


def read_ahead(folder: Path) -> Read:
    """The day's manifest, read while the bulletin renders (its text scanned station by station: at 200 stations,
    some 0.1 CPU s); `add_urgent` uses it only if the file is still the one read (a build that published since
    replaced it: a new stamp)."""
    before = stamp(folder / "manifest.json")
    return Read(before, _read(folder))


def _read(folder: Path) -> ManifestText | None:
    """The day's manifest scanned, or None when there is none or it is not one (the stations wait for the rebuild)."""
    try:
        return scanned((folder / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def add_urgent(
    folder: Path, announcement_id: str, files: Mapping[str, tuple[tuple[Item, Path], ...]], read: Read | None = None
) -> list[str]:
    """Publish `announcement_id`'s files (per station: its items and the stored file of each) as urgent in the day
    at `folder` (its manifest as `read` ahead, when the file is unchanged since); the stations it was added for
    (those the day has). The caller holds the workspace lock."""
    now = stamp(folder / "manifest.json")
    manifest = read.manifest if read is not None and now is not None and read.stamp == now else _read(folder)
    if manifest is None:
        return []
    wanted = {station: files[station] for station in manifest.ids() if files.get(station)}
    hashed: dict[tuple[int, int], str] = {}
    for station, parts in wanted.items():
        for item, stored in parts:
            _link(stored, folder / station / item.file, item.sha256, hashed)
    # one sent again replaces its earlier urgent items; the other emergencies' stay
    items = {station: [dict(vars(item)) for item, _ in parts] for station, parts in wanted.items()}
    _replace(folder / "manifest.json", with_urgent(manifest, announcement_id, items))
    return list(wanted)


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
