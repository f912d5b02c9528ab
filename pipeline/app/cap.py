"""CAP 1.2 alerts in (`loa cap import`, and the feeds' poller): each alert decided once, and the decision said with
its reason. Where alerts come from (files, http(s) addresses, Atom feeds) is app/cap_sources.py.

Only an Actual alert for an area one of our stations covers (its `area_codes`) and not yet expired airs. What
airs is a khẩn-cấp announcement written from the alert (its Vietnamese <info>, else the first), recording the
alert as its `origin`. A sender listed in `[cap] trusted_senders` is its own approver: the announcement is
signed off in the sender's name ("CAP: <sender>", in the audit) and put on air as an emergency; any other
sender's waits for an approver (status cho-duyet). An Update takes the alert it references off before its own
text is decided; a Cancel only takes it off (the file goes, its approval with it; the keeper republishes).
A sender changes only its own alerts: a reference to another sender's alert is refused.
"""

from __future__ import annotations

import json
import re
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..adapters.clock import SYSTEM_CLOCK, Clock
from ..adapters.http import Transport, UrllibTransport
from ..adapters.proc import Runner
from ..build.check import load_workspace
from ..domain.cap import CapAlert, CapInfo, origin
from ..domain.model import Priority, Workspace
from ..domain.warning import HAZARD_CODE, RISK_LEVELS, RISK_PARAMETER, hazard, hazard_of_event
from ..errors import LoaError
from ..workspace import ledger
from ..workspace.fields import slugify
from ..workspace.saving import edit_lock, save_new
from .accounts import User, record
from .cap_sources import EMPTY as EMPTY
from .cap_sources import REFUSED as REFUSED
from .cap_sources import SUPERSEDED as SUPERSEDED
from .cap_sources import UNFETCHED as UNFETCHED
from .cap_sources import Received, receive
from .emergency import emergency
from .emergency_stop import tell_to_stop, who_stops

# What was decided about one alert; texts.cap_decision words it.
AIRED, WAITING, NOT_ON_AIR = "aired", "waiting", "not-on-air"
NOT_ACTUAL, IGNORED, EXPIRED, NO_AREA, NO_INFO = (
    "not-actual",
    "ignored",
    "expired",
    "no-area",
    "no-info",
)
CANCELLED, NOTHING_TO_CANCEL, ALREADY, FOREIGN = "cancelled", "nothing-to-cancel", "already", "foreign-reference"


@dataclass(frozen=True)
class CapDecision:
    source: str  # the file, or the address the alert was fetched from
    outcome: str  # one of the names above
    alert: str = ""  # its origin, "cap:<sender>/<identifier>" ("" when the file is no alert)
    detail: str = ""  # the status, the expiry, the stations, or the error's words
    announcement: str = ""  # the announcement written or meant
    replaced: tuple[str, ...] = ()  # announcements an Update or a Cancel took off
    stations: tuple[str, ...] = ()


def import_alerts(
    root: Path,
    sources: Iterable[Path | str],
    now: datetime,
    runner: Runner | None = None,
    transport: Transport | None = None,
    clock: Clock = SYSTEM_CLOCK,
) -> tuple[CapDecision, ...]:
    """Decide the alert of each file, and of each http(s) address (an alert, or an Atom feed's) in turn (an
    Update after its Alert in the same call finds it installed)."""
    return decide(root, receive(sources, transport or UrllibTransport()), now, runner, transport, clock)


def decide(
    root: Path,
    received: Iterable[Received],
    now: datetime,
    runner: Runner | None = None,
    transport: Transport | None = None,
    clock: Clock = SYSTEM_CLOCK,
) -> tuple[CapDecision, ...]:
    root = root.resolve()
    return tuple(_decide(root, one, now, runner, transport, clock) for one in received)


def _decide(
    root: Path, received: Received, now: datetime, runner: Runner | None, transport: Transport | None, clock: Clock
) -> CapDecision:
    file, alert = received.source, received.alert
    if alert is None or received.outcome:
        return CapDecision(file, received.outcome, alert.origin if alert else "", received.detail)
    if alert.status != "Actual":
        return CapDecision(file, NOT_ACTUAL, alert.origin, alert.status)
    if alert.msg_type in ("Ack", "Error"):
        return CapDecision(file, IGNORED, alert.origin, alert.msg_type)
    workspace = load_workspace(root, runner)
    if any(a.origin == alert.origin for a in workspace.announcements):
        return CapDecision(file, ALREADY, alert.origin)
    foreign = [f"{s},{i}" for s, i, _ in alert.references if s != alert.sender]
    if foreign:
        return CapDecision(file, FOREIGN, alert.origin, ", ".join(foreign))
    replaced = _take_off(workspace, alert, now) if alert.msg_type in ("Update", "Cancel") else ()
    if alert.msg_type == "Cancel":
        return CapDecision(file, CANCELLED if replaced else NOTHING_TO_CANCEL, alert.origin, replaced=replaced)
    return _air(workspace, file, alert, replaced, now, (runner, transport, clock))


