"""Writing announcements from a form: the file an editor would have written, checked before it is saved.

Every front-matter field the form shows is written fresh; fields it does not show (audio, bed, intro...)
are kept as they were. A save names the version it started from; when the file changed meanwhile (another
editor, `git pull`) the save is refused and nothing is lost: the caller still has the form.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..build.check import check_item
from ..domain.languages import VIETNAMESE
from ..domain.model import Announcement, Workspace
from ..errors import LoaError, Problem
from ..i18n import tr
from ..workspace import approval, ledger
from ..workspace.announcements import load_announcement
from ..workspace.fields import slugify
from ..workspace.saving import edit_lock, replace_text, save_new, yaml_quoted
from . import recordings
from .announcement_form import Form, FormInvalid, checked
from .snapshot import Snapshot

SHOWN = (
    "title",
    "priority",
    "valid_from",
    "valid_until",
    "stations",
    "slots",
    "days",
    "repeat",
    "template",
    "issuer",
    "hazard",
    "risk_level",
    "responsible",
    "language",
    "version_of",
    "voice",
    "rate",
)
KEY = re.compile(r"^([A-Za-z_]+)\s*:")


class EditConflict(LoaError):
    """The file changed since the editor opened it."""


def version_of(path: Path) -> str:
    """What a save compares against: the file's bytes, hashed."""
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16] if path.exists() else ""


def save(
    snapshot: Snapshot, form: Form, item_id: str, version: str, status: str, now: datetime,
    recording: RecordingChange | None = None, by: str = "",
) -> str:  # fmt: skip
    """Write the form as an announcement (new when `item_id` is empty) with a workflow `status`; its id.

    `recording` uploads a recording to air instead of the text, or removes the one it has.
    """
    root = snapshot.root
    with edit_lock(root):
        workspace = snapshot.view().workspace
        old = (
            _unchanged(
                workspace, item_id, version, tr("someone changed this announcement while you edited it"),
                tr("your text is still in the form: copy it, open the announcement again, and apply your changes"),
            )
            if item_id
            else None
        )  # fmt: skip
        lines = _kept_lines(old.file.read_text(encoding="utf-8")) if old else [f"created: {now.date().isoformat()}"]
        removed = recording is not None and recording.remove
        recorded = (recording is not None and recording.upload is not None) or (old and old.audio and not removed)
        form = checked(form, workspace, bool(recorded))
        with kept_upload(root, recording.upload if recording else None, form.title) as kept:
            text = file_text(form, status, _with_recording(lines, recording, kept))
            _check_file(workspace, text, old)
        if old is not None:
            replace_text(old.file, text)
            if old.signature is not None:  # its approval ends with the edit, and a restored copy must not air
                ledger.withdraw(root, old.id, by, now)
            return old.id
        folder = root / "scripts_vi" / "announcements"
        name = slugify(form.title)[:60].strip("-") or "thong-bao"  # a file name has at most 255 bytes
        return load_announcement(save_new(folder, name, text.encode()).path, root).id


@dataclass(frozen=True)
class RecordingChange:
    """What the editor did to the announcement's recording: sent a new one (`upload`) or removed it."""

    upload: recordings.Upload | None = None
    remove: bool = False


@contextmanager
def kept_upload(root: Path, upload: recordings.Upload | None, title: str) -> Iterator[recordings.Kept | None]:
    """The upload kept under recordings/ (FormInvalid on the recording field), removed again when what it came
    with is refused inside the block: nothing of a refused form stays behind."""
    if upload is None:
        yield None
        return
    try:
        kept = recordings.keep(root, upload, title, recordings.checker())
    except LoaError as err:
        raise FormInvalid({"recording": err.plain}) from None
    try:
        yield kept
    except LoaError:
        recordings.discard(root, kept)
        raise


