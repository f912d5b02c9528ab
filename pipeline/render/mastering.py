"""The mastering chain of one item, as plain functions of settings and files.

prepare (horn filter, measured in the same pass) → gain → finish (limiter,
gaps, MP3) → measure the final MP3 → correct once or twice if it missed.
We do not use ffmpeg's loudnorm: we measure integrated loudness with ebur128
(valid from 0.4 s, so short clips need no padding trick), apply one linear
gain and verify the encoded file; loudnorm's silent switch to dynamic mode and
its 192 kHz output cannot happen, and the output rate is always set.
"""

from __future__ import annotations

import math
from pathlib import Path

from ..adapters import ffmpeg as audio
from ..adapters.ffmpeg import Loudness, Measure
from ..adapters.pcm import rms_dbfs
from ..adapters.proc import Runner
from ..domain.settings import AudioSettings

LOUDNESS_TOLERANCE = 0.3  # LU; a final MP3 outside it is corrected with one more pass
PREDICTED_TOLERANCE = 0.15  # LU; the limited signal must be this close before its MP3 is measured


# How much louder the limited PCM measures than its MP3 (lossy encoding removes a little energy):
# a fixed prior (what a 64 kbit/s MP3 typically loses, bench/mastering.py), corrected from the item's
# own MP3. Never carried from one item to the next: an item's audio depends only on its own inputs
# (its cache key), whichever process renders it and in whatever order.
ENCODER_OFFSET_PRIOR = 0.4


def master(
    runner: Runner,
    settings: AudioSettings,
    raw: Path,
    prepared: Path,
    dst: Path,
    target: float,
    pad: float,
    horn: bool,
    tags: dict[str, str],
    cap: float | None = None,
) -> Measure:
    """Master `raw` into the MP3 `dst` at `target` LUFS; `cap` limits max short-term loudness; the final measure.

    Usually three processes: prepare, finish (which also measures the limited signal's loudness), and
    the measurement of the MP3 (the only full Measure: true peak, duration, silences). A limiter that took
    loudness away is corrected from the finish's own measurement, before any MP3 is measured.
    """
    offset = ENCODER_OFFSET_PRIOR
    before = audio.prepare(runner, raw, prepared, settings, horn)
    gain = audio.gain_for(before, target + offset)
    if cap is not None and before.max_short_term + gain > cap:
        gain = cap - before.max_short_term
    slope, previous = 1.0, None  # LU of output per dB of gain: below 1 where the limiter works
    for _ in range(5):
        limited = audio.finish(runner, prepared, dst, gain, settings, tags, pad)
        if previous is not None and gain != previous[0] and not math.isinf(limited.lufs):
            slope = min(1.0, max(0.2, (limited.lufs - previous[1]) / (gain - previous[0])))
        previous = (gain, limited.lufs)
        correction = correction_for(limited, target + offset, None if cap is None else cap + offset)
        if correction is not None and abs(correction) > PREDICTED_TOLERANCE:
            gain += correction / slope
            continue
        final = audio.measure(runner, dst)  # the MP3 itself, what operators get
        if not math.isinf(final.lufs) and not math.isinf(limited.lufs):
            offset = limited.lufs - final.lufs
        correction = correction_for(final, target, cap)
        if correction is None or abs(correction) <= LOUDNESS_TOLERANCE:
            return final
        gain += correction / slope
    return audio.measure(runner, dst)


def correction_for(final: Measure | Loudness, target: float, cap: float | None) -> float | None:
    """Gain still needed to reach the target without passing the short-term cap (None: silence)."""
    if math.isinf(final.lufs) or final.lufs <= -69.9:  # ebur128 says -70.0 for silence
        return None
    wanted = target - final.lufs
    if cap is not None and final.max_short_term + wanted > cap:
        wanted = cap - final.max_short_term
    return wanted


def with_bed(
    runner: Runner, settings: AudioSettings, speech: Path, seconds: float, bed: Path, bed_lufs: float, dst: Path
) -> Path:
    """Speech mixed over a ducked music bed, the bed set `bed_under_speech_lu` under the speech."""
    gain = rms_dbfs(speech) - settings.bed_under_speech_lu - bed_lufs
    audio.mix_bed(runner, speech, seconds, bed, dst, gain, settings)
    return dst
