"""Mastering speed: seconds of audio mastered per second of CPU, and ffmpeg processes per item.

Generates recordings of several lengths with ffmpeg (tone + pink noise), masters
each cold (prepare → gain → limiter/encode → measure the MP3), with and without
a music bed, and a few spoken items through espeak-ng.

Run: .venv/bin/python -m bench.mastering
"""

from __future__ import annotations

import resource
import subprocess
import tempfile
import time
from pathlib import Path

from pipeline.adapters.proc import Runner
from pipeline.domain.settings import Settings
from pipeline.engines import EngineContext, EngineSet
from pipeline.render.renderer import Renderer
from pipeline.render.store import Store

LENGTHS = (2, 5, 15, 30, 60, 120)  # seconds
SPOKEN = ("Kính thưa bà con nhân dân.", "Thực hiện nghiêm năm ca của Bộ Y tế, đeo khẩu trang khi ra khỏi nhà.") * 3


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


def run(label: str, renderer: Renderer, jobs: list[tuple[str, object]]) -> None:
    runner = renderer.runner
    spawned, start_cpu, start = runner.spawned, cpu(), time.perf_counter()
    seconds = 0.0
    for kind, job in jobs:
        if kind == "speech":
            stored = renderer.speech(str(job), "bac", {}, ("espeak",), {"title": "bench"})
        elif kind == "bed":
            recording, bed = job  # type: ignore[misc]
            stored = renderer.recording(recording, {"title": "bench"}, bed)
        else:
            stored = renderer.recording(job, {"title": "bench"})  # type: ignore[arg-type]
        seconds += stored.measure.duration
    used, wall = cpu() - start_cpu, time.perf_counter() - start
    per_item = (runner.spawned - spawned) / len(jobs)
    print(f"{label:28} {len(jobs):3} items {seconds:7.1f} s of audio  cpu {used:6.2f} s  wall {wall:6.2f} s  "
          f"{seconds / used:6.1f} s audio per cpu s  {per_item:.1f} ffmpeg processes per item")  # fmt: skip


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        recordings = [make(root / f"r{n}.wav", n) for n in LENGTHS]
        bed = make(root / "bed.wav", 20)
        settings = Settings()
        runner = Runner()
        renderer = Renderer(
            settings, Store(root / "audio_out"), runner, EngineSet(EngineContext(settings, runner, root)), root
        )
        run("recordings", renderer, [("recording", r) for r in recordings])
        run("recordings over a music bed", renderer, [("bed", (r, bed)) for r in recordings[:4]])
        run("espeak speech", renderer, [("speech", text + f" {i}") for i, text in enumerate(SPOKEN)])
        run("the same again (cache)", renderer, [("recording", r) for r in recordings])


if __name__ == "__main__":
    main()
