"""The emergency fast path: one khẩn-cấp announcement on air at the next opportunity.

Everything that could stop it from airing is checked before the file joins
the workspace (a refused file changes nothing): the stations exist and the
item targets them, and the plan puts it in a slot today or tomorrow.

Before it airs: its audio is rendered once per voice, added to each published day
as `urgent` (build/urgent.py), and every station is told (an event; running players
on this PC take it at once). Then follows the rebuild of the affected stations'
slot files, which puts it in its slot; what is reported back is read from the
published manifest: a station is confirmed only when its slot holds the item.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from ..adapters.clock import SYSTEM_CLOCK, Clock
from ..adapters.files import read_text
from ..adapters.http import Transport
from ..adapters.proc import Runner
from ..build.check import load_workspace, with_announcement
from ..build.plan import Estimate, counted_once, make_plan
from ..build.urgent import BUSY_WAIT, Ahead, FirstAiring
from ..domain.limits import LIMITS
from ..domain.manifest import Manifest
from ..domain.model import Announcement, Priority, Station, Workspace
from ..errors import LoaError, NotAllowed, NotOnAir, Problem, WouldNotAir
from ..i18n import tr
from ..onair.published import read_manifest
from ..workspace.stations import station_ids as station_ids_typed
from .accounts import User, record
from .approvals import sign
from .emergency_file import approved_in_place, checked_as_installed, install, with_an_end
from .playout import cut_in
from .station_events import emergency_files, queue_emergency

if TYPE_CHECKING:  # the rebuild's modules (steps, history, summary, lint: some 60 ms of imports) load after air
    from ..build.steps import BuildReport


@dataclass(frozen=True)
class Airing:
    station: str
    day: str  # ISO date
    slot: str
    start: str  # HH:MM of the slot


@dataclass(frozen=True)
class EmergencyReport:
    announcement_id: str
    file: Path  # where it was saved in the workspace
    renamed: bool  # another announcement had the file's name: it was saved under a new one
    airs: tuple[Airing, ...]  # read back from the published manifests
    builds: tuple[BuildReport, ...]
    ended: str = ""  # it had no end: the end Loa gave it ("2021-08-10 23:59", the day it first airs)
    cut_in: tuple[str, ...] = ()  # stations whose running player (loa playout --run) is airing it now
    ahead: tuple[Airing, ...] = ()  # published (urgent) and sent to the stations before their slots were rebuilt


@dataclass(frozen=True)
class _Sending:
    """One emergency being sent: the workspace, when, who signs it off, and the outside world (tests stand in)."""

    root: Path
    now: datetime
    runner: Runner | None
    transport: Transport | None
    clock: Clock
    approver: User | None


def emergency(
    root: Path,
    source: Path,
    station_ids: tuple[str, ...],
    now: datetime,
    runner: Runner | None = None,
    transport: Transport | None = None,
    clock: Clock = SYSTEM_CLOCK,
    approver: User | None = None,
    sent_ahead: Callable[[tuple[Airing, ...]], None] = lambda _: None,
    signer: Callable[[], User] | None = None,
) -> EmergencyReport:
    """Install `source`, send it ahead to the stations, then build the days it first airs; `approver` signs it off
    (needed where approval is: an approver writing and sending an emergency is its four eyes' second pair; the
    audit records it). `sent_ahead` is told the airings every station can play before the rebuild starts.
    `signer`, when given, is the approver once their password is checked: asked for after the file is read and
    checked and the workspace loaded (the check runs meanwhile, on the other core), before anything changes."""
    sending = _Sending(root.resolve(), now, runner, transport, clock, approver)
    before, data, end, stations = _accepted(sending, source, station_ids)
    if signer is not None:
        sending = dataclasses.replace(sending, approver=signer())
    _may_send(sending.approver, before, source, data)
    target, renamed = install(sending.root, source, data.encode("utf-8"))
    installed, sender, firsts = _prepared(sending, before, target, stations)
    planned = [airing for airing, _ in firsts]
    ahead = _send_ahead(sender, firsts, now)  # before it airs
    took = cut_in(sending.root, installed.id, [(a.station, a.day) for a in ahead])
    sent_ahead(ahead)
    report = EmergencyReport(installed.id, target, renamed, (), _rebuilt(sending, planned), end, ahead=ahead)
    return _reported(sending, report, planned, took)


def _accepted(
    sending: _Sending, source: Path, station_ids: tuple[str, ...]
) -> tuple[Workspace, str, str, list[Station]]:
    """The workspace as loaded before, the file as it will be installed (given an end when it has none), the end
    given, and its stations; every refusal but the approver's (_may_send) comes before anything changes."""
    text = read_text(source, source.parent, LIMITS.announcement_bytes)
    data, end = with_an_end(text, sending.now.date())
    item = checked_as_installed(source, data)
    if item.priority != Priority.KHAN_CAP:
        what = tr("this announcement is not an emergency")
        raise LoaError(Problem(source, 2, what, tr("add the line 'priority: khan-cap' to its front matter")))
    before = load_workspace(sending.root, sending.runner)
    stations = _targets(before, item, station_ids, source)
    if end and not _slot_left_today(item, stations, sending.now):
        data, end = with_an_end(text, sending.now.date() + timedelta(days=1))  # no slot left today: ends tomorrow
        checked_as_installed(source, data)
    return before, data, end, stations


