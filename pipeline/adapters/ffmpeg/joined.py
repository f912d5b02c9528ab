"""A pass's PCM WAVs fed to ffmpeg as one input, each item cut back from it sample-exactly.

ffmpeg 5.1 reads each `-i` input in a thread of its own once a process has several and hands every packet across
threads: 17 WAVs of 28 s encoded in one process cost 2.68 CPU s as 17 inputs, 2.2 as one concat-demuxer input
split (`asplit`) and cut back per item (`atrim`), the MP3s byte for byte the same (docs/build-profile-issue31.md).
WAVs of one format (channels, sample width, rate, read from their headers with `wave`: no process) are listed in
a file in the pass's scratch directory and read in order; a frame counter (`asetpts=N/SR/TB`) gives each sample
its place in the list, so an item is its own samples whatever timestamps the demuxer computes. The demuxer opens
no WAV across a packet, so every item's frames are those its own input gives: its output is what its own pass
makes. Any other file (a chime in MP3, a WAV of a format alone in its pass) keeps its own input.
"""

from __future__ import annotations

import os
import tempfile
import wave
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import ffmpeg

from .graph import file

# Every branch of the split sees every frame of the joined input (and drops those outside its item): a batch of
# more items than this is split into several joined inputs.
MOST_JOINED = 34


@dataclass(frozen=True)
class _Wav:
    path: Path
    form: tuple[int, int, int]  # channels, bytes per sample, rate
    frames: int


def source(path: Path, **options: Any) -> Any:
    """`path` as an ffmpeg input that opens nothing but the file (a playlist inside names no other file)."""
    return ffmpeg.input(file(path), protocol_whitelist="file", **options)


def sources(paths: Sequence[Path], scratch: Path) -> tuple[list[Any], list[Path]]:
    """Each path's audio stream, in order (PCM WAVs of a shared format cut from one joined input), and the list
    files written into `scratch` for them (removed by the caller once ffmpeg has run)."""
    streams: list[Any] = [None] * len(paths)
    groups: dict[tuple[int, int, int], list[tuple[int, _Wav]]] = {}
    for n, path in enumerate(paths):
        wav = _wav(path)
        if wav is None:
            streams[n] = source(path).audio
        else:
            groups.setdefault(wav.form, []).append((n, wav))
    lists: list[Path] = []
    for members in groups.values():
        for at in range(0, len(members), MOST_JOINED):
            batch = members[at : at + MOST_JOINED]
            if len(batch) == 1:
                streams[batch[0][0]] = source(paths[batch[0][0]]).audio
                continue
            lists.append(_listed([w.path for _, w in batch], scratch))
            for (n, _), stream in zip(batch, _cut(lists[-1], [w.frames for _, w in batch]), strict=True):
                streams[n] = stream
    return streams, lists


def _wav(path: Path) -> _Wav | None:
    """The WAV's format and length in frames; None for anything `wave` does not read as PCM."""
    try:
        with wave.open(str(path), "rb") as w:
            return _Wav(path, (w.getnchannels(), w.getsampwidth(), w.getframerate()), w.getnframes())
    except (wave.Error, EOFError, OSError):
        return None


def _listed(paths: Sequence[Path], scratch: Path) -> Path:
    """The concat demuxer's list of `paths`, each quoted as its syntax wants (a ' is closed, escaped, reopened)."""
    lines = ["ffconcat version 1.0"] + ["file '" + file(p).replace("'", "'\\''") + "'" for p in paths]
    fd, name = tempfile.mkstemp(prefix="joined-", suffix=".txt", dir=scratch)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write("\n".join(lines) + "\n")
    return Path(name)


def _cut(listing: Path, frames: Sequence[int]) -> list[Any]:
    """One stream per listed file: its samples of the joined input, timestamps from 0 as its own input has them.
    `-safe 0`: the list names absolute paths, and only this module's own lists are read so."""
    joined = source(listing, format="concat", safe=0)
    split = joined.audio.filter("asetpts", "N/SR/TB").filter_multi_output("asplit", len(frames))
    streams, start = [], 0
    for n, count in enumerate(frames):
        cut = split.stream(n).filter("atrim", start_sample=start, end_sample=start + count)
        streams.append(cut.filter("asetpts", "PTS-STARTPTS"))
        start += count
    return streams
