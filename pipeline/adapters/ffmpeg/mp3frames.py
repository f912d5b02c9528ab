"""An MP3's frames counted from their headers (no process), and the silent frame that separates MP3s read joined.

The measure pass reads the MP3s it measures as one joined input and cuts each back by its sample count: frames x
samples per frame, known before ffmpeg runs. Only a file that is nothing but Layer III frames of one format (after
an ID3v2 tag), each whole, is counted; anything else (a truncated last frame, trailing bytes, a change of rate or
channels, free format) gets None and is measured alone.

Between two files the joined input reads frames of digital silence: an MP3 decoder carries its IMDCT overlap and
synthesis filterbank from one frame to the next, so without them a file's first ~1,000 samples differ (by up to
-92 dBFS) from its decoding alone; after three all-zero frames (main_data_begin 0, no spectral data) the decoder's
state is a fresh decoder's, and every file decodes byte for byte as alone (bench/mp3_join.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

# Layer III bitrates, kb/s, by bitrate index: MPEG-1, then MPEG-2 and 2.5 (index 0 is free format, 15 invalid).
BITRATES = {
    True: (0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320),
    False: (0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160),
}
RATES = {3: (44100, 48000, 32000), 2: (22050, 24000, 16000), 0: (11025, 12000, 8000)}  # by version bits
SYNC_LAYER3 = 0xFFE20000  # eleven sync bits and Layer III
SYNC_LAYER_MASK = 0xFFE60000
FORM_MASK = 0x00180CC0  # version, sample rate, channel mode: what must not change within a group
SEPARATOR_FRAMES = 3  # ffmpeg's mp3 probe wants more than one frame in a file


@dataclass(frozen=True)
class Mp3:
    """A file of whole Layer III frames: its first frame's header, its frame count and samples per frame."""

    path: Path
    header: int
    frames: int
    frame_samples: int

    @property
    def form(self) -> int:
        """What files decoded one after another in one stream must share (version, rate, channel mode)."""
        return self.header & FORM_MASK

    @property
    def rate(self) -> int:
        return RATES[(self.header >> 19) & 3][(self.header >> 10) & 3]

    @property
    def channels(self) -> int:
        return 1 if (self.header >> 6) & 3 == 3 else 2  # channel mode 3 is mono

    @property
    def layout(self) -> str:
        """The channel layout as ffmpeg names it (what its decoder gives)."""
        return "mono" if self.channels == 1 else "stereo"

    @property
    def samples(self) -> int:
        """Samples per channel the file decodes to (no Xing/LAME header: a decoder plays every frame)."""
        return self.frames * self.frame_samples


def counted(path: Path) -> Mp3 | None:
    """The file's frames, or None when it is not wholly Layer III frames of one format."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    at = _after_id3v2(data)
    first = _header(data, at)
    if first is None:
        return None
    lengths: dict[int, int] = {}  # a header seen is checked once: a file has a handful (bitrate, padding)
    frames = 0
    while at < len(data):
        header = int.from_bytes(data[at : at + 4], "big")
        length = lengths.get(header) or _checked(data, at, first)
        if not length:
            return None
        lengths[header] = length
        at, frames = at + length, frames + 1
    return Mp3(path, first, frames, _frame_samples(first)) if at == len(data) else None


def _checked(data: bytes, at: int, first: int) -> int:
    """The length of the frame at `at` if its header is whole and of `first`'s format, else 0."""
    header = _header(data, at)
    return _length(header) if header is not None and header & FORM_MASK == first & FORM_MASK else 0


def separator(mp3: Mp3) -> bytes:
    """SEPARATOR_FRAMES frames of silence in `mp3`'s format: its header without CRC, padding or mode extension,
    side information and main data all zero."""
    header = (mp3.header | 0x00010000) & ~0x00000330  # no CRC; no padding, no private bit, no mode extension
    frame = header.to_bytes(4, "big") + bytes(_length(header) - 4)
    return frame * SEPARATOR_FRAMES


def _after_id3v2(data: bytes) -> int:
    """Where the frames start: after an ID3v2 tag (its size is syncsafe, 7 bits a byte; a footer adds 10)."""
    if len(data) < 10 or data[:3] != b"ID3":
        return 0
    size = (data[6] << 21) | (data[7] << 14) | (data[8] << 7) | data[9]
    return 10 + size + (10 if data[5] & 0x10 else 0)


def _header(data: bytes, at: int) -> int | None:
    """The Layer III frame header at `at`, if one is there whole (not free format, a known rate)."""
    if at + 4 > len(data):
        return None
    header = int.from_bytes(data[at : at + 4], "big")
    version, bitrate, rate = (header >> 19) & 3, (header >> 12) & 15, (header >> 10) & 3
    if header & SYNC_LAYER_MASK != SYNC_LAYER3 or version == 1 or bitrate in (0, 15) or rate == 3:
        return None
    return header if at + _length(header) <= len(data) else None


def _length(header: int) -> int:
    """Bytes in a Layer III frame: 144 (MPEG-1) or 72 x bitrate / rate, plus its padding byte."""
    mpeg1 = (header >> 19) & 3 == 3
    bitrate = BITRATES[mpeg1][(header >> 12) & 15] * 1000
    rate = RATES[(header >> 19) & 3][(header >> 10) & 3]
    return (144 if mpeg1 else 72) * bitrate // rate + ((header >> 9) & 1)


def _frame_samples(header: int) -> int:
    return 1152 if (header >> 19) & 3 == 3 else 576
