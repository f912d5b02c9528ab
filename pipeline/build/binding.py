"""An approval binds what the voice says, not only the file: readings made at approval, checked at every build.

At approval Loa renders the item as each targeted station will hear it (templates, lexicon, normalization) on a
reference day in a reference slot, for its first airing and a repeat, and the ledger keeps those spoken texts.
At every build it renders the same reference again with today's templates, lexicon, stations and settings:
where it still reads as approved, the day's own reading airs (a date in the text moves with the day); where it
reads differently, the approved words air as they were approved, and the item waits for an approver
("cần duyệt lại"). A station added since the approval airs the item only where it reads exactly as approved
for a station of its dialect.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from ..domain.approval import ApprovedSpeech, Reading
from ..domain.model import Announcement, Slot, Station, Workspace

Speak = Callable[[Announcement, Station, date, Slot, int], str]  # the spoken script of one airing


@dataclass(frozen=True)
class Drift:
    """An approved item that now reads differently at a station: what was approved and what it would say now."""

    announcement_id: str
    station: str
    approved: str
    now: str


def reference_day(item: Announcement, today: date) -> date:
    """The day the approver hears: its first air day from today on (its last one, when that is past)."""
    day = max(item.valid_from or today, today)
    return min(day, item.valid_until) if item.valid_until else day


def reference_slot(item: Announcement, station: Station, name: str = "") -> Slot:
    """The slot the reading is made in: the one recorded, else the first the item airs in at the station."""
    named = [s for s in station.slots if s.name == name] or [s for s in station.slots if s.name in (item.slots or ())]
    return (named or list(station.slots))[0]


def targets(workspace: Workspace, item: Announcement) -> list[Station]:
    return [s for s in workspace.stations if item.stations is None or s.id in item.stations]


def readings(workspace: Workspace, item: Announcement, day: date, speak: Speak) -> ApprovedSpeech:
    """What each targeted station will hear (a recording airs itself: its file is what the signature covers)."""
    if item.audio:
        return ApprovedSpeech(day, ())
    repeats = (0, 1) if item.repeat > 1 else (0,)
    found = []
    for station in targets(workspace, item):
        slot = reference_slot(item, station)
        texts = tuple(speak(item, station, day, slot, r) for r in repeats)
        found.append(Reading(station.id, station.dialect, slot.name, texts))
    return ApprovedSpeech(day, tuple(found))


class Binding:
    """The build's check of approved items against what they would say now (see the module's docstring)."""

    def __init__(self, speak: Speak, enforced: bool) -> None:
        self.speak, self.enforced = speak, enforced
        self.drifts: dict[tuple[str, str], Drift] = {}
        self._checked: dict[tuple[str, str, int], str | None] = {}

    def held(self, item: Announcement, station: Station, repeat_index: int) -> str | None:
        """The approved spoken text to air instead of today's reading; None when today's reading may air;
        "" when nothing approved may air at this station (a station added since, reading differently)."""
        bound = item.approved_speech
        if not self.enforced or bound is None or item.audio:
            return None
        key = (item.id, station.id, min(repeat_index, 1))
        if key not in self._checked:
            self._checked[key] = self._check(item, bound, station, key[2])
        return self._checked[key]

    def _check(self, item: Announcement, bound: ApprovedSpeech, station: Station, repeat: int) -> str | None:
        reading = bound.reading(station.id)
        now = self.speak(item, station, bound.day, reference_slot(item, station, reading.slot if reading else ""),
                         repeat)  # fmt: skip
        approved = reading.text(repeat) if reading else None
        if now == approved or (reading is None and now in bound.texts_in(station.dialect)):
            return None
        self.drifts.setdefault((item.id, station.id), Drift(item.id, station.id, approved or "", now))
        return approved or ""
