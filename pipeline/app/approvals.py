"""One approval path for every front end: submit, approve, reject and withdraw an announcement.

Each action checks who may (an approver decides; never on a text they edited last), takes the edit lock,
refuses a stale version, writes the file and the ledger, and leaves the audit row; the web and `loa approve`
call these and word the outcome themselves. An approval signs the file with the workspace's key and binds the
spoken scripts each targeted station will hear (see build/binding.py).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from ..build.binding import Drift, readings, reference_day, targets
from ..build.check import check_item
from ..build.program import ProgramWriter
from ..domain.model import Announcement, Workspace
from ..errors import LoaError, NotAllowed, Problem, ValidationFailed
from ..i18n import tr
from ..workspace import approval, ledger
from ..workspace.announcements import recording_bytes
from ..workspace.saving import edit_lock, replace_text
from . import accounts
from .accounts import User
from .editing import EditConflict, version_of
from .snapshot import Snapshot

DECIDERS = ("approver",)  # the role that approves and rejects (an admin is not implied, as on the web)


def approve(snapshot: Snapshot, item_id: str, version: str, user: User, now: datetime, comment: str = "") -> str:
    """Sign the announcement off as it is, bound to what it will say; returns the text approved."""
    _may_decide(snapshot, item_id, user)
    with edit_lock(snapshot.root):
        workspace = snapshot.view().workspace
        item = _unchanged(workspace, item_id, version)
        problems = check_item(item, workspace)
        if problems:
            raise LoaError(*problems)
        text = sign(workspace, item, user.name, now)
    accounts.record(snapshot.root, user.name, "duyet", item_id, now, comment)
    accounts.keep_approved(snapshot.root, item_id, text)
    return text


def sign(workspace: Workspace, item: Announcement, by: str, now: datetime) -> str:
    """Write the approval: a ledger row with the spoken readings, and the file signed with that row's serial.

    The caller holds the edit lock (or has just installed the file, as an emergency does) and has checked it.
    """
    at = now.replace(tzinfo=None, second=0, microsecond=0)
    writer = ProgramWriter(workspace)
    speech = readings(workspace, item, reference_day(item, at.date()), writer.spoken_item)
    text = item.file.read_text(encoding="utf-8")
    content = signed_digest(item, text, workspace)

    def write(serial: int) -> str:
        value = approval.signature_value(approval.ensure_key(workspace.root), item.id, serial, by, at, content)
        replace_text(item.file, approval.signed(text, by, at, value))
        return value

    ledger.record(workspace.root, item.id, by, at, write, speech)
    return item.file.read_text(encoding="utf-8")


def signed_digest(item: Announcement, text: str, workspace: Workspace) -> str:
    """The digest the file will carry once signed (signing changes only approval and status lines; the status
    line is covered, so the digest is taken of the text as it will be written), with its recording's bytes
    (read only inside the workspace)."""
    future = approval.signed(text, "-", datetime(2000, 1, 1), "-")
    return approval.digest(future, recording_bytes(item, workspace.root))


def reject(snapshot: Snapshot, item_id: str, version: str, user: User, now: datetime, comment: str) -> None:
    """Send it back to its editor with a reason (it does not air)."""
    _may_decide(snapshot, item_id, user)
    if not comment.strip():
        raise NotAllowed("no-reason", Problem(None, None, tr("a rejection needs a reason"),
                                 tr("write what the editor should change")))  # fmt: skip
    _set_status(snapshot, item_id, version, "tu-choi", user, now)
    accounts.record(snapshot.root, user.name, "tu-choi", item_id, now, comment)


def submit(snapshot: Snapshot, item_id: str, version: str, user: User, now: datetime) -> None:
    """An editor sends the announcement to an approver (it does not air meanwhile)."""
    _set_status(snapshot, item_id, version, "cho-duyet", user, now)
    accounts.record(snapshot.root, user.name, "gui-duyet", item_id, now)


def withdraw(snapshot: Snapshot, item_id: str, version: str, user: User, now: datetime, comment: str = "") -> None:
    """Take an announcement off the air: back to a draft, and no earlier approval of it counts any more."""
    if user.role not in (*DECIDERS, "editor", "admin"):
        raise _role_refused()
    _set_status(snapshot, item_id, version, "nhap", user, now)
    accounts.record(snapshot.root, user.name, "rut", item_id, now, comment)


def _set_status(snapshot: Snapshot, item_id: str, version: str, status: str, user: User, now: datetime) -> None:
    """The status line changes, any approval ends (the ledger says so too, so a restored copy does not air)."""
    with edit_lock(snapshot.root):
        item = _unchanged(snapshot.view().workspace, item_id, version)
        replace_text(item.file, approval.with_status(item.file.read_text(encoding="utf-8"), status))
        ledger.withdraw(snapshot.root, item_id, user.name, now)


def _may_decide(snapshot: Snapshot, item_id: str, user: User) -> None:
    """An approver, and not the last one to edit this text (four eyes)."""
    if user.role not in DECIDERS:
        raise _role_refused()
    if accounts.last_editor(snapshot.root, item_id) == user.name:
        raise NotAllowed("own-text", Problem(None, None, tr("you may not approve or reject a text you edited yourself"),
                                 tr("ask another approver")))  # fmt: skip


def _role_refused() -> NotAllowed:
    return NotAllowed("role", Problem(None, None, tr("your account may not do this"),
                              tr("ask an admin for an approver's account")))  # fmt: skip


def _unchanged(workspace: Workspace, item_id: str, version: str) -> Announcement:
    item = workspace.announcement(item_id)
    if item is None or version_of(item.file) != version:
        what = tr("someone changed this announcement meanwhile")
        fix = tr("open it again to see the changes, then decide")
        raise EditConflict(Problem(item.file if item else None, None, what, fix))
    return item


def drifts(workspace: Workspace, item: Announcement, every_station: bool = True) -> list[Drift]:
    """Where an approved item would now say something else than what was approved ("cần duyệt lại"): at every
    station it targets, or (`every_station` false, for a list of many) at the first station of each dialect and
    at every station added since the approval (it airs there only where it reads as approved)."""
    bound = item.approved_speech
    if bound is None or not workspace.settings.require_approval:
        return []
    writer, dialects = ProgramWriter(workspace), set()
    for station in targets(workspace, item):
        if every_station or station.dialect not in dialects or bound.reading(station.id) is None:
            dialects.add(station.dialect)
            for repeat in range(min(item.repeat, 2)):
                writer.binding.held(item, station, repeat)
    return list(writer.binding.drifts.values())


def needs_review(snapshot: Snapshot, workspace: Workspace, item: Announcement) -> bool:
    """`drifts` at the first station of each dialect, remembered until the item or what reading depends on
    (settings, stations, lexicon, templates) changes: the editors' list asks it of every approved item."""
    if item.signature is None or item.approved_speech is None:
        return False
    key = (item.id, item.signature.value, snapshot.reading_stamp())
    if key not in snapshot.reviewed:
        snapshot.reviewed[key] = bool(drifts(workspace, item, every_station=False))
    return snapshot.reviewed[key]


def find(snapshot: Snapshot, file: Path) -> Announcement:
    """The announcement in this file (any path to it), or an error naming the folder announcements live in."""
    view = snapshot.view()
    for item in view.workspace.announcements:
        if item.file.resolve() == file.resolve():
            return item
    broken = [p for p in view.broken if p.file is not None and p.file.resolve() == file.resolve()]
    if broken:
        raise ValidationFailed(*broken)
    folder = snapshot.root / "scripts_vi" / "announcements"
    raise LoaError(Problem(file, None, tr("this file is not an announcement"),
                           tr("give a file in {folder}", folder=folder)))  # fmt: skip
