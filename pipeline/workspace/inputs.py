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

from ..adapters.folders import Entry, Folders, listing
from .saving import replace_text

INPUTS = ("loa.toml", "stations.yaml", "scripts_vi", "jingles", "recordings", "voices")
BUILT_FROM = Path(".loa") / "published.json"
Update = Callable[[bytes], object]  # a hash's update
Stamps = Mapping[str, tuple[int, ...]]  # path -> (mtime_ns, size, inode) as adapters.files.stamp gives it


class Kept:
    """What a long-running caller (the web's snapshot) keeps between fingerprints: the folders' listings, and the
    lines of a folder whose every file was `known`, while its listing and the known stamps are the same objects (the
    snapshot hands the same mapping while no announcement file changed): 10,000 lines are not formatted again."""

    def __init__(self, folders: Folders | None = None) -> None:
        self.folders = folders or Folders()
        self.lines: dict[str, tuple[tuple[Entry, ...], Stamps, bytes]] = {}  # one per folder: bounded


def fingerprint(root: Path, known: Stamps | None = None, kept: Kept | None = None) -> str:
    """A hash over the stat of every input file of a build under `root` (in os.walk's order: a folder's files by
    name, then its folders by name, symbolic links to folders not followed). `known`: files stat-ed a moment ago
    (the web's snapshot of this request, by the path it read), not stat-ed again: 10,000 stats are a page's time.
    `kept`: listings and lines kept from the last time (the same hash)."""
    digest, known = hashlib.sha256(), known or {}
    for name in INPUTS:
        top = os.path.join(root, name)
        if os.path.isfile(top):
            digest.update(_line(top, name, known)[0])
        else:
            _walk(digest.update, top, name, known, kept)
    return digest.hexdigest()[:20]


def _line(path: str, relative: str, known: Stamps) -> tuple[bytes, bool]:
    """One file's line (empty if it is gone), and whether its stamp was known. Strings, not Path objects: a
    district's 10,000 announcements are looked at on every look of the calendar and the keeper."""
    stamp = known.get(path)
    if stamp is not None and stamp[1] >= 0:  # not found when the snapshot looked (its (0, -1, 0)): look now
        return f"{relative}\0{stamp[1]}\0{stamp[0]}\0{stamp[2]}\n".encode("utf-8", "surrogateescape"), True
    try:
        stat = os.stat(path)
    except OSError:
        return b"", False  # removed while we looked: the next look sees it gone
    entry = f"{relative}\0{stat.st_size}\0{stat.st_mtime_ns}\0{stat.st_ino}\n"
    return entry.encode("utf-8", "surrogateescape"), False


def _walk(update: Update, folder: str, relative: str, known: Stamps, kept: Kept | None) -> None:
    try:
        entries = kept.folders.entries(folder) if kept else listing(folder)
    except OSError:
        return
    update(_lines(folder, relative, entries, known, kept))
    for entry in (e for e in entries if e.is_dir and not e.name.startswith(".") and not e.is_symlink):
        _walk(update, os.path.join(folder, entry.name), f"{relative}/{entry.name}", known, kept)


def _lines(folder: str, relative: str, entries: tuple[Entry, ...], known: Stamps, kept: Kept | None) -> bytes:
    """The lines of a folder's own files (hidden ones left out), kept while nothing of them was stat-ed here."""
    memo = kept.lines.get(folder) if kept else None
    if memo is not None and memo[0] is entries and memo[1] is known:
        return memo[2]
    lines = [_line(os.path.join(folder, e.name), f"{relative}/{e.name}", known)
             for e in entries if not e.is_dir and not e.name.startswith(".")]  # fmt: skip
    made = b"".join(line for line, _ in lines)
    if kept is not None and known and all(was_known for _, was_known in lines):
        kept.lines[folder] = (entries, known, made)
    return made


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
