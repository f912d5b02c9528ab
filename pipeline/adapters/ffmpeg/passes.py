"""The mastering passes, each over many items in one ffmpeg process.

Starting ffmpeg costs about 70 ms of CPU (Debian's build links some 200 libraries), more than
mastering a short item does, so one process runs a pass over a whole batch: every item
has its own input, its own filter chain and its own output, and its measuring filters are
named after it (`ebur128@i3`), so its figures are read from its own lines of the log.
An item's audio does not depend on what else is in its batch.
"""

from __future__ import annotations

import functools
import itertools
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import ffmpeg

from ...domain.settings import AudioSettings
from ..proc import Runner
from . import mp3joined
from .graph import file, with_graph
from .joined import source, sources
from .logs import (
    Loudness,
    Measure,
    by_instance,
    input_formats,
    measure_of,
    parse_loudness,
)
from .meters import PEAK, peak_filters, stat_filters

# LAME's quality (0 best .. 9 fastest): 7 encodes in under half of the default's (3) CPU. Its noise is spread, not
# shaped by LAME's psychoacoustic model; on the sample's speech and chimes (bench/encoder_quality.py) it stays within
# the stated margin of the default in the horn's band (docs/build-profile-issue31.md, "The encoder").
ENCODER_QUALITY = 7
NULL = ("-f", "null", "-")  # an output that writes nothing
# The limiter runs at twice the output rate, its own level LIMITER_UNDER_DB under the Limit's ceiling: at 2x it
# leaks up to 0.2 dB more than at 4x on dense material (white noise through the horn filter at +12 dB: -2.81 dBTP
# against -2.94 for a -3.0 ceiling), so 0.2 dB under holds the ceiling at least as well (-3.01) for ~30% less CPU
# in the limit pass (docs/build-profile-issue31.md, h31s).
OVERSAMPLING = 2
LIMITER_UNDER_DB = 0.2
# Taps of the resamplers around the limiter for horn-filtered audio (ffmpeg's default, 32, for chimes): the shorter
# filter rolls off only above the horn's low-pass (-0.01 dB at 8 kHz, -0.35 at 12), for a quarter less CPU.
HORN_FILTER_SIZE = 8


@dataclass(frozen=True)
class Limit:
    """`src` made mono and horn-friendly (`horn` False for chimes), then gain and the true-peak limiter
    holding `ceiling_db` (oversampled, see OVERSAMPLING), into the 16-bit WAV `dst`.

    The filtering is done again on each pass rather than kept in a float file: it costs less
    than writing and reading one, and a batch's scratch space stays small (16-bit is enough
    once peaks are held under the ceiling).
    """

    src: Path
    dst: Path
    horn: bool
    gain_db: float
    ceiling_db: float


@dataclass(frozen=True)
class Encode:
    """A last linear gain, `pad` s of silence each side, the MP3 `dst` with ID3 `tags`."""

    src: Path
    dst: Path
    gain_db: float
    pad: float
    tags: tuple[tuple[str, str], ...]


def command(stream: Any, before: dict[str, list[str]] | None = None) -> list[str]:
    """The argument list: global options first (ffmpeg ignores trailing ones); `before` puts options before
    the output they belong to (ffmpeg-python cannot repeat an option, as ID3 tags need)."""
    args: list[str] = stream.compile(cmd="ffmpeg")
    for target, extra in (before or {}).items():
        at = len(args) - 1 - args[::-1].index(target)
        args[at:at] = extra
    return ["ffmpeg", "-hide_banner", "-nostats", "-nostdin", "-y", *args[1:]]


def analyse_all(runner: Runner, items: Sequence[Limit], settings: AudioSettings) -> list[Loudness]:
    """Each item's loudness and sample peak once filtered, before any gain (nothing written)."""
    inputs, lists = sources([item.src for item in items], _scratch(items[0].dst))
    outputs = [
        _filtered(item, audio, settings)
        .filter(f"ebur128@i{n}", framelog="info", peak="sample")
        .output("-", format="null")
        for n, (item, audio) in enumerate(zip(items, inputs, strict=True))
    ]
    try:
        log = _run(runner, ffmpeg.merge_outputs(*outputs), {}, f"analysing {len(items)} items")
    finally:
        _removed(lists)
    return _loudness(log, [item.src for item in items])


