"""The editors' pages: the list, the form with its live spoken text and lint, listening, submitting."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import time
from functools import partial
from typing import Any

from flask import Blueprint, abort, g, redirect, render_template, request, send_file, url_for
from werkzeug.wrappers import Response

from ..app import accounts, announcement_form, approvals, editing, held, language_form, lexicon_edit, listing, reviewing
from ..app import preview as listening
from ..app import publication as on_air
from ..app.announcement_form import Form, FormInvalid
from ..app.editing import EditConflict
from ..app.recordings import Upload
from ..domain.model import Announcement, Station
from ..errors import LoaError
from .forms import held_back, lost_recording, posted_form, posted_recording
from .guard import allow
from .words import DAY_CODES, PRIORITY_LABELS, READING_SPEEDS, SAID, STATUS_NAMES

pages = Blueprint("editor", __name__)
WRITERS = ("editor", "admin")
READERS = ("editor", "approver", "admin")


@pages.get("/tin")
@allow(*READERS)
def index() -> str:
    view, today = g.snapshot.view(), g.now().date()
    query, status = request.args.get("q", "")[:100], request.args.get("trang-thai", "")
    status = status if status in STATUS_NAMES else ""
    drifted = partial(approvals.needs_review, g.snapshot, view.workspace)
    found = listing.matching(view.workspace, today, query, status, drifted, g.snapshot.haystack)
    shown = listing.page(found, _number(request.args.get("trang", "1")))
    return render_template(
        "list.html", page=shown, rows=shown.rows, q=query, status=status, statuses=STATUS_NAMES, broken=view.broken,
        reasons=reviewing.rejections(g.root, view.workspace.announcements), done=_decided(view),
        waiting=_waiting(view, drifted),
    )  # fmt: skip


def _number(text: str) -> int:
    return int(text) if text.isdigit() and len(text) < 7 else 1


def _decided(view: Any) -> dict[str, Any] | None:
    """After an approver's decision: what it was, and for an approval where and from when the item airs."""
    action = request.args.get("xong", "")
    item = view.workspace.announcement(request.args.get("tin", "")) if action in ("duyet", "tu-choi") else None
    if item is None:
        return None
    air = reviewing.on_air(view.workspace, item, g.now()) if action == "duyet" else None
    return {"action": action, "air": air}


def _waiting(view: Any, drifted: Any) -> int | None:
    """How many items wait for this approver (None for the other roles)."""
    if g.user.role not in approvals.DECIDERS:
        return None
    every = listing.matching(view.workspace, g.now().date(), drifted=drifted)
    waiting = [listing.row(item, state) for item, state in every if state in reviewing.WAITING]
    editors = accounts.last_editors(g.root, (row.id for row in waiting))
    return len(reviewing.waiting_for(waiting, g.user.name, lambda key: editors.get(key, "")))


@pages.get("/tin/moi")
@allow(*WRITERS)
def new() -> str:
    return _form_page(Form(valid_from=g.now().date().isoformat()), "", "")


@pages.get("/tin/<item_id>")
@allow(*READERS)
def edit(item_id: str) -> str:
    workspace = g.snapshot.view().workspace
    item = workspace.announcement(item_id)
    if item is None:
        abort(404)
    form = announcement_form.form_of(item)
    return _form_page(form, item_id, editing.version_of(item.file), item=item, workspace=workspace)


@pages.post("/tin/luu")
@allow(*WRITERS)
def save() -> Response | tuple[str, int]:
    form, item_id, version = posted_form(), request.form.get("id", ""), request.form.get("version", "")
    (upload, token), submit = posted_recording(), request.form.get("action") == "gui-duyet"
    if upload is None and (lost := lost_recording()):
        return _form_page(form, item_id, version, errors=lost), 422
    change, off = _recording_change(upload), _off_air(g.snapshot.view().workspace.announcement(item_id))
    try:
        saved_id = editing.save(
            g.snapshot, form, item_id, version, "cho-duyet" if submit else "nhap", g.now(), change, g.user.name
        )
    except FormInvalid as err:
        errors, kept = held_back(err.fields, upload, token)
        return _form_page(form, item_id, version, errors=errors, held=kept), 422
    except EditConflict as err:
        errors, kept = held_back({"_": err.plain}, upload, token)
        return _form_page(form, item_id, version, errors=errors, conflict=True, held=kept), 409
    held.drop(g.root, token)
    accounts.record(g.root, g.user.name, "sua" if item_id else "tao", saved_id, g.now())
    if submit:
        accounts.record(g.root, g.user.name, "gui-duyet", saved_id, g.now())
    stopped = (off.day.isoformat() if off.day else "co") if off else None  # None: url_for leaves it out
    return redirect(url_for("editor.edit", item_id=saved_id, da_luu="gui" if submit else "luu", ngung=stopped))


