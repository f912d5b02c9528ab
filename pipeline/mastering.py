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

from . import audio
from .audio import Measure
from .mixer import rms_dbfs
from .proc import Runner
from .settings import AudioSettings

LOUDNESS_TOLERANCE = 0.3  # LU; a pass outside it is corrected with one more pass


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
    """Master `raw` into the MP3 `dst` at `target` LUFS; `cap` limits max short-term loudness. Returns the final measure."""
    before = audio.prepare(runner, raw, prepared, settings, horn)
    gain = audio.gain_for(before, target)
    if cap is not None and before.max_short_term + gain > cap:
        gain = cap - before.max_short_term
    for _ in range(3):
        audio.finish(runner, prepared, dst, gain, settings, tags, pad)
        final = audio.measure(runner, dst)
        correction = correction_for(final, target, cap)
        if correction is None or abs(correction) <= LOUDNESS_TOLERANCE:
            break
        gain += correction
    return final


def correction_for(final: Measure, target: float, cap: float | None) -> float | None:
    """Gain still needed to reach the target without passing the short-term cap (None: silence)."""
    if math.isinf(final.lufs) or final.lufs < -70:
        return None
    wanted = target - final.lufs
    if cap is not None and final.max_short_term + wanted > cap:
        wanted = cap - final.max_short_term
    return wanted


def with_bed(runner: Runner, settings: AudioSettings, speech: Path, seconds: float, bed: Path, bed_lufs: float, dst: Path) -> Path:
    """Speech mixed over a ducked music bed, the bed set `bed_under_speech_lu` under the speech."""
    gain = rms_dbfs(speech) - settings.bed_under_speech_lu - bed_lufs
    audio.mix_bed(runner, speech, seconds, bed, dst, gain, settings)
    return dst
