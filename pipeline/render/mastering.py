"""The mastering chain, as plain functions of settings and files.

analyse (horn filter, loudness) → limit (filter again, gain, true-peak limiter) →
encode (a small make-up gain, gaps, MP3) → measure the final MP3 → encode or limit again if it missed.
Every pass runs over a batch of items in one ffmpeg process (`adapters.ffmpeg.passes`); after the analysis,
one process takes each item one step, whichever step it is at (a round).
We do not use ffmpeg's loudnorm: we measure integrated loudness with ebur128
(valid from 0.4 s, so short clips need no padding trick), apply one linear
gain and verify the encoded file; loudnorm's silent switch to dynamic mode and
its 192 kHz output cannot happen, and the output rate is always set.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..adapters import ffmpeg as audio
from ..adapters.ffmpeg import Loudness, Measure
from ..adapters.pcm import rms_dbfs
from ..adapters.proc import Runner
from ..domain.settings import AudioSettings

LOUDNESS_TOLERANCE = 0.3  # LU; a final MP3 outside it is corrected with one more pass
MAX_PASSES = 5  # an item that still misses after so many limiter or encoder passes is kept as it is
MAKEUP_HEADROOM = 0.5  # dB: the limiter holds this much under its ceiling, so a make-up gain up to it is safe
AIM_ABOVE = 0.25  # LU the limited signal aims over what is needed: a make-up gain may lower it freely
# What the limiter takes, LU, for `over` dB the gain pushes the sample peak over ceiling + knee: LOSS_LINEAR * over
# + LOSS_SQUARE * over², its slope capped at LOSS_SLOPE_MAX. It grows faster than linearly: fitted (least squares,
# residuals within +-0.7 LU, what AIM_ABOVE + MAKEUP_HEADROOM absorb) on the 72 espeak items and chimes of
# bench/province.py, where one rate (0.42) left heavily limited items 0.6-0.7 LU short, limited twice.
LOSS_LINEAR = 0.34
LOSS_SQUARE = 0.027
LOSS_SLOPE_MAX = 0.75
LIMITER_KNEE_DB = 2.0
TRUE_PEAK_MARGIN = 0.2  # dB the limiter goes under an MP3 that peaked over the ceiling, besides the overshoot
# The MP3's true peak is read by a 4x meter (adapters.ffmpeg.passes), which read up to 0.1 dB under ebur128's
# `peak=true` (both printed to 0.1 dB) on 175 MP3s of the sample and a province: an MP3 passes at this much under
# the ceiling, so none that passes is over it by ebur128 either.
METER_MARGIN = 0.1
# ebur128 prints loudness in tenths of a LU, so a difference of two readings exactly at a bound (-16.0 - -16.3)
# lands a hair over it in floating point (0.30000000000000071); bounds are compared with this much slack.
READING_SLACK = 0.01


# How much louder the limited PCM measures than its MP3 (lossy encoding removes a little energy):
# a fixed prior, corrected from the item's own MP3. LAME at quality 7 takes 0.52 LU on average (sd 0.11) on the
# province's 72 items (docs/build-profile-issue31.md); 0.4, the default quality's figure, left the items the
# encoder took most from under the tolerance, encoded and measured twice. Never carried from one item to the
# next: an item's audio depends only on its own inputs (its cache key), whichever process renders it and when.
ENCODER_OFFSET_PRIOR = 0.5


@dataclass(frozen=True)
class Item:
    """One file to master: `raw` into the MP3 `dst` at `target` LUFS, `pad` s of silence each side.

    `limited` is scratch space for the limited WAV (removed when done); `horn` False for chimes, which keep
    their sound; `cap` limits the loudest short-term window (chimes).
    """

    raw: Path
    limited: Path
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
    limited: Loudness | None = None  # the last limiter pass's loudness
    previous_gain: float = 0.0  # the gain that limited signal was made with
    makeup: float = 0.0  # linear gain after the limiter, at most MAKEUP_HEADROOM
    offset: float = ENCODER_OFFSET_PRIOR
    limits: int = 0
    encodes: int = 0

    def limit(self) -> audio.Limit:
        i = self.item
        return audio.Limit(i.raw, i.limited, i.horn, self.gain, self.ceiling)

    def encode(self) -> audio.Encode:
        i = self.item
        return audio.Encode(i.limited, i.dst, self.makeup, i.pad, i.tags)


def master_all(runner: Runner, settings: AudioSettings, items: Sequence[Item]) -> list[Measure]:
    """Master every item; each one's final measure (of its MP3), in order.

    After the analysis, each round takes every item one step, all in one process: limit (which
    measures the limited signal, so what the limiter took is known before encoding); encode with
    a small linear make-up gain, which cannot push a peak over the ceiling; measure the MP3 (the
    only full Measure). An MP3 that missed is encoded again, or limited again if it needs more:
    its steps share the process of the others' (an item limited again costs no process of its own).
    """
    ceiling = audio.limiter_ceiling_db(settings) - MAKEUP_HEADROOM
    analysed = audio.analyse_all(runner, [audio.Limit(i.raw, i.limited, i.horn, 0.0, ceiling) for i in items], settings)
    steps = _Steps([_first(item, loud, ceiling) for item, loud in zip(items, analysed, strict=True)])
    done: dict[int, Measure] = {}
    while steps.to_limit or steps.to_encode or steps.to_measure:
        done |= steps.taken(*audio.round_all(runner, steps.round(), settings), settings)
    for item in items:  # the scratch a batch holds stays bounded
        item.limited.unlink(missing_ok=True)
    return [done[id(item)] for item in items]


@dataclass
class _Steps:
    """The items at each step between rounds (kept only for one call of `master_all`)."""

    to_limit: list[_Progress]
    to_encode: list[_Progress] = field(default_factory=list)
    to_measure: list[_Progress] = field(default_factory=list)

    def round(self) -> audio.Round:
        scratch = (self.to_limit + self.to_encode + self.to_measure)[0].item.limited.parent  # the batch's
        return audio.Round(tuple(p.limit() for p in self.to_limit), tuple(p.encode() for p in self.to_encode),
                           tuple(p.item.dst for p in self.to_measure), scratch)  # fmt: skip

    def taken(self, limited: list[Loudness], finals: list[Measure], settings: AudioSettings) -> dict[int, Measure]:
        """Each item's next step after the round; the finished ones' final measures (by id of their Item)."""
        ready = [p for p, loud in zip(self.to_limit, limited, strict=True) if _after_limit(p, loud)]
        verdicts = [(p, f, _after_encode(p, f, settings)) for p, f in zip(self.to_measure, finals, strict=True)]
        self.to_limit = [p for p in self.to_limit if p not in ready] + [p for p, _, v in verdicts if v == "limit"]
        self.to_measure, self.to_encode = self.to_encode, ready + [p for p, _, v in verdicts if v == "encode"]
        return {id(p.item): f for p, f, v in verdicts if v == "done"}


def _first(item: Item, before: Loudness, ceiling: float) -> _Progress:
    """The first gain: to the target plus what the limiter is expected to take (see LOSS_LINEAR)."""
    wanted = audio.gain_for(before, item.target + ENCODER_OFFSET_PRIOR + AIM_ABOVE)
    over = before.sample_peak + wanted - ceiling - LIMITER_KNEE_DB
    gain, slope = wanted, 1.0
    if over > 0 and not math.isinf(over):
        extra = _pushed(over)
        gain, slope = wanted + extra, 1 - _loss_slope(over + extra)
    if item.cap is not None and before.max_short_term + gain > item.cap + AIM_ABOVE:
        gain = item.cap + AIM_ABOVE - before.max_short_term
    return _Progress(item, gain, ceiling, slope)


def _loss_slope(over: float) -> float:
    """LU the limiter takes per more dB of gain, `over` dB past ceiling + knee."""
    return min(LOSS_LINEAR + 2 * LOSS_SQUARE * over, LOSS_SLOPE_MAX)


def _loss(over: float) -> float:
    """LU the limiter takes from a signal whose sample peak the gain puts `over` dB past ceiling + knee."""
    steep = (LOSS_SLOPE_MAX - LOSS_LINEAR) / (2 * LOSS_SQUARE)  # where the slope reaches its cap
    bend = min(over, steep)
    return LOSS_LINEAR * bend + LOSS_SQUARE * bend * bend + LOSS_SLOPE_MAX * (over - bend)


def _pushed(over: float) -> float:
    """The extra gain that makes up for what the limiter then takes: x = _loss(over + x), found by iteration
    (it converges since the loss grows at most LOSS_SLOPE_MAX LU per dB)."""
    extra = 0.0
    for _ in range(40):
        extra = _loss(over + extra)
    return extra


def _after_limit(p: _Progress, limited: Loudness) -> bool:
    """Learn from the limited signal's loudness; True when a make-up gain can reach the target, else a new gain."""
    p.limits += 1
    if p.limited is not None and p.gain != p.previous_gain and not math.isinf(limited.lufs):
        p.slope = min(1.0, max(0.2, (limited.lufs - p.limited.lufs) / (p.gain - p.previous_gain)))
    p.limited, p.previous_gain = limited, p.gain
    cap = None if p.item.cap is None else p.item.cap + p.offset
    wanted = correction_for(limited, p.item.target + p.offset, cap)
    if wanted is None or within(wanted, MAKEUP_HEADROOM) or p.limits >= MAX_PASSES:
        p.makeup = 0.0 if wanted is None else min(wanted, MAKEUP_HEADROOM)
        return True
    p.gain += (wanted + AIM_ABOVE) / p.slope
    return False


