"""The operators' pages, phone first: today's and tomorrow's program, play, the sheet, the day as a zip."""

from __future__ import annotations

from datetime import date, timedelta

from flask import Blueprint, Response, abort, g, render_template, send_file

from ..app import station_out
from .guard import allow, published_page_policy

pages = Blueprint("station", __name__)


@pages.get("/dai")
@allow("operator", "admin")
def mine() -> str:
    stations = g.snapshot.view().workspace.stations
    visible = [s for s in stations if _may_see(s.id)]
    return render_template("stations.html", stations=visible)


@pages.get("/dai/<station_id>")
@allow("operator", "admin")
def program(station_id: str) -> str:
    station = _station(station_id)
    today = g.now().date()
    days = [station_out.station_day(g.root, station_id, today + timedelta(days=n)) for n in (0, 1)]
    return render_template("station.html", station=station, days=days)


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
    _station(station_id)
    data = station_out.day_zip(g.root, station_id, _day(day))
    if data is None:
        abort(404)
    headers = {"Content-Disposition": f'attachment; filename="{station_id}-{day}.zip"'}
    return Response(data, mimetype="application/zip", headers=headers)


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
