"""Quiet hours: the local hours no slot may touch (loa.toml `quiet_hours`, "22:00-05:00" unless changed).

A commune's horns reach every bedroom: a slot typed "23:00" for "05:00" would wake the commune. The guard is
on slots only; an emergency is not a slot and cuts in at any hour.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .model import Slot

SPAN = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$")
DAY_MINUTES = 24 * 60


@dataclass(frozen=True)
class QuietHours:
    """From `start` to `end`, in minutes after local midnight; `end` before `start` runs past midnight."""

    start: int
    end: int

    @property
    def label(self) -> str:
        return f"{_clock(self.start)}-{_clock(self.end)}"

    def touches(self, slot: Slot) -> bool:
        """Whether any minute of `slot` falls in the quiet hours (a slot ending as they begin does not)."""
        begin, end = slot.start.hour * 60 + slot.start.minute, slot.end.hour * 60 + slot.end.minute
        spans = [(self.start, self.end)] if self.start < self.end else [(self.start, DAY_MINUTES), (0, self.end)]
        return any(begin < high and low < end for low, high in spans)


def quiet_hours(text: str) -> QuietHours | None:
    """The setting read: None for "" (night slots allowed); ValueError when it is not "HH:MM-HH:MM"."""
    if not text.strip():
        return None
    match = SPAN.match(text)
    bounds = [int(g) for g in match.groups()] if match else []
    if not bounds or bounds[0] > 23 or bounds[2] > 23 or bounds[1] > 59 or bounds[3] > 59:
        raise ValueError(text)
    start, end = bounds[0] * 60 + bounds[1], bounds[2] * 60 + bounds[3]
    if start == end:
        raise ValueError(text)
    return QuietHours(start, end)


def _clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"
