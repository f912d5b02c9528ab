"""What an operator takes away: a station's published days, their slot files, and the day as a zip.

Everything is read from the published folders and their manifests (what will really air), never from
the plan; names from the web are checked against the manifest, so no path leaves the station's folder.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..domain.manifest import GUIDE_FILE, SHEET_FILE, StationEntry
from ..onair.published import read_manifest


@dataclass(frozen=True)
class StationDay:
    day: date
    station: StationEntry | None  # None: nothing published for this station that day
    folder: Path


def station_day(root: Path, station_id: str, day: date) -> StationDay:
    folder = root / "playlists" / day.isoformat()
    manifest = read_manifest(folder)
    entry = manifest.station(station_id) if manifest else None
    return StationDay(day, entry, folder / station_id)


def published_file(root: Path, station_id: str, day: date, name: str) -> Path | None:
    """A file of the station's published day that the manifest lists (slot audio, playlist, sheet), else None."""
    found = station_day(root, station_id, day)
    if found.station is None:
        return None
    listed = {slot.file for slot in found.station.slots} | {slot.playlist for slot in found.station.slots}
    listed |= {SHEET_FILE, GUIDE_FILE}
    path = found.folder / name
    return path if name in listed and path.is_file() else None


VERSION_FILE = "PHIEN-BAN.txt"  # in each zip: which version it holds, readable off the USB stick


def day_zip(found: StationDay, note: str, segments: bool) -> bytes:
    """The station's day as a zip with `note` as PHIEN-BAN.txt: for a USB player the slot files, the sheet and the
    guide (what it plays; half the size); with `segments` the whole folder (items and playlists, for a panel)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:  # MP3s do not compress
        for path in _zipped(found, segments):
            archive.write(path, f"{found.folder.name}/{path.relative_to(found.folder)}")
        archive.writestr(f"{found.folder.name}/{VERSION_FILE}", note.encode("utf-8"))
    return buffer.getvalue()


def _zipped(found: StationDay, segments: bool) -> list[Path]:
    if segments:
        return [p for p in sorted(found.folder.rglob("*")) if p.is_file() and not p.is_symlink()]
    slots = found.station.slots if found.station else ()
    names = [slot.file for slot in slots] + [SHEET_FILE, GUIDE_FILE]
    return [found.folder / n for n in names if (found.folder / n).is_file()]
