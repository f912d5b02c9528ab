"""Rendering: one job into one mastered MP3 in the store (speech, recording, chime, slot join).

The renderer makes what it is given and says what it did (`Made`); it keeps no
counters and has no modes. Which jobs to give it is the build's business, and
where it runs (this process or a worker) the backend's.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

from ..adapters import ffmpeg as audio
from ..adapters.pcm import trim_wav
from ..adapters.proc import Runner
from ..domain.manifest import RECORDED
from ..domain.settings import Settings
from ..engines import EngineSet
from ..errors import DiskFull, EngineFailed, EngineUnavailable, LoaError, Problem, ToolFailed
from ..i18n import tr
from .chimes import CHIMES, jingle_file
from .jobs import ChimeJob, JoinJob, RecordingJob, RenderJob, SpeechJob, Voice
from .mastering import Item, master_all, with_bed
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


Tags = tuple[tuple[str, str], ...]
# Raw audio mastered together: jobs are synthesized one after the other and a group is mastered as soon as
# it holds this much, then its scratch removed, so the scratch (the engine's WAV and the limited 16-bit WAV,
# about 130 kB per second) stays under about 60 MB however many jobs are given; and a cold build's items share
# each pass's process (starting ffmpeg costs about 85 ms of CPU, as much as mastering 15 s of speech).
BATCH_SECONDS = 450.0
CHIME_SECONDS = 3.0  # about what a chime lasts, for the batch's reckoning


@dataclass(frozen=True)
class _Master:
    """A job whose raw audio is made and waits to be mastered into the store as `kind`/`key`."""

    item: Item
    kind: str
    key: str
    info: dict[str, str]
    seconds: float  # of raw audio: what the batch's scratch files grow with
    fallback: Fallback | None = None


class Renderer:
    """Makes jobs into `store`; tools run through `runner`."""

    def __init__(self, settings: Settings, store: Store, runner: Runner, engines: EngineSet, workspace: Path) -> None:
        self.settings, self.store, self.runner, self.engines = settings, store, runner, engines
        self.workspace = workspace
        self._beds: dict[Path, float] = {}

    def make(self, job: RenderJob) -> Made:
        """The job's file: from the store if there, else rendered. ItemFailed when no engine could speak it."""
        made = self.make_all([job])[0]
        if isinstance(made, ItemFailed):
            raise made
        return made

    def make_all(self, jobs: Sequence[RenderJob]) -> list[Made | ItemFailed]:
        """Each job's file, or why no engine could make it; what needs mastering is mastered in groups.

        Jobs are synthesized in order; a group is mastered once it holds BATCH_SECONDS of raw audio (and at the
        end), its scratch then removed. A job whose file another job of the group is already making (a
        fallback's voice is another job's first) waits for it and is then found in the store.
        """
        found: dict[int, Made | ItemFailed] = {}
        with self._workdir() as work:
            group: dict[Path, tuple[int, _Master]] = {}
            for n, job in enumerate(jobs):
                plan = self._plan(job, work / str(n))
                if not isinstance(plan, _Master):
                    found[n] = plan
                elif plan.item.dst not in group:
                    group[plan.item.dst] = (n, plan)
                if sum(m.seconds for _, m in group.values()) >= BATCH_SECONDS:
                    found |= self._master_group(list(group.values()), work)
                    group = {}
            found |= self._master_group(list(group.values()), work)
        waiting = [n for n in range(len(jobs)) if n not in found]
        found |= dict(zip(waiting, self.make_all([jobs[n] for n in waiting]), strict=True)) if waiting else {}
        return [found[n] for n in range(len(jobs))]

    def _master_group(self, group: list[tuple[int, _Master]], work: Path) -> dict[int, Made | ItemFailed]:
        """The group mastered together (one process per pass) into the store; its jobs' scratch removed."""
        finals = master_all(self.runner, self.settings.audio, [m.item for _, m in group]) if group else []
        made: dict[int, Made | ItemFailed] = {}
        for (n, m), final in zip(group, finals, strict=True):
            made[n] = Made(self.store.put(m.kind, m.key, m.item.dst, final, m.info), 1, m.fallback)
            shutil.rmtree(work / str(n), ignore_errors=True)
        return made

    def _plan(self, job: RenderJob, work: Path) -> Made | ItemFailed | _Master:
        """The job's stored file, or what to master for it (its raw audio made), or why it failed."""
        if isinstance(job, SpeechJob):
            return self._speech(job, work)
        found = self.store.get(job.kind, job.key)
        if found is not None:
            return Made(found, 0)
        if isinstance(job, RecordingJob):
            return self._recording(job, work)
        if isinstance(job, ChimeJob):
            return self._chime(job, work)
        return Made(self._join(job), 1)

    def _speech(self, job: SpeechJob, work: Path) -> Made | ItemFailed | _Master:
        """By the first engine of the chain that has it stored or can speak it."""
        failures: list[str] = []
        title = dict(job.tags).get("title", "")
        for voice in job.chain:
            try:
                made = self._speech_by(job, voice, work)
            except (EngineFailed, EngineUnavailable) as err:
                failures.append(f"{voice.engine}: {err.problems[0].what}")
                continue
            if failures:
                return replace(made, fallback=Fallback(title, voice.engine, "; ".join(failures)))
            return made
        fix = tr("check `loa doctor`; add an offline engine such as espeak at the end of speech.engines")
        what = tr("no engine could speak '{title}' ({failures})", title=title, failures="; ".join(failures))
        return ItemFailed(Problem(None, None, what, fix))

    def _speech_by(self, job: SpeechJob, voice: Voice, work: Path) -> Made | _Master:
        if voice.unavailable:
            raise EngineUnavailable(Problem(None, None, voice.unavailable, ""))
        found = self.store.get("speech", voice.key)
        if found is not None:
            return Made(found, 0)
        engine = self.engines.get(voice.engine)
        work.mkdir(exist_ok=True)
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
        return self._master(work, raw, "speech", voice.key, True, job.tags, info, seconds)

    def _recording(self, job: RecordingJob, work: Path) -> ItemFailed | _Master:
        """A human recording -> the same mastering as speech (trimmed, filtered, loudness, MP3)."""
        path = Path(job.source)
        work.mkdir(exist_ok=True)
        raw = work / "recording.wav"
        audio.decode(self.runner, path, raw)
        seconds = trim_wav(raw)
        if seconds <= 0.05:
            fix = tr("record it again or give the text instead")
            return ItemFailed(Problem(path, None, tr("this recording is silent"), fix))
        raw = self._under_bed(work, raw, seconds, job.bed)
        info = {"engine": RECORDED, "voice": "", "text": path.name} | dict(job.tags)
        return self._master(work, raw, "speech", job.key, True, job.tags, info, seconds)

    def _chime(self, job: ChimeJob, work: Path) -> _Master:
        """A chime from `builtin:<name>` or a file in the workspace, at the jingle target."""
        path = jingle_file(self.workspace, job.source)
        work.mkdir(exist_ok=True)
        raw = path or work / "chime.wav"
        if path is None:
            notes = list(CHIMES[job.source.removeprefix("builtin:")])
            audio.synth_tones(self.runner, notes, raw, self.settings.audio.sample_rate)
        tags, info = (("title", "Nhạc hiệu"),), {"source": job.source}
        return self._master(work, raw, "jingle", job.key, False, tags, info, CHIME_SECONDS)

    def _join(self, job: JoinJob) -> Stored:
        """One MP3 of the parts in order, joined at frame level (no re-encoding)."""
        with self._workdir() as work:
            temp = self.store.temp("slot", job.key, "mp3")
            audio.concat(self.runner, [p.path for p in job.parts], temp, work / "parts.ffconcat", job.title)
        measure = audio.combined([p.measure for p in job.parts])
        return self.store.put("slot", job.key, temp, measure, {"title": job.title, "parts": str(len(job.parts))})

    def _master(
        self, work: Path, raw: Path, kind: str, key: str, horn: bool, tags: Tags, info: dict[str, str], seconds: float
    ) -> _Master:
        a = self.settings.audio
        target, pad = (a.target_lufs, a.gap_seconds) if kind == "speech" else (a.jingle_lufs, 0.0)
        cap = target + a.max_short_term_lu if kind == "jingle" else None
        item = Item(raw, work / "limited.wav", self.store.temp(kind, key, "mp3"), target, pad, horn, tags, cap)
        return _Master(item, kind, key, info, seconds)

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
