"""The day as published before this build: what to keep, what was damaged, and slots that lost all speech."""

from __future__ import annotations

import dataclasses
import shutil
from collections.abc import Iterable
from pathlib import Path

from ..domain.manifest import StationEntry
from ..domain.segments import is_item
from ..onair.published import StoreIndex, check_station, copy_station, link_or_copy, read_manifest
from .assemble import RenderedSlot
from .program import SlotProgram, StationProgram
from .warnings import BuildWarning, warning


class Previous:
    """The day as published before this build: stations to keep, and what was wrong with it."""

    def __init__(self, folder: Path, index: StoreIndex) -> None:
        self.folder, self.index = folder, index
        self.manifest = read_manifest(folder)
        self.damaged = self.manifest is None and (folder / "manifest.json").exists()  # there, but unreadable
        self.hashed: dict[tuple[int, int], str] = {}
        self.warnings: list[BuildWarning] = []
        self.broken: list[str] = []  # stations whose published files could not be repaired: rebuilt too
        self.damaged_inodes: set[tuple[int, int]] = set()
        if self.damaged:
            self.warnings.append(warning("manifest_damaged", day=folder.name))

    def station(self, station_id: str) -> StationEntry | None:
        return self.manifest.station(station_id) if self.manifest else None

    def keep(self, staging: Path, station_ids: Iterable[str]) -> list[StationEntry]:
        """Link these stations' published folders into `staging` (repaired from the store); their manifest entries."""
        staging.mkdir(parents=True, exist_ok=True)
        if self.damaged:
            self.broken += station_ids  # nothing trustworthy to keep: every station is built again
            return []
        kept = []
        for station_id in station_ids:
            entry = self.station(station_id)
            if entry is not None and self.link(entry, staging):
                kept.append(entry)
            elif entry is not None:
                self.broken.append(station_id)
                self.warnings.append(warning("station_rebuilt", station_id=station_id))
        return kept

    def with_urgent(self, entry: StationEntry, staging: Path) -> StationEntry:
        """A rebuilt station keeps the emergencies sent ahead of its slots (`urgent`) while a slot airs them, so an
        event sent earlier still names files of its day; a withdrawn one is gone with its slots."""
        before = self.station(entry.id)
        held = {i.announcement_id for slot in entry.slots for i in slot.items}
        urgent = tuple(i for i in before.urgent if i.announcement_id in held) if before else ()
        urgent = tuple(i for i in urgent if self._carried(entry.id, i.file, staging / entry.id))
        return dataclasses.replace(entry, urgent=urgent) if urgent else entry

    def _carried(self, station_id: str, name: str, folder: Path) -> bool:
        """The published urgent file linked into the rebuilt station's folder; False when it is gone."""
        try:
            link_or_copy(self.folder / station_id / name, folder / name)
        except OSError:
            return False
        return True

    def link(self, entry: StationEntry, staging: Path) -> bool:
        damage = check_station(self.folder, entry, self.hashed)
        self.damaged_inodes |= {(info.st_dev, info.st_ino) for d in damage if not d.missing for info in [d.path.stat()]}
        if not copy_station(self.folder / entry.id, staging / entry.id, damage, self.index, self.hashed):
            shutil.rmtree(staging / entry.id, ignore_errors=True)
            return False
        self.warnings += [
            warning("repaired_missing" if d.missing else "repaired_damaged", station_id=entry.id, file=d.path.name)
            for d in damage
        ]
        return True


def without_silent_slots(
    programs: tuple[StationProgram, ...],
    rendered: list[list[RenderedSlot]],
    kept: list[StationEntry],
    previous: Previous,
    staging: Path,
) -> tuple[tuple[StationProgram, ...], list[list[RenderedSlot]], list[StationEntry]]:
    """A slot that would air chimes only (every engine failed) never replaces a good day.

    Such a station keeps its previous published version when there is one; otherwise the
    silent slots are left out of what is published. The report says which, loudly.
    """
    out_programs, out_rendered = [], []
    for program, slots in zip(programs, rendered, strict=True):
        silent = [r.slot.name for r, planned in zip(slots, program.slots, strict=True) if _lost_all_speech(planned, r)]
        if not silent:
            out_programs.append(program)
            out_rendered.append(slots)
            continue
        entry = previous.station(program.station.id)
        if entry is not None and previous.link(entry, staging):
            kept.append(entry)
            previous.warnings.append(warning("no_speech_kept", station_id=program.station.id, slots=", ".join(silent)))
            continue
        previous.warnings.append(warning("no_speech_dropped", station_id=program.station.id, slots=", ".join(silent)))
        remaining = [(p, r) for p, r in zip(program.slots, slots, strict=True) if r.slot.name not in silent]
        if remaining:
            out_programs.append(dataclasses.replace(program, slots=tuple(p for p, _ in remaining)))
            out_rendered.append([r for _, r in remaining])
    return tuple(out_programs), out_rendered, kept


def _lost_all_speech(planned: SlotProgram, rendered: RenderedSlot) -> bool:
    """The slot was to air announcements and none of them could be spoken."""
    return any(is_item(s) for s in planned.segments) and not any(is_item(s) for s, _ in rendered.segments)
