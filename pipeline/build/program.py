"""The script and normalize steps: each slot of the planned tree (domain/day.py) gets its segments.

A segment is one file in a slot's program: a chime, the station's
identification, an announcement, the closing formula.
"""

from __future__ import annotations

import dataclasses
from datetime import date

from ..domain.day import PlannedItem, StationDay
from ..domain.model import Announcement, Priority, Slot, Station, Workspace
from ..domain.segments import Chime, Recording, Segment, Speech
from ..normalize import Normalizer, load_context
from ..normalize.lexicon import Lexicon
from .binding import Binding
from .plan import ITEM_OVERHEAD_SECONDS, SYLLABLES_PER_SECOND, Estimate, Plan
from .script import ScriptWriter


def workspace_normalizer(workspace: Workspace, dialect: str, lexicon: Lexicon | None = None) -> Normalizer:
    """The normalizer a build uses for one dialect: the workspace's lexicon (`lexicon`, when loaded already) and
    text settings."""
    text = workspace.settings.text
    path = workspace.root / "scripts_vi" / "lexicon.tsv"
    return Normalizer(load_context(dialect, path, text.url_phrase or None, text.say_mong, lexicon))


class ProgramWriter:
    """Templating and normalization for a whole plan (one normalizer per dialect)."""

    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self.scripts = ScriptWriter(workspace)
        self.normalizers: dict[str, Normalizer] = {}
        self.spoken: dict[tuple[str, str], str] = {}
        self.texts: dict[str, str] = {}  # each script text once: 200 stations reading one item share its text
        self.held: dict[Segment, Segment] = {}  # each segment once: stations of a dialect air equal ones
        self.binding = Binding(self.spoken_item, workspace.settings.require_approval)

    def normalizer(self, dialect: str) -> Normalizer:
        if dialect not in self.normalizers:  # the dialects share the workspace's lexicon, loaded once
            shared = next((n.ctx.lexicon for n in self.normalizers.values()), None)
            self.normalizers[dialect] = workspace_normalizer(self.workspace, dialect, shared)
        return self.normalizers[dialect]

    def estimate(self, day: date) -> Estimate:
        """Air time of an item at a station from its rendered, normalized script (what the voice will read).

        A short template can expand to minutes of text (a loop, an included notice): the
        announcement's source says little, the script says it all.
        """
        found: dict[tuple[str, str], float] = {}

        def seconds(item: Announcement, station: Station) -> float:
            if (item.id, station.id) not in found:
                written = self.scripts.item(item, station, day, station.slots[0])
                words = len(self._spoken(station.dialect, written).split())
                found[item.id, station.id] = words / SYLLABLES_PER_SECOND + ITEM_OVERHEAD_SECONDS
            return found[item.id, station.id]

        return seconds

    def programs(self, plan: Plan, day: date) -> tuple[StationDay[None], ...]:
        """The plan's tree, each slot with its segments."""
        return tuple(
            StationDay(p.station, tuple(s.scripted(self._segments(p.station, s.slot, s.items, day)) for s in p.slots))
            for p in plan.stations
        )

    def _segments(self, station: Station, slot: Slot, items: tuple[PlannedItem, ...], day: date) -> tuple[Segment, ...]:
        jingles, settings = self.workspace.settings.jingles, self.workspace.settings
        segments: list[Segment] = [Chime("opening", "nhac-hieu", "Nhạc hiệu mở đầu", jingles.opening)]
        segments += self._frame(station, "mo-dau", "Giới thiệu", settings.opening_template, day, slot)
        for index, item in enumerate(items):
            if index and item.announcement.version_of is None:  # a translation follows its original at once
                segments.append(Chime("between", "chuong", "Chuông chuyển tin", jingles.between))
            segments += self._item(station, item, day, slot)
        segments += self._frame(station, "ket-thuc", "Lời kết", settings.closing_template, day, slot)
        segments.append(Chime("closing", "nhac-hieu-ket", "Nhạc hiệu kết thúc", jingles.closing))
        return tuple(self.held.setdefault(s, s) for s in segments)  # equal values: the bytes published are the same

    def _frame(self, station: Station, label: str, title: str, template: str, day: date, slot: Slot) -> list[Segment]:
        """An opening or closing as its parts: the station's part is the same every day, the day's part
        the same at every station of a dialect, so each is rendered once (see build/frame_parts.py)."""
        parts = self.scripts.frame_parts(template, station, day, slot)
        return [
            self.speech(station, label if not n else f"{label}-{n + 1}", title + (" (ngày)" if p.daily else ""), p.text)
            for n, p in enumerate(parts)
        ]

    def _spoken(self, dialect: str, written: str) -> str:
        """Normalized once per dialect and text: 200 stations airing one announcement cost one normalization."""
        if (dialect, written) not in self.spoken:
            self.spoken[dialect, written] = self.normalizer(dialect).text(written)
        return self.spoken[dialect, written]

    def spoken_item(self, item: Announcement, station: Station, day: date, slot: Slot, repeat_index: int) -> str:
        """What the voice says for one airing: the item's script, normalized for the station's dialect."""
        return self._spoken(station.dialect, self.scripts.item(item, station, day, slot, repeat_index))

    def item_segments(self, station: Station, item: PlannedItem, day: date, slot: Slot) -> list[Segment]:
        """One airing's segments as the slot's program has them (an emergency sent ahead of its slot's rebuild)."""
        return self._item(station, item, day, slot)

    def _item(self, station: Station, item: PlannedItem, day: date, slot: Slot) -> list[Segment]:
        """An announcement, with its own intro and outro chimes if it has them; an approved one that would now
        say something else says what was approved (see build/binding.py)."""
        a = item.announcement
        held = self.binding.held(a, station, item.repeat_index)
        if held == "":
            return []  # nothing approved may air at this station
        text = held if held is not None else self.scripts.item(a, station, day, slot, item.repeat_index)
        title = a.title + (" (nhắc lại)" if item.repeat_index else "")
        spoken = in_its_voice(self.speech(station, a.id, title, text, a.id, self.recording(a), said=held), a)
        bed = str((self.workspace.root / a.bed).resolve()) if a.bed else ""
        spoken = dataclasses.replace(spoken, issuer=a.issuer, bed=bed, emergency=a.priority == Priority.KHAN_CAP)
        intro: list[Segment] = [Chime("intro", "mo-tin", f"Nhạc mở: {a.title}", a.intro, a.id)] if a.intro else []
        outro: list[Segment] = [Chime("outro", "ket-tin", f"Nhạc kết: {a.title}", a.outro, a.id)] if a.outro else []
        return [*intro, spoken, *outro]

    def speech(
        self,
        station: Station,
        label: str,
        title: str,
        written: str,
        announcement_id: str | None = None,
        recording: str = "",
        said: str | None = None,
    ) -> Speech | Recording:
        """The voice reading `written` at `station` (`said`: words already spoken, as approved), or the
        announcement's recording when it has one."""
        written = self.texts.setdefault(written, written)
        if recording:
            return Recording(label, title, announcement_id, recording, written)
        spoken = said if said is not None else self._spoken(station.dialect, written)
        engines = station.engines or self.workspace.settings.speech.engines
        return Speech(label, title, announcement_id, written, spoken, station.dialect, engines, station.voices)

    def recording(self, item: Announcement) -> str:
        """The recording that airs instead of synthesized speech, as an absolute path ("" for none)."""
        audio = item.audio
        return str((self.workspace.root / audio).resolve()) if audio else ""


def in_its_voice(segment: Speech | Recording, item: Announcement) -> Speech | Recording:
    """The announcement read in the voice and at the speed it chose (a recording is its own voice)."""
    if isinstance(segment, Recording) or not (item.voice or item.rate):
        return segment
    return dataclasses.replace(segment, voice=item.voice, rate=item.rate)
