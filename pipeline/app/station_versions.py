"""Which version of a station's day an operator holds, and what changed since: rebuilt days keep their file names.

A version is `stations.version` (the sha256 of the station's manifest entry as canonical JSON); operators see and
type its first 6 hex digits. Each version the web shows or serves is kept under `.loa/versions/<day>/<station>/`
with the time it was published (the manifest's write time), so a later page can list what changed since.
"""

from __future__ import annotations

import json
import re
import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..adapters.clock import zone
from ..domain.manifest import Manifest, StationEntry
from ..workspace.saving import replace_text
from .published_days import version
from .station_out import StationDay

VERSIONS = Path(".loa") / "versions"
SHORT = 6  # hex digits an operator reads off the zip's name or PHIEN-BAN.txt
SHORT_ID = re.compile(r"[0-9a-f]{6}")


@dataclass(frozen=True)
class Version:
    short: str
    published_at: datetime  # local time of the workspace


@dataclass(frozen=True)
class Change:
    kind: str  # them | bot | doi
    slot: str  # the slot's label
    title: str
    emergency: bool


@dataclass(frozen=True)
class Changes:
    since: Version
    items: tuple[Change, ...]

    @property
    def emergency_added(self) -> bool:
        return any(c.emergency and c.kind != "bot" for c in self.items)


def current(root: Path, found: StationDay, timezone: str) -> Version | None:
    """The version of the day as published now (kept for later comparisons), or None when nothing is published."""
    if found.station is None:
        return None
    short = version(found.station)[:SHORT]
    path = _kept(root, found, short)
    if not path.is_file():
        published = datetime.fromtimestamp((found.folder.parent / "manifest.json").stat().st_mtime, zone(timezone))
        at = published.replace(tzinfo=None).isoformat(timespec="seconds")
        record = {"published_at": at, "date": found.day.isoformat(), "stations": [found.station.as_dict()]}
        path.parent.mkdir(parents=True, exist_ok=True)
        replace_text(path, json.dumps(record, ensure_ascii=False))
        _forget_gone_days(root)
    return _read(path)[0]


def since(root: Path, found: StationDay, held: str) -> Changes | None:
    """What changed from version `held` (6 hex) to the day as published now; None when `held` is unknown here."""
    path = _kept(root, found, held) if SHORT_ID.fullmatch(held) else None
    if found.station is None or path is None or not path.is_file():
        return None
    old_version, old = _read(path)
    return Changes(old_version, tuple(_compare(old, found.station)))


def _forget_gone_days(root: Path) -> None:
    """Drop the versions of days no longer published (pruned by `loa prune`): the record stays small."""
    for day in (root / VERSIONS).iterdir():
        if not (root / "playlists" / day.name).is_dir():
            shutil.rmtree(day, ignore_errors=True)


def _kept(root: Path, found: StationDay, short: str) -> Path:
    return root / VERSIONS / found.day.isoformat() / found.folder.name / f"{short}.json"


def _read(path: Path) -> tuple[Version, StationEntry]:
    text = path.read_text("utf-8")
    at = datetime.fromisoformat(json.loads(text)["published_at"])
    return Version(path.stem, at), Manifest.from_json(text).stations[0]


def _compare(old: StationEntry, new: StationEntry) -> list[Change]:
    before, after = _items(old), _items(new)
    changes = [Change("them", *after[key]) for key in after.keys() - before.keys()]
    changes += [Change("bot", *before[key]) for key in before.keys() - after.keys()]
    kept = before.keys() & after.keys()
    changes += [Change("doi", *after[key]) for key in kept if _files(old, key) != _files(new, key)]
    return sorted(changes, key=lambda c: (c.kind != "them", c.slot, c.title))


def _items(entry: StationEntry) -> dict[tuple[str, str], tuple[str, str, bool]]:
    """(slot, announcement id) → (slot label, title, emergency), for the announcements (not the frame)."""
    return {
        (slot.slot, item.announcement_id): (slot.label, item.title, item.emergency)
        for slot in entry.slots
        for item in slot.items
        if item.announcement_id is not None and item.kind == "speech"
    }


def _files(entry: StationEntry, key: tuple[str, str]) -> list[str]:
    """The sha256 of every file of one announcement in one slot: a changed text or voice changes one of them."""
    return [i.sha256 for s in entry.slots if s.slot == key[0] for i in s.items if i.announcement_id == key[1]]


def note(found: StationDay, station_name: str, held: Version) -> str:
    """PHIEN-BAN.txt: the version a zip holds, in plain words, to read off the USB stick and type on the page."""
    return (
        f"Đài: {station_name}\nNgày phát: {found.day:%d/%m/%Y}\nPhiên bản: {held.short}\n"
        f"Cập nhật lúc: {held.published_at:%H:%M} ngày {held.published_at:%d/%m/%Y}\n\n"
        "Để biết chương trình có thay đổi sau khi tải về không, mở trang của đài và nhập mã phiên bản này "
        f"(hoặc thêm ?ban={held.short} vào địa chỉ trang).\n"
    )
