"""The documented bounds on everything a user controls (README: "Bounds").

A workspace is written by people and arrives by USB stick, Zalo and e-mail: a
typo such as `repeat: 1000000`, a template loop over `range(100000)` inside
another, or a 2 GB file renamed `.md` must end in a clear message at load time,
never in a hang or an exhausted machine. Each bound is far above real use.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    """Bounds on inputs; one frozen value, passed where it is checked."""

    announcement_bytes: int = 256_000  # about 40 pages of text: no spoken notice is longer
    template_bytes: int = 64_000
    settings_bytes: int = 64_000
    stations_bytes: int = 4_000_000  # 10,000 stations of a whole country
    lexicon_bytes: int = 4_000_000
    cap_bytes: int = 1_000_000  # one CAP alert: a few KB of text; embedded resources (derefUri) are not aired
    recording_bytes: int = 200_000_000  # a 2-hour WAV at 16 bit mono 44.1 kHz is 635 MB: compress first
    upload_bytes: int = 25_000_000  # a 20-minute phone recording in M4A or MP3 (a web upload)
    upload_seconds: int = 30 * 60  # a web upload's length: 25 MB of low-rate MP3 can hold hours of silence
    upload_check_seconds: float = 60.0  # decoding a web upload to check it (it holds the request meanwhile)
    repeat: int = 10  # airings of one announcement in one slot
    slots_per_station: int = 24
    yaml_depth: int = 20  # nesting levels in YAML; our files need 4
    template_seconds: float = 2.0  # wall time to render one template
    template_chars: int = 200_000  # characters one rendered script may have (about 3 hours of speech)
    template_iterations: int = 100_000  # loop steps over range() in one render, all loops together
    report_days: int = 366  # days in one `loa report` period
    days_ahead: int = 30  # `loa nightly --days-ahead`: announcements are planned weeks ahead, not years


LIMITS = Limits()
