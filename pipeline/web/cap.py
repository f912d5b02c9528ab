"""The CAP 1.2 feed: public reading for other alerting systems (an Atom feed, each alert on its own address).

Read-only and public, like a notice board: it shows what the loudspeakers already say aloud. No form, so no CSRF.
"""

from __future__ import annotations

from flask import Blueprint, Response, abort, g

from ..app import cap_feed
from ..errors import LoaError

pages = Blueprint("cap", __name__)


@pages.get("/cap.atom")
def feed() -> Response:
    try:
        data = cap_feed.feed(g.root, g.now())
    except LoaError:  # no [cap] sender yet, or the workspace does not load: nothing to publish
        abort(404)
    return Response(data, mimetype="application/atom+xml")


@pages.get("/cap/<item_id>.xml")
def alert(item_id: str) -> Response:
    try:
        data = cap_feed.alert(g.root, item_id, g.now())
    except LoaError:
        abort(404)
    if data is None:
        abort(404)
    return Response(data, mimetype="application/cap+xml")
