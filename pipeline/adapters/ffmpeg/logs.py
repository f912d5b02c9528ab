"""Reading ffmpeg's logs: what ebur128, volumedetect, astats and silencedetect printed, as Measure and Loudness."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

LOUDNESS = re.compile(r"Summary:.*?I:\s+(-?[\d.]+|-inf) LUFS", re.S)
SUMMARY = re.compile(r"Summary:.*?I:\s+(-?[\d.]+|-inf) LUFS.*?LRA:\s+([\d.]+) LU", re.S)
PEAK_LEVEL = re.compile(r"Peak level dB:\s+(-?[\d.]+|-inf)")  # astats's, over the oversampled copy
SAMPLES = re.compile(r"n_samples:\s+(\d+)")  # volumedetect's count, every channel's
LAYOUT = r"(\d+) Hz, ([\w.]+(?:\([\w-]+\))?(?: channels)?)"  # mono, stereo, 5.1(side), quad, 6 channels...
RATE = re.compile(rf"Audio: \w+.*?, {LAYOUT}")
SHORT_TERM = re.compile(r"\bS:\s*(-?[\d.]+)")
MOMENTARY = re.compile(r"\bM:\s*(-?[\d.]+)")
SAMPLE_PEAK = re.compile(r"Sample peak:\s+Peak:\s+(-?[\d.]+|-inf) dBFS")
NAMED = re.compile(r"^\[\w+@(\w+) @ 0x[0-9a-f]+\] ?")
INPUT_AUDIO = re.compile(rf"Stream #(\d+):\d+\S*: Audio: \w+.*?, {LAYOUT}")
OUTPUT_AUDIO = re.compile(rf"^Output #(\d+),.*?\n  Stream #\d+:\d+\S*: Audio: \w+.*?, {LAYOUT}", re.M | re.S)
NAMED_LAYOUTS = {"mono": 1, "stereo": 2, "downmix": 2, "quad": 4, "hexagonal": 6, "octagonal": 8, "hexadecagonal": 16}
SILENCE = re.compile(r"silence_(start|end)(?::|=) ?(-?[\d.]+)")  # silencedetect's own line, or its metadata
SILENCE_DB = -45  # quieter than this for SILENCE_MIN_S is a silence worth reporting
SILENCE_MIN_S = 1.0


@dataclass(frozen=True)
class Measure:
    """What an engineer checks on a file.

    Attributes:
        lufs: integrated loudness (EBU R128), -inf for silence.
        true_peak: dBTP (the peak of the signal oversampled 4x), to 0.1 dB, -inf for silence.
        lra: loudness range, LU.
        duration: seconds, from the decoded sample count.
        sample_rate: Hz of the decoded stream.
        channels: 1 for mono.
        max_short_term: highest short-term (3 s) loudness, LUFS (momentary, 0.4 s, for files under 3 s);
            EBU R128 s1 caps it for short items.
        longest_silence: the longest stretch below -45 dBFS (at least 1 s) inside the file, seconds.
    """

    lufs: float
    true_peak: float
    lra: float
    duration: float
    sample_rate: int
    channels: int
    max_short_term: float = -math.inf
    longest_silence: float = 0.0


@dataclass(frozen=True)
class Loudness:
    """What the mastering steps decide with: integrated loudness and the loudest short window, LUFS.

    Cheaper to measure than a whole Measure: no true peak (4x oversampling), no sample count, no silences.
    The final MP3 gets the whole Measure.
    """

    lufs: float
    max_short_term: float
    sample_peak: float = -math.inf  # dBFS, when ebur128 was asked for it (peak=sample)


def parse_measure(log: str) -> Measure | None:
    """The last ebur128 summary, volumedetect sample count and astats peak in an ffmpeg log of one input."""
    rates = RATE.findall(log)
    return measure_of(log, log, int(rates[-1][0]), rates[-1][1]) if rates else None


def measure_of(log: str, peak_log: str, rate: int, layout: str) -> Measure | None:
    """The Measure in what ebur128, volumedetect and silencedetect printed about a stream of `rate` Hz and `layout`,
    and its true peak in what astats printed about its copy oversampled 4x (`peak_log`)."""
    summaries = SUMMARY.findall(log)
    samples = SAMPLES.findall(log)
    peaks = PEAK_LEVEL.findall(peak_log)
    if not summaries or not samples or not peaks:
        return None
    lufs, lra = (float(v) for v in summaries[-1])
    peak = round(float(peaks[-1]), 1)  # to 0.1 dB, as ebur128 printed it (the manifest's figures stay alike)
    channels = channel_count(layout)
    duration = int(samples[-1]) / channels / rate  # volumedetect counts the samples of every channel
    return Measure(
        lufs, peak, float(lra), duration, rate, channels, loudest_window(log), longest_silence(log, duration)
    )


def channel_count(layout: str) -> int:
    """How many channels ffmpeg's layout name holds: "mono" 1, "5.1(side)" 6, "6 channels" 6."""
    name = layout.split("(")[0].removesuffix(" channels")
    if name in NAMED_LAYOUTS:
        return NAMED_LAYOUTS[name]
    if name.isascii() and name.replace(".", "", 1).isdigit():
        return int(name) if "." not in name else sum(int(part) for part in name.split("."))
    return 2  # a named layout not listed above: counted as stereo, the least it can be


