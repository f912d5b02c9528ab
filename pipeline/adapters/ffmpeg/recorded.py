"""Recordings people send (a phone's M4A, an MP3, a WAV): read only as one of those containers, only from the file.

ffmpeg picks a demuxer from a file's bytes, whatever its name says, and some demuxers read other files: an
HLS playlist or an ffconcat list saved as `.m4a` makes ffmpeg play whatever file (or address) it names, which
"Nghe thử" would then play and the build would air. So ffprobe first names the container, allowed to pick
only the recording demuxers and to open only the file itself (`-format_whitelist`, `-protocol_whitelist
file`: a playlist is refused before any line of it is read), and every later read forces the demuxer found,
with the same two lists: the file is never decoded as anything else.
"""

from __future__ import annotations

import enum
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import ffmpeg

from ...errors import TimedOut, ToolFailed
from ..proc import Runner
from .graph import file

DEMUXERS = {"mp3": "mp3", "wav": "wav", "mov,mp4,m4a,3gp,3g2,mj2": "mov"}  # as ffprobe names it -> as forced
ALLOWED = ",".join(dict.fromkeys(DEMUXERS.values()))


@dataclass(frozen=True)
class Container:
    """The container a recording was found to be, and its length as its header tells (0 when it tells none;
    estimated from the bit rate for an MP3 without a length header)."""

    demuxer: str
    seconds: float


class Unreadable(enum.Enum):
    """Why a file is no recording: another kind of file (a playlist, a list of files, a video...), or a damaged,
    cut-off or non-audio one that no recording demuxer reads."""

    FOREIGN = "foreign"
    DAMAGED = "damaged"


def container(runner: Runner, path: Path) -> Container | Unreadable:
    """The recording container of `path`, or why it is none."""
    runner.tool("ffprobe")  # a missing program is said as such, not as a file that is not a recording
    args = ["ffprobe", "-v", "error", "-protocol_whitelist", "file", "-format_whitelist", ALLOWED,
            "-show_entries", "format=format_name,duration", "-of", "json", file(path)]  # fmt: skip
    try:
        found = json.loads(runner.run(args, f"probing {path.name}").stdout or b"{}").get("format", {})
    except TimedOut:
        raise  # the caller says how long it waited
    except ToolFailed as err:
        return Unreadable.FOREIGN if "not on whitelist" in err.problems[0].what else Unreadable.DAMAGED
    except (ValueError, AttributeError):
        return Unreadable.DAMAGED
    demuxer = DEMUXERS.get(str(found.get("format_name", "")))
    return Container(demuxer, _seconds(found.get("duration"))) if demuxer else Unreadable.FOREIGN


def recording(path: Path, kind: Container, **options: Any) -> Any:
    """`path` as an ffmpeg input read only as `kind`'s container and only from the file."""
    return ffmpeg.input(file(path), f=kind.demuxer, format_whitelist=kind.demuxer, protocol_whitelist="file", **options)


def _seconds(value: object) -> float:
    try:
        return max(0.0, float(str(value)))
    except ValueError:
        return 0.0  # "N/A": the header does not say
