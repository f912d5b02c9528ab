"""Approval of an announcement: who signed it off, when, and a checksum of exactly what they approved.

The checksum covers the whole file except the approval lines themselves, so any later edit (text,
dates, stations) makes the announcement unapproved again. `approve` rewrites the front matter in
place, atomically, keeping everything else byte for byte.
"""

from __future__ import annotations

import hashlib
import re
from datetime import datetime
from pathlib import Path

from ..domain.limits import LIMITS
from ..errors import Problem, ValidationFailed
from ..i18n import tr
from .saving import replace_text, yaml_quoted
from .textfile import read_text

FIELDS = ("approved_by", "approved_at", "approved_checksum")
APPROVAL_LINE = re.compile(r"^(?:approved_by|approved_at|approved_checksum)\s*:.*(?:\n|$)", re.MULTILINE)
STATUS_LINE = re.compile(r"^status\s*:.*(?:\n|$)", re.MULTILINE)
MOMENT = "%Y-%m-%d %H:%M"


def checksum(text: str) -> str:
    """What an approval covers: the file without its approval lines, line endings made uniform."""
    unsigned = APPROVAL_LINE.sub("", text.lstrip("\ufeff").replace("\r\n", "\n"))
    return hashlib.sha256(unsigned.encode("utf-8")).hexdigest()[:16]


def file_lines(text: str) -> tuple[list[str], int]:
    """The lines (BOM dropped, LF endings, ends kept) and the index of the `---` line closing the front matter."""
    lines = text.lstrip("\ufeff").replace("\r\n", "\n").splitlines(keepends=True)
    return lines, next(i for i in range(1, len(lines)) if lines[i].strip() == "---")


def signed(text: str, by: str, at: datetime) -> str:
    """The file's text with (new) approval lines as the last lines of its front matter.

    A workflow status (draft, waiting, rejected) ends with the approval: the file airs from now on.
    """
    lines, close = file_lines(APPROVAL_LINE.sub("", text.lstrip("\ufeff").replace("\r\n", "\n")))
    head = [line for line in lines[:close] if not STATUS_LINE.match(line)]  # only in the front matter
    stamp = [
        f'approved_by: "{yaml_quoted(by)}"\n',
        f'approved_at: "{at.strftime(MOMENT)}"\n',
        f"approved_checksum: {checksum(''.join([*head, *lines[close:]]))}\n",
    ]
    return "".join([*head, *stamp, *lines[close:]])


def with_status(text: str, status: str) -> str:
    """The file in the web workflow (`status` set), its approval ended: the approval lines go."""
    lines, close = file_lines(text)
    head = [line for line in lines[:close] if not (STATUS_LINE.match(line) or APPROVAL_LINE.match(line))]
    return "".join([*head, f"status: {status}\n", *lines[close:]])


def approve(path: Path, root: Path, by: str, at: datetime) -> None:
    """Record that `by` approved the file as it is now (the caller has validated it)."""
    if not by.strip() or "\n" in by:
        raise ValidationFailed(
            Problem(None, None, tr("the approver's name is empty"), tr('give it with --by, e.g. --by "Nguyễn Văn A"'))
        )
    replace_text(path, signed(read_text(path, root, LIMITS.announcement_bytes), by.strip(), at))
