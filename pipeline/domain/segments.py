"""The parts of a slot's program, as a tagged union: a chime, synthesized speech, or a human recording.

Code asks what a segment is by its type (`isinstance(segment, Chime)`), never by matching
labels; `kind` is what the manifest and playlists call it ("jingle" or "speech": a
recording airs as speech).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar, Literal

ChimeRole = Literal["opening", "between", "closing", "intro", "outro"]


@dataclass(frozen=True)
class Chime:
    """A chime: the slot's opening or closing, between two items, or an item's own intro/outro.

    Attributes:
        role: where it sits; "between" chimes stay only between two items, "intro"/"outro" only with their item.
        label: short slug for the file name (nhac-hieu, chuong, mo-tin...).
        title: what the playlist and the program sheet show.
        source: `builtin:<name>` or a file in the workspace.
        announcement_id: the item an intro/outro belongs to.
    """

    role: ChimeRole
    label: str
    title: str
    source: str
    announcement_id: str | None = None
    kind: ClassVar[str] = "jingle"


@dataclass(frozen=True)
class Speech:
    """Text the voice reads: the identification, an announcement, the closing formula.

    Attributes:
        label, title, announcement_id: as for Chime (announcement_id None for the frame).
        written: the script as templated; spoken: the normalized text the voice reads.
        dialect: the station's dialect, which picks the voice.
        engines: the engine chain to try, in order; voices: the station's own voice per engine.
        issuer: the issuing body, for the ID3 tags; bed: absolute path of a music bed ("" for none).
    """

    label: str
    title: str
    announcement_id: str | None
    written: str
    spoken: str
    dialect: str
    engines: tuple[str, ...]
    voices: tuple[tuple[str, str], ...] = ()
    issuer: str = ""
    bed: str = ""
    voice: str = ""  # the announcement's voice choice (domain/voice.py), "" for the district's default
    rate: int = 0  # its reading speed in words per minute, 0 for the district's default
    emergency: bool = False  # a khẩn-cấp item: marked in playlists and on the program sheet
    kind: ClassVar[str] = "speech"


@dataclass(frozen=True)
class Recording:
    """A human recording aired instead of synthesized speech (`audio:` in the announcement)."""

    label: str
    title: str
    announcement_id: str | None
    source: str  # absolute path of the recording in the workspace
    written: str = ""  # the announcement's text, for the record
    issuer: str = ""
    bed: str = ""
    emergency: bool = False
    kind: ClassVar[str] = "speech"


Segment = Chime | Speech | Recording


EMERGENCY_MARK = "KHẨN CẤP"


def is_emergency(segment: Segment) -> bool:
    return not isinstance(segment, Chime) and segment.emergency


def is_item(segment: Segment) -> bool:
    """An announcement's own audio (speech or recording), as opposed to the frame and chimes."""
    return not isinstance(segment, Chime) and segment.announcement_id is not None