@pages.get("/tin/<item_id>/ban-ghi")
@allow(*READERS)
def recording(item_id: str) -> Response:
    """The announcement's own recording, as uploaded (the page plays it beside the form)."""
    path = listening.recording_of(g.snapshot, item_id)
    if path is None:
        abort(404)
    return send_file(path, conditional=True)


@pages.post("/tin/xem-truoc")
@allow(*READERS)
def spoken() -> str:
    return render_template("_spoken.html", spoken=listening.speak(g.snapshot, posted_form(), g.now().date()))


@pages.post("/tin/nghe-thu")
@allow(*READERS)
def listen() -> str:
    form, saved = posted_form(), g.snapshot.view().workspace.announcement(request.form.get("id", ""))
    if g.user.role not in WRITERS and saved is not None:
        form = announcement_form.form_of(saved)  # a reader's page has its fields disabled: it hears the saved text
    if not form.body.strip():
        return render_template("_listen.html", error=SAID["nothing-to-hear"])
    try:
        heard = listening.listen_to(g.snapshot, form, g.now().date(), request.form.get("id", ""))
    except LoaError as err:
        return render_template("_listen.html", error=err.plain)
    return render_template("_listen.html", name=heard.name, seconds=heard.seconds)


@pages.get("/nghe/<name>")
@allow(*READERS)
def listened(name: str) -> Response:
    path = listening.preview_file(g.root, name)
    if path is None:
        abort(404)
    return send_file(path, mimetype="audio/mpeg", conditional=True)


@pages.post("/tu-dien")
@allow(*WRITERS)
def add_word() -> str:
    written, said = request.form.get("written", ""), request.form.get("spoken", "")
    try:
        lexicon_edit.add_entry(g.root, written, said)
    except LoaError as err:
        return render_template("_lexicon.html", written=written, spoken=said, error=err.plain)
    accounts.record(g.root, g.user.name, "tu-dien", written, g.now(), said)
    return render_template("_lexicon.html", written=written, spoken=said, added=True)


def _recording_change(upload: Upload | None) -> editing.RecordingChange | None:
    """A recording sent with the form (or held from a refused one), or its removal."""
    if upload is not None:
        return editing.RecordingChange(upload=upload)
    return editing.RecordingChange(remove=True) if request.form.get("remove_recording") else None


def _off_air(item: Announcement | None) -> on_air.OffAir | None:
    """Whether saving this announcement takes it off the air, and from which day."""
    if item is None:
        return None
    settings = g.snapshot.view().workspace.settings
    return on_air.saving_takes_off(g.root, item, g.now().date(), settings.require_approval)


def _stopped() -> str:
    """After a save that took the announcement off the air: from which day (ISO), "co" when from none."""
    value = request.args.get("ngung", "")
    return value if value == "co" or re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) else ""


def _slots_in_day_order(stations: Sequence[Station]) -> list[str]:
    """Each slot name once, by its earliest start at any station: "Buổi sáng" before "Buổi chiều", as the day runs."""
    starts: dict[str, time] = {}
    for slot in (slot for s in stations for slot in s.slots):
        starts[slot.name] = min(starts.get(slot.name, slot.start), slot.start)
    return sorted(starts, key=lambda name: (starts[name], name))


def _form_page(form: Form, item_id: str, version: str, **extra: Any) -> str:
    workspace = extra.pop("workspace", None) or g.snapshot.view().workspace  # read once a request: 10,000 stats
    slots = _slots_in_day_order(workspace.stations)
    templates = listening.templates(workspace, form.template)
    item = extra.pop("item", None) or workspace.announcement(item_id)
    state = listing.status_of(item, g.now().date(), workspace.settings.require_approval) if item else "nhap"
    return render_template(
        "edit.html",
        form=form,
        item_id=item_id,
        version=version,
        stations=workspace.stations,
        slots=slots,
        templates=templates,
        priorities=PRIORITY_LABELS,
        days=DAY_CODES,
        state=state,
        errors=extra.get("errors", {}),
        conflict=extra.get("conflict", False),
        saved=request.args.get("da_luu", ""),
        spoken=listening.speak(g.snapshot, form, g.now().date()) if form.body.strip() else None,
        may_write=g.user.role in WRITERS,
        history=accounts.history(g.root, item_id, 20) if item_id else [],
        recording=item.audio if item else None,
        off_air=_off_air(item) if item_id and g.user.role in WRITERS else None,
        stopped=_stopped(),
        rejection=reviewing.rejection(g.root, item) if item else None,
        held=extra.get("held"),
        originals=language_form.offered(workspace, item_id, g.now().date(), form.version_of),
        voices=announcement_form.voices(workspace),
        speech=workspace.settings.speech,
        rates=READING_SPEEDS,
    )