def _air(
    workspace: Workspace,
    file: str,
    alert: CapAlert,
    replaced: tuple[str, ...],
    now: datetime,
    tools: tuple[Runner | None, Transport | None, Clock],
) -> CapDecision:
    info = alert.info()
    if info is None:
        return CapDecision(file, NO_INFO, alert.origin, replaced=replaced)
    if info.expires is not None and info.expires <= now:
        return CapDecision(file, EXPIRED, alert.origin, _local(info.expires, now), replaced=replaced)
    codes = info.codes()
    stations = tuple(s.id for s in workspace.stations if codes & set(s.area_codes))
    if not stations:
        return CapDecision(file, NO_AREA, alert.origin, ", ".join(sorted(codes)), replaced=replaced)
    trusted = alert.sender in workspace.settings.cap.trusted_senders
    text = announcement_text(alert, info, stations, now, trusted)
    decided = CapDecision(file, WAITING, alert.origin, replaced=replaced, stations=stations)
    if not trusted:
        return _wait(workspace.root, decided, alert, text, now)
    return _on_air(workspace.root, decided, alert, text, now, tools)


def _wait(root: Path, decided: CapDecision, alert: CapAlert, text: str, now: datetime) -> CapDecision:
    folder = root / "scripts_vi" / "announcements"
    saved = save_new(folder, _stem(alert), text.encode("utf-8"), same_is_saved=True)
    record(root, _by(alert), "gui-duyet", saved.path.stem, now, alert.origin)
    return _with(decided, WAITING, saved.path.stem)


def _on_air(
    root: Path,
    decided: CapDecision,
    alert: CapAlert,
    text: str,
    now: datetime,
    tools: tuple[Runner | None, Transport | None, Clock],
) -> CapDecision:
    """Signed off in the trusted sender's name and put on air as an emergency is (app/emergency.py)."""
    runner, transport, clock = tools
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / f"{_stem(alert)}.md"
        source.write_text(text, encoding="utf-8")
        approver = User(_by(alert), "approver", ())
        try:
            report = emergency(root, source, (), now, runner, transport, clock, approver=approver)
        except LoaError as err:
            return _with(decided, NOT_ON_AIR, source.stem, "; ".join(f"{p.what} ({p.fix})" for p in err.problems))
    return _with(
        decided, AIRED, report.announcement_id, ", ".join(f"{a.station} {a.slot} {a.start}" for a in report.airs)
    )


def _with(decided: CapDecision, outcome: str, announcement: str, detail: str = "") -> CapDecision:
    return CapDecision(decided.source, outcome, decided.alert, detail, announcement, decided.replaced, decided.stations)


def _take_off(workspace: Workspace, alert: CapAlert, now: datetime) -> tuple[str, ...]:
    """Remove the announcements written from the alerts it references; their approvals end in the ledger."""
    meant = {origin(sender, identifier) for sender, identifier, _sent in alert.references}
    gone, stops = [], []
    with edit_lock(workspace.root):
        for item in workspace.announcements:
            if item.origin in meant:
                if item.priority == Priority.KHAN_CAP:  # on air now perhaps: its stations are told at once
                    stops.append(who_stops(workspace.root, item.id, now.date()))
                ledger.withdraw(workspace.root, item.id, _by(alert), now)
                item.file.unlink(missing_ok=True)
                record(workspace.root, _by(alert), "rut", item.id, now, f"{alert.msg_type} {alert.origin}")
                gone.append(item.id)
    for stopping in stops:  # the keeper (loa serve, loa nightly) then republishes the days without it
        tell_to_stop(workspace.root, stopping, now)
    return tuple(gone)


def announcement_text(alert: CapAlert, info: CapInfo, stations: tuple[str, ...], now: datetime, trusted: bool) -> str:
    """The khẩn-cấp announcement file: headline, description and instruction, as long as the alert lasts."""
    title = _one_line(info.headline or info.event)[:200]
    lines = ["---", f"title: {_quoted(title)}", "priority: khan-cap", f"stations: [{', '.join(stations)}]"]
    if info.expires is not None:
        lines.append(f"valid_until: {_quoted(_local(info.expires, now))}")
    if info.sender_name:
        lines.append(f"issuer: {_quoted(_one_line(info.sender_name))}")
    lines += warning_lines(info)
    lines.append(f"origin: {_quoted(alert.origin)}")
    if not trusted:
        lines.append("status: cho-duyet")
    paragraphs = [p.strip() for p in (info.headline, info.description, info.instruction) if p.strip()]
    return "\n".join([*lines, "---", "\n\n".join(paragraphs or [title]), ""])


def warning_lines(info: CapInfo) -> list[str]:
    """The warning fields the alert carries: the hazard (its eventCode, else its event's name), the risk level
    (its parameter only: severity alone does not say which of Decision 18's levels), who is responsible."""
    found = hazard(info.event_code(HAZARD_CODE)) or hazard_of_event(info.event)
    level = info.parameter(RISK_PARAMETER)
    lines = [f"hazard: {found.slug}"] if found else []
    lines += [f"risk_level: {level}"] if found and level in {str(n) for n in RISK_LEVELS} else []
    return lines + ([f"responsible: {_quoted(_one_line(info.sender_name))}"] if info.sender_name else [])


def _local(moment: datetime, now: datetime) -> str:
    """The moment on the workspace's clock (that of `now`), as announcements write it."""
    return moment.astimezone(now.tzinfo).strftime("%Y-%m-%d %H:%M")


def _quoted(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)  # JSON strings are YAML strings


def _one_line(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _stem(alert: CapAlert) -> str:
    return (slugify(f"cap-{alert.identifier}")[:60].strip("-")) or "cap"


def _by(alert: CapAlert) -> str:
    return f"CAP: {alert.sender}"
