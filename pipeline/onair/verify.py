"""`loa verify`: every published day against its manifest, the store against its sidecars, hashed in full.

Builds trust a store file whose size and time are unchanged (as git's index does),
which is what keeps a no-change rebuild fast. Bit rot keeps size and time, so this
check reads every byte; the nightly job runs it before each build.

Repair: a damaged store entry is removed (the next build renders it again); a
damaged published file is replaced by an intact store file with the same checksum;
what is left (the store's copy was the damaged one) is rebuilt for today and later
days by the caller, and reported for past days, whose record stays as it aired.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ..adapters.files import sha256_file
from ..errors import Problem
from ..i18n import tr
from .publish import workspace_lock
from .published import Damage, StoreIndex, check_playlists, check_station, read_manifest

DAY_FOLDER = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass
class VerifyReport:
    """What was checked, what was wrong, what was repaired, and what is left to rebuild."""

    days: int = 0
    files: int = 0
    store_files: int = 0
    problems: list[Problem] = field(default_factory=list)  # found (repaired or not)
    repaired: list[str] = field(default_factory=list)
    rebuild: dict[date, set[str]] = field(default_factory=dict)  # days (today or later) and stations to build again
    unrepaired: list[Problem] = field(default_factory=list)


def verify_workspace(root: Path, repair: bool, today: date) -> VerifyReport:
    """Check (and with `repair`, fix what files allow) under the workspace lock; rebuilds are the caller's."""
    report = VerifyReport()
    with workspace_lock(root):
        _check_store(root / "audio_out", report, repair)
        index = StoreIndex(root / "audio_out")
        for folder in sorted(p for p in (root / "playlists").glob("*") if DAY_FOLDER.match(p.name) and p.is_dir()):
            _check_day(folder, report, repair, index, today)
    return report


def _check_store(store: Path, report: VerifyReport, repair: bool) -> None:
    for sidecar in sorted(store.glob("*/*/*.json")):
        audio = sidecar.with_suffix(".mp3")
        report.store_files += 1
        try:
            expected = json.loads(sidecar.read_text(encoding="utf-8"))["sha256"]
            intact = audio.is_file() and sha256_file(audio) == expected
        except (OSError, ValueError, KeyError, TypeError):
            intact = False
        if intact:
            continue
        report.problems.append(
            Problem(audio, None, tr("a stored file is damaged or missing"), tr("run 'loa verify --repair'"))
        )
        if repair:
            audio.unlink(missing_ok=True)
            sidecar.unlink(missing_ok=True)
            report.repaired.append(tr("{file}: removed from the store; the next build renders it again", file=audio))


def _check_day(folder: Path, report: VerifyReport, repair: bool, index: StoreIndex, today: date) -> None:
    report.days += 1
    day = date.fromisoformat(folder.name)
    manifest = read_manifest(folder)
    if manifest is None:  # missing or damaged
        problem = Problem(
            folder / "manifest.json", None, tr("the manifest is missing or damaged"), tr("build this day again")
        )
        _unfixable(report, problem, day, None, repair, today)
        return
    hashed: dict[tuple[int, int], str] = {}
    for station in manifest.stations:
        damage = check_station(folder, station, hashed)
        report.files += sum(len(slot.items) + 1 for slot in station.slots)
        report.problems += [d.problem() for d in damage] + check_playlists(folder, station)
        for d in damage:
            fixed = repair and _relink(d, index, hashed)
            if fixed:
                report.repaired.append(tr("{file}: replaced by the intact copy in the store", file=d.path))
            else:
                _unfixable(report, d.problem(), day, d.station, repair, today)


def _relink(damage: Damage, index: StoreIndex, hashed: dict[tuple[int, int], str]) -> bool:
    """Replace a published file by an intact store file with its checksum, atomically (link, then rename)."""
    source = index.intact(damage.sha256, hashed)
    if source is None:
        return False
    temp = damage.path.with_name(f".tmp-{os.getpid()}-{damage.path.name}")
    temp.unlink(missing_ok=True)
    os.link(source, temp)
    os.replace(temp, damage.path)
    return True


def _unfixable(
    report: VerifyReport, problem: Problem, day: date, station: str | None, repair: bool, today: date
) -> None:
    if repair and day >= today:
        report.rebuild.setdefault(day, set()).update({station} if station else set())
    elif repair:  # planning a day that has aired anew would rewrite its record with today's announcements
        fix = tr("restore this day's folder from a backup, or delete it (reports then count its plan)")
        report.unrepaired.append(
            Problem(
                problem.file, None, tr("{what}; the day has aired, so it is not built again", what=problem.what), fix
            )
        )
    else:
        report.unrepaired.append(problem)
