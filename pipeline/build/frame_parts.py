"""An opening or closing split into what changes with the day and what changes with the station.

A station's identification ("Đây là Đài truyền thanh xã …") is the same every day; the
date sentence ("Hôm nay, thứ Ba, ngày 10/08/2021 …") is the same at every station. Read as
one text, each station's opening would be new speech every night. So the frame is also
rendered for the next day and for another station: a sentence that reads differently the
next day is the day's, one that reads differently at another station is the station's, and
one that reads the same in both goes with the sentence before it (the first with the one
after). Runs of one kind are one part: the store keeps the station's part from one night to
the next, and all stations of a dialect share the day's part.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A sentence ends at . ! ? or … followed by a space, or at a line break ("10/08/2021" is not split).
BOUNDARY = re.compile(r"((?<=[.!?…])[ \t]+|\n)")


@dataclass(frozen=True)
class FramePart:
    text: str
    daily: bool  # changes with the day (the date, the weekday)
    local: bool  # changes with the station (its name, its district)


def frame_parts(today: str, tomorrow: str, elsewhere: str) -> tuple[FramePart, ...]:
    """`today`'s text in parts, by comparing its sentences with `tomorrow`'s and `elsewhere`'s (another station)."""
    pieces = BOUNDARY.split(today)
    sentences = [(pieces[i], pieces[i + 1] if i + 1 < len(pieces) else "") for i in range(0, len(pieces), 2)]
    sentences = [(words, separator) for words, separator in sentences if words.strip()]
    next_day, other = set(BOUNDARY.split(tomorrow)[::2]), set(BOUNDARY.split(elsewhere)[::2])
    kinds = _fill([(words not in next_day, words not in other) for words, _ in sentences])
    parts: list[tuple[str, tuple[bool, bool]]] = []
    for (words, separator), kind in zip(sentences, kinds, strict=True):
        if parts and parts[-1][1] == kind:
            parts[-1] = (parts[-1][0] + words + separator, kind)
        else:
            parts.append((words + separator, kind))
    return tuple(FramePart(text.strip(), daily, local) for text, (daily, local) in parts)


def _fill(kinds: list[tuple[bool, bool]]) -> list[tuple[bool, bool]]:
    """A sentence that changes with neither takes the kind before it (the first: that of the next one that changes)."""
    changing = [kind for kind in kinds if any(kind)]
    last = changing[0] if changing else (False, True)
    filled = []
    for kind in kinds:
        last = kind if any(kind) else last
        filled.append(last)
    return filled
