"""What an approval binds, as values: the signature a file carries and the speech the approver heard.

An approval covers the announcement file (a keyed signature, see workspace/approval.py) and what the voice
says: for each station it targets, the spoken script (after templates, lexicon and normalization) of its
first airing and of a repeat, on a reference day in a reference slot. A later change that makes the item say
something else there (a lexicon line, a template, a station's name, a reading setting) does not reach the air:
the approved words air until an approver approves the new ones.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime

ISSUES = ("changed", "superseded", "unknown")  # why a file's approval does not count (see approval_issue)


@dataclass(frozen=True)
class Signature:
    """The approval lines of a file as written, and the digest of what they cover (not yet checked).

    Attributes:
        by: the approver's name as written; at: when; value: `<serial>-<hmac>` of approved_checksum.
        digest: sha256 of the file without its approval lines (and of its recording, if it has one).
    """

    by: str
    at: datetime | None
    value: str
    digest: str


@dataclass(frozen=True)
class Reading:
    """What one station was approved to hear: its dialect, the reference slot, and the spoken texts
    of the first airing and (for an item read more than once) of a repeat."""

    station: str
    dialect: str
    slot: str
    texts: tuple[str, ...]

    def text(self, repeat_index: int) -> str:
        return self.texts[min(repeat_index, len(self.texts) - 1)]


@dataclass(frozen=True)
class ApprovedSpeech:
    """The spoken scripts an approval bound, station by station, on the reference `day`."""

    day: date
    readings: tuple[Reading, ...]

    def reading(self, station_id: str) -> Reading | None:
        return next((r for r in self.readings if r.station == station_id), None)

    def texts_in(self, dialect: str) -> frozenset[str]:
        """Every text approved for some station of `dialect` (a station added later may air one of them)."""
        return frozenset(t for r in self.readings if r.dialect == dialect for t in r.texts)

    def to_json(self) -> str:
        """Compact: each distinct text once (200 stations reading one text store it once)."""
        texts = list(dict.fromkeys(t for r in self.readings for t in r.texts))
        rows = [[r.station, r.dialect, r.slot, [texts.index(t) for t in r.texts]] for r in self.readings]
        return json.dumps({"day": self.day.isoformat(), "texts": texts, "stations": rows}, ensure_ascii=False)

    @staticmethod
    def from_json(data: str) -> ApprovedSpeech | None:
        """The record as stored, or None for an empty or unreadable one (then nothing is bound: not approved)."""
        try:
            raw = json.loads(data)
            texts = raw["texts"]
            readings = tuple(Reading(s, d, slot, tuple(texts[i] for i in idx)) for s, d, slot, idx in raw["stations"])
            return ApprovedSpeech(date.fromisoformat(raw["day"]), readings)
        except (ValueError, KeyError, TypeError, IndexError):
            return None
