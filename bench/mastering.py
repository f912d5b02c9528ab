"""Mastering speed: seconds of audio mastered per second of CPU, and ffmpeg processes per item.

Generates recordings of several lengths with ffmpeg (tone + pink noise), masters
them cold as a build does (in batches: prepare → limit → encode → measure the MP3s,
one process per pass), with and without a music bed, and spoken items through
espeak-ng; then the same spoken texts through the bare three-command chain, and
the ratio. Also prints each group's worst loudness miss and highest true peak.

Run: .venv/bin/python -m bench.mastering
"""

from __future__ import annotations

import re
import resource
import subprocess
import tempfile
import time
from pathlib import Path

from pipeline.adapters.proc import Runner
from pipeline.backends import InProcess
from pipeline.domain.settings import Settings
from pipeline.engines import EngineContext, EngineSet
from pipeline.render.jobs import RecordingJob, RenderJob, SpeechJob, Voice
from pipeline.render.renderer import Renderer
from pipeline.render.store import Store

LENGTHS = (2, 5, 15, 30, 60, 120)  # seconds
SPOKEN = ("Kính thưa bà con nhân dân.", "Thực hiện nghiêm năm ca của Bộ Y tế, đeo khẩu trang khi ra khỏi nhà.") * 3


def letters(count: int = 24) -> list[str]:
    """Paragraphs of real public notices (tests/data/real): spoken items of the lengths notices have."""
    found: list[str] = []
    for letter in sorted((Path(__file__).parent.parent / "tests" / "data" / "real").glob("*.txt"))[:8]:
        for paragraph in re.split(r"\n\s*\n", letter.read_text(encoding="utf-8")):
            text = " ".join(paragraph.split())
            if 40 < len(text) < 900:
                found.append(text)
    return found[:count]


def cpu() -> float:
    """CPU seconds of this process and its finished children (ffmpeg)."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def make(path: Path, seconds: float) -> Path:
    source = (
        f"sine=f=220:d={seconds},volume=0.3[a];anoisesrc=color=pink:amplitude=0.05:d={seconds}[b];[a][b]amix=inputs=2"
    )
    subprocess.run(
        ["ffmpeg", "-v", "error", "-y", "-f", "lavfi", "-i", source, "-ar", "48000", "-ac", "2", str(path)], check=True
    )
    return path


def run(label: str, renderer: Renderer, jobs: list[RenderJob]) -> tuple[float, float]:
    """Render `jobs` cold; print and return (seconds of audio, CPU seconds)."""
    runner = renderer.runner
    spawned, start_cpu, start = runner.spawned, cpu(), time.perf_counter()
    outcomes = InProcess(renderer).render(jobs)  # what a build does: batches of jobs, one process per pass
    used, wall = cpu() - start_cpu, time.perf_counter() - start
    made = [o.stored.measure for o in outcomes if o.stored is not None]
    seconds, per_item = sum(m.duration for m in made), (runner.spawned - spawned) / len(jobs)
    miss = max(abs(m.lufs - renderer.settings.audio.target_lufs) for m in made)
    print(f"{label:30} {len(jobs):3} items {seconds:7.1f} s of audio  cpu {used:6.2f} s  wall {wall:6.2f} s  "
          f"{seconds / used:6.1f} s audio per cpu s  {per_item:.1f} processes per item  "
          f"worst miss {miss:.1f} LU  highest true peak {max(m.true_peak for m in made):.1f} dBTP")  # fmt: skip
    return seconds, used


def speech_jobs(engines: EngineSet, texts: list[str]) -> list[RenderJob]:
    espeak = engines.get("espeak")
    voice = espeak.voice("bac", "")
    return [
        SpeechJob(t, "bac", (Voice("espeak", voice, f"bench-{i}"),), (("title", "bench"),)) for i, t in enumerate(texts)
    ]


def bare_chain(settings: Settings, engines: EngineSet, texts: list[str], work: Path) -> tuple[float, float]:
    """The same speech through three bare ffmpeg commands (what the chain costs without Loa around it):
    horn filter + compression + true-peak loudness; gain + 4x limiter + MP3; loudness of the MP3."""
    a, espeak = settings.audio, engines.get("espeak")
    start_cpu, seconds = cpu(), 0.0
    for i, text in enumerate(texts):
        raw, prepared, mp3 = work / f"b{i}.wav", work / f"b{i}p.wav", work / f"b{i}.mp3"
        seconds += espeak.synthesize(text, espeak.voice("bac", ""), raw)
        horn = f"highpass=f={a.highpass_hz}:poles=2,lowpass=f={a.lowpass_hz},acompressor=threshold=0.1:ratio=3:attack=5:release=120:makeup=2"
        log = ffmpeg(
            [
                "-i",
                str(raw),
                "-af",
                f"{horn},aresample={a.sample_rate},ebur128=peak=true",
                "-ac",
                "1",
                "-c:a",
                "pcm_f32le",
                str(prepared),
            ]
        )
        gain = a.target_lufs - float(re.findall(r"I:\s+(-?[\d.]+) LUFS", log)[-1])
        limit = 10 ** ((a.true_peak_db - 1.0) / 20)
        ffmpeg(
            [
                "-i",
                str(prepared),
                "-af",
                f"volume={gain:.2f}dB,aresample={a.sample_rate * 4},alimiter=limit={limit:.5f}:level=false,aresample={a.sample_rate}",
                "-c:a",
                "libmp3lame",
                "-b:a",
                a.bitrate,
                str(mp3),
            ]
        )
        ffmpeg(["-i", str(mp3), "-af", "ebur128=peak=true", "-f", "null", "-"])
    used = cpu() - start_cpu
    print(f"{'bare three-command chain':30} {len(texts):3} items {seconds:7.1f} s of audio  cpu {used:6.2f} s  "
          f"{'':14}{seconds / used:6.1f} s audio per cpu s  3.0 processes per item")  # fmt: skip
    return seconds, used


def ffmpeg(args: list[str]) -> str:
    done = subprocess.run(["ffmpeg", "-hide_banner", "-nostats", "-y", *args], capture_output=True, check=True)
    return done.stderr.decode("utf-8", "replace")


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        recordings = [make(root / f"r{n}.wav", n) for n in LENGTHS]
        bed = make(root / "bed.wav", 20)
        settings = Settings()
        runner = Runner()
        engines = EngineSet(EngineContext(settings, runner, root))
        renderer = Renderer(settings, Store(root / "audio_out"), runner, engines, root)
        tags = (("title", "bench"),)
        run("recordings", renderer, [RecordingJob(str(r), f"r-{r.name}", tags) for r in recordings])
        run("recordings over a music bed", renderer,
            [RecordingJob(str(r), f"b-{r.name}", tags, str(bed)) for r in recordings[:4]])  # fmt: skip
        texts = [text + f" {i}" for i, text in enumerate(SPOKEN)] + letters()
        loa_s, loa_cpu = run("espeak speech", renderer, speech_jobs(engines, texts))
        bare_s, bare_cpu = bare_chain(settings, engines, texts, root)
        print(f"Loa / bare chain, CPU per second of speech: {(loa_cpu / loa_s) / (bare_cpu / bare_s):.2f}x")
        run("the same again (cache)", renderer, [RecordingJob(str(r), f"r-{r.name}", tags) for r in recordings])


if __name__ == "__main__":
    main()
