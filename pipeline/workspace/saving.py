"""Writing into the workspace without ever leaving a half-written file or replacing another editor's file.

Every temporary file is hidden (`.name…part`), so a build never loads it as an announcement, and is
removed when the write fails (a full disk).
"""

from __future__ import annotations

import contextlib
import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from ..errors import LoaError, Problem
from ..i18n import tr

MAX_NAME_TRIES = 100  # `name.md`, `name-2.md` … `name-100.md`


@dataclass(frozen=True)
class Saved:
    """Where a new file went: `renamed` when its own name was taken; `fresh` when this call created it."""

    path: Path
    renamed: bool
    fresh: bool


def replace_text(path: Path, text: str) -> None:
    """Replace (or create) `path` with `text` in one step: a reader sees the old file or the new one."""
    part = path.with_name(f".{path.name}.{os.getpid()}.part")
    try:
        part.write_text(text, encoding="utf-8")
        os.replace(part, path)
    finally:
        with contextlib.suppress(OSError):
            part.unlink()


def save_new(folder: Path, stem: str, data: bytes, same_is_saved: bool = False, source: Path | None = None) -> Saved:
    """`data` as `<stem>.md` in `folder`, else `<stem>-2.md`…, never over another file.

    With `same_is_saved`, a file already holding exactly `data` is taken as the one saved (the same
    emergency sent twice airs once). `source` is the file an error names (the one the user gave).
    """
    for attempt in range(MAX_NAME_TRIES):
        target = folder / (f"{stem}.md" if attempt == 0 else f"{stem}-{attempt + 1}.md")
        if same_is_saved and target.exists() and target.read_bytes() == data:
            return Saved(target, attempt > 0, False)
        if not target.exists():
            _link_new(target, data)
            return Saved(target, attempt > 0, True)
    raise LoaError(
        Problem(
            source or folder / f"{stem}.md",
            None,
            tr("too many announcements share this file name"),
            tr("give the file a new name"),
        )
    )


def yaml_quoted(text: str) -> str:
    """Text for a double-quoted YAML value (the caller keeps it on one line)."""
    return text.replace("\\", "\\\\").replace('"', '\\"')


def _link_new(target: Path, data: bytes) -> None:
    temp = target.with_name(f".tmp-{os.getpid()}-{target.stem}.part")
    try:
        temp.write_bytes(data)
        os.link(temp, target)  # fails if a file of that name appeared meanwhile: never overwrites
    finally:
        with contextlib.suppress(OSError):
            temp.unlink()


@contextmanager
def edit_lock(root: Path) -> Iterator[None]:
    """One writer of announcement files at a time (web app, `loa approve`): read, compare, replace as one step.

    Not the build lock: a build of a hundred stations holds that for minutes, and an editor's save must
    not wait for it. Builds never see a half-written file anyway (files are replaced atomically).
    """
    path = root / ".loa" / "edit.lock"
    path.parent.mkdir(exist_ok=True)
    with path.open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)  # released by the OS when the holder dies
        yield
