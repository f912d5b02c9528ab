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


def station_state(state: StationState) -> str:
    """One line of `loa station status`: link, last seen, days, playing, last slot, missed slots, emergencies."""
    if not state.linked:
        return tr("{station}: not on the line (no token)", station=state.station)
    parts = [
        tr("online") if state.online else tr("offline"),
        tr("last seen {at}", at=state.last_seen) if state.last_seen else tr("never seen"),
        tr("days current") if not state.behind else tr("behind on {days}", days=", ".join(state.behind)),
        tr("playing {title}", title=state.playing) if state.playing else tr("not playing"),
    ]
    if state.last_aired:
        parts.append(tr("last aired {slot} of {day} at {started}", slot=state.last_aired.slot,
                        day=state.last_aired.day, started=state.last_aired.started))  # fmt: skip
    if state.missed:
        parts.append(tr("MISSED {slots}", slots=", ".join(state.missed)))
    parts += [_sent(e) for e in state.emergencies]
    return f"{state.station}: " + "; ".join(parts)


def _sent(e: Sent) -> str:
    """An emergency at a station: stopped only once the station said so, as aired."""
    if e.stopped:
        return tr("emergency {id} stopped at {stopped}", id=e.announcement_id, stopped=e.stopped)
    if e.withdrawn:
        return tr("emergency {id}: told to stop, stop not confirmed", id=e.announcement_id)
    if e.started:
        return tr("emergency {id} aired at {started}", id=e.announcement_id, started=e.started)
    return tr("emergency {id}: not confirmed", id=e.announcement_id)
