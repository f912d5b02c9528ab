"""The approvers' pages: what changed since the last approved version, approve or reject with a comment."""

from __future__ import annotations

import difflib

from flask import Blueprint, abort, g, redirect, render_template, request, url_for
from werkzeug.wrappers import Response

from ..usecases import accounts, editing, listing
from ..usecases.editing import EditConflict
from .guard import allow

pages = Blueprint("review", __name__)


@pages.get("/duyet/<item_id>")
@allow("approver")
def show(item_id: str) -> str:
    workspace = g.snapshot.view().workspace
    item = workspace.announcement(item_id)
    if item is None:
        abort(404)
    text = item.file.read_text(encoding="utf-8")
    before = accounts.approved_text(g.root, item_id)
    diff = list(difflib.unified_diff(before.splitlines(), text.splitlines(), "đã duyệt", "hiện tại", lineterm=""))
    state = listing.status_of(item, g.now().date(), workspace.settings.require_approval)
    return render_template(
        "review.html", item=item, text=text, diff=diff[2:], first=not before, version=editing.version_of(item.file),
        state=state, own=accounts.last_editor(g.root, item_id) == g.user.name, error=request.args.get("loi", ""),
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
