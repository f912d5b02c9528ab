"""What a station's player plays and when, and what it reports having played, as frozen values."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Cue:
    """One file the player plays, with what the play log says about it.

    Attributes:
        path: the file the player opens (a hard link under playout/<station>/tep/, named by its checksum, so a
            rebuild of the day never changes what a queued name holds).
        file: its name in the published day (phan-doan/…mp3); title, announcement_id: as in the manifest.
        day, slot: the published day (ISO) and the slot's label; duration: seconds.
    """

    path: str
    file: str
    title: str
    announcement_id: str | None
    day: str
    slot: str
    duration: float
    kind: str = "speech"  # or "jingle", as in the manifest; "relay" for a stream (path: RELAY + its address)
    until: float = 0.0  # a relay: Unix seconds its slot ends (it owes the time until then, whenever it starts)


@dataclass(frozen=True)
class TimedSlot:
    """A slot at its place in time: Unix seconds of its start and end, its files in order."""

    key: str  # <date>_<slot name>: the player starts each key once
    start: float
    end: float
    cues: tuple[Cue, ...]  # for a relay slot: what airs while its stream is down (none: silence)
    relay: Cue | None = None  # the stream a relay slot plays from its start to its end


RELAY = "relay:"  # the player names a relayed stream as this and its address


PLAY_LOG = "phat-thuc-te.csv"
PLAY_LOG_COLUMNS = ("started", "ended", "file", "title", "announcement_id", "kind", "slot", "seconds", "result")
COMPLETE, INTERRUPTED, SKIPPED = "trọn vẹn", "bị ngắt", "bỏ qua (tệp thiếu hoặc hỏng)"
RELAY_LOST = "mất sóng, phát dự phòng"  # a relay's stream went down before its slot ended: the fallback aired


@dataclass(frozen=True)
class Played:
    """A row of the play log: a file from its start to its end (or its skip)."""

    started: float
    ended: float
    cue: Cue
    result: str  # COMPLETE, INTERRUPTED, SKIPPED; "(tiếp)" marks the rest of an interrupted file

    @property
    def seconds(self) -> float:
        return max(0.0, self.ended - self.started)
