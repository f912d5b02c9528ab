"""The words of `loa station status`: each station's link, days, player and emergencies, one line a station."""

from __future__ import annotations

from ..app.station_events import Sent
from ..app.station_status import StationState
from ..i18n import tr


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
