"""The approvers' pages: what changed since the last approved version, approve or reject with a comment."""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from types import MappingProxyType

from flask import Blueprint, abort, g, redirect, render_template, request, url_for
from werkzeug.wrappers import Response

from ..usecases import accounts, editing, listing
from ..usecases.editing import EditConflict
from .guard import allow
from .words import FIELD_LABELS, PRIORITY_LABELS, STATUS_NAMES

pages = Blueprint("review", __name__)
EVERY_STATION, EVERY_SLOT = MappingProxyType({"all": "mọi đài"}), MappingProxyType({"all": "mọi buổi"})


@pages.get("/duyet/<item_id>")
@allow("approver")
def show(item_id: str) -> str:
    workspace = g.snapshot.view().workspace
    item = workspace.announcement(item_id)
    if item is None:
        abort(404)
    text = item.file.read_text(encoding="utf-8")
    before = accounts.approved_text(g.root, item_id)
    diff = [_readable(line) for line in difflib.unified_diff(before.splitlines(), text.splitlines(), lineterm="")]
    state = listing.status_of(item, g.now().date(), workspace.settings.require_approval)
    return render_template(
        "review.html", item=item, diff=diff[2:], first=not before, version=editing.version_of(item.file),
        state=state, own=accounts.last_editor(g.root, item_id) == g.user.name, error=request.args.get("loi", ""),
        station_names=[s.name for s in workspace.stations if s.id in (item.stations or ())],
    )  # fmt: skip


@pages.post("/duyet/<item_id>")
@allow("approver")
def decide(item_id: str) -> Response:
    version, comment = request.form.get("version", ""), request.form.get("comment", "").strip()[:1000]
    if accounts.last_editor(g.root, item_id) == g.user.name:
        return redirect(url_for("review.show", item_id=item_id, loi="Không được duyệt bài do chính mình sửa."))
    try:
        if request.form.get("action") == "tu-choi":
            if not comment:
                return redirect(url_for("review.show", item_id=item_id, loi="Hãy ghi lý do từ chối để người viết sửa."))
            editing.set_status(g.snapshot, item_id, version, "tu-choi")
            accounts.record(g.root, g.user.name, "tu-choi", item_id, g.now(), comment)
        else:
            text = editing.approve(g.snapshot, item_id, version, g.user.name, g.now())
            accounts.record(g.root, g.user.name, "duyet", item_id, g.now(), comment)
            accounts.keep_approved(g.root, item_id, text)
    except EditConflict:
        return redirect(url_for("review.show", item_id=item_id, loi="Bài vừa được sửa: hãy xem lại rồi quyết định."))
    return redirect(url_for("editor.index"))


def _readable(line: str) -> str:
    """A diff line with its front-matter key in Vietnamese (`+valid_until: …` → `+Phát đến: …`); hunk marks go."""
    if line.startswith("@@"):
        return "…"
    mark, rest = line[:1], line[1:]
    key, colon, value = rest.partition(":")
    if not colon or key not in FIELD_LABELS:
        return line
    named: dict[str, Mapping[str, str]] = {
        "status": STATUS_NAMES,
        "priority": PRIORITY_LABELS,
        "stations": EVERY_STATION,
        "slots": EVERY_SLOT,
    }
    shown = value.strip().strip('"')
    return f"{mark}{FIELD_LABELS[key]}: {named.get(key, {}).get(shown, shown)}"
