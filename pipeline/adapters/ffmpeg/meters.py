"""What the measure pass reads from each MP3 (and `measured` from each input): the filters of one item's Measure and
its reading from the log, by the names its filters were given."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from pathlib import Path

from .logs import SILENCE_DB, SILENCE_MIN_S, Measure, by_instance, measure_of, output_formats

# The final MP3's true peak is read as ITU-R BS.1770-4 Annex 2 specifies a true-peak meter: the signal oversampled
# 4x by an interpolating filter, its highest sample. ebur128's own (peak=true) resamples to 192 kHz, 4.35x at
# 44.1 kHz: on 669 s of the sample's MP3s the measure chain cost 3.2 CPU s with it, 2.4 with this meter, 1.8 with
# no true peak. On 175 MP3s of the sample and a province this meter read -0.08..+0.06 dB from ebur128's with 8, 16
# or 32 taps alike, but on full-band white noise 8 taps read 2.3 dB under it (a 128 kb/s MP3: 1.1), 16 taps 0.6
# (0.4), 32 taps within 0.1: 32, ffmpeg's default, for about the same CPU (docs/build-profile-issue31.md, h31w).
METER_OVERSAMPLING = 4
METER_TAPS = 32
METER_RATE = 48000  # what the meter's copy is relabelled to (see peak_filters)
Format = tuple[int, str]  # a stream's sample rate and channel layout, as ffmpeg names it ("mono")
PEAK = "tp"  # the meter's astats is named after its item with this after: `astats@m3tp`


def measures(log: str, paths: Sequence[Path], first: int) -> list[Measure]:
    """Each MP3's Measure, from what its filters (named m0, m1... in order) printed; its output is `first` + n."""
    return required(readings(log, [None] * len(paths), first), paths)


def required(found: Sequence[Measure | None], paths: Sequence[Path]) -> list[Measure]:
    """Every path's Measure; ValueError for the first that has none."""
    result = []
    for path, measure in zip(paths, found, strict=True):
        if measure is None:
            raise ValueError(f"ffmpeg printed no measurement for {path}")
        result.append(measure)
    return result


def readings(log: str, known: Sequence[Format | None], first: int) -> list[Measure | None]:
    """The Measures of items 0, 1... (filters named m0, m1...); None where none printed. Item n's rate and layout
    are `known[n]` (a branch ending in `anullsink`), or else its output's in the log: outputs `first`, `first` + 1...
    in order, one for each item whose format is not known."""
    formats, logs, kept = output_formats(log), by_instance(log), itertools.count(first)
    found: list[Measure | None] = []
    for n, form in enumerate(known):
        rate, layout = form or formats.get(next(kept), (0, "mono"))
        found.append(measure_of(logs.get(f"m{n}", ""), logs.get(f"m{n}{PEAK}", ""), rate, layout) if rate else None)
    return found


def stat_filters(name: str) -> list[tuple[str, dict[str, object]]]:
    """What each filter buys: silencedetect the longest silence (the report's dead-air warning); ebur128 the
    loudness and short-term peak the guarantees are checked on; volumedetect the exact sample count
    (durations, a slot's item starts). Decoding 10 minutes of MP3 and counting took 0.39 CPU s with volumedetect,
    0.68 with astats (which computes its 25 statistics whichever `measure_overall` asks for)."""
    return [
        ("silencedetect", {"n": f"{SILENCE_DB}dB", "d": SILENCE_MIN_S}),
        (f"ametadata@{name}", {"mode": "print"}),  # silencedetect logs without its instance's name
        (f"ebur128@{name}", {"framelog": "info"}),  # no peak: the copy below gives the true peak
        (f"volumedetect@{name}", {}),
    ]


def peak_filters(name: str) -> list[tuple[str, dict[str, object]]]:
    """The true peak, on a copy of the stream: oversampled METER_OVERSAMPLING times, its highest sample (astats,
    exact, in float: nothing clips). asetrate only relabels the copy's rate, not a sample, so the meter needs no
    knowledge of the file's own rate: the oversampled peak depends only on the ratio."""
    return [
        ("asetrate", {"r": METER_RATE}),
        ("aresample", {"osr": METER_RATE * METER_OVERSAMPLING, "filter_size": METER_TAPS, "osf": "fltp"}),
        (f"astats@{name}{PEAK}", {"measure_perchannel": "none", "measure_overall": "Peak_level"}),
    ]
