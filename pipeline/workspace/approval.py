"""Approval of an announcement in its file: who signed it off, when, and a keyed signature of what they approved.

The approval lines (`approved_by`, `approved_at`, `approved_checksum`) live only in the front matter; the body
is never altered and is always covered, as is the rest of the front matter and the recording the file names.
The signature is an HMAC with the workspace's key (`.loa/approval.key`, made at `loa init`, readable only by
Loa's user), tied to one approval's serial in the workspace's ledger (see workspace/ledger.py): anyone who can
write the file still cannot sign it, and a restored older copy is not approved.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re
import secrets
from datetime import datetime
from pathlib import Path

from ..domain.approval import Signature
from .saving import yaml_quoted

FIELDS = ("approved_by", "approved_at", "approved_checksum")
APPROVAL_LINE = re.compile(r"^(?:approved_by|approved_at|approved_checksum)\s*:")
STATUS_LINE = re.compile(r"^status\s*:")
MOMENT = "%Y-%m-%d %H:%M"
KEY_FILE = Path(".loa") / "approval.key"


def file_lines(text: str) -> tuple[list[str], int]:
    """The lines (BOM dropped, LF endings, ends kept) and the index of the `---` line closing the front matter."""
    lines = text.lstrip("\ufeff").replace("\r\n", "\n").splitlines(keepends=True)
    return lines, next(i for i in range(1, len(lines)) if lines[i].strip() == "---")


def _without(text: str, *patterns: re.Pattern[str]) -> str:
    """The file without the front-matter lines matching `patterns` (a body line is never touched)."""
    lines, close = file_lines(text)
    head = [line for line in lines[:close] if not any(p.match(line) for p in patterns)]
    return "".join([*head, *lines[close:]])


def unsigned(text: str) -> str:
    """What an approval covers: the file without its front-matter approval lines, line endings made uniform."""
    return _without(text, APPROVAL_LINE)


def digest(text: str, recording: bytes | None = None) -> str:
    """The hash an approval signs: the unsigned file, and the recording that airs instead of its text."""
    content = hashlib.sha256(unsigned(text).encode("utf-8"))
    if recording is not None:
        content.update(b"\0recording\0" + hashlib.sha256(recording).digest())
    return content.hexdigest()


def signed(text: str, by: str, at: datetime, value: str) -> str:
    """The file's text with (new) approval lines as the last lines of its front matter; the body unchanged.

    A workflow status (draft, waiting, rejected) ends with the approval: the file airs from now on.
    """
    lines, close = file_lines(_without(text, APPROVAL_LINE, STATUS_LINE))
    stamp = [f'approved_by: "{yaml_quoted(by)}"\n', f'approved_at: "{at.strftime(MOMENT)}"\n',
             f'approved_checksum: "{value}"\n']  # fmt: skip
    return "".join([*lines[:close], *stamp, *lines[close:]])


def with_status(text: str, status: str) -> str:
    """The file in the web workflow (`status` set), its approval ended: the approval lines go."""
    lines, close = file_lines(_without(text, APPROVAL_LINE, STATUS_LINE))
    return "".join([*lines[:close], f"status: {status}\n", *lines[close:]])


def signature_value(key: bytes, item_id: str, serial: int, by: str, at: datetime, content: str) -> str:
    """`<serial>-<hmac>`: the key signs the announcement's id, the approval's serial, who, when and the digest."""
    message = "\n".join(("loa-approval/2", item_id, str(serial), by, at.strftime(MOMENT), content))
    return f"{serial}-{hmac.new(key, message.encode('utf-8'), hashlib.sha256).hexdigest()[:32]}"


def is_genuine(key: bytes, item_id: str, serial: int, signature: Signature) -> bool:
    """The signature was made with this key for this id, serial, approver, moment and content."""
    if signature.at is None:
        return False
    expected = signature_value(key, item_id, serial, signature.by, signature.at, signature.digest)
    return hmac.compare_digest(expected, signature.value)


def read_key(root: Path) -> bytes | None:
    """The workspace's approval key, or None when it has none yet (then no approval counts)."""
    try:
        return bytes.fromhex((root / KEY_FILE).read_text("ascii").strip())
    except (OSError, ValueError):
        return None


def ensure_key(root: Path) -> bytes:
    """The key, made on first use: 32 random bytes, readable and writable only by Loa's user (mode 600)."""
    found = read_key(root)
    if found is not None:
        return found
    (root / KEY_FILE).parent.mkdir(exist_ok=True)
    fresh = secrets.token_bytes(32)
    try:
        handle = os.open(root / KEY_FILE, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # another process made it meanwhile: theirs is the key
        return read_key(root) or fresh
    with os.fdopen(handle, "w", encoding="ascii") as out:
        out.write(fresh.hex() + "\n")
    return fresh
