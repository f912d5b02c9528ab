"""What an approver sees around a decision: when an approved item first airs and where, how long it is against
its slot, which diff lines are bookkeeping, why an item was sent back, and what waits for this approver."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from ..build.binding import targets
from ..build.plan import ITEM_OVERHEAD_SECONDS, SYLLABLES_PER_SECOND
from ..domain.model import Announcement, Station, Workspace
from ..workspace.approval import APPROVAL_LINE, STATUS_LINE
from . import accounts
from .listing import Row

HORIZON_DAYS = 400  # past this an announcement is not said to air "from" a day: nobody plans that far
WAITING = ("cho-duyet", "can-duyet-lai")  # what an approver must decide


@dataclass(frozen=True)
class OnAir:
    """Where an approved announcement will air: its first day from now on (None: none ahead) and at how many
    stations."""

    first_day: date | None
    stations: int


def on_air(workspace: Workspace, item: Announcement, now: datetime) -> OnAir:
    """The first day from `now` on with a slot of a targeted station it airs in (today: a slot not begun yet)."""
    stations = [s for s in targets(workspace, item) if item.slots_at(s)]
    for offset in range(HORIZON_DAYS):
        day = now.date() + timedelta(days=offset)
        if any(_airs(item, s, day, now) for s in stations):
            return OnAir(day, len(stations))
    return OnAir(None, len(stations))


def _airs(item: Announcement, station: Station, day: date, now: datetime) -> bool:
    later = (slot for slot in item.slots_at(station) if day > now.date() or slot.start >= now.time())
    return any(item.airs_in(day, slot) for slot in later)


@dataclass(frozen=True)
class AirLength:
    """An item's estimated air time in one slot (all its repeats), against the shortest slot it airs in."""

    seconds: float
    slot_seconds: int


def air_length(workspace: Workspace, item: Announcement, spoken: str) -> AirLength:
    """Estimated as a build does (build/program.py): the spoken words at the horn's rate, plus the formulas."""
    one = len(spoken.split()) / SYLLABLES_PER_SECOND + ITEM_OVERHEAD_SECONDS
    slots = [slot.seconds for s in targets(workspace, item) for slot in item.slots_at(s)]
    return AirLength(one * item.repeat, min(slots, default=0))


def judged(text: str) -> list[str]:
    """The file's lines an approver judges: the front matter's approval and status lines are Loa's bookkeeping
    (it writes them on every decision), not a change to the announcement."""
    lines, fences = [], 0
    for line in text.splitlines():
        fences += line.strip() == "---"
        if fences >= 2 or not (APPROVAL_LINE.match(line) or STATUS_LINE.match(line)):
            lines.append(line)
    return lines


def rejection(root: Path, item: Announcement) -> accounts.Event | None:
    """Why a rejected announcement was sent back (the latest rejection), None when it is not rejected now."""
    if item.status != "tu-choi":
        return None
    return next((e for e in accounts.history(root, item.id, 50) if e.action == "tu-choi"), None)


def rejections(root: Path, items: Iterable[Announcement]) -> dict[str, accounts.Event]:
    """The reasons of every announcement rejected now, by id."""
    found = {item.id: rejection(root, item) for item in items if item.status == "tu-choi"}
    return {key: event for key, event in found.items() if event is not None}


def waiting_for(rows: Iterable[Row], name: str, last_editor: Callable[[str], str]) -> list[Row]:
    """What waits for approver `name`: sent for approval or to approve again, and not edited last by them."""
    return [row for row in rows if row.status in WAITING and last_editor(row.id) != name]
