"""A station's day as one tree, station → slot → item, that the build's steps fill in as they go.

The plan (build/plan.py) makes it: each slot's airings (`items`) and its estimated air time. The script step
(build/program.py) gives each slot its `segments`, the files of its program in play order. The render step gives
each slot its `audio` (the render layer's value: the segments that could be made with their files, and the joined
slot file; a type parameter, so this module stays free of the layers above). The assemble step writes the tree
out as the manifest's entries (domain/manifest.py): the published record, read by players and pages that have
no workspace, so it keeps its own shape (names and checksums, not announcements and slots).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from .model import Announcement, Slot, Station
from .segments import Segment

AudioT = TypeVar("AudioT")
OtherT = TypeVar("OtherT")


@dataclass(frozen=True)
class PlannedItem:
    """One airing of an announcement; repeat_index 0 is the first airing."""

    announcement: Announcement
    repeat_index: int


@dataclass(frozen=True)
class SlotDay(Generic[AudioT]):
    """One slot of a station's day: what the plan airs in it, its segments once scripted, its audio once rendered
    (None before: a plan's tree is `SlotDay[None]`)."""

    slot: Slot
    items: tuple[PlannedItem, ...]
    seconds: float  # estimated air time, frame included
    overfull: bool  # emergency/priority items alone exceed the slot
    segments: tuple[Segment, ...]
    audio: AudioT

    def scripted(self, segments: tuple[Segment, ...]) -> SlotDay[AudioT]:
        return dataclasses.replace(self, segments=segments)

    def sounding(self, audio: OtherT) -> SlotDay[OtherT]:
        """The same slot with its audio (a new type of tree: the rendered one)."""
        return SlotDay(self.slot, self.items, self.seconds, self.overfull, self.segments, audio)


def planned_slot(slot: Slot, items: tuple[PlannedItem, ...], seconds: float, overfull: bool) -> SlotDay[None]:
    """A slot as the plan leaves it: airings, no segments or audio yet."""
    return SlotDay(slot, items, seconds, overfull, (), None)


@dataclass(frozen=True)
class StationDay(Generic[AudioT]):
    """A station's day: its slots that air something, in the station's order."""

    station: Station
    slots: tuple[SlotDay[AudioT], ...]

    def each_slot(self, fill: Callable[[Station, SlotDay[AudioT]], SlotDay[OtherT]]) -> StationDay[OtherT]:
        """The station's day with every slot filled in by a step (in the slots' order)."""
        return StationDay(self.station, tuple(fill(self.station, slot) for slot in self.slots))
