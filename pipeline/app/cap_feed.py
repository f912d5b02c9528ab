"""CAP 1.2 alerts out (`loa cap feed`, `/cap.atom`): the announcements on air now of the priorities
`[cap] feed_priorities` publishes (khẩn cấp by default), one alert each.

An alert's identifier is the announcement's id under the workspace's sender, so a reader sees the same
alert for as long as the announcement lasts; it is sent when it was approved (else the day it was created).
Its area is the stations it airs at, by name, with their administrative codes as geocodes.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, time
from pathlib import Path
from types import MappingProxyType

from ..adapters.cap import FeedEntry, alert_document, atom_feed
from ..build.check import load_workspace
from ..domain.cap import GEOCODE_NAME, CapAlert, CapArea, CapInfo
from ..domain.model import Announcement, Priority, Workspace
from ..domain.warning import HAZARD_CODE, RISK_PARAMETER, SEVERITY, URGENCY, hazard
from ..errors import LoaError, Problem
from ..i18n import tr

FEED_LINK = "/cap.atom"


def feed(root: Path, now: datetime) -> bytes:
    """The Atom feed of the current alerts."""
    workspace = load_workspace(root.resolve())
    sender = _sender(workspace)
    entries = [FeedEntry(alert, item.title, f"/cap/{item.id}.xml") for item, alert in current(workspace, now)]
    title = tr("Emergency announcements from {sender}", sender=sender)
    return atom_feed(f"urn:loa:cap-feed:{sender}", title, sender, now, FEED_LINK, entries)


def alert(root: Path, item_id: str, now: datetime) -> bytes | None:
    """One current alert as a CAP document, or None when no current published announcement has that id."""
    workspace = load_workspace(root.resolve())
    found = [a for item, a in current(workspace, now) if item.id == item_id]
    return alert_document(found[0]) if found else None


def current(workspace: Workspace, now: datetime) -> list[tuple[Announcement, CapAlert]]:
    """The announcements of the published priorities (`[cap] feed_priorities`, khẩn cấp by default) that air now,
    each with its alert."""
    sender, published = _sender(workspace), workspace.settings.cap.feed_priorities
    items = [a for a in workspace.announcements if a.priority.slug in published and _valid(workspace, a, now)]
    return [(item, _alert(workspace, item, sender, now)) for item in items]


# A level of Circular 39 as CAP says it (a warning's risk level, Decision 18/2021, overrides both)
LEVEL_URGENCY = MappingProxyType(
    {Priority.KHAN_CAP: "Immediate", Priority.UU_TIEN: "Expected", Priority.THUONG: "Future"}
)
LEVEL_SEVERITY = MappingProxyType({Priority.KHAN_CAP: "Severe", Priority.UU_TIEN: "Moderate", Priority.THUONG: "Minor"})


def _valid(workspace: Workspace, item: Announcement, now: datetime) -> bool:
    if item.in_workflow or (workspace.settings.require_approval and not item.approved):
        return False
    if not item.airs_on(now.date()):
        return False
    early = now.date() == item.valid_from and item.from_time is not None and now.time() < item.from_time
    return not early and now.replace(tzinfo=None) < _end(item, now).replace(tzinfo=None)


def _end(item: Announcement, now: datetime) -> datetime:
    """When it stops: its last day's end time (else 23:59) on the workspace's clock; today's end if it has none."""
    day = item.valid_until or now.date()
    return datetime.combine(day, item.until_time or time(23, 59), now.tzinfo)


def _alert(workspace: Workspace, item: Announcement, sender: str, now: datetime) -> CapAlert:
    stations = [s for s in workspace.stations if item.stations is None or s.id in item.stations]
    codes = tuple((GEOCODE_NAME, code) for s in stations for code in s.area_codes)
    area = CapArea(", ".join(s.name for s in stations), codes)
    info = CapInfo(
        language="vi-VN",
        categories=("Safety",),
        event=item.title,
        urgency=LEVEL_URGENCY[item.priority],
        severity=LEVEL_SEVERITY[item.priority],
        certainty="Likely",
        headline=item.title,
        description=item.body.strip(),
        sender_name=item.responsible or item.issuer,
        expires=_end(item, now),
        areas=(area,),
    )
    return CapAlert(f"loa.{item.id}", sender, _sent(item, now), "Actual", "Alert", "Public", (), (_warned(item, info),))


def _warned(item: Announcement, info: CapInfo) -> CapInfo:
    """A disaster warning's fields in CAP: the hazard as the event and its category (with its slug as an
    eventCode), the risk level as severity and urgency (README's table) and as a parameter read back exactly."""
    found = hazard(item.hazard)
    if found is not None:
        name = found.name[0].upper() + found.name[1:]
        info = replace(info, event=name, categories=(found.category,), event_codes=((HAZARD_CODE, found.slug),))
    if item.risk_level is not None:
        info = replace(info, severity=SEVERITY[item.risk_level], urgency=URGENCY[item.risk_level],
                       parameters=((RISK_PARAMETER, str(item.risk_level)),))  # fmt: skip
    return info


def _sent(item: Announcement, now: datetime) -> datetime:
    if item.approved_at is not None:
        return item.approved_at.replace(tzinfo=now.tzinfo)
    if item.created is not None:
        return datetime.combine(item.created, time(0, 0), now.tzinfo)
    return now


def _sender(workspace: Workspace) -> str:
    sender = workspace.settings.cap.sender
    if not sender:
        what = tr("loa.toml does not say who sends this workspace's CAP alerts")
        fix = tr('add to loa.toml:\n  [cap]\n  sender = "ubnd.xa@example.gov.vn"')
        raise LoaError(Problem(workspace.root / "loa.toml", None, what, fix))
    return sender
