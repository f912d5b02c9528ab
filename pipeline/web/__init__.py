"""`loa serve`: the web app over one workspace, in Vietnamese, for editors, approvers, operators and admins.

Server-rendered (Flask and Jinja2 with autoescaping), htmx served from the package (nothing is fetched
from the internet), waitress as the server. Pages talk to use cases only, never to the audio layer.
"""

from __future__ import annotations

import ipaddress
import os
import secrets
import threading
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from flask import Flask, g, render_template, request

from ..app import commands, people
from ..app import statistics as official
from ..app.builds import Builds
from ..app.day_index import ByValidity
from ..app.keeper import keep_running
from ..app.long_lived import LongLived
from ..app.published_days import Published
from ..app.snapshot import Snapshot
from ..app.station_link import RateLimit, Waiting
from ..domain.languages import languages
from ..domain.warning import RISK_LEVELS, hazards
from ..errors import LoaError, Problem
from ..i18n import tr
from ..texts import cap_decision, summary
from . import (
    admin,
    api,
    auth,
    cap,
    editor,
    guard,
    guide,
    review,
    station,
    station_admin,
    station_tokens,
    statistics,
    status,
)
from .words import FILTERS, VOICE_NAMES

PAGE_THREADS = 8  # pages, downloads and the stations' short requests
MAX_UPLOAD = 25 * 1024 * 1024  # a 20-minute phone recording in M4A or MP3; WAV of that length is cut before


def create_app(
    root: Path, now: Callable[[], datetime] | None = None, secret: str = "", api_limit: int = 120, long_polls: int = 16
) -> Flask:
    """The app for workspace `root`; `now` is the clock (the workspace's time zone unless a test gives one);
    `api_limit`: requests per minute per station token; `long_polls`: stations that may wait for events at once."""
    root = root.resolve()
    app = Flask(__name__)
    app.config.update(SECRET_KEY=secret or secrets.token_hex(32), MAX_CONTENT_LENGTH=MAX_UPLOAD)
    app.extensions["loa"] = {"root": root, "snapshot": Snapshot(root), "builds": Builds(root, summary),
                             "api_limit": RateLimit(api_limit), "waiting": Waiting(long_polls),
                             "published": Published(root), "by_validity": ByValidity(),
                             "day_counts": official.DayCounts()}  # fmt: skip
    kept = app.extensions["loa"]
    long_lived = LongLived(kept["snapshot"], kept["published"], kept["day_counts"])
    clock = now or (lambda: commands.now(root))
    app.jinja_env.filters.update(FILTERS, person=_person, station_name=_station_name)
    app.jinja_env.globals.update(
        hazards=hazards(), risk_levels=RISK_LEVELS, languages=languages(), voice_names=VOICE_NAMES
    )  # the forms' lists

    @app.before_request
    def _context() -> None:
        g.root, g.now = root, clock
        g.snapshot = app.extensions["loa"]["snapshot"]
        g.builds = app.extensions["loa"]["builds"]
        g.published = app.extensions["loa"]["published"]
        g.by_validity = app.extensions["loa"]["by_validity"]
        g.day_counts = app.extensions["loa"]["day_counts"]

    @app.teardown_request
    def _settle(_: BaseException | None) -> None:
        long_lived.settle()  # the caches filled: out of the collector's sight (a full collection took 100 ms)

    guard.install(app)
    for blueprint in (auth.pages, editor.pages, review.pages, station.pages, admin.pages, status.pages, api.pages,
                      cap.pages, statistics.pages, station_admin.pages, station_tokens.pages, guide.pages):  # fmt: skip
        app.register_blueprint(blueprint)
    for code in (400, 401, 403, 404, 405, 413):
        app.register_error_handler(code, lambda err, c=code: _error_page(c))
    guard.check_routes(app)
    return app


def _person(name: str) -> str:
    """A login name as pages show it: the person's full name (read once per request)."""
    if "people" not in g:
        g.people = people.full_names(g.root)
    return str(g.people.get(name, name))


def _station_name(station_id: str) -> str:
    found = g.snapshot.view().workspace.station(station_id)
    return found.name if found else station_id


def _error_page(code: int) -> Any:
    """A page in Vietnamese; the station API's JSON error under /api/v1/."""
    if request.path.startswith(guard.API):
        return api.error(code)
    return render_template("error.html", code=code), code


def check_address(host: str, secret: str) -> None:
    """A server reachable from other machines must have a fixed secret (LOA_SECRET), set by its owner."""
    try:
        local = ipaddress.ip_address(host).is_loopback
    except ValueError:
        local = host == "localhost"
    if not local and len(secret) < 32:
        what = tr("the server is open to other machines but has no secret key")
        fix = tr("set the environment variable LOA_SECRET (at least 32 random characters) and start again, "
                 "or start with --host 127.0.0.1")  # fmt: skip
        raise LoaError(Problem(None, None, what, fix))


def serve(root: Path, host: str, port: int, ready: Callable[[], None]) -> None:
    """Run the app with waitress until stopped (a systemd service in production: see README); a thread keeps
    every published day current meanwhile (see app/keeper.py).

    `ready` is called once the address and the workspace are checked, so "Loa is at …" is never said of a
    server that then refuses to start.
    """
    import waitress

    secret = os.environ.get("LOA_SECRET", "")
    check_address(host, secret)
    stations = commands.validate(root).stations  # a broken workspace is said now, not at the first page
    keeper = commands.keeper(root, summary, cap_decision)  # what pages approve or edit gets published by itself
    threading.Thread(target=keep_running, args=(keeper, time.sleep), daemon=True, name="loa-keeper").start()
    ready()
    # every station on the line keeps one long-poll waiting: they get threads of their own beside the pages' 8
    long_polls = stations + 8
    app = create_app(root, secret=secret, long_polls=long_polls)
    waitress.serve(app, host=host, port=port, threads=PAGE_THREADS + long_polls)
