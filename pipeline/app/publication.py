"""What is on the air, as pages must say it: only a published day airs, and it may lag behind the files.

Per day and station: `planned` (no published program: nothing airs yet, the plan is an intention),
`current` (published from the inputs as they are now), `rebuilding` (published from older inputs; a
keeper is running and publishes it again within a minute), `outdated` (published from older inputs and
no keeper runs, or its rebuild failed: someone must build it), `past` (a day gone by, as it was published).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from ..domain.model import Announcement
from ..onair.published import read_manifest
from ..workspace.inputs import Kept, Stamps, built_from, fingerprint
from .keeper import published_days, read_status
from .listing import status_of


@dataclass(frozen=True)
class DayState:
    state: str  # planned | current | rebuilding | outdated | past
    why: str = ""  # for `outdated`: why the keeper could not rebuild it


@dataclass(frozen=True)
class Looked:
    """What one page asks once: the inputs now, what each day was built from, and whether a keeper runs."""

    inputs: str
    record: dict[str, str]
    keeper_alive: bool
    failed: dict[str, str]


def look(root: Path, now: datetime, known: Stamps | None = None, kept: Kept | None = None) -> Looked:
    """`known`: the announcement files' stamps the page's snapshot has just read (not stat-ed again); `kept`: its
    listings and fingerprint lines."""
    status = read_status(root)
    alive = status is not None and status.alive(now)
    failed = dict(status.failed) if status and alive else {}
    return Looked(fingerprint(root, known, kept), built_from(root), alive, failed)


def day_state(day: date, published: bool, today: date, looked: Looked) -> DayState:
    """A day at a station: `published` when a published manifest of the day holds the station."""
    if not published:
        return DayState("planned")
    if day < today:
        return DayState("past")
    if looked.record.get(day.isoformat()) == looked.inputs:
        return DayState("current")
    if day.isoformat() in looked.failed:
        return DayState("outdated", looked.failed[day.isoformat()])
    return DayState("rebuilding" if looked.keeper_alive else "outdated")


def airs_from(root: Path, announcement_id: str, today: date) -> date | None:
    """The first published day from today on whose program holds the announcement (None: it airs on none)."""
    for day in published_days(root, today):
        manifest = read_manifest(root / "playlists" / day.isoformat())
        items = (i for s in manifest.stations for slot in s.slots for i in slot.items) if manifest else ()
        if any(item.announcement_id == announcement_id for item in items):
            return day
    return None


@dataclass(frozen=True)
class OffAir:
    """Saving the announcement from the editor's form takes it off the air until it is approved again,
    from `day` (the first published day that airs it; None: no published day airs it yet)."""

    day: date | None


def saving_takes_off(root: Path, item: Announcement, today: date, approval_required: bool) -> OffAir | None:
    """An editor's save puts the file back in the workflow (draft or waiting): an announcement that airs stops."""
    if status_of(item, today, approval_required) not in ("da-duyet", "phat-ngay"):
        return None
    return OffAir(airs_from(root, item.id, today))
