"""Recordings sent from the web (a phone's M4A, an MP3, a WAV): checked by decoding, kept under recordings/.

A recording is kept under a name made of its title and its content hash, so an upload never replaces
another file: the same bytes sent twice are one file, different bytes always get a new name. It is first
written as a hidden `.part` file no build reads, decoded whole by ffmpeg (a phone's truncated upload
decodes its first second fine), and only then linked to its name.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn

from ..adapters import ffmpeg as audio
from ..adapters.proc import Runner
from ..domain.limits import LIMITS
from ..errors import LoaError, Problem, TimedOut, ToolFailed
from ..i18n import tr
from ..workspace.fields import slugify

FOLDER = "recordings"
KINDS = (".mp3", ".wav", ".m4a")
SILENT_LUFS = -60.0  # quieter than this over the whole file is a microphone that was off
SHORTEST_S = 1.0


@dataclass(frozen=True)
class Upload:
    """A file as the browser sent it: its name on the sender's device and its bytes (bounded by the server)."""

    name: str
    data: bytes


@dataclass(frozen=True)
class Kept:
    """Where an upload went, from the workspace folder; `fresh` when this upload created the file."""

    path: str
    fresh: bool


def keep(root: Path, upload: Upload, title: str, runner: Runner) -> Kept:
    """Check `upload` and keep it under recordings/ (LoaError saying what is wrong with it, nothing kept)."""
    suffix = Path(upload.name).suffix.lower()
    check_kind(suffix, len(upload.data))
    folder = root / FOLDER
    folder.mkdir(exist_ok=True)
    part = folder / f".upload-{os.getpid()}-{secrets.token_hex(4)}{suffix}.part"
    try:
        part.write_bytes(upload.data)
        check_sound(runner, part)
        digest = hashlib.sha256(upload.data).hexdigest()[:12]
        target = folder / f"{slugify(title)[:40] or 'ban-ghi'}-{digest}{suffix}"
        try:
            os.link(part, target)  # never over another file: the name holds the content's hash
        except FileExistsError:  # the same bytes, kept before (or by a second upload a moment ago)
            return Kept(f"{FOLDER}/{target.name}", False)
        return Kept(f"{FOLDER}/{target.name}", True)
    finally:
        with contextlib.suppress(OSError):
            part.unlink()


def discard(root: Path, kept: Kept) -> None:
    """Remove a recording this upload created (the announcement it came with was not saved)."""
    if kept.fresh:
        (root / kept.path).unlink(missing_ok=True)


def check_kind(suffix: str, size: int) -> None:
    """A kind of file Loa takes, not empty, not over the size bound (LoaError saying which)."""
    if suffix not in KINDS:
        _refuse(tr("this file is not a recording Loa takes"), tr("send an MP3, WAV or M4A file"))
    if size == 0:
        _refuse(tr("the recording is empty"), tr("record it again and send the file"))
    if size > LIMITS.upload_bytes:
        _refuse(
            tr("the recording is larger than {megabytes} MB", megabytes=LIMITS.upload_bytes // 1_000_000),
            tr("send a shorter recording, or save it as MP3 or M4A"),
        )


def checker() -> Runner:
    """The runner uploads are checked with: a decode that takes too long is stopped, not waited for."""
    return Runner(timeout=LIMITS.upload_check_seconds)


def check_sound(runner: Runner, path: Path) -> float:
    """Its length in seconds, when it is an allowed container (read as nothing else), not too long, the whole
    file decodes, lasts at least a second and is not silence (else LoaError). Its length is read from its
    header first, so a long file is refused before decoding it; a decode that takes longer than the runner allows
    is stopped and refused."""
    try:
        measured = _measured(runner, path)
    except TimedOut:
        _refuse(
            tr("the recording took longer than {seconds:.0f} s to check", seconds=runner.timeout),
            tr("save it again as MP3 (mono is enough) and send it"),
        )
    if measured is None:
        _refuse(tr("the recording cannot be played back to the end"), tr("save it again as MP3 or WAV and send it"))
    _check_length(measured.duration)  # a header may say less than the file holds: only so much is decoded
    if measured.duration < SHORTEST_S:
        _refuse(tr("the recording is shorter than a second"), tr("record it again and send the file"))
    elif measured.lufs < SILENT_LUFS:
        _refuse(tr("this recording is silent"), tr("record it again or give the text instead"))
    return measured.duration


def _measured(runner: Runner, path: Path) -> audio.Measure | None:
    """The recording measured (at most one second over the bound is decoded), or None when it does not decode."""
    kind = audio.container(runner, path)
    if kind is audio.Unreadable.FOREIGN:
        _refuse(tr("this file is not an MP3, WAV or M4A recording"), tr("save it again as MP3 or WAV and send it"))
    if kind is audio.Unreadable.DAMAGED:
        return None
    _check_length(kind.seconds)
    try:
        why = audio.undecodable(runner, path, kind)
        return audio.measure_recording(runner, path, kind, LIMITS.upload_seconds + 1) if why is None else None
    except TimedOut:
        raise
    except (ToolFailed, ValueError):
        return None


def _check_length(seconds: float) -> None:
    if seconds > LIMITS.upload_seconds:
        _refuse(
            tr("the recording is longer than {minutes} minutes", minutes=LIMITS.upload_seconds // 60),
            tr("cut it into shorter recordings, one per announcement"),
        )


def _refuse(what: str, fix: str) -> NoReturn:
    raise LoaError(Problem(None, None, what, fix))
