"""Everything Loa says to a person about a result: the CLI and the nightly log word the data the use cases return.

Use cases return values (reports, rows, checks); nothing in `pipeline/app` or below builds a
sentence for a person except errors' own problems and a build's warnings (`build.warnings.worded`: the build
words them itself for the pre-air report and its history; `warning` here calls it). Every sentence goes through
`tr`, so it reads in Vietnamese by default and in English with `--lang en` (catalog:
pipeline/locale/vi/LC_MESSAGES/loa.po).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from types import MappingProxyType

from .adapters.cap_web import is_address
from .adapters.ffmpeg import Measure
from .app import cap
from .app.cache import KINDS, CacheStats, Pruned
from .app.commands import Period, ScriptText, Validated
from .app.doctor import Check
from .app.emergency import EmergencyReport
from .app.emergency_stop import StopReport
from .app.playout import Prepared
from .app.station_events import Sent
from .app.station_status import StationState
from .build.letter import APPARATUS_KINDS, Apparatus
from .build.lint import Ambiguous, Finding, Guessed, Spelled
from .build.statistics import Figure
from .build.steps import BuildReport
from .build.warnings import BuildWarning, worded
from .domain.model import Announcement
from .i18n import N_, number, tr
from .onair.verify import VerifyReport


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
