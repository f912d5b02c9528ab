"""The day as published before this build: what to keep, what was damaged, and slots that lost all speech.

The day is read once (`onair.published.read_day`) into a `Before` value that the build passes along: `keep`
makes it before the plan (stations not rebuilt, linked into staging; those beyond repair are planned again),
`without_silent_slots` returns it with the stations that fall back to their published version, and the publish
step takes the checksums hashed here so the staging folder's check does not hash those files again.
"""

from __future__ import annotations

import dataclasses
import shutil
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from ..domain.day import SlotDay
from ..domain.manifest import StationEntry
from ..domain.segments import is_item
from ..onair.published import Damage, PublishedDay, StoreIndex, check_station, copy_station, link_or_copy
from .assemble import Rendered, SlotAudio
from .warnings import BuildWarning, warning

Inode = tuple[int, int]  # (device, inode)


@dataclass(frozen=True)
class Before:
    """The day as published before this build, and what the build took from it: the stations linked into staging
    (`kept`), those whose files could not be repaired (built again), what to warn about, the checksums of the
    files hashed while checking (by inode) and the inodes found damaged (the store must not trust them)."""

    day: PublishedDay
    kept: tuple[StationEntry, ...] = ()
    broken: tuple[str, ...] = ()
    warnings: tuple[BuildWarning, ...] = ()
    hashed: Mapping[Inode, str] = field(default_factory=dict)
    damaged: frozenset[Inode] = frozenset()


def keep(day: PublishedDay, staging: Path, station_ids: Iterable[str], index: StoreIndex) -> Before:
    """Link these stations' published folders into `staging` (repaired from the store): the day as kept."""
    station_ids = tuple(station_ids)
    if station_ids:
        staging.mkdir(parents=True, exist_ok=True)
    if day.unreadable:  # nothing trustworthy to keep: every station is built again
        return Before(day, broken=station_ids, warnings=(warning("manifest_damaged", day=day.folder.name),))
    hashed: dict[Inode, str] = {}
    kept, broken, damage = [], [], []
    warnings: list[BuildWarning] = []
    for entry in (e for e in map(day.station, station_ids) if e is not None):
        found = check_station(day.folder, entry, hashed)
        damage += found
        if _linked(day, entry, staging, found, index, hashed):
            kept.append(entry)
            warnings += _repaired(entry, found)
        else:
            broken.append(entry.id)
            warnings.append(warning("station_rebuilt", station_id=entry.id))
    return Before(day, tuple(kept), tuple(broken), tuple(warnings), hashed, _inodes(damage))


def with_urgent(day: PublishedDay, entry: StationEntry, staging: Path) -> StationEntry:
    """A rebuilt station keeps the emergencies sent ahead of its slots (`urgent`) while a slot airs them, so an
    event sent earlier still names files of its day; a withdrawn one is gone with its slots."""
    before = day.station(entry.id)
    held = {i.announcement_id for slot in entry.slots for i in slot.items}
    urgent = tuple(i for i in before.urgent if i.announcement_id in held) if before else ()
    urgent = tuple(i for i in urgent if _carried(day.folder / entry.id / i.file, staging / entry.id / i.file))
    return dataclasses.replace(entry, urgent=urgent) if urgent else entry


def _carried(published: Path, staged: Path) -> bool:
    """The published urgent file linked into the rebuilt station's folder; False when it is gone."""
    try:
        link_or_copy(published, staged)
    except OSError:
        return False
    return True


def _linked(day: PublishedDay, entry: StationEntry, staging: Path, damage: list[Damage], index: StoreIndex,
            hashed: dict[Inode, str]) -> bool:  # fmt: skip
    """The station's published folder linked into `staging`, its `damage` repaired from the store; False (and
    nothing left in staging) when the store has no intact copy."""
    if copy_station(day.folder / entry.id, staging / entry.id, damage, index, hashed):
        return True
    shutil.rmtree(staging / entry.id, ignore_errors=True)
    return False


def _repaired(entry: StationEntry, damage: list[Damage]) -> list[BuildWarning]:
    return [
        warning("repaired_missing" if d.missing else "repaired_damaged", station_id=entry.id, file=d.path.name)
        for d in damage
    ]


def _inodes(damage: list[Damage]) -> frozenset[Inode]:
    return frozenset((info.st_dev, info.st_ino) for d in damage if not d.missing for info in [d.path.stat()])


def without_silent_slots(
    stations: tuple[Rendered, ...], before: Before, staging: Path, index: StoreIndex
) -> tuple[tuple[Rendered, ...], Before]:
    """A slot that would air chimes only (every engine failed) never replaces a good day.

    Such a station keeps its previous published version when there is one; otherwise the
    silent slots are left out of what is published. The report says which, loudly.
    """
    out, kept, warnings, damage, hashed = [], list(before.kept), list(before.warnings), [], dict(before.hashed)
    for rendered in stations:
        silent = [slot.slot.name for slot in rendered.slots if _lost_all_speech(slot)]
        if not silent:
            out.append(rendered)
            continue
        station_id, entry = rendered.station.id, before.day.station(rendered.station.id)
        found = check_station(before.day.folder, entry, hashed) if entry is not None else []
        damage += found
        if entry is not None and _linked(before.day, entry, staging, found, index, hashed):
            kept.append(entry)
            warnings += _repaired(entry, found)
            warnings.append(warning("no_speech_kept", station_id=station_id, slots=", ".join(silent)))
            continue
        warnings.append(warning("no_speech_dropped", station_id=station_id, slots=", ".join(silent)))
        remaining = tuple(slot for slot in rendered.slots if slot.slot.name not in silent)
        if remaining:
            out.append(dataclasses.replace(rendered, slots=remaining))
    return tuple(out), dataclasses.replace(
        before, kept=tuple(kept), warnings=tuple(warnings), hashed=hashed, damaged=before.damaged | _inodes(damage)
    )


def _lost_all_speech(slot: SlotDay[SlotAudio]) -> bool:
    """The slot was to air announcements and none of them could be spoken."""
    return any(is_item(s) for s in slot.segments) and not any(is_item(s) for s, _ in slot.audio.parts)
