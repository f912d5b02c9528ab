"""The values of `loa.toml` that reach ffmpeg, espeak-ng or a web address: each must be one the tool accepts.

The type check (`settings_file._check_type`) lets `bitrate = "64zz"` or `sample_rate = 12345` through; the
build would then stop at the first item with ffmpeg's own text. Checked when loa.toml is read instead, so
`loa validate` names the line.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..domain.model import Priority
from ..domain.quiet import quiet_hours
from ..domain.settings import Settings
from ..domain.voice import ESPEAK_VARIANTS, is_piper
from ..errors import Problem
from ..i18n import tr

PRIORITY_SLUGS = frozenset(level.slug for level in Priority)

BITRATE = re.compile(r"^(\d{1,3})k$")  # what libmp3lame takes, in kbit/s: "64k"
MP3_BITRATES = (8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160, 192, 224, 256, 320)
MP3_RATES = (8000, 11025, 12000, 16000, 22050, 24000, 32000, 44100, 48000)  # libmp3lame refuses any other
FEED = re.compile(r"^https?://[^\s/?#]+[^\s]*$", re.IGNORECASE)  # a host, then anything without spaces
TLD = re.compile(r"^[a-z]{2,6}(\.[a-z]{2})?$")  # "com", "com.vn": it becomes part of translate.google.<tld>


@dataclass(frozen=True)
class Span:
    """A number setting's accepted range, both ends included."""

    section: str
    key: str
    low: float
    high: float


SPANS = (
    Span("audio", "true_peak_db", -9.0, 0.0),  # loudnorm's TP range; the limiter's ceiling is 1 dB under it
    Span("audio", "target_lufs", -40.0, -5.0),
    Span("audio", "jingle_lufs", -40.0, -5.0),
    Span("audio", "gap_seconds", 0.0, 10.0),
    Span("audio", "highpass_hz", 20, 2000),  # horns: cutting above 2 kHz would leave little of a voice
    Span("audio", "lowpass_hz", 1000, 24000),
    Span("speech", "rate_wpm", 80, 450),  # espeak-ng's own range for -s
    Span("speech", "pitch", 0, 99),  # espeak-ng -p
    Span("speech", "word_gap_ms", 0, 100),  # espeak-ng -g, in 10 ms units: up to a second between words
    Span("cap", "poll_minutes", 1, 1440),  # a warning waits at most this long; more than a day is a typo
)


Found = tuple[str, str, str] | None  # (key, what, fix)


def check_values(settings: Settings, path: Path, line_of: Callable[[str], int | None]) -> list[Problem]:
    """A problem for each value the tools would refuse, at its line in loa.toml (`line_of(key)`)."""
    found = [_span(span, getattr(getattr(settings, span.section), span.key)) for span in SPANS]
    found += [_bitrate(settings.audio.bitrate), _sample_rate(settings.audio.sample_rate), _tld(settings.gtts.tld)]
    found += [_band(settings), _quiet(settings.quiet_hours), _feeds(settings.cap.feeds)]
    found.append(_feed_priorities(settings.cap.feed_priorities))
    voice = voice_problem(settings.speech.voice, path.parent)
    found.append(("voice", *voice) if voice else None)
    return [Problem(path, line_of(key), what, fix) for key, what, fix in filter(None, found)]


def _span(span: Span, value: Any) -> Found:
    if span.low <= value <= span.high:
        return None
    name = span.section + "." + span.key
    what = tr("'{name}' is {value}, outside {low} to {high}", name=name, value=value, low=_number(span.low),
              high=_number(span.high))  # fmt: skip
    return span.key, what, tr("write a value from {low} to {high}", low=_number(span.low), high=_number(span.high))


def _bitrate(value: str) -> Found:
    match = BITRATE.match(value)
    if match and int(match.group(1)) in MP3_BITRATES:
        return None
    known = ", ".join(f'"{b}k"' for b in MP3_BITRATES)
    return "bitrate", tr("'{value}' is not an MP3 bitrate", value=value), tr("use one of: {known}", known=known)


def _sample_rate(value: int) -> Found:
    if value in MP3_RATES:
        return None
    known = ", ".join(str(r) for r in MP3_RATES)
    what = tr("{value} Hz is not an MP3 sample rate", value=value)
    return "sample_rate", what, tr("use one of: {known}", known=known)


def _tld(value: str) -> Found:
    if TLD.match(value):
        return None
    return "tld", tr("'{value}' is not a Google domain ending", value=value), tr('write e.g. "com" or "com.vn"')


def _band(settings: Settings) -> Found:
    audio = settings.audio
    if audio.highpass_hz < audio.lowpass_hz <= audio.sample_rate // 2:
        return None
    what = tr(
        "the band {low}-{high} Hz does not fit a {rate} Hz sample rate",
        low=audio.highpass_hz,
        high=audio.lowpass_hz,
        rate=audio.sample_rate,
    )
    return "lowpass_hz", what, tr("keep highpass_hz under lowpass_hz, and lowpass_hz at most half the sample rate")


def _feed_priorities(slugs: tuple[str, ...]) -> Found:
    wrong = [slug for slug in slugs if slug not in PRIORITY_SLUGS]
    if not wrong:
        return None
    what = tr("'{value}' in [cap] feed_priorities is not a priority", value=wrong[0])
    return (
        "feed_priorities",
        what,
        tr('use khan-cap, uu-tien or thuong, e.g. feed_priorities = ["khan-cap", "uu-tien"]'),
    )


def _feeds(urls: tuple[str, ...]) -> Found:
    """Only http(s) addresses are polled (a `file:` or `ftp:` one would read the machine or hang)."""
    wrong = [url for url in urls if not FEED.match(url)]
    if not wrong:
        return None
    what = tr("'{url}' in [cap] feeds is not an http(s) address", url=wrong[0])
    return "feeds", what, tr('write the full address, e.g. "https://kttv.example.gov.vn/cap.atom"')


def _quiet(value: str) -> Found:
    try:
        quiet_hours(value)
    except ValueError:
        what = tr("quiet_hours '{value}' is not a span of local hours", value=value)
        return "quiet_hours", what, tr('write it as "22:00-05:00", or "" to allow slots at night')
    return None


def _number(value: float) -> str:
    return f"{value:g}"


def voice_problem(choice: str, root: Path) -> tuple[str, str] | None:
    """(what, fix) when `choice` is not a voice the engines can read with, else None: "", nam, nu, or a piper
    model inside the workspace with its .onnx.json beside it."""
    if not choice or choice in ESPEAK_VARIANTS:
        return None
    choices = ", ".join(ESPEAK_VARIANTS)
    if not is_piper(choice):
        return (tr("'{value}' is not a voice", value=choice),
                tr("use one of: {choices}, or a piper voice model such as voices/x.onnx", choices=choices))  # fmt: skip
    model = (root / choice).resolve()
    if not model.is_relative_to(root.resolve()) or not model.is_file() or not Path(f"{model}.json").is_file():
        fix = tr("put the model and its .onnx.json under voices/, or use one of: {choices}", choices=choices)
        return tr("the piper voice '{value}' is not in the workspace", value=choice), fix
    return None
