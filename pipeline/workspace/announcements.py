"""Reading announcement files: YAML front matter plus a Vietnamese body."""

from __future__ import annotations

import os
from dataclasses import replace
from datetime import datetime, time
from pathlib import Path

from ..adapters.files import hidden_name, is_hidden, read_text
from ..domain.approval import Signature
from ..domain.limits import LIMITS
from ..domain.model import PRIORITY_NAMES, STATUSES, WEEKDAYS, Announcement, Priority
from ..domain.settings import SpeechSettings
from ..domain.voice import RATE_WPM
from ..errors import Problem, ValidationFailed
from ..i18n import tr
from . import approval, languages, warning
from .fields import Fields, slugify
from .settings_values import voice_problem
from .yamlfile import load_yaml

FIELDS = (
    "id",
    "title",
    "priority",
    "valid_from",
    "valid_until",
    "stations",
    "slots",
    "repeat",
    "template",
    "audio",
    "issuer",
    "bed",
    "intro",
    "outro",
    "days",
    "spread",
    "supersedes",
    "created",
    "status",
    "origin",
    *languages.FIELDS,
    "voice",
    "rate",
    *warning.FIELDS,
    *approval.FIELDS,
)


def announcement_files(folder: Path) -> list[Path]:
    """The announcement files: `*.md`, sorted by name; temporary and hidden files are never announcements."""
    return [folder / name for name in announcement_names(folder)]


def announcement_names(folder: Path) -> list[str]:
    """The names of `announcement_files`, sorted as strings, without making paths: the web's snapshot lists a
    district's 10,000 files on every page."""
    try:
        names = sorted(entry.name for entry in os.scandir(folder) if entry.name.endswith(".md"))
    except OSError:  # no folder (yet): no announcements
        return []
    return [name for name in names if not hidden_name(name)]


def strangers(folder: Path) -> tuple[Path, ...]:
    """Files an editor put among the announcements that Loa does not read (a .txt or .docx airs nothing)."""
    if not folder.is_dir():
        return ()
    return tuple(sorted(p for p in folder.iterdir() if p.suffix != ".md" and not is_hidden(p) and not p.is_dir()))


def load_announcements(folder: Path, root: Path) -> tuple[Announcement, ...]:
    """Every announcement file under `folder`, sorted by file name (a stable order)."""
    problems: list[Problem] = []
    found: list[Announcement] = []
    for path in announcement_files(folder):
        try:
            found.append(load_announcement(path, root))
        except ValidationFailed as err:
            problems.extend(err.problems)
    _check_unique(found, problems)
    if problems:
        raise ValidationFailed(*problems)
    return tuple(found)


def load_announcement(path: Path, root: Path) -> Announcement:
    """One announcement file (inside `root`, the workspace), or ValidationFailed listing its problems."""
    text = read_text(path, root, LIMITS.announcement_bytes)
    header, body, body_line = _split_front_matter(text, path)
    doc = load_yaml(header, path, first_line=2)
    if not isinstance(doc.data, dict):
        raise ValidationFailed(
            Problem(path, 2, tr("the front matter must be 'field: value' lines"), tr("see README: announcements"))
        )
    problems: list[Problem] = []
    fields = Fields(doc, (), problems)
    fields.unknown(FIELDS)
    announcement = _signed(fields, _announcement(fields, path, body, body_line, root), text, root)
    _check_dates(fields, announcement)
    _check_references(fields, announcement)
    languages.check_recorded(fields, announcement)
    if not body.strip() and announcement.audio is None:  # a recording airs itself: its text is optional
        problems.append(
            Problem(path, body_line, tr("the announcement has no text"), tr("write the text below the closing '---'"))
        )
    if problems:
        raise ValidationFailed(*problems)
    return announcement


def _announcement(fields: Fields, path: Path, body: str, body_line: int, root: Path) -> Announcement:
    priority = _priority_name(fields)
    template = fields.raw.get("template")
    starts, ends = fields.moment("valid_from"), fields.moment("valid_until")
    return Announcement(
        id=fields.slug("id", _default_id(path)),
        title=fields.line("title"),
        priority=PRIORITY_NAMES.get(priority, PRIORITY_NAMES["thuong"]),
        valid_from=starts[0],
        valid_until=ends[0],
        from_time=starts[1],
        until_time=ends[1],
        days=fields.weekdays("days", WEEKDAYS),
        spread=fields.flag("spread"),
        supersedes=fields.slug("supersedes") if fields.raw.get("supersedes") is not None else None,
        stations=fields.names("stations", typed=True),  # ids or names; load_workspace resolves names to ids
        slots=fields.names("slots"),
        repeat=fields.count("repeat", 1, highest=LIMITS.repeat),
        template=fields.slug("template") if template is not None else None,
        body=body,
        file=path,
        body_line=body_line,
        audio=_optional(fields, "audio"),
        issuer=fields.text("issuer", ""),
        bed=_optional(fields, "bed"),
        intro=_optional(fields, "intro"),
        outro=_optional(fields, "outro"),
        created=fields.day("created"),
        status=fields.choice("status", STATUSES, ""),
        origin=fields.line("origin", ""),
        language=languages.language_of(fields),
        version_of=languages.version_of(fields),
        voice=_voice(fields, root),
        rate=fields.count("rate", SpeechSettings().rate_wpm, *RATE_WPM) if fields.raw.get("rate") is not None else 0,
        **warning.fields_of(fields),
    )


