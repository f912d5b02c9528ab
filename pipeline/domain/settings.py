"""Workspace settings as frozen values; every value has an embedded default.

Loaded once per command from `loa.toml` (`workspace.settings_file`) and passed explicitly;
nothing reads config globally.
"""

from __future__ import annotations

from dataclasses import dataclass, field


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
    voice: str = ""  # the district's default voice (domain/voice.py: nam, nu, a piper model); "" the dialect's own


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
class ClusterSettings:
    """Rendering on a Dask cluster (optional extra `loa[cluster]`): the scheduler every build uses."""

    scheduler: str = ""  # e.g. "tcp://10.0.0.5:8786"; "" renders on this machine
    retries: int = 2  # times a task is tried again (its worker died) before the build stops


@dataclass(frozen=True)
class JingleSettings:
    """Sources of the chimes: a file under jingles/ or a `builtin:` chime."""

    opening: str = "builtin:chuong-ba-xuong"
    between: str = "builtin:chuong-hai"
    closing: str = "builtin:chuong-ba-len"


@dataclass(frozen=True)
class CapSettings:
    """Warnings in and out as CAP 1.2 (`loa cap import`, `loa cap feed`)."""

    sender: str = ""  # the sender of the alerts Loa publishes, e.g. "ubnd.langgiang@bacgiang.gov.vn"
    trusted_senders: tuple[str, ...] = ()  # their alerts air at once; others wait for an approver
    feeds: tuple[str, ...] = ()  # http(s) addresses of Atom feeds or single alerts that `loa serve`/`nightly` poll
    poll_minutes: int = 2  # how often those feeds are read
    feed_priorities: tuple[str, ...] = ("khan-cap",)  # the priorities published as alerts (`loa cap feed`, /cap.atom)


@dataclass(frozen=True)
class Settings:
    """Everything a build needs to know besides the workspace's content."""

    timezone: str = "Asia/Ho_Chi_Minh"  # dates, slots and validity are local times here
    quiet_hours: str = "22:00-05:00"  # no slot may air in these local hours (domain/quiet.py); "" allows night slots
    default_template: str = "thong-bao"  # template for announcements that name none
    opening_template: str = "mo-dau"  # station identification at the start of a slot
    closing_template: str = "ket-thuc"  # closing formula at the end of a slot
    require_approval: bool = False  # air only what was approved as it is now (`loa approve`); new workspaces
    dialect_voices: dict[str, str] = field(
        default_factory=lambda: {"bac": "vi", "trung": "vi-vn-x-central", "nam": "vi-vn-x-south"}
    )
    audio: AudioSettings = AudioSettings()
    speech: SpeechSettings = SpeechSettings()
    text: TextSettings = TextSettings()
    gtts: GttsSettings = GttsSettings()
    piper: PiperSettings = PiperSettings()
    jingles: JingleSettings = JingleSettings()
    cluster: ClusterSettings = ClusterSettings()
    cap: CapSettings = CapSettings()
