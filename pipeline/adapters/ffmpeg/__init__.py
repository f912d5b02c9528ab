"""ffmpeg adapter: the only module that builds ffmpeg command lines.

Uses ffmpeg-python to compose filter graphs and our `Runner` to execute them.
Paths are passed with the `file:` protocol so no name is misread as an option
or another protocol. The mastering passes (analyse, limit,
encode, measure), each over a batch of items in one process, are in `passes`.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import ffmpeg

from ...domain.settings import AudioSettings
from ...errors import Problem, ToolFailed
from ...i18n import tr
from ..proc import Runner
from .graph import file as _file
from .joined import source
from .logs import Loudness, Measure, combined, longest_silence, loudest_window, parse_loudness, parse_measure
from .passes import (
    Encode,
    Limit,
    Round,
    analyse_all,
    command,
    encode_all,
    limit_all,
    measure_all,
    measure_encoded,
    measured,
    round_all,
)
from .recorded import Container, Unreadable, container, recording

__all__ = [
    "Container",
    "Encode",
    "Limit",
    "Loudness",
    "Measure",
    "Round",
    "Unreadable",
    "analyse_all",
    "combined",
    "container",
    "encode_all",
    "limit_all",
    "longest_silence",
    "loudest_window",
    "measure_all",
    "measure_encoded",
    "parse_loudness",
    "parse_measure",
    "round_all",
]


def measure(runner: Runner, path: Path) -> Measure:
    """Loudness, true peak, duration of any audio file ffmpeg can decode."""
    return measure_all(runner, [path])[0]


def limiter_ceiling_db(settings: AudioSettings) -> float:
    """Where the limiter holds true peaks: 1 dB under the ceiling, for the MP3 encoder's overshoot."""
    return settings.true_peak_db - 1.0


def gain_for(measured: Loudness, target_lufs: float) -> float:
    """Linear gain to the target; silence gets none (there is nothing to raise)."""
    if math.isinf(measured.lufs) or measured.lufs <= -69.9:  # ebur128 says -70.0 for silence
        return 0.0
    return target_lufs - measured.lufs


def duck_envelope(start: float, end: float, attack: float, release: float, duck_db: float) -> str:
    """A volume expression: 1 before the speech, down by `duck_db` while it plays, smooth ramps between."""
    low = 10 ** (-duck_db / 20)
    return (
        f"if(lt(t,{start - attack:.3f}),1,if(lt(t,{start:.3f}),1-{1 - low:.5f}*(t-{start - attack:.3f})/{attack:.3f},"
        f"if(lt(t,{end:.3f}),{low:.5f},"
        f"if(lt(t,{end + release:.3f}),{low:.5f}+{1 - low:.5f}*(t-{end:.3f})/{release:.3f},1))))"
    )


def mix_bed(
    runner: Runner, speech: Path, seconds: float, bed: Path, dst: Path, bed_gain_db: float, settings: AudioSettings
) -> None:
    """Speech over a music bed that plays before, ducks under the speech, and fades out after (one process)."""
    pre, post = settings.bed_intro_s, settings.bed_outro_s
    start, end = pre, pre + seconds
    total = end + post
    music = source(bed, stream_loop=-1).audio.filter("atrim", duration=total).filter("volume", f"{bed_gain_db:.2f}dB")
    music = music.filter(
        "volume",
        duck_envelope(start, end, settings.duck_attack_s, settings.duck_release_s, settings.duck_db),
        eval="frame",
    )
    music = music.filter("afade", t="out", st=max(0.0, total - post / 2), d=post / 2)
    voice = source(speech).audio.filter("adelay", f"{int(start * 1000)}", all=1)
    mixed = ffmpeg.filter([voice, music], "amix", inputs=2, normalize=0, duration="longest")
    out = mixed.output(_file(dst), ac=1, ar=settings.sample_rate, acodec="pcm_f32le", format="wav")
    runner.run(command(out), f"mixing {bed.name} under speech")


