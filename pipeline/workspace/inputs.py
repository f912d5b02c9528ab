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
from datetime import date
from pathlib import Path

from .saving import replace_text

INPUTS = ("loa.toml", "stations.yaml", "scripts_vi", "jingles", "recordings", "voices")
BUILT_FROM = Path(".loa") / "published.json"


def fingerprint(root: Path) -> str:
    """A hash over the stat of every input file of a build under `root`."""
    digest = hashlib.sha256()
    for name in INPUTS:
        for path in _files(root / name):
            try:
                stat = path.stat()
            except OSError:
                continue  # removed while we looked: the next look sees it gone
            entry = f"{path.relative_to(root).as_posix()}\0{stat.st_size}\0{stat.st_mtime_ns}\0{stat.st_ino}\n"
            digest.update(entry.encode("utf-8", "surrogateescape"))
    return digest.hexdigest()[:20]


def _files(top: Path) -> list[Path]:
    if top.is_file():
        return [top]
    found: list[Path] = []
    for folder, dirs, files in os.walk(top):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found += [Path(folder) / f for f in sorted(files) if not f.startswith(".")]
    return found


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