def _signed(fields: Fields, announcement: Announcement, text: str, root: Path) -> Announcement:
    """The approval lines as written, with the digest of what they would cover; workspace/ledger.py checks them."""
    by = fields.line("approved_by", "")
    at = fields.moment("approved_at")
    if not by:
        return announcement
    when = datetime.combine(at[0], at[1] or time()) if at[0] else None
    value = str(fields.raw.get("approved_checksum", ""))
    content = approval.digest(text, recording_bytes(announcement, root))
    return replace(announcement, signature=Signature(by, when, value, content))


def recording_bytes(announcement: Announcement, root: Path) -> bytes | None:
    """The recording an approval covers too (replacing it changes what airs); None without one or unreadable."""
    if announcement.audio is None:
        return None
    path = (root / announcement.audio).resolve()
    try:
        return path.read_bytes() if path.is_relative_to(root.resolve()) and path.is_file() else b""
    except OSError:
        return b""


def _priority_name(fields: Fields) -> str:
    """The priority as editors type it: `khan-cap`, `khẩn cấp`, `Ưu tiên`, `thường` (diacritics and case aside)."""
    value = fields.raw.get("priority")
    if isinstance(value, str) and slugify(value) in PRIORITY_NAMES:
        return slugify(value)
    return fields.choice("priority", tuple(PRIORITY_NAMES), "thuong")


def _voice(fields: Fields, root: Path) -> str:
    """`nam`, `nu` or a piper model of the workspace (`voices/x.onnx`); "" for the district's default."""
    value = fields.line("voice", "")
    problem = voice_problem(value, root)
    if problem:
        fields.note("voice", *problem)
        return ""
    return value


def _optional(fields: Fields, key: str) -> str | None:
    return fields.text(key) if fields.raw.get(key) is not None else None


def _default_id(path: Path) -> str:
    return slugify(path.stem)


def _split_front_matter(text: str, path: Path) -> tuple[str, str, int]:
    """(front matter, body, file line where the body starts)."""
    lines = text.lstrip("\ufeff").splitlines(keepends=True)
    if not lines or lines[0].strip() != "---":
        fix = tr("start the file with a line '---', the fields, then another '---' and the text")
        raise ValidationFailed(Problem(path, 1, tr("the file has no front matter"), fix))
    for index in range(1, len(lines)):
        if lines[index].strip() == "---":
            return "".join(lines[1:index]), "".join(lines[index + 1 :]), index + 2
    raise ValidationFailed(
        Problem(path, 1, tr("the front matter is never closed"), tr("add a line '---' after the last field"))
    )


def _check_dates(fields: Fields, announcement: Announcement) -> None:
    start, end = announcement.valid_from, announcement.valid_until
    if start is not None and end is not None and end < start:
        fields.note(
            "valid_until",
            tr("valid_until {end} is before valid_from {start}", end=end, start=start),
            tr("swap the two dates"),
        )
    if announcement.priority == Priority.KHAN_CAP and end is None:
        what = tr("an emergency (khan-cap) must have an end, or it airs every day forever")
        fields.note(
            "priority",
            what,
            tr('add e.g. valid_until: "2021-08-10 18:00" (loa emergency sets the end of today itself)'),
        )


def _check_references(fields: Fields, announcement: Announcement) -> None:
    if announcement.supersedes is not None and announcement.supersedes == announcement.id:
        fields.note(
            "supersedes",
            tr("an announcement cannot supersede itself"),
            tr("name the id of the older announcement it replaces"),
        )


def _check_unique(found: list[Announcement], problems: list[Problem]) -> None:
    first: dict[str, Announcement] = {}
    for item in found:
        if item.id in first:
            other = first[item.id].file.name
            problems.append(
                Problem(
                    item.file,
                    2,
                    tr("announcement id '{id}' is also used by {other}", id=item.id, other=other),
                    tr("give each announcement its own id"),
                )
            )
        first.setdefault(item.id, item)
