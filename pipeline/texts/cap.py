"""The words of a CAP alert's decision (`loa cap import`, the feeds' poller, the web's import)."""

from __future__ import annotations

from pathlib import Path

from ..adapters.cap_web import is_address
from ..app import cap
from ..i18n import tr


def cap_decision(d: cap.CapDecision) -> str:
    """One line per alert: what was decided and why."""
    said = {
        cap.AIRED: lambda: tr("on air as emergency {id} (trusted sender): {airs}", id=d.announcement, airs=d.detail),
        cap.WAITING: lambda: tr("saved as {id} for stations {stations}, waiting for an approver (sender not in "
                                "[cap] trusted_senders)", id=d.announcement, stations=", ".join(d.stations)),
        cap.NOT_ON_AIR: lambda: tr("NOT on air: {why}", why=d.detail),
        cap.REFUSED: lambda: tr("refused, not a valid CAP 1.2 alert: {why}", why=d.detail),
        cap.NOT_ACTUAL: lambda: tr("not aired: its status is {status}; only Actual alerts air", status=d.detail),
        cap.IGNORED: lambda: tr("not aired: a {kind} message says nothing to the public", kind=d.detail),
        cap.EXPIRED: lambda: tr("not aired: it expired at {end}", end=d.detail),
        cap.NO_AREA: lambda: tr("not aired: no station's area_codes match its area ({codes})",
                                codes=d.detail or tr("it names no geocode")),
        cap.NO_INFO: lambda: tr("not aired: it has no <info> block to read out"),
        cap.CANCELLED: lambda: tr("cancelled: {ids} taken off the air", ids=", ".join(d.replaced)),
        cap.NOTHING_TO_CANCEL: lambda: tr("cancelled, but no announcement came from the alert it cancels"),
        cap.ALREADY: lambda: tr("already imported: nothing changed"),
        cap.FOREIGN: lambda: tr("refused: it changes another sender's alert ({refs})", refs=d.detail),
        cap.UNFETCHED: lambda: tr("not read: {why}", why=d.detail),
        cap.SUPERSEDED: lambda: tr("not aired: {later}, later in the same feed, updates or cancels it", later=d.detail),
        cap.EMPTY: lambda: tr("the feed lists no alerts now"),
    }  # fmt: skip
    where = d.source if is_address(d.source) else Path(d.source).name
    line = f"{where} {d.alert}: {said[d.outcome]()}" if d.alert else f"{d.source}: {said[d.outcome]()}"
    if d.replaced and d.outcome != cap.CANCELLED:
        line += " " + tr("(replaces {ids})", ids=", ".join(d.replaced))
    return line
