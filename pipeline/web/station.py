"""The operators' pages, phone first: today's and tomorrow's program, play, the sheet, the day as a zip."""

from __future__ import annotations

from datetime import date, timedelta

from flask import Blueprint, Response, abort, g, redirect, render_template, request, send_file, url_for
from werkzeug.wrappers import Response as WerkzeugResponse

from ..app import station_out, station_versions
from .guard import allow, published_page_policy

pages = Blueprint("station", __name__)


@pages.get("/dai")
@allow("operator", "admin")
def mine() -> str | WerkzeugResponse:
    stations = g.snapshot.view().workspace.stations
    visible = [s for s in stations if _may_see(s.id)]
    if g.user.role == "operator" and len(visible) == 1:  # most operators have one station: no list of one to tap
        return redirect(url_for("station.program", station_id=visible[0].id))
    return render_template("stations.html", stations=visible)


@pages.get("/dai/<station_id>")
@allow("operator", "admin")
def program(station_id: str) -> str:
    station = _station(station_id)
    today = g.now().date()
    found = [station_out.station_day(g.root, station_id, today + timedelta(days=n)) for n in (0, 1)]
    held = request.args.get("ban", "").strip().lower()[:20]
    days = [_shown(d, held) for d in found]
    unknown = bool(held) and not any(d["changes"] for d in days)
    return render_template("station.html", station=station, days=days, held=held, unknown=unknown)


def _shown(found: station_out.StationDay, held: str) -> dict[str, object]:
    """A day as the page shows it: its program, its version, and what changed since the version `held`."""
    version = station_versions.current(g.root, found, _zone())
    changes = station_versions.since(g.root, found, held) if held else None
    return {"day": found.day, "station": found.station, "version": version, "changes": changes}


@pages.get("/dai/<station_id>/<day>/<name>")
@allow("operator", "admin")
def published(station_id: str, day: str, name: str) -> Response:
    _station(station_id)
    path = station_out.published_file(g.root, station_id, _day(day), name)
    if path is None:
        abort(404)
    response = send_file(path, conditional=True)
    if path.suffix == ".html":  # the sheet's own inline style, allowed by hash for this answer only
        response.headers["Content-Security-Policy"] = published_page_policy(path.read_bytes())
    return response


@pages.get("/dai/<station_id>/<day>.zip")
@allow("operator", "admin")
def zipped(station_id: str, day: str) -> Response:
    return _zip(station_id, day, segments=False)


@pages.get("/dai/<station_id>/<day>/phan-doan.zip")
@allow("operator", "admin")
def zipped_segments(station_id: str, day: str) -> Response:
    return _zip(station_id, day, segments=True)


def _zip(station_id: str, day: str, segments: bool) -> Response:
    """The day as a zip named with its version (`tan-dinh_2026-12-04_v3a9f1c.zip`), PHIEN-BAN.txt inside."""
    station = _station(station_id)
    found = station_out.station_day(g.root, station_id, _day(day))
    version = station_versions.current(g.root, found, _zone())
    if version is None:
        abort(404)
    data = station_out.day_zip(found, station_versions.note(found, station.name, version), segments)
    name = f"{station_id}_{found.day.isoformat()}_v{version.short}{'_phan-doan' if segments else ''}.zip"
    headers = {"Content-Disposition": f'attachment; filename="{name}"'}
    return Response(data, mimetype="application/zip", headers=headers)


def _zone() -> str:
    return str(g.snapshot.view().workspace.settings.timezone)


def _station(station_id: str):  # type: ignore[no-untyped-def]
    station = g.snapshot.view().workspace.station(station_id)
    if station is None or not _may_see(station_id):
        abort(404)  # not 403: an operator does not learn which other stations exist
    return station


def _may_see(station_id: str) -> bool:
    return g.user.role == "admin" or station_id in g.user.stations


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        abort(404)
