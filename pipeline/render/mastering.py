"""The mastering chain, as plain functions of settings and files.

analyse (horn filter, loudness) → limit and encode (filter again, gain, true-peak limiter, gaps, MP3, in one
process: one encode) → measure the final MP3 → limit and encode again, with a corrected gain, if it missed.
Every pass runs over a batch of items in one ffmpeg process (`adapters.ffmpeg.passes`).
What each pass buys: the analysis, the first gain (an item's loudness through the horn filter and compressor,
which the raw PCM does not tell); the limiter, true peaks under the ceiling; the measure of the MP3, the
guarantees themselves (loudness, true peak, duration and silences of what airs), so an item that missed
is corrected rather than published.
We do not use ffmpeg's loudnorm: we measure integrated loudness with ebur128
(valid from 0.4 s, so short clips need no padding trick), apply one linear
gain and verify the encoded file; loudnorm's silent switch to dynamic mode and
its 192 kHz output cannot happen, and the output rate is always set.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ..adapters import ffmpeg as audio
from ..adapters.ffmpeg import Loudness, Measure
from ..adapters.pcm import rms_dbfs
from ..adapters.proc import Runner
from ..domain.settings import AudioSettings

LOUDNESS_TOLERANCE = 0.3  # LU; a final MP3 outside it is corrected with one more pass
MAX_PASSES = 5  # an item that still misses after so many passes is kept as it is
# dB the limiter holds under its ceiling: room the MP3 encoder's overshoot and a corrected gain may take (the
# chain once spent it on a make-up gain after the limiter; the limiter's setting, and so the sound, is unchanged)
MAKEUP_HEADROOM = 0.5
# What the limiter takes, LU per dB the gain pushes the sample peak over ceiling + knee; fitted on
# espeak readings of the example letters (bench/mastering.py prints how many passes items need).
LIMITER_LOSS = 0.42
LIMITER_KNEE_DB = 2.0
TRUE_PEAK_MARGIN = 0.2  # dB the limiter goes under an MP3 that peaked over the ceiling, besides the overshoot


# How much louder the limited PCM measures than its MP3 (lossy encoding removes a little energy):
# a fixed prior (what a 64 kbit/s MP3 typically loses, bench/mastering.py), corrected from the item's
# own MP3. Never carried from one item to the next: an item's audio depends only on its own inputs
# (its cache key), whichever process renders it and in whatever order.
ENCODER_OFFSET_PRIOR = 0.4


@dataclass(frozen=True)
class Item:
    """One file to master: `raw` into the MP3 `dst` at `target` LUFS, `pad` s of silence each side.

    `horn` False for chimes, which keep their sound; `cap` limits the loudest short-term window (chimes).
    """

    raw: Path
    dst: Path
    target: float
    pad: float
    horn: bool
    tags: tuple[tuple[str, str], ...]
    cap: float | None = None


@dataclass
class _Progress:
    """Where one item's mastering stands between passes (kept only for one call of `master_all`)."""

    item: Item
    gain: float  # before the limiter
    ceiling: float  # dBTP the limiter holds
    slope: float  # LU of limited loudness per dB of gain: below 1 where the limiter works
    limited: Loudness | None = None  # the last pass's limited signal's loudness
    previous_gain: float = 0.0  # the gain that limited signal was made with
    passes: int = 0

    def limit(self) -> audio.Limit:
        i = self.item
        return audio.Limit(i.raw, i.dst, i.horn, self.gain, self.ceiling, i.pad, i.tags)


def master_all(runner: Runner, settings: AudioSettings, items: Sequence[Item]) -> list[Measure]:
    """Master every item; each one's final measure (of its MP3), in order.

    Each pass runs over the items still at that step, in one process: analyse; limit and encode
    (measuring the limited signal on its way to the encoder, so what the limiter took is known);
    measure the MP3s (the only full Measure). An MP3 that missed is limited and encoded again.
    """
    ceiling = audio.limiter_ceiling_db(settings) - MAKEUP_HEADROOM
    analysed = audio.analyse_all(runner, [audio.Limit(i.raw, i.dst, i.horn, 0.0, ceiling) for i in items], settings)
    pending = [_first(item, loud, ceiling) for item, loud in zip(items, analysed, strict=True)]
    done: dict[int, Measure] = {}
    while pending:
        limited = audio.limit_all(runner, [p.limit() for p in pending], settings)
        finals = audio.measure_all(runner, [p.item.dst for p in pending])
        verdicts = [_after_pass(p, loud, f, settings) for p, loud, f in zip(pending, limited, finals, strict=True)]
        done |= {id(p.item): f for p, f, ok in zip(pending, finals, verdicts, strict=True) if ok}
        pending = [p for p, ok in zip(pending, verdicts, strict=True) if not ok]
    return [done[id(item)] for item in items]


def _first(item: Item, before: Loudness, ceiling: float) -> _Progress:
    """The first gain: to the target plus what the encoder and the limiter are expected to take (LIMITER_LOSS)."""
    wanted = audio.gain_for(before, item.target + ENCODER_OFFSET_PRIOR)
    over = before.sample_peak + wanted - ceiling - LIMITER_KNEE_DB
    gain, slope = wanted, 1.0
    if over > 0 and not math.isinf(over):
        gain, slope = wanted + LIMITER_LOSS * over / (1 - LIMITER_LOSS), 1 - LIMITER_LOSS
    if item.cap is not None and before.max_short_term + gain > item.cap + ENCODER_OFFSET_PRIOR:
        gain = item.cap + ENCODER_OFFSET_PRIOR - before.max_short_term
    return _Progress(item, gain, ceiling, slope)


def _after_pass(p: _Progress, limited: Loudness, final: Measure, settings: AudioSettings) -> bool:
    """True when the MP3 is on target under the ceiling (or out of tries); else a new gain or ceiling for
    another pass. The limited signal's loudness says how loudness follows the gain through the limiter."""
    p.passes += 1
    if p.limited is not None and p.gain != p.previous_gain and not math.isinf(limited.lufs):
        p.slope = min(1.0, max(0.2, (limited.lufs - p.limited.lufs) / (p.gain - p.previous_gain)))
    p.limited, p.previous_gain = limited, p.gain
    if p.passes >= MAX_PASSES:
        return True
    if final.true_peak > settings.true_peak_db:  # the encoder overshot more than the limiter's margin allows
        p.ceiling -= final.true_peak - settings.true_peak_db + TRUE_PEAK_MARGIN
        return False
    correction = correction_for(final, p.item.target, p.item.cap)
    if correction is None or abs(correction) <= LOUDNESS_TOLERANCE:
        return True
    p.gain += correction / p.slope
    return False


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
