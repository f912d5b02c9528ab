"""The approvers' pages: what changed since the last approved version, approve or reject with a comment."""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping
from types import MappingProxyType

from flask import Blueprint, abort, g, redirect, render_template, request, url_for
from werkzeug.wrappers import Response

from ..app import accounts, announcement_form, approvals, editing, listing, reviewing
from ..app import preview as listening
from ..app.editing import EditConflict
from ..errors import LoaError, NotAllowed
from .guard import allow
from .words import FIELD_LABELS, PRIORITY_LABELS, REVIEW_REFUSED, SAID, STATUS_NAMES

pages = Blueprint("review", __name__)
EVERY_STATION = MappingProxyType({"all": SAID["every-station"]})
EVERY_SLOT = MappingProxyType({"all": SAID["every-slot"]})


@pages.get("/duyet/<item_id>")
@allow("approver")
def show(item_id: str) -> str:
    workspace = g.snapshot.view().workspace
    item = workspace.announcement(item_id)
    if item is None:
        abort(404)
    text = item.file.read_text(encoding="utf-8")
    before = accounts.approved_text(g.root, item_id)
    lines = difflib.unified_diff(reviewing.judged(before), reviewing.judged(text), lineterm="")
    diff = [_readable(line) for line in lines]
    spoken_now = listening.speak(g.snapshot, announcement_form.form_of(item), g.now().date())
    said = " ".join(part.spoken for part in spoken_now.parts)
    drifts = approvals.drifts(workspace, item)
    state = listing.status_of(item, g.now().date(), workspace.settings.require_approval, bool(drifts))
    return render_template(
        "review.html", item=item, diff=diff[2:], first=not before, version=editing.version_of(item.file),
        spoken=[(d.station, _spoken_diff(d.approved, d.now)) for d in drifts],
        state=state, own=accounts.last_editor(g.root, item_id) == g.user.name, error=request.args.get("loi", ""),
        station_names=[s.name for s in workspace.stations if s.id in (item.stations or ())],
        spoken_now=spoken_now, length=reviewing.air_length(workspace, item, said),
    )  # fmt: skip


@pages.post("/duyet/<item_id>")
@allow("approver")
def decide(item_id: str) -> Response:
    version, comment = request.form.get("version", ""), request.form.get("comment", "").strip()[:1000]
    rejected = request.form.get("action") == "tu-choi"
    try:
        if rejected:
            approvals.reject(g.snapshot, item_id, version, g.user, g.now(), comment)
        else:
            approvals.approve(g.snapshot, item_id, version, g.user, g.now(), comment)
    except NotAllowed as err:
        return redirect(url_for("review.show", item_id=item_id, loi=REVIEW_REFUSED.get(err.reason, err.plain)))
    except EditConflict:
        return redirect(url_for("review.show", item_id=item_id, loi=SAID["changed-meanwhile"]))
    except LoaError as err:
        return redirect(url_for("review.show", item_id=item_id, loi=err.plain))
    return redirect(url_for("editor.index", xong="tu-choi" if rejected else "duyet", tin=item_id))


def _spoken_diff(approved: str, now: str) -> list[str]:
    """What the voice said when approved against what it would say now, sentence by sentence."""

    def sentences(text: str) -> list[str]:
        return [s.strip() for s in re.split(r"(?<=[.!?…])\s+|\n", text) if s.strip()]

    lines = difflib.unified_diff(sentences(approved), sentences(now), lineterm="", n=1)
    return ["…" if line.startswith("@@") else line for line in list(lines)[2:]]


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
