"""Workspace settings from `loa.toml`; every value has an embedded default.

Loaded once per command and passed explicitly; nothing reads config globally.
"""

from __future__ import annotations

import dataclasses
import difflib
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ..errors import Problem, ValidationFailed
from ..workspace.textfile import read_text
from .limits import LIMITS

VIETNAM_NAMES = ("Asia/Ho_Chi_Minh", "Asia/Saigon")  # accepted even where the system has no zone database


@dataclass(frozen=True)
class AudioSettings:
    """How every published MP3 is mastered and encoded."""

    target_lufs: float = -16.0  # integrated loudness of spoken items (EBU R128 measure)
    true_peak_db: float = -1.5  # ceiling for true peak, dBTP, measured on the final MP3
    jingle_lufs: float = -20.0  # chimes sit a few LU under speech
    sample_rate: int = 44100  # the rate every IP loudspeaker panel we know accepts
    bitrate: str = "64k"  # mono speech; horns cut above ~8 kHz anyway
    gap_seconds: float = 0.4  # silence padded before and after each spoken segment
    highpass_hz: int = 180  # horns cannot reproduce lows; removing them buys headroom
    lowpass_hz: int = 7500
    max_short_term_lu: float = 5.0  # chimes: max short-term loudness at most this above their target (EBU R128 s1)
    max_silence_s: float = 3.0  # an item with a longer silence inside is reported
    bed_under_speech_lu: float = 6.0  # a music bed's level before and after the speech, under the speech's
    duck_db: float = 15.0  # how far the bed drops while the speech plays
    duck_attack_s: float = 0.5  # ramp down, ending as the speech starts
    duck_release_s: float = 1.0  # ramp back up after the speech
    bed_intro_s: float = 2.5  # bed alone before the speech
    bed_outro_s: float = 2.5  # bed after the speech, fading out


@dataclass(frozen=True)
class SpeechSettings:
    """Which engine speaks, and how."""

    engines: tuple[str, ...] = ("espeak",)  # tried in order for each item: a failure falls back to the next
    rate_wpm: int = 115  # espeak-ng words per minute: about 3 syllables a second
    pitch: int = 50  # espeak-ng pitch, 0-99
    word_gap_ms: int = 0  # extra pause between words, in 10 ms units for espeak-ng


@dataclass(frozen=True)
class GttsSettings:
    """Google's online voice (engine "gtts"): requests are small, slow down and fail; be patient but bounded."""

    tld: str = "com"  # Google host: translate.google.<tld>
    chunk_chars: int = 100  # the service's limit per request; text is split at sentence/clause boundaries
    timeout_s: float = 10.0  # per request; without one, a dead connection waits forever
    attempts: int = 5  # per request, counting the first; 429, 5xx, timeouts and refused connections are retried
    backoff_s: float = 1.0  # first wait before a retry; doubles each time
    backoff_max_s: float = 30.0  # no single wait is longer than this
    min_interval_s: float = 0.3  # at least this long between two requests (throttling)


@dataclass(frozen=True)
class PiperSettings:
    """A piper voice model the user downloaded (engine "piper"): `model.onnx` beside `model.onnx.json`."""

    model: str = ""  # path inside the workspace, e.g. "voices/vi_VN-vais1000-medium.onnx"
    length_scale: float = 1.15  # >1 speaks slower; outdoor horns need about 3 syllables a second


@dataclass(frozen=True)
class TextSettings:
    """How scripts are turned into speakable Vietnamese."""

    say_mong: bool = True  # "mồng"/"mùng" before days 1-10 in dates ("ngày mồng năm tháng tám")
    url_phrase: str = ""  # when set, web and e-mail addresses are replaced by this phrase instead of read out


@dataclass(frozen=True)
class JingleSettings:
    """Sources of the chimes: a file under jingles/ or a `builtin:` chime."""

    opening: str = "builtin:chuong-ba-xuong"
    between: str = "builtin:chuong-hai"
    closing: str = "builtin:chuong-ba-len"


