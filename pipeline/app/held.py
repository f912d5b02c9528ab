"""Recordings held across a refused form: a browser never fills a file field again, so a valid upload sent with
a form that was refused (a wrong date, an edit conflict) is kept server-side under a random token the page
carries back in a hidden field.

A held recording lives in the workspace's scratch area (.loa/ban-ghi-giu/, never read by a build), checked as
an upload is checked, for LASTS at most; at most MOST are held at once (the oldest go first), so the folder is
bounded by MOST x the upload bound. The token is the only thing the client sends back: it must match TOKEN, is
looked up by name in that folder and belongs to the user who sent the file; a path never comes from the client.
"""

from __future__ import annotations

import contextlib
import json
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from ..errors import LoaError
from . import recordings
from .recordings import Upload

FOLDER = Path(".loa") / "ban-ghi-giu"
LASTS = timedelta(hours=2)
MOST = 8
TOKEN = re.compile(r"[A-Za-z0-9_-]{22}")


@dataclass(frozen=True)
class Held:
    """A recording held for a form: its token, its name on the sender's device, its length in seconds."""

    token: str
    name: str
    seconds: float


def hold(root: Path, upload: Upload, by: str, now: datetime) -> Held:
    """Check `upload` like any recording and hold it for `by` (LoaError saying what is wrong with it)."""
    suffix = Path(upload.name).suffix.lower()
    recordings.check_kind(suffix, len(upload.data))
    folder = root / FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    _sweep(folder, now)
    token = secrets.token_urlsafe(16)
    data, about = folder / f"{token}{suffix}", folder / f"{token}.json"
    data.write_bytes(upload.data)
    try:
        seconds = recordings.check_sound(recordings.checker(), data)
    except LoaError:
        data.unlink(missing_ok=True)
        raise
    name = Path(upload.name.replace("\\", "/")).name[:100]
    about.write_text(json.dumps({"name": name, "seconds": seconds, "by": by, "at": now.isoformat()}), "utf-8")
    return Held(token, name, seconds)


def find(root: Path, token: str, by: str, now: datetime) -> Held | None:
    """The recording held under `token` for `by`, if it is still held."""
    about = _about(root, token)
    if about is None or about["by"] != by or datetime.fromisoformat(about["at"]) < now - LASTS:
        return None
    return Held(token, str(about["name"]), float(about["seconds"]))


def take(root: Path, token: str, by: str, now: datetime) -> Upload | None:
    """The held recording as an upload again (its bytes), if it is still held for `by`."""
    held = find(root, token, by, now)
    data = _data(root / FOLDER, token) if held else None
    return Upload(held.name, data.read_bytes()) if held and data else None


def drop(root: Path, token: str) -> None:
    """Forget a held recording (its form was saved)."""
    if TOKEN.fullmatch(token):
        _remove(root / FOLDER, token)


def _about(root: Path, token: str) -> dict[str, str] | None:
    if not TOKEN.fullmatch(token):
        return None
    try:
        found = json.loads((root / FOLDER / f"{token}.json").read_text("utf-8"))
    except (OSError, ValueError):
        return None
    return found if isinstance(found, dict) and {"name", "seconds", "by", "at"} <= set(found) else None


def _data(folder: Path, token: str) -> Path | None:
    return next((p for p in (folder / f"{token}{kind}" for kind in recordings.KINDS) if p.is_file()), None)


def _sweep(folder: Path, now: datetime) -> None:
    """Drop what has expired or cannot be read, and the oldest beyond MOST - 1 (room for the one being held)."""
    dated = []
    for about in folder.glob("*.json"):
        try:
            at = datetime.fromisoformat(json.loads(about.read_text("utf-8"))["at"])
        except (OSError, ValueError, KeyError, TypeError):
            _remove(folder, about.stem)
            continue
        if at < now - LASTS:
            _remove(folder, about.stem)
        else:
            dated.append((at, about.stem))
    for _, token in sorted(dated)[: max(0, len(dated) - MOST + 1)]:
        _remove(folder, token)


def _remove(folder: Path, token: str) -> None:
    for path in (folder / f"{token}.json", *(folder / f"{token}{kind}" for kind in recordings.KINDS)):
        with contextlib.suppress(OSError):
            path.unlink()
