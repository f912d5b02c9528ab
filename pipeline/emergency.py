"""The emergency fast path: one khẩn-cấp announcement on air at the next opportunity.

The file joins the workspace's announcements (after it is checked, so a bad
file changes nothing), then only the affected stations are rebuilt for today
(and tomorrow, where no slot is left today). Everything else already rendered
is reused, and other stations' published folders are linked, not rebuilt.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from .announcements import load_announcement
from .build import NO_SEAMS, BuildReport, build
from .engines import Seams
from .errors import LoaError, Problem, ValidationFailed
from .model import Priority, Slot, Station, Workspace
from .proc import Runner
from .workspace import load_workspace


@dataclass(frozen=True)
class EmergencyReport:
    announcement_id: str
    airs: tuple[tuple[str, str, str], ...]  # (station, date, slot): the current or next slot of each station
    builds: tuple[BuildReport, ...]


def emergency(root: Path, source: Path, station_ids: tuple[str, ...], now: datetime, runner: Runner | None = None, seams: Seams = NO_SEAMS) -> EmergencyReport:
    item = load_announcement(source)
    if item.priority != Priority.KHAN_CAP:
        raise LoaError(Problem(source, 2, "this announcement is not an emergency", "add the line 'priority: khan-cap' to its front matter"))
    if not item.airs_on(now.date()):
        raise LoaError(Problem(source, 2, f"this announcement is not valid today ({now.date()})", "fix valid_from / valid_until / days"))
    workspace = _install(root.resolve(), source, runner)
    wanted = station_ids or item.stations or tuple(s.id for s in workspace.stations)
    stations = [s for s in workspace.stations if s.id in wanted]
    airs = tuple(_next_slot(s, now) for s in stations)
    days = sorted({day for _, day, _ in airs})
    builds = tuple(build(root, datetime.fromisoformat(day).date(), [s.id for s in stations], runner=runner, seams=seams) for day in days)
    return EmergencyReport(item.id, airs, builds)


def _install(root: Path, source: Path, runner: Runner | None) -> Workspace:
    """Copy the file into scripts_vi/announcements/ (temp then rename); remove it again if the workspace rejects it."""
    folder = root / "scripts_vi" / "announcements"
    target = folder / source.name
    if source.resolve() == target.resolve():
        return load_workspace(root, runner)
    previous = target.read_bytes() if target.exists() else None
    temp = folder / f".tmp-{os.getpid()}-{source.name}"
    shutil.copyfile(source, temp)
    os.replace(temp, target)
    try:
        return load_workspace(root, runner)
    except ValidationFailed:
        if previous is None:
            target.unlink()
        else:
            target.write_bytes(previous)
        raise


def _next_slot(station: Station, now: datetime) -> tuple[str, str, str]:
    """The slot on air now, else the next one today, else tomorrow's first."""
    clock = now.time()
    for slot in station.slots:
        if clock < slot.end:
            return station.id, now.date().isoformat(), slot.name
    first: Slot = station.slots[0]
    return station.id, (now.date() + timedelta(days=1)).isoformat(), first.name
