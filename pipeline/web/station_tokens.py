"""The admin's page "Mã kết nối của đài": the stations' tokens, a new one shown once, revoking them."""

from __future__ import annotations

from flask import Blueprint, g, redirect, render_template, request, url_for
from werkzeug.wrappers import Response

from ..app import station_tokens
from ..errors import LoaError
from .guard import allow

pages = Blueprint("station_tokens", __name__)


@pages.get("/ma-ket-noi")
@allow("admin")
def index() -> str:
    return _page()


@pages.post("/ma-ket-noi/<station_id>/tao")
@allow("admin")
def make(station_id: str) -> str | tuple[str, int]:
    """The new token is in this answer only (never in an address, which browsers and logs keep)."""
    try:
        token = station_tokens.make_token(g.root, station_id[:60], g.user.name, g.now())
    except LoaError as err:
        return _page(error=err.problems[0].plain), 422
    return _page(made=(station_id, token))


@pages.post("/ma-ket-noi/<station_id>/thu-hoi")
@allow("admin")
def revoke(station_id: str) -> Response | tuple[str, int]:
    try:
        station_tokens.revoke(g.root, station_id[:60], g.user.name, g.now())
    except LoaError as err:
        return _page(error=err.problems[0].plain), 422
    return redirect(url_for("station_tokens.index", thu_hoi=station_id))


def _page(made: tuple[str, str] | None = None, error: str = "") -> str:
    stations = g.snapshot.view().workspace.stations
    return render_template("station_tokens.html", states=station_tokens.token_states(g.root, stations), made=made,
                           error=error, revoked=request.args.get("thu_hoi", "")[:60],
                           server=request.host_url.rstrip("/"))  # fmt: skip