def _slot_left_today(item: Announcement, stations: list[Station], now: datetime) -> bool:
    """Whether a slot the item airs in (those its `slots:` names, else every one) has not ended today: a bulletin
    for the 00:05 slot sent at 23:53 has none left today, though the station's 23:55 slot has not ended."""
    return any(now.time() < slot.end for station in stations for slot in item.slots_at(station))


def _may_send(approver: User | None, before: Workspace, source: Path, data: str) -> None:
    """Only an approver signs an emergency off; where approval is required, it must be signed or approved."""
    if approver is not None and approver.role != "approver":
        raise NotAllowed("role", Problem(None, None, tr("only an approver may send an emergency"),
                                 tr("ask an approver, or an admin for an approver's account")))  # fmt: skip
    if approver is None and before.settings.require_approval and not approved_in_place(before, source, data):
        what = tr("this workspace airs only approved announcements, and this one is not approved")
        raise LoaError(Problem(source, None, what, tr("say who approves it: --as ACCOUNT (an approver's account)")))


def _prepared(
    sending: _Sending, before: Workspace, target: Path, stations: list[Station]
) -> tuple[Announcement, Ahead, list[tuple[Airing, FirstAiring]]]:
    """The installed announcement (signed off by the approver), its sender and its first airings; on any failure
    the installed file is removed again. The workspace is not loaded again: only its file is read (then once
    more, signed), and checked as loading would check it."""
    try:
        workspace = with_announcement(before, target, sending.runner)
        installed = next(a for a in workspace.announcements if a.file == target)
        if sending.approver is not None:
            sign(workspace, installed, sending.approver.name, sending.now)
            record(sending.root, sending.approver.name, "khan-cap", installed.id, sending.now, installed.title)
            workspace = with_announcement(workspace, target, sending.runner)
            installed = next(a for a in workspace.announcements if a.file == target)
        sender = Ahead(workspace, installed.id, sending.runner or Runner(), sending.transport, sending.clock)
        return installed, sender, _first_airings(workspace, installed, stations, sending.now, sender)
    except BaseException:
        target.unlink(missing_ok=True)
        raise


def _rebuilt(sending: _Sending, planned: list[Airing]) -> tuple[BuildReport, ...]:
    """The days it first airs, built again for its stations: the slot files that include it."""
    from ..build.history import Origin  # imported once the bulletin is on the line (see TYPE_CHECKING above)
    from ..build.steps import build

    days = sorted({date.fromisoformat(a.day) for a in planned})
    on_day = {day: [a.station for a in planned if a.day == day.isoformat()] for day in days}
    origin = Origin("emergency", sending.approver.name if sending.approver else "")
    return tuple(build(sending.root, day, on_day[day], runner=sending.runner, transport=sending.transport,
                       clock=sending.clock, origin=origin, wait=BUSY_WAIT) for day in days)  # fmt: skip


def _reported(
    sending: _Sending, report: EmergencyReport, planned: list[Airing], took: tuple[str, ...]
) -> EmergencyReport:
    """What the published manifests confirm, the stations told, NotOnAir for a planned airing missing, and the
    running players that cut it in."""
    report = dataclasses.replace(report, airs=_confirmed(sending.root, report.announcement_id, planned))
    rest = [a for a in report.airs if a not in report.ahead]
    # the stations are told before the check: a station that has it airs it
    _tell_stations(sending.root, report.announcement_id, rest, sending.now)
    _check_on_air(report, planned)
    return dataclasses.replace(
        report, cut_in=took + cut_in(sending.root, report.announcement_id, [(a.station, a.day) for a in rest])
    )


def _send_ahead(sender: Ahead, firsts: list[tuple[Airing, FirstAiring]], now: datetime) -> tuple[Airing, ...]:
    """Publish the bulletin as urgent in the days published already and tell those stations; the airings sent."""
    sent = sender.publish([first for _, first in firsts])
    files = {(station, day.isoformat()): names for day, found in sent.items() for station, names in found.items()}
    ahead = tuple(airing for airing, _ in firsts if (airing.station, airing.day) in files)
    told = [(a.station, a.day, a.slot, a.start, files[a.station, a.day]) for a in ahead]
    queue_emergency(sender.workspace.root, sender.announcement_id, told, now)
    return ahead


def _first_airings(
    workspace: Workspace, item: Announcement, stations: list[Station], now: datetime, sender: Ahead
) -> list[tuple[Airing, FirstAiring]]:
    """Each station's first airing; one station of each dialect first, whose bulletin `sender` starts rendering
    while the others are planned (at 200 stations, planning takes as long as the two or three renders)."""
    scouts, estimate = list({station.dialect: station for station in reversed(stations)}.values()), counted_once()
    found = {station.id: _first_airing(workspace, item, station, now, estimate) for station in scouts}
    sender.start([first for _, first in found.values()])
    return [found.get(station.id) or _first_airing(workspace, item, station, now, estimate) for station in stations]


