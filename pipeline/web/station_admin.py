"""The admin's stations page: each station, its slots and dialect, added and edited (written to stations.yaml)."""

from __future__ import annotations

from flask import Blueprint, abort, g, redirect, render_template, request, url_for
from werkzeug.wrappers import Response

from ..app import accounts, station_admin
from ..app.announcement_form import FormInvalid
from ..app.station_admin import SlotRow, StationForm
from .guard import allow
from .words import DIALECT_NAMES

pages = Blueprint("station_admin", __name__)
EMPTY_ROWS = 2  # rows for new slots under a station's own


@pages.get("/cac-dai")
@allow("admin")
def index() -> str:
    return _page(StationForm(), "", {})


@pages.get("/cac-dai/<station_id>")
@allow("admin")
def edit(station_id: str) -> str:
    station = g.snapshot.view().workspace.station(station_id)
    if station is None:
        abort(404)
    return _page(station_admin.form_of(station), station_id, {})


@pages.post("/cac-dai")
@allow("admin")
def save() -> Response | tuple[str, int]:
    form, editing = _posted(), request.form.get("editing", "")[:60]
    try:
        saved = station_admin.save(g.root, form, editing)
    except FormInvalid as err:
        return _page(form, editing, err.fields), 422
    accounts.record(g.root, g.user.name, "sua-dai" if editing else "them-dai", saved, g.now())
    return redirect(url_for("station_admin.edit", station_id=saved, da="luu"))


def _posted() -> StationForm:
    take = request.form
    names, starts, lengths = (take.getlist(key)[:20] for key in ("slot_name", "slot_start", "slot_minutes"))
    rows = tuple(SlotRow(n[:30], s[:5], m[:4]) for n, s, m in zip(names, starts, lengths, strict=False))
    return StationForm("", take.get("name", "")[:200], take.get("district", "")[:200], take.get("dialect", "")[:10],
                       rows)  # fmt: skip


def _page(form: StationForm, editing: str, errors: dict[str, str]) -> str:
    rows = (*form.slots, *(SlotRow() for _ in range(EMPTY_ROWS)))
    return render_template("stations_admin.html", stations=g.snapshot.view().workspace.stations, form=form,
                           rows=rows, editing=editing, errors=errors, dialects=DIALECT_NAMES,
                           done=request.args.get("da", ""))  # fmt: skip
