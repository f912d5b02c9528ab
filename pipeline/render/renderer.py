"""Rendering: speech and chimes into mastered MP3s in the store, and slot joins.

Each unique piece of audio is rendered once: its key is the hash of all that
determines it, and every station airing it reuses the stored file.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from types import MappingProxyType

from ..adapters import ffmpeg as audio
from ..adapters.pcm import trim_wav
from ..adapters.proc import Runner
from ..domain.settings import Settings
from ..engines import Engine, EngineSet
from ..errors import DiskFull, EngineFailed, EngineUnavailable, LoaError, Problem, ToolFailed
from .mastering import master, with_bed
from .store import Store, Stored, key_of, sha256_file

MASTERING_VERSION = "5"  # bump when the mastering chain changes, to re-render
CHIMES = MappingProxyType(
    {
        # (start s, frequency Hz, length s): the classic public-address chimes.
        "chuong-ba-xuong": ((0.0, 659.25, 1.3), (0.45, 523.25, 1.3), (0.9, 392.0, 1.8)),
        "chuong-ba-len": ((0.0, 392.0, 1.3), (0.45, 523.25, 1.3), (0.9, 659.25, 1.8)),
        "chuong-hai": ((0.0, 659.25, 1.0), (0.4, 523.25, 1.4)),
    }
)


@dataclass(frozen=True)
class Fallback:
    """An item spoken by a later engine of the chain because the earlier ones failed."""

    title: str
    engine: str  # the engine that spoke it
    reasons: str  # why each earlier engine failed


@dataclass
class RenderStats:
    """What a build rendered and what it reused."""

    rendered: int = 0
    reused: int = 0
    fallbacks: list[Fallback] = field(default_factory=list)


class NotCached(Exception):
    """A lookup-only renderer was asked for something not in the store yet (parallel builds list these first)."""


class ItemFailed(LoaError):
    """Every engine of the chain failed for one item; the build leaves it out."""


class Renderer:
    """Renders into `store`; tools run through `runner`."""

    def __init__(self, settings: Settings, store: Store, runner: Runner, engines: EngineSet, workspace: Path) -> None:
        self.settings, self.store, self.runner, self.engines = settings, store, runner, engines
        self.workspace = workspace
        self.stats = RenderStats()
        self.lookup_only = False  # when set, anything not in the store raises NotCached instead of being rendered
        self._ffmpeg_version: str | None = None
        self._beds: dict[Path, float] = {}
        self._common_part: dict[str, object] | None = None

    def speech(self, spoken: str, dialect: str, voices: dict[str, str], chain: tuple[str, ...], tags: dict[str, str], bed: Path | None = None) -> Stored:
        """Spoken text -> mastered MP3, by the first engine of `chain` that succeeds (cached per engine)."""
        failures: list[str] = []
        for name in chain:
            try:
                stored = self._speech_by(self.engines.get(name), spoken, dialect, voices.get(name, ""), tags, bed)
            except (EngineFailed, EngineUnavailable) as err:
                failures.append(f"{name}: {err.problems[0].what}")
                continue
            if failures:
                self.stats.fallbacks.append(Fallback(tags.get("title", ""), name, "; ".join(failures)))
            return stored  # its sidecar info names the engine that spoke it
        fix = "check `loa doctor`; add an offline engine such as espeak at the end of speech.engines"
        raise ItemFailed(Problem(None, None, f"no engine could speak '{tags.get('title', '')}' ({'; '.join(failures)})", fix))

    def _speech_by(self, engine: Engine, spoken: str, dialect: str, voice: str, tags: dict[str, str], bed: Path | None) -> Stored:
        engine_voice = engine.voice(dialect, voice)
        identity = {"kind": "speech", "engine": engine.identity(engine_voice), "text": spoken, "tags": tags, "bed": self._bed_id(bed)}
        key = key_of(identity | self._common())
        return self._cached("speech", key) or self._make_speech(engine, key, spoken, engine_voice, tags, bed)

    def recording(self, path: Path, tags: dict[str, str], bed: Path | None = None) -> Stored:
        """A human recording -> the same mastering as speech (trimmed, filtered, loudness, MP3)."""
        identity = {"kind": "recording", "sha256": sha256_file(path), "tags": tags, "bed": self._bed_id(bed)}
        key = key_of(identity | self._common())
        return self._cached("speech", key) or self._make_recording(key, path, tags, bed)

    def _bed_id(self, bed: Path | None) -> str:
        return sha256_file(bed) if bed else ""

    def jingle(self, source: str) -> Stored:
        """A chime from `builtin:<name>` or a file in the workspace, at the jingle target."""
        path = jingle_file(self.workspace, source)
        identity = {"kind": "jingle", "source": source, "sha256": sha256_file(path) if path else ""}
        key = key_of(identity | self._common())
        return self._cached("jingle", key) or self._make_jingle(key, source, path)

    def join(self, parts: list[Stored], title: str) -> Stored:
        """One MP3 of the parts in order, joined at frame level; cached by the parts' checksums."""
        key = key_of({"kind": "slot", "parts": [p.sha256 for p in parts], "title": title, "v": MASTERING_VERSION})
        found = self._cached("slot", key)
        if found:
            return found
        with self._workdir() as work:
            temp = self.store.temp("slot", key, "mp3")
            audio.concat(self.runner, [p.path for p in parts], temp, work / "parts.ffconcat")
        self.stats.rendered += 1
        return self.store.put("slot", key, temp, audio.combined([p.measure for p in parts]), {"title": title, "parts": str(len(parts))})

    def _common(self) -> dict[str, object]:
        """What every key includes; computed once per build (it is hashed for every segment)."""
        if self._common_part is None:
            self._common_part = {"audio": asdict(self.settings.audio), "ffmpeg": self.ffmpeg_version(), "mastering": MASTERING_VERSION}
        return self._common_part

    def ffmpeg_version(self) -> str:
        """ffmpeg's version line, part of every key; remembered in the store while the program file is unchanged."""
        if self._ffmpeg_version is None:
            self._ffmpeg_version = remembered_version(self.store.root / ".ffmpeg-version.json", self.runner)
        return self._ffmpeg_version

    def _cached(self, kind: str, key: str) -> Stored | None:
        found = self.store.get(kind, key)
        if found:
            self.stats.reused += 1
        elif self.lookup_only:
            raise NotCached(key)
        return found

    def _make_speech(self, engine: Engine, key: str, spoken: str, voice: str, tags: dict[str, str], bed: Path | None) -> Stored:
        with self._workdir() as work:
            raw = work / "speech.wav"
            try:
                seconds = engine.synthesize(spoken, voice, raw)
            except DiskFull:
                raise  # not the engine's fault: the whole build stops, the published day stays
            except ToolFailed as err:  # e.g. the espeak-ng program crashed: this engine failed, the next may not
                raise EngineFailed(*err.problems) from None
            if seconds <= 0.05:
                raise EngineFailed(
                    Problem(None, None, f"the voice produced no sound for: {spoken[:60]!r}", "check the text; it may be empty after normalization")
                )
            a = self.settings.audio
            raw = self._under_bed(work, raw, seconds, bed)
            info = {"engine": engine.name, "voice": voice, "text": spoken[:200]} | tags
            return self._master(work, raw, "speech", key, a.target_lufs, a.gap_seconds, True, tags, info)

    def _make_recording(self, key: str, path: Path, tags: dict[str, str], bed: Path | None) -> Stored:
        with self._workdir() as work:
            raw = work / "recording.wav"
            audio.decode(self.runner, path, raw)
            seconds = trim_wav(raw)
            if seconds <= 0.05:
                raise ItemFailed(Problem(path, None, "this recording is silent", "record it again or give the text instead"))
            a = self.settings.audio
            raw = self._under_bed(work, raw, seconds, bed)
            info = {"engine": "recorded", "voice": "", "text": path.name} | tags
            return self._master(work, raw, "speech", key, a.target_lufs, a.gap_seconds, True, tags, info)

    def _make_jingle(self, key: str, source: str, path: Path | None) -> Stored:
        with self._workdir() as work:
            raw = path or work / "chime.wav"
            if path is None:
                audio.synth_tones(self.runner, list(CHIMES[source.removeprefix("builtin:")]), raw, self.settings.audio.sample_rate)
            tags = {"title": "Nhạc hiệu"}
            return self._master(work, raw, "jingle", key, self.settings.audio.jingle_lufs, 0.0, False, tags, {"source": source})

    def _master(self, work: Path, raw: Path, kind: str, key: str, target: float, pad: float, horn: bool, tags: dict[str, str], info: dict[str, str]) -> Stored:
        a = self.settings.audio
        cap = target + a.max_short_term_lu if kind == "jingle" else None
        temp = self.store.temp(kind, key, "mp3")
        final = master(self.runner, a, raw, work / "prepared.wav", temp, target, pad, horn, tags, cap)
        self.stats.rendered += 1
        return self.store.put(kind, key, temp, final, info)

    def _under_bed(self, work: Path, speech: Path, seconds: float, bed: Path | None) -> Path:
        if bed is None:
            return speech
        return with_bed(self.runner, self.settings.audio, speech, seconds, bed, self._bed_loudness(bed), work / "mixed.wav")

    def _bed_loudness(self, bed: Path) -> float:
        """Integrated loudness of a music bed, measured once per build."""
        if bed not in self._beds:
            self._beds[bed] = audio.measure(self.runner, bed).lufs
        return self._beds[bed]

    @contextmanager
    def _workdir(self) -> Iterator[Path]:
        """Scratch space inside audio_out/, so finished files are renamed, not copied."""
        root = self.store.root / ".work"
        root.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(dir=root, prefix=f"render-{os.getpid()}-") as name:
            yield Path(name)