def _filtered(item: Limit, audio: Any, settings: AudioSettings) -> Any:
    audio = audio.filter("aformat", channel_layouts="mono")
    if item.horn:
        audio = audio.filter("highpass", f=settings.highpass_hz, poles=2).filter("lowpass", f=settings.lowpass_hz)
        # Light compression so quiet syllables carry over street noise.
        audio = audio.filter("acompressor", threshold="0.1", ratio=3, attack=5, release=120, makeup=2)
    return audio.filter("aresample", settings.sample_rate)


def limit_all(runner: Runner, items: Sequence[Limit], settings: AudioSettings) -> list[Loudness]:
    """Each item filtered, its gain and limiter; the limited signal's loudness is measured on its way out."""
    return round_all(runner, Round(limits=tuple(items)), settings)[0]


def _limited(item: Limit, audio: Any, settings: AudioSettings, name: str) -> Any:
    audio = _filtered(item, audio, settings).filter("volume", f"{item.gain_db:.3f}dB")
    rate, ceiling = settings.sample_rate, 10 ** ((item.ceiling_db - LIMITER_UNDER_DB) / 20)
    taps = HORN_FILTER_SIZE if item.horn else 32
    audio = audio.filter("aresample", rate * OVERSAMPLING, filter_size=taps)
    audio = audio.filter("alimiter", limit=f"{ceiling:.5f}", level="false", attack=2, release=60, asc="true")
    audio = audio.filter("aresample", rate, filter_size=taps)
    audio = audio.filter(f"ebur128@{name}", framelog="info")  # passes the audio on
    return audio.output(file(item.dst), ac=1, acodec="pcm_s16le", format="wav")


def encode_all(runner: Runner, items: Sequence[Encode], settings: AudioSettings) -> None:
    """Each item to MP3. No Xing/LAME header: a decoder then plays every frame, so a file alone lasts
    exactly what it lasts inside a joined slot file."""
    round_all(runner, Round(encodes=tuple(items)), settings)


def _encoded(item: Encode, audio: Any, settings: AudioSettings) -> Any:
    audio = audio.filter("volume", f"{item.gain_db:.3f}dB")
    if item.pad > 0:
        audio = audio.filter("adelay", f"{int(item.pad * 1000)}").filter("apad", pad_dur=f"{item.pad:.3f}")
    return audio.output(
        file(item.dst), ac=1, ar=settings.sample_rate, acodec="libmp3lame", audio_bitrate=settings.bitrate,
        format="mp3", map_metadata="-1", id3v2_version=3, write_xing=0, compression_level=ENCODER_QUALITY,
    )  # fmt: skip


def measure_all(runner: Runner, paths: Sequence[Path]) -> list[Measure]:
    """Loudness, true peak, duration and silences of each file ffmpeg can decode."""
    unique = list(dict.fromkeys(paths))  # one input per file, even if asked twice
    found = measured(runner, {p: source(p) for p in unique})
    return [found[p] for p in paths]


def measured(runner: Runner, sources: dict[Path, Any]) -> dict[Path, Measure]:
    """The Measure of each file, read through its ffmpeg input (one process for them all)."""
    unique = list(sources)
    outputs = [out for n, p in enumerate(unique) for out in _stats(sources[p].audio, f"i{n}")]
    stream = ffmpeg.merge_outputs(*outputs)
    args = command(stream)  # compiled once: the input numbers are read from it
    what = f"measuring {unique[0].name}" if len(unique) == 1 else "measuring"
    log = runner.run(args, what).stderr.decode("utf-8", "replace")
    formats, logs = input_formats(log), by_instance(log)
    inputs = [a for before, a in itertools.pairwise(args) if before == "-i"]
    found: dict[Path, Measure] = {}
    for n, path in enumerate(unique):
        rate, layout = formats.get(inputs.index(file(path)), (0, "mono"))
        result = measure_of(logs.get(f"i{n}", ""), logs.get(f"i{n}{PEAK}", ""), rate, layout) if rate else None
        if result is None:
            raise ValueError(f"ffmpeg printed no measurement for {path}")
        found[path] = result
    return found


