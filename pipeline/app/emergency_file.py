"""An emergency's file on its way into the workspace: given an end when it has none, checked as it will be
installed, and copied into scripts_vi/announcements/ without ever replacing another announcement."""

from __future__ import annotations

import dataclasses
import tempfile
from datetime import date
from pathlib import Path

from ..domain.model import Announcement, Workspace
from ..errors import LoaError
from ..workspace.announcements import load_announcement
from ..workspace.saving import replace_text, save_new


def approved_in_place(workspace: Workspace, source: Path, data: str) -> bool:
    """An announcement of the workspace, approved as it is and installed unchanged (no end added)."""
    item = next((a for a in workspace.announcements if a.file == source.resolve()), None)
    return item is not None and item.approved and source.read_text(encoding="utf-8") == data


def with_an_end(text: str, day: date) -> tuple[str, str]:
    """The file with `valid_until` at the end of `day` when it has none (an emergency must end); the end set, or ""."""
    lines = text.splitlines(keepends=True)
    closing = next((i for i in range(1, len(lines)) if lines[i].strip() == "---"), None)
    if not lines or lines[0].strip() != "---" or closing is None:
        return text, ""  # not an announcement: the check that follows says so
    if any(line.startswith("valid_until:") for line in lines[1:closing]):
        return text, ""
    end = f"{day.isoformat()} 23:59"
    return "".join([lines[0], f'valid_until: "{end}"\n', *lines[1:]]), end


def checked_as_installed(source: Path, data: str) -> Announcement:
    """The announcement as it will be installed, checked like any other (under its own name, for its id)."""
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / f"{source.stem}.md"
        copy.write_text(data, encoding="utf-8")
        try:
            return load_announcement(copy, Path(folder))
        except LoaError as err:  # say the user's file, not the copy
            raise LoaError(*(dataclasses.replace(p, file=source) for p in err.problems)) from None


def install(root: Path, source: Path, data: bytes) -> tuple[Path, bool]:
    """Copy the file into scripts_vi/announcements/ as `<name>.md` without ever replacing another announcement.

    The copy is written under a hidden temporary name (never loaded as an announcement)
    and renamed into place; on any failure (a full disk) the temporary file is removed.
    """
    folder = root / "scripts_vi" / "announcements"
    if source.resolve().parent == folder.resolve() and source.suffix == ".md":
        if source.read_bytes() != data:  # it was given an end: the file in place says so
            replace_text(source, data.decode("utf-8"))
        return source.resolve(), False
    saved = save_new(folder, source.stem, data, same_is_saved=True, source=source)
    return saved.path, saved.renamed