def jingle_file(workspace: Path, source: str) -> Path | None:
    """The file of a jingle inside the workspace (None for a built-in chime), or an error saying what to do."""
    where = workspace / "loa.toml"
    if source.startswith("builtin:"):
        if source.removeprefix("builtin:") not in CHIMES:
            fix = f"use one of: {', '.join('builtin:' + c for c in CHIMES)}, or a file under jingles/"
            raise LoaError(Problem(where, None, f"there is no built-in chime '{source}'", fix))
        return None
    path = (workspace / source).resolve()
    if not path.is_relative_to(workspace.resolve()):
        raise LoaError(Problem(where, None, f"the jingle '{source}' is outside the workspace", "put the file under jingles/ and name it as jingles/<file>"))
    if not path.is_file():
        raise LoaError(
            Problem(
                where,
                None,
                f"the jingle file '{source}' does not exist",
                "put the file there, or use a built-in chime such as builtin:chuong-hai",
            )
        )
    return path


def remembered_version(note: Path, runner: Runner) -> str:
    """`ffmpeg -version`'s first line, asked once per installed program (keyed by its path, size and time)."""
    program = Path(runner.tool("ffmpeg"))
    info = program.stat()
    stamp = f"{program}:{info.st_size}:{info.st_mtime_ns}"
    with contextlib.suppress(OSError, ValueError, KeyError):
        saved = json.loads(note.read_text(encoding="utf-8"))
        if saved["stamp"] == stamp:
            return str(saved["version"])
    version = runner.run(["ffmpeg", "-version"], "reporting its version").stdout.decode().split("\n", 1)[0]
    note.parent.mkdir(parents=True, exist_ok=True)
    temp = note.with_suffix(f".{os.getpid()}.tmp")
    temp.write_text(json.dumps({"stamp": stamp, "version": version}), encoding="utf-8")
    os.replace(temp, note)
    return version


OWNER = re.compile(r"^(?:render|\.tmp)-(\d+)-")  # scratch folders and temporary files name the process that made them


def clean_work(store: Store) -> None:
    """Remove scratch folders and temporary files that killed processes left behind.

    Those of a process still running (a `loa preview` beside the build) are left alone.
    """
    for leftover in [*store.root.glob(".work/render-*"), *store.root.glob("*/*/.tmp-*")]:
        owner = OWNER.match(leftover.name)
        if owner and not _alive(int(owner.group(1))):
            if leftover.is_dir():
                shutil.rmtree(leftover, ignore_errors=True)
            else:
                leftover.unlink(missing_ok=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's process
    return pid != 0
