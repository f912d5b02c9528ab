"""The station link, api/v1 (contract: README "Stations on the line: the district side"): parse, call app/, render JSON.

Every route but the OpenAPI document needs a station token (`Authorization: Bearer …`), reaches only that
token's station, and counts towards the token's rate limit. Token-authenticated JSON carries no cookie, so
CSRF does not apply to it (guard.py lets these POSTs through only when they carry a bearer token).
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from functools import wraps
from importlib import resources
from typing import Any, TypeVar

from flask import Blueprint, Response, abort, current_app, g, jsonify, request, send_file

from ..app import station_events, station_link, stations
from ..app.station_link import LinkRefused, hashed
from .words import API_ERRORS, API_SAID

pages = Blueprint("api", __name__, url_prefix="/api/v1")
F = TypeVar("F", bound=Callable[..., Any])
MAX_JSON = 64 * 1024
STATUS = {
    "invalid": 400,
    "unauthorized": 401,
    "forbidden": 403,
    "not-found": 404,
    "too-large": 413,
    "rate-limited": 429,
    "busy": 429,
}


def error(status: int, message: str = "", retry: float = 0) -> Response:
    code, words = API_ERRORS.get(status, API_ERRORS[400])
    response = jsonify({"error": {"code": code, "message": message or words}})
    response.status_code = status
    if retry:
        response.headers["Retry-After"] = str(max(1, round(retry)))
    return response


def for_station(view: F) -> F:
    """Token → station; the route's station must be it; then the token's rate limit."""

    @wraps(view)
    def checked(station_id: str, **kwargs: Any) -> Any:
        authorization = request.headers.get("Authorization", "")
        g.station = station_link.station_of(g.root, authorization, g.now())  # LinkRefused: 401
        if g.station != station_id:
            return error(403)
        wait = current_app.extensions["loa"]["api_limit"].wait_for(hashed(authorization), time.monotonic())
        if wait:
            return error(429, retry=wait)
        return view(station_id, **kwargs)

    checked.roles = ("station",)  # type: ignore[attr-defined]  # guard.check_routes: a token stands for a role
    return checked  # type: ignore[return-value]


@pages.errorhandler(LinkRefused)
def refused(err: LinkRefused) -> Response:
    return error(STATUS[err.code], err.plain)


@pages.get("/openapi.json")
def openapi() -> Response:
    text = resources.files("pipeline").joinpath("data", "openapi.json").read_text(encoding="utf-8")
    return Response(text, mimetype="application/json")


@pages.get("/stations/<station_id>/days")
@for_station
def days(station_id: str) -> Response:
    found = stations.days(g.root, station_id, g.now(), g.published)
    return jsonify({"station": station_id, "days": [vars(d) for d in found]})


@pages.get("/stations/<station_id>/days/<day>")
@for_station
def day(station_id: str, day: str) -> Response:
    return _json(stations.day_entry(g.root, station_id, day))


@pages.get("/stations/<station_id>/days/<day>/files/<path:name>")
@for_station
def file(station_id: str, day: str, name: str) -> Response:
    path, sha = stations.station_file(g.root, station_id, day, name)
    return send_file(path, conditional=True, etag=sha or True, max_age=0)


@pages.post("/stations/<station_id>/heartbeat")
@for_station
def heartbeat(station_id: str) -> Response:
    stations.heartbeat(g.root, station_id, _body(), g.now())
    return jsonify({"ok": True, "server_time": g.now().isoformat(timespec="seconds")})


@pages.post("/stations/<station_id>/playlog")
@for_station
def playlog(station_id: str) -> Response:
    return jsonify({"accepted": stations.play_log(g.root, station_id, _body(), g.now())})


@pages.get("/stations/<station_id>/events")
@for_station
def events(station_id: str) -> Response:
    after = request.args.get("after", "0")
    wait = request.args.get("wait", str(station_events.LONGEST_WAIT))
    if not after.isdigit() or not wait.replace(".", "", 1).isdigit():
        return error(400, API_SAID["bad-wait"])
    with current_app.extensions["loa"]["waiting"].slot() as waiting:
        if not waiting:
            return error(429, API_SAID["busy"], retry=5)
        found, following = station_events.wait_events(
            g.root, station_id, int(after), float(wait), time.monotonic, time.sleep
        )
    return jsonify({"events": found, "next": following})


@pages.post("/stations/<station_id>/confirm")
@for_station
def confirm(station_id: str) -> Response:
    stations.confirm(g.root, station_id, _body(), g.now())
    return jsonify({"ok": True})


def _body() -> object:
    """The request's JSON, read no further than MAX_JSON bytes (a sender that says less and sends more is cut)."""
    if (request.content_length or 0) > MAX_JSON or len(data := request.stream.read(MAX_JSON + 1)) > MAX_JSON:
        abort(error(413))
    try:
        return json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        abort(error(400, API_SAID["not-json"]))


def _json(data: dict[str, Any]) -> Response:
    return Response(json.dumps(data, ensure_ascii=False), mimetype="application/json")