@dataclass(frozen=True)
class Settings:
    """Everything a build needs to know besides the workspace's content."""

    timezone: str = "Asia/Ho_Chi_Minh"  # dates, slots and validity are local times here
    default_template: str = "thong-bao"  # template for announcements that name none
    opening_template: str = "mo-dau"  # station identification at the start of a slot
    closing_template: str = "ket-thuc"  # closing formula at the end of a slot
    dialect_voices: dict[str, str] = field(default_factory=lambda: {"bac": "vi", "trung": "vi-vn-x-central", "nam": "vi-vn-x-south"})
    audio: AudioSettings = AudioSettings()
    speech: SpeechSettings = SpeechSettings()
    text: TextSettings = TextSettings()
    gtts: GttsSettings = GttsSettings()
    piper: PiperSettings = PiperSettings()
    jingles: JingleSettings = JingleSettings()


def load_settings(workspace: Path) -> Settings:
    """Read `loa.toml` if present; unknown keys and wrong types are errors."""
    path = workspace / "loa.toml"
    if not path.exists() and not path.is_symlink():
        return Settings()
    text = read_text(path, workspace, LIMITS.settings_bytes)
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        line = _int_or_none(re.search(r"line (\d+)", str(err)))
        fix = "check quotes, '=' and [section] headers on this line"
        raise ValidationFailed(Problem(path, line, f"loa.toml is not valid TOML ({err})", fix)) from None
    problems: list[Problem] = []
    settings: Settings = _build(Settings, raw, path, text, problems, "")
    _check_timezone(settings, path, text, problems)
    if problems:
        raise ValidationFailed(*problems)
    return settings


def _check_timezone(settings: Settings, path: Path, text: str, problems: list[Problem]) -> None:
    """A misspelt zone would silently move every slot: only real IANA names (or Vietnam's) are accepted."""
    if settings.timezone in VIETNAM_NAMES:
        return
    try:
        ZoneInfo(settings.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        what = f"'{settings.timezone}' is not a time zone"
        problems.append(Problem(path, line_of(text, "timezone"), what, 'write a zone name such as "Asia/Ho_Chi_Minh"'))


def _build(cls: Any, raw: dict[str, Any], path: Path, text: str, problems: list[Problem], where: str) -> Any:
    fields = {f.name: f for f in dataclasses.fields(cls)}
    values: dict[str, Any] = {}
    for key, value in raw.items():
        name = f"{where}{key}"
        if key not in fields:
            hint = difflib.get_close_matches(key, fields, n=1)
            fix = f"did you mean '{hint[0]}'?" if hint else f"known keys: {', '.join(fields)}"
            problems.append(Problem(path, line_of(text, key), f"unknown setting '{name}'", fix))
            continue
        default = getattr(cls(), key)
        if dataclasses.is_dataclass(default):
            if isinstance(value, dict):
                values[key] = _build(type(default), value, path, text, problems, f"{name}.")
            else:
                problems.append(Problem(path, line_of(text, key), f"'{name}' must be a [section]", f"write it as [{name}]"))
            continue
        checked = _check_type(default, value)
        if checked is None:
            what = f"'{name}' must be {KINDS.get(type(default), type(default).__name__)}, not {value!r}"
            problems.append(Problem(path, line_of(text, key), what, f"the default is {default!r}"))
        else:
            values[key] = checked
    return cls(**values)


KINDS = {
    tuple: 'a list of names, e.g. ["gtts", "espeak"]',
    str: "text in quotes",
    float: "a number",
    int: "a whole number",
    bool: "true or false",
    dict: "a table",
}


def _check_type(default: Any, value: Any) -> Any:
    """The value converted to the default's type, or None if it does not fit."""
    if isinstance(default, bool) or isinstance(value, bool):
        return value if type(value) is type(default) else None
    if isinstance(default, float) and isinstance(value, int | float):
        return float(value)
    if isinstance(default, dict) and isinstance(value, dict):
        return {str(k): str(v) for k, v in value.items()}
    if isinstance(default, tuple):
        items = [value] if isinstance(value, str) else value
        return tuple(items) if isinstance(items, list) and items and all(isinstance(v, str) for v in items) else None
    return value if isinstance(value, type(default)) else None


def line_of(text: str, key: str) -> int | None:
    for number, line in enumerate(text.splitlines(), start=1):
        if re.match(rf"\s*\[?\s*{re.escape(key)}\s*[=\]]", line):
            return number
    return None


def _int_or_none(match: re.Match[str] | None) -> int | None:
    return int(match.group(1)) if match else None
