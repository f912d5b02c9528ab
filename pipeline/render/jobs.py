"""Render jobs: frozen, picklable values holding everything needed to make one stored file, and its key.

A job's key is the hash of everything that determines its audio (the same key the store
has always used, so existing stores stay valid); the build asks the store for each key
and hands only the missing jobs to a backend. A speech job carries one key per engine of
its chain, in order: the first is what the store is asked for, the others are where a
fallback's audio is found or put.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import ClassVar

from ..adapters.files import sha256_file
from ..domain.segments import Chime, Recording, Segment, Speech
from ..domain.settings import Settings
from ..engines import EngineSet, EngineUnavailable
from .chimes import jingle_file
from .store import Stored, key_of

MASTERING_VERSION = "10"  # bump when the mastering chain changes, to re-render


@dataclass(frozen=True)
class Voice:
    """One engine of a speech job's chain: its voice and key, or why it cannot start."""

    engine: str
    voice: str = ""
    key: str = ""
    unavailable: str = ""  # the reason, when the engine could not be constructed


@dataclass(frozen=True)
class SpeechJob:
    text: str
    dialect: str
    chain: tuple[Voice, ...]
    tags: tuple[tuple[str, str], ...]
    bed: str = ""  # absolute path of a music bed, "" for none
    kind: ClassVar[str] = "speech"

    @property
    def key(self) -> str:
        """The first engine's key ("" when it cannot start: the store never has it)."""
        return self.chain[0].key if self.chain else ""


@dataclass(frozen=True)
class RecordingJob:
    source: str
    key: str
    tags: tuple[tuple[str, str], ...]
    bed: str = ""
    kind: ClassVar[str] = "speech"


@dataclass(frozen=True)
class ChimeJob:
    source: str
    key: str
    kind: ClassVar[str] = "jingle"


@dataclass(frozen=True)
class JoinJob:
    """A slot file: its parts joined at frame level, keyed by their checksums."""

    parts: tuple[Stored, ...]
    title: str
    key: str
    kind: ClassVar[str] = "slot"


RenderJob = SpeechJob | RecordingJob | ChimeJob | JoinJob


class JobMaker:
    """Turns segments into jobs; the parts every key shares are computed once."""

    def __init__(
        self, settings: Settings, engines: EngineSet, workspace: Path, ffmpeg_version: Callable[[], str]
    ) -> None:
        self.settings, self.engines, self.workspace = settings, engines, workspace
        self._ffmpeg_version = ffmpeg_version  # asked when the first key is computed: an empty day needs no ffmpeg
        self._common: dict[str, object] | None = None
        self._sha: dict[Path, str] = {}

    @property
    def common(self) -> dict[str, object]:
        """What every key but a slot's includes: audio settings, ffmpeg's version, the mastering version."""
        if self._common is None:
            self._common = {
                "audio": asdict(self.settings.audio),
                "ffmpeg": self._ffmpeg_version(),
                "mastering": MASTERING_VERSION,
            }
        return self._common

    def job(self, segment: Segment) -> RenderJob:
        if isinstance(segment, Chime):
            return self.chime(segment.source)
        tags = _tags(segment)
        bed = self._sha_of(Path(segment.bed)) if segment.bed else ""
        if isinstance(segment, Recording):
            identity = {
                "kind": "recording",
                "sha256": self._sha_of(Path(segment.source)),
                "tags": dict(tags),
                "bed": bed,
            }
            return RecordingJob(segment.source, key_of(identity | self.common), tags, segment.bed)
        return SpeechJob(segment.spoken, segment.dialect, self._chain(segment, tags, bed), tags, segment.bed)

    def chime(self, source: str) -> ChimeJob:
        path = jingle_file(self.workspace, source)
        identity = {"kind": "jingle", "source": source, "sha256": self._sha_of(path) if path else ""}
        return ChimeJob(source, key_of(identity | self.common))

    def join(self, parts: tuple[Stored, ...], title: str) -> JoinJob:
        return JoinJob(
            parts,
            title,
            key_of({"kind": "slot", "parts": [p.sha256 for p in parts], "title": title, "v": MASTERING_VERSION}),
        )

    def _chain(self, segment: Speech, tags: tuple[tuple[str, str], ...], bed: str) -> tuple[Voice, ...]:
        voices = dict(segment.voices)
        chain = []
        for name in segment.engines:
            try:  # a missing prerequisite (no model for this station's voice) shows here, or when speaking
                engine = self.engines.get(name)
                choice = segment.voice or self.settings.speech.voice  # the item's, else the district's default
                voice = engine.styled(engine.voice(segment.dialect, voices.get(name, "")), choice, segment.rate)
                identity = {
                    "kind": "speech",
                    "engine": engine.identity(voice),
                    "text": engine.spelled(segment.spoken),  # what the voice is given: a respelling re-renders
                    "tags": dict(tags),
                    "bed": bed,
                }
            except EngineUnavailable as err:
                chain.append(Voice(name, unavailable=err.problems[0].what))
                continue
            chain.append(Voice(name, voice, key_of(identity | self.common)))
        return tuple(chain)

    def _sha_of(self, path: Path) -> str:
        if path not in self._sha:
            self._sha[path] = sha256_file(path)
        return self._sha[path]


def _tags(segment: Speech | Recording) -> tuple[tuple[str, str], ...]:
    """ID3 tags: title, the announcement (album), the issuer (artist); never station or date."""
    tags = {"title": segment.title, "album": segment.announcement_id or segment.label}
    return tuple((tags | ({"artist": segment.issuer} if segment.issuer else {})).items())