def _with_recording(kept: list[str], change: RecordingChange | None, uploaded: recordings.Kept | None) -> list[str]:
    """The kept lines with `audio:` replaced by the new recording, or without it when it was removed."""
    if change is None or (uploaded is None and not change.remove):
        return kept
    lines = [line for line in kept if (key := KEY.match(line)) is None or key[1] != "audio"]
    return lines + ([f'audio: "{yaml_quoted(uploaded.path)}"'] if uploaded else [])


def file_text(form: Form, status: str, kept: list[str]) -> str:
    """The announcement file: the form's fields, then the kept ones, then the body."""
    shown = {
        "title": f'"{yaml_quoted(" ".join(form.title.split()))}"',
        "priority": form.priority,
        "valid_from": _moment(form.valid_from, form.from_time),
        "valid_until": _moment(form.valid_until, form.until_time),
        "stations": f"[{', '.join(form.stations)}]" if form.stations else "all",
        "slots": f"[{', '.join(form.slots)}]" if form.slots else "all",
        "days": f"[{', '.join(form.days)}]" if form.days else "",
        "repeat": form.repeat.strip() or "1",
        "template": form.template,
        "issuer": _quoted(form.issuer),
        "hazard": form.hazard,
        "risk_level": form.risk_level.strip(),
        "responsible": _quoted(form.responsible),
        "language": form.language if form.language != VIETNAMESE else "",
        "version_of": form.version_of,
        "voice": _quoted(form.voice),
        "rate": form.rate.strip(),
        "status": status,
    }
    lines = [f"{key}: {value}" for key, value in shown.items() if value]
    body = form.body.replace("\r\n", "\n").strip("\n")
    return "\n".join(["---", *lines, *kept, "---", body]) + "\n"


def _unchanged(workspace: Workspace, item_id: str, version: str, what: str, fix: str) -> Announcement:
    """The announcement as the user last saw it (the same version), or EditConflict saying `what` and `fix`."""
    item = workspace.announcement(item_id)
    if item is None or version_of(item.file) != version:
        raise EditConflict(Problem(item.file if item else None, None, what, fix))
    return item


def _kept_lines(text: str) -> list[str]:
    """Front-matter lines of fields the form does not show (with their continuation lines), in order."""
    lines, close = approval.file_lines(text)
    kept, key = [], None
    for line in (line.rstrip("\n") for line in lines[1:close]):
        found = KEY.match(line)
        key = found[1] if found else key
        if key not in (*SHOWN, "status", *approval.FIELDS) and line.strip():
            kept.append(line)
    return kept


def _quoted(text: str) -> str:
    return f'"{yaml_quoted(" ".join(text.split()))}"' if text.strip() else ""


def _check_file(workspace: Workspace, text: str, old: Announcement | None) -> None:
    """The text as a file, checked like the build checks it, in a hidden file no build reads."""
    folder = workspace.root / "scripts_vi" / "announcements"
    trial = folder / f".edit-{os.getpid()}-{old.file.stem if old else 'moi'}.part"
    try:
        trial.write_text(text, encoding="utf-8")
        item = load_announcement(trial, workspace.root)
        item = dataclasses.replace(item, id=old.id if old else item.id, file=old.file if old else trial)
        others = tuple(a for a in workspace.announcements if old is None or a.id != old.id)
        problems = check_item(item, dataclasses.replace(workspace, announcements=(*others, item)))
    except LoaError as err:
        problems = list(err.problems)
    finally:
        trial.unlink(missing_ok=True)
    if problems:
        raise FormInvalid({_field_of(text, p): p.plain for p in problems})


def _field_of(text: str, problem: Problem) -> str:
    """The form field a file problem is about, from the line it names (the body below the front matter)."""
    lines = text.split("\n")
    if problem.line is None or problem.line > len(lines):
        return "_"
    close = lines.index("---", 1) + 1
    if problem.line > close:
        return "body"
    found = KEY.match(lines[problem.line - 1])
    return found[1] if found and found[1] in SHOWN else "_"


def _moment(day: str, clock: str) -> str:
    return f'"{day.strip()} {clock.strip()}"' if clock.strip() else day.strip()
