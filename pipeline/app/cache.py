"""The rendered-audio store seen as a cache: what it holds, and pruning what is no longer used.

A store entry's sidecar is touched each time a build reuses it, so its
modification time is the entry's last use.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from ..errors import LoaError, Problem
from ..i18n import tr
from ..onair.published import read_manifest

KINDS = ("speech", "jingle", "slot")


@dataclass
class CacheStats:
    """Entries, bytes and seconds of audio per kind, and speech entries per engine."""

    files: Counter[str] = field(default_factory=Counter)
    size: Counter[str] = field(default_factory=Counter)
    seconds: dict[str, float] = field(default_factory=dict)
    engines: Counter[str] = field(default_factory=Counter)


@dataclass(frozen=True)
class Pruned:
    files: int
    size: int
    kept_published: int  # old entries kept because a published playlist uses them


def entries(audio_out: Path) -> Iterator[tuple[str, Path, Path]]:
    """(kind, audio file, sidecar) for every complete entry."""
    for kind in KINDS:
        for sidecar in sorted((audio_out / kind).glob("*/*.json")):
            audio = sidecar.with_suffix(".mp3")
            if audio.exists() and not sidecar.name.startswith(".tmp-"):
                yield kind, audio, sidecar


def stats(audio_out: Path) -> CacheStats:
    result = CacheStats()
    for kind, audio, sidecar in entries(audio_out):
        meta = _meta(sidecar)
        result.files[kind] += 1
        result.size[kind] += audio.stat().st_size + sidecar.stat().st_size
        result.seconds[kind] = result.seconds.get(kind, 0.0) + float(meta.get("measure", {}).get("duration", 0.0))
        if kind == "speech":
            result.engines[str(meta.get("info", {}).get("engine", "?"))] += 1
    return result


def prune(audio_out: Path, playlists: Path, older_than_days: int, now: datetime) -> Pruned:
    """Remove entries last used before `now - older_than_days`, except those a published playlist uses."""
    cutoff = (now - timedelta(days=older_than_days)).timestamp()
    published = published_checksums(playlists)
    files = size = kept = 0
    for _, audio, sidecar in entries(audio_out):
        if sidecar.stat().st_mtime >= cutoff:
            continue
        if _meta(sidecar).get("sha256") in published:
            kept += 1
            continue
        size += audio.stat().st_size + sidecar.stat().st_size
        audio.unlink()
        sidecar.unlink()
        files += 1
    return Pruned(files, size, kept)


def published_checksums(playlists: Path) -> set[str]:
    """Every file checksum named by a published manifest (items and whole-slot files)."""
    found: set[str] = set()
    for day in playlists.glob("*/manifest.json"):
        manifest = read_manifest(day.parent)
        if manifest is None:  # we cannot tell which files it needs: prune nothing rather than break a day
            fix = tr("run 'loa verify --repair' (or delete that day's folder), then prune again")
            raise LoaError(Problem(day, None, tr("this published manifest is damaged"), fix))
        found.update(sha for station in manifest.stations for _, sha in station.files())
    return found


def _meta(sidecar: Path) -> dict[str, Any]:
    try:
        data = json.loads(sidecar.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}