def by_instance(log: str) -> dict[str, str]:
    """What each named filter instance printed: `[ebur128@i3 @ 0x..] ...` goes under "i3", with the indented
    lines that follow it (ebur128's summary). One process then measures many items, each under its own name."""
    parts: dict[str, list[str]] = {}
    current: str | None = None
    for line in log.splitlines():
        named = NAMED.match(line)
        if named:
            current, line = named.group(1), line[named.end() :]
        elif line[:1] not in ("", " ", "\t"):
            current = None  # another context ([mp3 @ ..], Input #0, Stream mapping...)
        if current is not None:
            parts.setdefault(current, []).append(line)
    return {name: "\n".join(lines) for name, lines in parts.items()}


def input_formats(log: str) -> dict[int, tuple[int, str]]:
    """Sample rate and channel layout of each input's first audio stream, by input number."""
    inputs = log.split("Stream mapping:", 1)[0]
    found: dict[int, tuple[int, str]] = {}
    for number, rate, layout in INPUT_AUDIO.findall(inputs):
        found.setdefault(int(number), (int(rate), layout))
    return found


def output_formats(log: str) -> dict[int, tuple[int, str]]:
    """Sample rate and channel layout of each output's audio stream, by output number: what a graph's chain gave
    it, for files read inside the graph (they have no `Input #n` lines)."""
    return {int(number): (int(rate), layout) for number, rate, layout in OUTPUT_AUDIO.findall(log)}


def parse_loudness(log: str) -> Loudness | None:
    """The last ebur128 summary's integrated loudness and the loudest short window of an ffmpeg log."""
    summaries = LOUDNESS.findall(log)
    if not summaries:
        return None
    peaks = SAMPLE_PEAK.findall(log)
    return Loudness(float(summaries[-1]), loudest_window(log), float(peaks[-1]) if peaks else -math.inf)


def combined(parts: list[Measure]) -> Measure:
    """The measure of parts joined frame by frame, from theirs, without decoding the whole slot again.

    Duration is exact (MP3s without Xing header decode to all their frames, alone or joined);
    loudness is the duration-weighted energy mean (gating ignored), peaks the highest.
    """
    duration = sum(p.duration for p in parts)
    audible = [p for p in parts if not math.isinf(p.lufs) and p.lufs > -70]
    energy = sum(p.duration * 10 ** (p.lufs / 10) for p in audible)
    lufs = round(10 * math.log10(energy / duration), 1) if audible and duration > 0 else -math.inf
    first = parts[0] if parts else Measure(-math.inf, -math.inf, 0.0, 0.0, 0, 1)
    peak = max((p.true_peak for p in parts), default=-math.inf)
    top = max((p.max_short_term for p in parts), default=-math.inf)
    return Measure(
        lufs,
        peak,
        0.0,
        round(duration, 6),
        first.sample_rate,
        first.channels,
        top,
        max((p.longest_silence for p in parts), default=0.0),
    )


def loudest_window(log: str) -> float:
    """Max short-term (3 s) loudness; for a file under 3 s, which has none, max momentary (0.4 s)."""
    for pattern in (SHORT_TERM, MOMENTARY):
        top = max((float(v) for v in pattern.findall(log)), default=-math.inf)
        if top > -120:  # ebur128 prints -120.7 until its window is full
            return top
    return -math.inf


def longest_silence(log: str, duration: float) -> float:
    """Longest silencedetect interval; one running to the end stops there."""
    longest, start = 0.0, None
    for kind, value in SILENCE.findall(log):
        if kind == "start":
            start = float(value)
        elif start is not None:
            longest, start = max(longest, float(value) - start), None
    if start is not None:
        longest = max(longest, duration - start)
    return round(longest, 3)