def _after_encode(p: _Progress, final: Measure, settings: AudioSettings) -> str:
    """ "done" when the MP3 is on target (or out of tries); else "encode" again with a new make-up gain,
    or "limit" again when it needs more than the make-up may give or peaked over the ceiling."""
    p.encodes += 1
    if p.encodes >= MAX_PASSES or p.limited is None:
        return "done"
    if not math.isinf(final.lufs) and not math.isinf(p.limited.lufs):
        p.offset = p.limited.lufs + p.makeup - final.lufs
    ceiling = settings.true_peak_db - METER_MARGIN
    if not within(final.true_peak, ceiling):  # the encoder overshot more than the limiter's margin allows
        p.ceiling -= final.true_peak - ceiling + TRUE_PEAK_MARGIN
        return "limit"
    correction = correction_for(final, p.item.target, p.item.cap)
    if correction is None or within(abs(correction), LOUDNESS_TOLERANCE):
        return "done"
    if within(p.makeup + correction, MAKEUP_HEADROOM):
        p.makeup = min(p.makeup + correction, MAKEUP_HEADROOM)
        return "encode"
    p.gain += (p.makeup + correction + AIM_ABOVE) / p.slope
    return "limit"


def within(value: float, bound: float) -> bool:
    """`value` at most `bound`, as readings in tenths of a LU are: one exactly at the bound is within it."""
    return value <= bound + READING_SLACK


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
