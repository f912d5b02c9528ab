"""Reading the text files an editor gives us: bounded, inside the workspace, real UTF-8.

Every input file goes through `read_text`, so a FIFO named `*.md` never blocks a
build, a link never leads outside the workspace, a BOM from Notepad or
decomposed Unicode from Unikey never reaches the voice, and a huge file is
refused before it is read.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
import threading
import unicodedata
from contextlib import suppress
from pathlib import Path
from typing import Any

from ..errors import Problem, ValidationFailed
from ..i18n import tr

BOM = "\ufeff"


def read_text(path: Path, root: Path, limit: int) -> str:
    """The file's text as NFC Unicode without a BOM, or ValidationFailed saying what is wrong with it."""
    _check_kind(path, root, limit)
    try:
        data = path.read_bytes()
    except OSError as err:
        raise ValidationFailed(
            Problem(
                path,
                None,
                tr("the file cannot be read ({strerror})", strerror=err.strerror),
                tr("check its permissions"),
            )
        ) from None
    return decode(data, path)


def read_bytes(path: Path, root: Path, limit: int) -> bytes:
    """The file's bytes, at most `limit` of them (a file growing while read is refused too)."""
    _check_kind(path, root, limit)
    try:
        with path.open("rb") as stream:
            data = stream.read(limit + 1)
    except OSError as err:
        what = tr("the file cannot be read ({strerror})", strerror=err.strerror)
        raise ValidationFailed(Problem(path, None, what, tr("check its permissions"))) from None
    if len(data) > limit:
        what = tr("the file is too large ({st_size:,} bytes; at most {limit:,})", st_size=len(data), limit=limit)
        raise ValidationFailed(Problem(path, None, what, tr("split it, or check that it is the right file")))
    return data


def decode(data: bytes, path: Path) -> str:
    """UTF-8 text (a BOM is dropped), NFC-normalized; NUL bytes mean it is not text."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        line = data[: err.start].count(b"\n") + 1
        raise ValidationFailed(
            Problem(path, line, tr("the file is not UTF-8 text"), tr("save it as UTF-8 in your editor"))
        ) from None
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        raise ValidationFailed(
            Problem(
                path, line, tr("the file contains NUL bytes: it is not a text file"), tr("save it again as plain text")
            )
        )
    return unicodedata.normalize("NFC", text.removeprefix(BOM))


def _check_kind(path: Path, root: Path, limit: int) -> None:
    """A regular file (a link is followed only inside the workspace), at most `limit` bytes."""
    try:
        info = path.lstat()
    except OSError:
        raise ValidationFailed(Problem(path, None, tr("the file does not exist"), tr("check the name"))) from None
    if stat.S_ISLNK(info.st_mode):
        _check_link(path, root)
        info = path.stat()
    if stat.S_ISDIR(info.st_mode):
        raise ValidationFailed(Problem(path, None, tr("this is a folder, not a file"), tr("rename or move the folder")))
    if not stat.S_ISREG(info.st_mode):
        raise ValidationFailed(
            Problem(
                path, None, tr("this is not a regular file (a pipe or device)"), tr("remove it and save a real file")
            )
        )
    if info.st_size > limit:
        what = tr("the file is too large ({st_size:,} bytes; at most {limit:,})", st_size=info.st_size, limit=limit)
        raise ValidationFailed(Problem(path, None, what, tr("split it, or check that it is the right file")))


def _check_link(path: Path, root: Path) -> None:
    target = Path(os.path.realpath(path))
    if not target.is_relative_to(Path(os.path.realpath(root))):
        what = tr("this is a link to {target}, outside the workspace", target=target)
        raise ValidationFailed(Problem(path, None, what, tr("copy the file into the workspace instead of linking it")))
    if not target.exists():
        raise ValidationFailed(
            Problem(path, None, tr("this link points to a file that does not exist"), tr("remove the link"))
        )


def is_hidden(path: Path) -> bool:
    """Editors' and Loa's own temporary files: `.name`, `~name`, `name~`, `#name#`."""
    return hidden_name(path.name)


def hidden_name(name: str) -> bool:
    """`is_hidden` of a file's name alone."""
    return name.startswith((".", "~", "#")) or name.endswith("~")


def stamp(path: Path | str) -> tuple[int, int, int] | None:
    """What changes when a file is written: its modification time, size and inode (a file replaced within one
    tick of the clock has a new inode); None when it cannot be read. Caches key on it instead of reading again."""
    try:
        found = os.stat(path)
    except OSError:
        return None
    return (found.st_mtime_ns, found.st_size, found.st_ino)


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def csv_cell(value: object) -> object:
    """A text cell that a spreadsheet would run as a formula (=, +, -, @) is quoted with a leading apostrophe."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def read_kept(path: Path, version: int) -> dict[str, Any] | None:
    """A counts file Loa keeps for itself (JSON with a `version`); None when missing, damaged or of another version,
    so the caller counts again: what is kept only saves time, it never decides a figure."""
    try:
        with open(path, "rb") as stored:
            data = json.load(stored)
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and data.get("version") == version else None


def keep(path: Path, version: int, data: dict[str, Any]) -> None:
    """Keep `data` with its `version` (written whole under a hidden name, then renamed: a reader never sees half a
    file); a workspace Loa cannot write only means counting again next time."""
    hidden = path.with_name(f".tmp-{os.getpid()}-{threading.get_ident()}-{path.name}")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(hidden, "w", encoding="utf-8") as out:
            json.dump({"version": version, **data}, out, ensure_ascii=False, separators=(",", ":"))
        os.replace(hidden, path)
    except OSError:
        with suppress(OSError):
            os.unlink(hidden)
