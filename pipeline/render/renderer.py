"""Rendering: one job into one mastered MP3 in the store (speech, recording, chime, slot join).

The renderer makes what it is given and says what it did (`Made`); it keeps no
counters and has no modes. Which jobs to give it is the build's business, and
where it runs (this process or a worker) the backend's.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from ..adapters import ffmpeg as audio
from ..adapters.pcm import trim_wav
from ..adapters.proc import Runner
from ..domain.settings import Settings
from ..engines import EngineSet
from ..errors import DiskFull, EngineFailed, EngineUnavailable, LoaError, Problem, ToolFailed
from ..i18n import tr
from .chimes import CHIMES, jingle_file
from .jobs import ChimeJob, JoinJob, RecordingJob, RenderJob, SpeechJob, Voice
from .mastering import master, with_bed
from .store import Store, Stored


@dataclass(frozen=True)
class Fallback:
    """An item spoken by a later engine of the chain because the earlier ones failed."""

    title: str
    engine: str  # the engine that spoke it
    reasons: str  # why each earlier engine failed


@dataclass(frozen=True)
class Made:
    """A job's stored file, how many files were rendered for it (0: found in the store), and any fallback."""

    stored: Stored
    rendered: int
    fallback: Fallback | None = None


class ItemFailed(LoaError):
    """Every engine of the chain failed for one item; the build leaves it out."""


class Renderer:
    """Makes jobs into `store`; tools run through `runner`."""

    def __init__(self, settings: Settings, store: Store, runner: Runner, engines: EngineSet, workspace: Path) -> None:
        self.settings, self.store, self.runner, self.engines = settings, store, runner, engines
        self.workspace = workspace
        self._beds: dict[Path, float] = {}

    def make(self, job: RenderJob) -> Made:
        """The job's file: from the store if there, else rendered. ItemFailed when no engine could speak it."""
        if isinstance(job, SpeechJob):
            return self._speech(job)
        found = self.store.get(job.kind, job.key)
        if found is not None:
            return Made(found, 0)
        if isinstance(job, RecordingJob):
            return Made(self._recording(job), 1)
        if isinstance(job, ChimeJob):
            return Made(self._chime(job), 1)
        return Made(self._join(job), 1)

    def _speech(self, job: SpeechJob) -> Made:
        """By the first engine of the chain that has it stored or can speak it."""
        failures: list[str] = []
        title = dict(job.tags).get("title", "")
        for voice in job.chain:
            try:
                made = self._speech_by(job, voice)
            except (EngineFailed, EngineUnavailable) as err:
                failures.append(f"{voice.engine}: {err.problems[0].what}")
                continue
            fallback = Fallback(title, voice.engine, "; ".join(failures)) if failures else None
            return Made(made.stored, made.rendered, fallback)
        fix = tr("check `loa doctor`; add an offline engine such as espeak at the end of speech.engines")
        raise ItemFailed(
            Problem(
                None,
                None,
                tr("no engine could speak '{title}' ({failures})", title=title, failures="; ".join(failures)),
                fix,
            )
        )

    def _speech_by(self, job: SpeechJob, voice: Voice) -> Made:
        if voice.unavailable:
            raise EngineUnavailable(Problem(None, None, voice.unavailable, ""))
        found = self.store.get("speech", voice.key)
        if found is not None:
            return Made(found, 0)
        engine = self.engines.get(voice.engine)
        with self._workdir() as work:
            raw = work / "speech.wav"
            try:
                seconds = engine.synthesize(job.text, voice.voice, raw)
            except DiskFull:
                raise  # not the engine's fault: the whole build stops, the published day stays
            except ToolFailed as err:  # e.g. the espeak-ng program crashed: this engine failed, the next may not
                raise EngineFailed(*err.problems) from None
            if seconds <= 0.05:
                what = tr("the voice produced no sound for: {text!r}", text=job.text[:60])
                raise EngineFailed(Problem(None, None, what, tr("check the text; it may be empty after normalization")))
            raw = self._under_bed(work, raw, seconds, job.bed)
            info = {"engine": engine.name, "voice": voice.voice, "text": job.text[:200]} | dict(job.tags)
            return Made(self._master(work, raw, "speech", voice.key, True, dict(job.tags), info), 1)

    def _recording(self, job: RecordingJob) -> Stored:
        """A human recording -> the same mastering as speech (trimmed, filtered, loudness, MP3)."""
        path = Path(job.source)
        with self._workdir() as work:
            raw = work / "recording.wav"
            audio.decode(self.runner, path, raw)
            seconds = trim_wav(raw)
            if seconds <= 0.05:
                raise ItemFailed(
                    Problem(path, None, tr("this recording is silent"), tr("record it again or give the text instead"))
                )
            raw = self._under_bed(work, raw, seconds, job.bed)
            info = {"engine": "recorded", "voice": "", "text": path.name} | dict(job.tags)
            return self._master(work, raw, "speech", job.key, True, dict(job.tags), info)

    def _chime(self, job: ChimeJob) -> Stored:
        """A chime from `builtin:<name>` or a file in the workspace, at the jingle target."""
        path = jingle_file(self.workspace, job.source)
        with self._workdir() as work:
            raw = path or work / "chime.wav"
            if path is None:
                audio.synth_tones(
                    self.runner, list(CHIMES[job.source.removeprefix("builtin:")]), raw, self.settings.audio.sample_rate
                )
            return self._master(work, raw, "jingle", job.key, False, {"title": "Nhạc hiệu"}, {"source": job.source})

    def _join(self, job: JoinJob) -> Stored:
        """One MP3 of the parts in order, joined at frame level (no re-encoding)."""
        with self._workdir() as work:
            temp = self.store.temp("slot", job.key, "mp3")
            audio.concat(self.runner, [p.path for p in job.parts], temp, work / "parts.ffconcat", job.title)
        measure = audio.combined([p.measure for p in job.parts])
        return self.store.put("slot", job.key, temp, measure, {"title": job.title, "parts": str(len(job.parts))})

    def _master(
        self, work: Path, raw: Path, kind: str, key: str, horn: bool, tags: dict[str, str], info: dict[str, str]
    ) -> Stored:
        a = self.settings.audio
        target, pad = (a.target_lufs, a.gap_seconds) if kind == "speech" else (a.jingle_lufs, 0.0)
        cap = target + a.max_short_term_lu if kind == "jingle" else None
        temp = self.store.temp(kind, key, "mp3")
        final = master(self.runner, a, raw, work / "prepared.wav", temp, target, pad, horn, tags, cap)
        return self.store.put(kind, key, temp, final, info)

    def _under_bed(self, work: Path, speech: Path, seconds: float, bed: str) -> Path:
        if not bed:
            return speech
        path = Path(bed)
        if path not in self._beds:  # a bed's loudness, measured once per renderer
            self._beds[path] = audio.measure(self.runner, path).lufs
        return with_bed(self.runner, self.settings.audio, speech, seconds, path, self._beds[path], work / "mixed.wav")

    @contextmanager
    def _workdir(self) -> Iterator[Path]:
        """Scratch space inside audio_out/ named after this process, so finished files are renamed, not copied."""
        root = self.store.root / ".work"
        root.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(dir=root, prefix=f"render-{os.getpid()}-") as name:
            yield Path(name)
