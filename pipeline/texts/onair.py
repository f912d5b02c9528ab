"""The words of what goes on air now: an emergency, its stop, and the station's player (`loa playout`)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ..i18n import number, tr
from .base import warning

if TYPE_CHECKING:  # the reports' types only: wording an emergency loads neither the stop nor the player
    from ..app.emergency import EmergencyReport
    from ..app.emergency_stop import StopReport
    from ..app.playout import Prepared


def emergency(done: EmergencyReport, source: Path, seconds: float) -> list[str]:
    lines = []
    if done.renamed:
        lines.append(tr("Saved as {file} (another announcement already had the name {name})", file=done.file.name,
                        name=source.name))  # fmt: skip
    if done.ended:
        lines.append(warning(tr("{file} had no valid_until: it airs until {end}; add valid_until to keep it longer",
                                file=source.name, end=done.ended)))  # fmt: skip
    lines += [
        tr("{station}: waiting for the station to confirm it aired; in slot {slot} of {day} (slot starts {start})",
           station=a.station, slot=a.slot, day=a.day, start=a.start)
        for a in done.airs
    ]  # fmt: skip
    if done.ahead:
        lines.append(tr("stations sent it ahead of their slots' rebuild: {count} (their players can cut it in now)",
                        count=len({a.station for a in done.ahead})))  # fmt: skip
    lines += [warning(w) for b in done.builds for w in b.warnings if w.announcement_id == done.announcement_id]
    lines += [tr("{station}: on air now (cut into the running player)", station=s) for s in done.cut_in]
    return [*lines, tr("Published in {seconds} s", seconds=number(seconds))]


def emergency_stopped(done: StopReport) -> list[str]:
    """What a stop did, and what it did not yet: each station stops it itself and says so (loa station status)."""
    lines = [tr("{id} is withdrawn: it no longer airs in any published program", id=done.announcement_id)]
    lines += [tr("{day}: published again without it", day=day) for day in done.days]
    lines += [tr("{station}: told to stop; waiting for the station to confirm (loa station status)", station=s)
              for s in done.stations if s not in done.cut_off]  # fmt: skip
    lines += [tr("{station}: cut off in the running player", station=s) for s in done.cut_off]
    return lines


def playout(prepared: Prepared) -> list[str]:
    """What `loa playout` wrote, and the slots the program will play."""
    places, where = prepared.places, prepared.places.root
    lines = [tr("Program: {program}", program=places.program.relative_to(where)),
             tr("Timetable: {timetable} ({slots} slots)", timetable=places.timetable.relative_to(where),
                slots=len(prepared.slots))]  # fmt: skip
    lines += [f"  {slot.key}  {len(slot.cues)} " + tr("files") for slot in prepared.slots]
    return [*lines, tr("Start it with: loa playout {root} --station {station} --run", root=where,
                       station=places.station)]  # fmt: skip
