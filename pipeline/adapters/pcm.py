"""pydub adapter: in-memory work on short PCM clips, with no subprocess.

Only this module imports pydub. It trims silence around synthesized speech
and writes WAV through Python's wave module, so no ffmpeg process is spent
on it.
"""

from __future__ import annotations

import warnings
from pathlib import Path

with warnings.catch_warnings():
    # pydub looks for ffmpeg at import and warns if missing; we never let it call ffmpeg.
    warnings.simplefilter("ignore", RuntimeWarning)
    from pydub import AudioSegment
    from pydub.silence import detect_leading_silence

SILENCE_DBFS = -50.0


def pcm_to_trimmed_wav(pcm: bytes, rate: int, dst: Path, keep_ms: int = 30) -> float:
    """16-bit mono PCM -> WAV without leading/trailing silence; returns seconds."""
    clip = AudioSegment(data=pcm, sample_width=2, frame_rate=rate, channels=1)
    clip = trim(clip, keep_ms)
    clip.export(str(dst), format="wav")
    return len(clip) / 1000.0


def trim(clip: AudioSegment, keep_ms: int = 30) -> AudioSegment:
    """Cut silence at both ends, keeping `keep_ms` so consonants are not clipped.

    Silence is below -50 dBFS, or 40 dB under the clip's peak for a quiet recording.
    """
    threshold = SILENCE_DBFS if clip.max_dBFS < -80 else min(SILENCE_DBFS, clip.max_dBFS - 40)
    start = max(0, detect_leading_silence(clip, silence_threshold=threshold) - keep_ms)
    end = max(0, detect_leading_silence(clip.reverse(), silence_threshold=threshold) - keep_ms)
    if start >= len(clip) - end:
        return clip[:0]
    return clip[start : len(clip) - end]


def trim_wav(path: Path, keep_ms: int = 30) -> float:
    """Trim silence at both ends of a WAV file in place; returns seconds."""
    clip = trim(AudioSegment.from_wav(str(path)), keep_ms)
    clip.export(str(path), format="wav")
    return len(clip) / 1000.0


def rms_dbfs(path: Path) -> float:
    """RMS level of a WAV in dBFS (no process): sets a music bed's level against the speech."""
    return float(AudioSegment.from_wav(str(path)).dBFS)