def _targets(workspace: Workspace, item: Announcement, station_ids: tuple[str, ...], source: Path) -> list[Station]:
    """The stations to put it on: those asked for (each known and targeted by the item), else the item's own."""
    station_ids = station_ids_typed(workspace.stations, station_ids)  # "Tân Dĩnh" as well as tan-dinh
    known = {s.id: s for s in workspace.stations}
    unknown = [s for s in station_ids if s not in known]
    if unknown:
        fix = tr("use ids from stations.yaml: {known}", known=", ".join(known))
        raise LoaError(
            Problem(None, None, tr("unknown station {unknown}", unknown=", ".join(repr(s) for s in unknown)), fix)
        )
    excluded = [s for s in station_ids if item.stations is not None and s not in item.stations]
    if excluded:
        what = tr("the announcement's 'stations:' does not include {excluded}", excluded=", ".join(excluded))
        raise LoaError(Problem(source, None, what, tr("add them to its 'stations:' line, or leave out --stations")))
    wanted = station_ids or item.stations or tuple(known)
    missing = [s for s in wanted if s not in known]
    if missing:
        raise LoaError(
            Problem(
                source,
                None,
                tr("unknown station {missing}", missing=", ".join(repr(s) for s in missing)),
                tr("use ids from stations.yaml: {known}", known=", ".join(known)),
            )
        )
    return [known[s] for s in dict.fromkeys(wanted)]


def _first_airing(
    workspace: Workspace, item: Announcement, station: Station, now: datetime, estimate: Estimate
) -> tuple[Airing, FirstAiring]:
    """The slot on air now or the next one, today or tomorrow, whose plan holds the item; else an error."""
    for day in (now.date(), now.date() + timedelta(days=1)):
        plan = make_plan(workspace, day, [station.id], estimate)
        for station_plan in plan.stations:
            for slot in station_plan.slots:
                planned = next((p for p in slot.items if p.announcement.id == item.id), None)
                if (day > now.date() or now.time() < slot.slot.end) and planned is not None:
                    airing = Airing(station.id, day.isoformat(), slot.slot.name, slot.slot.start.strftime("%H:%M"))
                    return airing, FirstAiring(station, day, slot.slot, planned)
    what = tr("the announcement would not air at {id} today or tomorrow", id=station.id)
    fix = tr("check valid_from, valid_until, days and slots in its front matter")
    raise WouldNotAir(station.id, Problem(item.file, None, what, fix))


def _confirmed(root: Path, item_id: str, planned: Sequence[Airing]) -> tuple[Airing, ...]:
    """The planned airings that the published manifests really contain."""
    found, manifests = [], _manifests(root, planned)
    for airing in planned:
        manifest = manifests[airing.day]
        station = manifest.station(airing.station) if manifest else None
        slots = [slot for slot in station.slots if slot.slot == airing.slot] if station else []
        if any(i.announcement_id == item_id and i.kind == "speech" for slot in slots for i in slot.items):
            found.append(airing)
    return tuple(found)


def _tell_stations(root: Path, item_id: str, airs: Sequence[Airing], now: datetime) -> None:
    """Queue an "emergency" event for each station it was published for (stations on the line fetch it at once)."""
    found, manifests = [], _manifests(root, airs)
    for airing in airs:
        manifest = manifests[airing.day]
        station = manifest.station(airing.station) if manifest else None
        slot = next((s for s in station.slots if s.slot == airing.slot), None) if station else None
        urgent = [i.file for i in station.urgent if i.announcement_id == item_id] if station else []
        files = urgent or (emergency_files(slot, item_id) if slot else [])
        found.append((airing.station, airing.day, airing.slot, airing.start, files))
    queue_emergency(root, item_id, found, now)


def _manifests(root: Path, airs: Iterable[Airing]) -> dict[str, Manifest | None]:
    """Each day's published manifest, read once (at 200 stations it is megabytes of JSON)."""
    return {day: read_manifest(root / "playlists" / day) for day in {a.day for a in airs}}


def _check_on_air(report: EmergencyReport, planned: list[Airing]) -> None:
    missing = [a for a in planned if a not in report.airs]
    if not missing:
        return
    reasons = why_not_on_air(report, {a.station for a in missing})
    problems = [
        Problem(
            report.file,
            None,
            tr("NOT ON AIR at {station} ({slot} {day})", station=a.station, slot=a.slot, day=a.day),
            "; ".join(reasons),
        )
        for a in missing
    ]
    raise NotOnAir(*problems)


def why_not_on_air(report: EmergencyReport, stations: set[str]) -> list[str]:
    """The builds' warnings about the bulletin or about a station it is missing from, worded; else where to look."""
    from ..build.warnings import worded_all  # after air, as the rebuild's modules

    about = [w for b in report.builds for w in b.warnings
             if w.announcement_id == report.announcement_id or w.station_id in stations]  # fmt: skip
    return worded_all(about) or [tr("see the build's warnings")]