def measure_encoded(runner: Runner, paths: Sequence[Path]) -> list[Measure]:
    """The Measure of each MP3 `encode_all` wrote, read inside the graph in one process (joined: `mp3joined`)."""
    return round_all(runner, Round(measures=tuple(paths)), AudioSettings())[1]


@dataclass(frozen=True)
class Round:
    """One process's work over items at different steps: some limited, some encoded, some MP3s measured."""

    limits: tuple[Limit, ...] = ()
    encodes: tuple[Encode, ...] = ()
    measures: tuple[Path, ...] = ()
    scratch: Path | None = None  # where the measures' list files go (the system's temporary folder if None)


def round_all(runner: Runner, step: Round, settings: AudioSettings) -> tuple[list[Loudness], list[Measure]]:
    """Every item's step in one process (each ffmpeg start costs as much CPU as a short item's pass): the limited
    signals' loudness and the MP3s' measures, in order. An item's output is what its own pass alone makes."""
    outputs, lists = _outputs(step, settings)
    plan = mp3joined.planned(step.measures, step.scratch or Path(tempfile.gettempdir()), len(outputs))
    tags = {file(i.dst): [a for k, v in i.tags for a in ("-metadata", f"{k}={v}")] for i in step.encodes}
    args = command(ffmpeg.merge_outputs(*outputs), tags) if outputs else None
    args = with_graph(args, plan.graph, plan.outputs) if step.measures else args
    try:
        log = runner.run(args or [], _what(step)).stderr.decode("utf-8", "replace")
    finally:
        _removed([*lists, *plan.scratch])
    again = functools.partial(measure_all, runner)
    finals = mp3joined.measured(log, plan, step.measures, len(outputs), again) if step.measures else []
    return _loudness(log, [item.src for item in step.limits]), finals


def _outputs(step: Round, settings: AudioSettings) -> tuple[list[Any], list[Path]]:
    """The limited and encoded items' outputs, their WAVs read through joined inputs (`joined`); its list files."""
    wavs = [i.src for i in step.limits] + [i.src for i in step.encodes]
    if not wavs:
        return [], []
    inputs, lists = sources(wavs, _scratch(([i.dst for i in step.limits] or wavs)[0]))
    outputs = [_limited(item, inputs[n], settings, f"i{n}") for n, item in enumerate(step.limits)]
    outputs += [_encoded(item, inputs[len(step.limits) + n], settings) for n, item in enumerate(step.encodes)]
    return outputs, lists


def _what(step: Round) -> str:
    """What the process is for, its first step first ("limiting 1 items, encoding 2 items")."""
    steps = [f"limiting {len(step.limits)} items"] if step.limits else []
    steps += [f"encoding {len(step.encodes)} items"] if step.encodes else []
    return ", ".join([*steps, "measuring"] if step.measures else steps)


def _stats(stream: Any, name: str) -> list[Any]:
    """The measuring outputs of one input: its statistics, and its true peak from a copy."""
    split = stream.filter_multi_output("asplit")
    main, copy = split.stream(0), split.stream(1)
    for f, options in stat_filters(name):
        main = main.filter(f, **options)
    for f, options in peak_filters(name):
        copy = copy.filter(f, **options)
    return [main.output("-", format="null"), copy.output("-", format="null")]


def _scratch(limited: Path) -> Path:
    """Where a pass's list files go: beside a limited WAV (the batch's scratch space, never a user's folder)."""
    return limited.parent


def _removed(paths: Sequence[Path]) -> None:
    for path in paths:
        path.unlink(missing_ok=True)


def _run(runner: Runner, stream: Any, before: dict[str, list[str]], what: str) -> str:
    return runner.run(command(stream, before), what).stderr.decode("utf-8", "replace")


def _loudness(log: str, paths: list[Path]) -> list[Loudness]:
    """Each item's loudness, from what its ebur128 (named i0, i1... in order) printed."""
    logs, found = by_instance(log), []
    for n, path in enumerate(paths):
        result = parse_loudness(logs.get(f"i{n}", ""))
        if result is None:
            raise ValueError(f"ffmpeg printed no measurement for {path}")
        found.append(result)
    return found
