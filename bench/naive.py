"""The naive script a district would otherwise write (issue 31's peer), for CPU comparisons.

Per station and slot: espeak-ng to a WAV for the opening, each item and the closing; a chime
made in pydub; each piece peak-normalized and written as an MP3 (the station's item files);
then the slot joined in pydub and written as one MP3. Nothing is shared between stations,
nothing is cached, no loudness is measured.

Only the texts come from Loa: the workspace is loaded and planned by Loa's own loader and
templates, so the peer reads exactly the slots Loa airs (the same opening, items, repeats,
closing and chime positions). Everything after that is the naive steps, written plainly.

Run: .venv/bin/python -m bench.naive WORKSPACE [--date 2021-08-10] [--out DIR]
"""

from __future__ import annotations

import argparse
import subprocess
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from pydub import AudioSegment, effects
from pydub.generators import Sine

from pipeline.adapters.proc import Runner
from pipeline.build.check import load_workspace
from pipeline.build.plan import make_plan
from pipeline.build.program import ProgramWriter
from pipeline.domain.segments import Chime, Speech


@dataclass(frozen=True)
class Slot:
    """One station's slot as the naive script sees it: ("chime", "") or ("speech", text), in air order."""

    station: str
    name: str
    voice: str
    pieces: tuple[tuple[str, str], ...]


def slots(root: Path, day: date) -> list[Slot]:
    """Each station's slots from Loa's loader and templates: the texts, nothing rendered."""
    workspace = load_workspace(root, Runner())
    writer = ProgramWriter(workspace)
    programs = writer.programs(make_plan(workspace, day, (), writer.estimate(day)), day)
    found = []
    for program in programs:
        voice = workspace.settings.dialect_voices.get(program.station.dialect, "vi")
        for slot in program.slots:
            found.append(Slot(program.station.id, slot.slot.name, voice, _pieces(slot.segments)))
    return found


def _pieces(segments: tuple[object, ...]) -> tuple[tuple[str, str], ...]:
    """Chimes and texts; an opening or closing Loa splits in parts is one text again (one espeak call)."""
    pieces: list[tuple[str, str]] = []
    for segment in segments:
        if isinstance(segment, Chime):
            pieces.append(("chime", ""))
        elif isinstance(segment, Speech):
            frame = segment.announcement_id is None
            if frame and pieces and pieces[-1][0] == "frame":
                pieces[-1] = ("frame", pieces[-1][1] + " " + segment.written)
            else:
                pieces.append(("frame" if frame else "speech", segment.written))
    return tuple(("speech" if kind == "frame" else kind, text) for kind, text in pieces)


def chime() -> AudioSegment:
    """Three falling bell tones, made in pydub."""
    tones = AudioSegment.silent(duration=0, frame_rate=44100)
    for freq in (880, 660, 523):
        tone = Sine(freq, sample_rate=44100).to_audio_segment(duration=600, volume=-8).fade_out(450)
        tones += tone.overlay(Sine(freq * 2, sample_rate=44100).to_audio_segment(duration=600, volume=-20))
    return tones.set_channels(1)


def speak(text: str, voice: str, wav: Path) -> AudioSegment:
    subprocess.run(["espeak-ng", "-v", voice, "-w", str(wav), text], check=True, capture_output=True)
    return AudioSegment.from_wav(str(wav)).set_frame_rate(44100)


def render_slot(slot: Slot, out: Path, work: Path) -> None:
    """The slot's pieces, each peak-normalized to an MP3, then joined into the slot's MP3."""
    folder = out / slot.station
    folder.mkdir(parents=True, exist_ok=True)
    joined = AudioSegment.silent(duration=0, frame_rate=44100)
    for number, (kind, text) in enumerate(slot.pieces, start=1):
        audio = chime() if kind == "chime" else speak(text, slot.voice, work / "speech.wav")
        audio = effects.normalize(audio, headroom=1.0)
        audio.export(str(folder / f"{slot.name}-{number:02d}.mp3"), format="mp3", bitrate="64k")
        joined += audio + AudioSegment.silent(duration=300, frame_rate=44100)
    joined.export(str(folder / f"{slot.name}.mp3"), format="mp3", bitrate="64k")


def run(root: Path, day: date, out: Path) -> int:
    """Every station's slots into `out`; how many slot files were written."""
    found = slots(root, day)
    with tempfile.TemporaryDirectory() as tmp:
        for slot in found:
            render_slot(slot, out, Path(tmp))
    return len(found)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("workspace", type=Path)
    parser.add_argument("--date", type=date.fromisoformat, default=date(2021, 8, 10))
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        count = run(args.workspace, args.date, args.out or Path(tmp))
    print(f"{count} slot files")


if __name__ == "__main__":
    main()