def synth_tones(runner: Runner, notes: list[tuple[float, float, float]], dst: Path, rate: int) -> None:
    """A bell-like chime: (start s, frequency Hz, length s) notes with exponential decay."""
    parts = []
    for start, freq, length in notes:
        tone = ffmpeg.input(f"sine=frequency={freq}:duration={length}:sample_rate={rate}", f="lavfi")
        overtone = ffmpeg.input(f"sine=frequency={freq * 2.0}:duration={length}:sample_rate={rate}", f="lavfi")
        mixed = ffmpeg.filter([tone, overtone.filter("volume", 0.25)], "amix", inputs=2, normalize=0)
        shaped = mixed.filter("volume", "exp(-3.2*t)", eval="frame").filter("afade", t="in", d=0.01)
        parts.append(
            shaped.filter("adelay", f"{int(start * 1000)}").filter("apad", whole_dur=max(s + n for s, _, n in notes))
        )
    chime = ffmpeg.filter(parts, "amix", inputs=len(parts), normalize=0, duration="longest")
    out = chime.output(_file(dst), ac=1, ar=rate, acodec="pcm_s16le", format="wav")
    runner.run(command(out), "making a chime")


def concat(runner: Runner, parts: list[Path], dst: Path, list_file: Path, title: str = "") -> None:
    """Join MP3s of identical format at frame level (concat demuxer, stream copy); `title` is the ID3 title."""
    tags = {"metadata": f"title={title}"} if title else {}
    stream = _concat_input(parts, list_file).output(
        _file(dst), c="copy", format="mp3", map_metadata="-1", id3v2_version=3, write_xing=0, **tags
    )
    runner.run(command(stream), f"joining {dst.name}")


def decode_joined(runner: Runner, parts: list[Path], dst: Path, list_file: Path) -> None:
    """Decode parts (MP3s from an online voice) in order into one 16-bit mono WAV."""
    stream = _concat_input(parts, list_file).output(_file(dst), ac=1, acodec="pcm_s16le", format="wav")
    runner.run(command(stream), f"decoding {dst.name}")


def decode(runner: Runner, src: Path, dst: Path) -> None:
    """A recording (MP3, WAV or M4A, read only as what it is: see `recorded`), any rate and channel layout, into a
    16-bit mono WAV; ToolFailed when it is none of those containers."""
    kind = container(runner, src)
    if isinstance(kind, Unreadable):
        what = tr("'{name}' is not an MP3, WAV or M4A recording", name=src.name)
        raise ToolFailed(Problem(src, None, what, tr("save it again as MP3 or WAV")))
    stream = recording(src, kind).audio.output(_file(dst), ac=1, acodec="pcm_s16le", format="wav")
    runner.run(command(stream), f"decoding {src.name}")


def measure_recording(runner: Runner, path: Path, kind: Container, longest: float) -> Measure:
    """The Measure of a recording read as `kind`, of its first `longest` seconds at most (decoding is bounded)."""
    return measured(runner, {path: recording(path, kind, t=longest)})[path]


def undecodable(runner: Runner, path: Path, kind: Container) -> str | None:
    """Why ffmpeg cannot decode the start of recording `path` as `kind`, or None when it can."""
    stream = recording(path, kind, t=1).audio.output("-", format="null")
    try:
        runner.run(command(stream), f"checking {path.name}")
    except ToolFailed as err:
        return err.problems[0].what.split(": ", 1)[-1].strip()[:120] or "unreadable"
    return None


def _concat_input(parts: list[Path], list_file: Path) -> Any:
    """The parts, in order, as one input through ffmpeg's concat demuxer (list written to `list_file`)."""
    lines = ["ffconcat version 1.0"] + [f"file '{_quote(p)}'" for p in parts]
    list_file.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return source(list_file, f="concat", safe=0)


def _quote(path: Path) -> str:
    """Quote a path for the concat list: ' becomes '\\'' (ffconcat's escape)."""
    return str(path.resolve()).replace("'", "'\\''")
