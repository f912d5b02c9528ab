"""Ngừng phát: an emergency withdrawn everywhere, from the web page or `loa emergency-stop`.

The announcement goes back to a draft (its approval ends in the ledger too, so no build airs it again),
each published day from today on that holds it is built again without it (publishing swaps the day in
whole: a station never reads a missing file), and every station that holds it or was sent it is told
to stop. Stations on the line cut it off in their running player and confirm the stop; until a station
confirms, nobody may say it stopped there. Local players (`loa playout --run`) are cut off at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from ..adapters.clock import SYSTEM_CLOCK, Clock
from ..adapters.http import Transport
from ..adapters.proc import Runner
from ..build.check import load_workspace
from ..build.history import Origin
from ..build.steps import build
from ..domain.model import Announcement, Priority
from ..errors import LoaError, NotAllowed, Problem
from ..i18n import tr
from ..onair.playout.program import item_paths
from ..onair.published import read_manifest
from ..workspace import approval, ledger
from ..workspace.saving import edit_lock, replace_text
from .accounts import User, record
from .keeper import published_days
from .playout import cut_off
from .station_events import queue_stop, sent_emergencies

STOPPERS = ("approver", "admin")


@dataclass(frozen=True)
class StopReport:
    announcement_id: str
    title: str
    days: tuple[str, ...]  # published days built again without it
    stations: tuple[str, ...]  # stations told to stop: each says so itself once it has (station_events)
    cut_off: tuple[str, ...] = ()  # stations whose local player (loa playout --run) took the stop


def stop_emergency(
    root: Path,
    item_id: str,
    by: User,
    now: datetime,
    runner: Runner | None = None,
    transport: Transport | None = None,
    clock: Clock = SYSTEM_CLOCK,
) -> StopReport:
    """Withdraw the emergency `item_id` everywhere, in the name of `by` (an approver or an admin)."""
    root = root.resolve()
    if by.role not in STOPPERS:
        raise NotAllowed("role", Problem(None, None, tr("only an approver or an admin may stop an emergency"),
                                 tr("ask an approver or an admin")))  # fmt: skip
    item = _emergency(root, item_id, runner)
    with edit_lock(root):
        replace_text(item.file, approval.with_status(item.file.read_text(encoding="utf-8"), "nhap"))
        ledger.withdraw(root, item.id, by.name, now)
    record(root, by.name, "ngung-phat", item.id, now, item.title)
    stopping = who_stops(root, item.id, now.date())
    for day, stations in stopping.holding.items():
        build(root, day, stations, runner=runner, transport=transport, clock=clock, today=now.date(), now=now,
              origin=Origin("stop", by.name))  # fmt: skip
    took = tell_to_stop(root, stopping, now)  # also when a day could not be built again: running players stop now
    _check_off_air(root, item, now.date())
    return StopReport(item.id, item.title, tuple(d.isoformat() for d in stopping.holding), stopping.stations, took)


@dataclass(frozen=True)
class Stopping:
    """Who must stop an announcement: the published days holding it (with their stations), every station that
    holds it or was sent it, and the files their players hold (read before the days lose them)."""

    announcement_id: str
    holding: dict[date, list[str]]
    stations: tuple[str, ...]
    paths: dict[str, list[str]]


def who_stops(root: Path, item_id: str, today: date) -> Stopping:
    holding = _holding(root, item_id, today)
    told = sorted({s for found in holding.values() for s in found} | _sent_to(root, item_id))
    return Stopping(item_id, holding, tuple(told), {station: item_paths(root, station, item_id) for station in told})


def tell_to_stop(root: Path, stopping: Stopping, now: datetime) -> tuple[str, ...]:
    """A stop event for every station concerned, and the item cut off in players running on this machine (the
    stations where one took it). Also what a CAP Cancel does to an emergency it takes off."""
    queue_stop(root, stopping.announcement_id, stopping.stations, now)
    return cut_off(root, stopping.announcement_id, stopping.paths)


def _emergency(root: Path, item_id: str, runner: Runner | None) -> Announcement:
    item = load_workspace(root, runner).announcement(item_id)
    if item is None:
        what = tr("there is no announcement {id}", id=item_id)
        raise LoaError(Problem(None, None, what, tr("use the id the emergency page or 'loa emergency' showed")))
    if item.priority != Priority.KHAN_CAP:
        what = tr("{id} is not an emergency", id=item_id)
        raise LoaError(Problem(item.file, None, what, tr("withdraw an ordinary announcement from the web editor")))
    return item


def _sent_to(root: Path, item_id: str) -> set[str]:
    return {sent.station for sent in sent_emergencies(root, "", item_id)}


def _holding(root: Path, item_id: str, today: date) -> dict[date, list[str]]:
    """The published days from `today` on whose program holds the item, with the stations that air it."""
    found: dict[date, list[str]] = {}
    for day in published_days(root, today):
        manifest = read_manifest(root / "playlists" / day.isoformat())
        for station in manifest.stations if manifest else ():
            if station.holds(item_id):
                found.setdefault(day, []).append(station.id)
    return found


def _check_off_air(root: Path, item: Announcement, today: date) -> None:
    still = _holding(root, item.id, today)
    if not still:
        return
    raise LoaError(*(
        Problem(item.file, None,
                tr("{id} is still in the published program of {day} at {stations}", id=item.id, day=day.isoformat(),
                   stations=", ".join(stations)),
                tr("build the day again: loa build . --date {day}", day=day.isoformat()))
        for day, stations in still.items()
    ))  # fmt: skip
