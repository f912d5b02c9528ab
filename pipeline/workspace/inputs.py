"""What a build reads, as one fingerprint; and, per published day, the fingerprint it was built from.

A published day is current when the inputs it was built from are the inputs now. The fingerprint is
made of file stats (path, size, modification time, inode), not contents: an atomic save replaces the
inode, so every save is seen, and a workspace of thousands of files is stat-ed in milliseconds.
Only inputs count: what a build writes itself (audio_out/, playlists/, .loa/, logs/) would make every
build trigger the next. Hidden files are temporaries of a save in progress (`.name.part`): never inputs.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Mapping
from datetime import date
from pathlib import Path

from .saving import replace_text

INPUTS = ("loa.toml", "stations.yaml", "scripts_vi", "jingles", "recordings", "voices")
BUILT_FROM = Path(".loa") / "published.json"
Update = Callable[[bytes], object]  # a hash's update
Stamps = Mapping[str, tuple[int, ...]]  # path -> (mtime_ns, size, inode) as adapters.files.stamp gives it


def fingerprint(root: Path, known: Stamps | None = None) -> str:
    """A hash over the stat of every input file of a build under `root` (in os.walk's order: a folder's files by
    name, then its folders by name, symbolic links to folders not followed). `known`: files stat-ed a moment ago
    (the web's snapshot of this request, by the path it read), not stat-ed again: 10,000 stats are a page's time."""
    digest, known = hashlib.sha256(), known or {}
    for name in INPUTS:
        top = os.path.join(root, name)
        if os.path.isfile(top):
            _add(digest.update, top, name, known)
        else:
            _walk(digest.update, top, name, known)
    return digest.hexdigest()[:20]


def _add(update: Update, path: str, relative: str, known: Stamps) -> None:
    """One file's line; strings, not Path objects: a district's 10,000 announcements are stat-ed on every look of
    the calendar and the keeper (Path objects tripled the time of the stats themselves)."""
    stamp = known.get(path)
    if stamp is None or stamp[1] < 0:  # not known, or not found then (app.snapshot's (0, -1, 0)): look now
        try:
            stat = os.stat(path)
        except OSError:
            return  # removed while we looked: the next look sees it gone
        stamp = (stat.st_mtime_ns, stat.st_size, stat.st_ino)
    entry = f"{relative}\0{stamp[1]}\0{stamp[0]}\0{stamp[2]}\n"
    update(entry.encode("utf-8", "surrogateescape"))


def _walk(update: Update, folder: str, relative: str, known: Stamps) -> None:
    try:
        with os.scandir(folder) as found:
            entries = sorted(found, key=lambda e: e.name)
    except OSError:
        return
    folders = [e for e in entries if _is_dir(e)]
    for entry in (e for e in entries if not _is_dir(e) and not e.name.startswith(".")):
        _add(update, entry.path, f"{relative}/{entry.name}", known)
    for entry in (e for e in folders if not e.name.startswith(".") and not e.is_symlink()):
        _walk(update, entry.path, f"{relative}/{entry.name}", known)


def _is_dir(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


def built_from(root: Path) -> dict[str, str]:
    """ISO day → the fingerprint its published version was built from (an unreadable record is empty)."""
    try:
        raw = json.loads((root / BUILT_FROM).read_text("utf-8"))
        return {str(day): str(value) for day, value in raw.items()}
    except (OSError, ValueError, AttributeError):
        return {}


def record_built_from(root: Path, day: date, inputs: str) -> None:
    """Remember what `day` was published from; the caller holds the build lock (one writer at a time)."""
    record = {d: f for d, f in built_from(root).items() if (root / "playlists" / d).is_dir()}  # days since removed go
    record[day.isoformat()] = inputs
    (root / BUILT_FROM).parent.mkdir(parents=True, exist_ok=True)
    replace_text(root / BUILT_FROM, json.dumps(dict(sorted(record.items())), indent=1))
