"""Calendar (everyone, operators their stations), builds and users (admins), emergencies (approvers)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from flask import Blueprint, abort, g, redirect, render_template, request, send_file, url_for
from werkzeug.wrappers import Response

from ..app import accounts, calendar, emergency_stop, held, people, station_events
from ..app import builds as build_runs
from ..app import emergency_form as alert
from ..app.announcement_form import Form, FormInvalid
from ..app.held import Held
from ..domain.model import Workspace
from ..errors import LoaError
from .forms import held_back, lost_recording, posted_form, posted_recording
from .guard import allow, published_page_policy
from .words import ROLE_NAMES, SAID, USER_HINTS

pages = Blueprint("admin", __name__)
EVERYONE = ("editor", "approver", "operator", "admin")
HISTORY_ROWS = 100  # builds the history page lists (a keeper may rebuild a day many times a day)


@pages.get("/lich")
@allow(*EVERYONE)
def plan() -> str:
    view = g.snapshot.view()
    workspace = view.workspace
    visible = [s for s in workspace.stations if g.user.role != "operator" or s.id in g.user.stations]
    if not visible:
        abort(404)
    wanted = request.args.get("dai", visible[0].id)
    station = next((s for s in visible if s.id == wanted), visible[0])
    start = _day(request.args.get("ngay", ""), g.now().date())
    count = 7 if request.args.get("xem") == "tuan" else 1
    asked = [start + timedelta(days=n) for n in range(count)]
    kept = g.published, g.by_validity, view.stamps, view.kept
    days = calendar.station_days(workspace, station.id, asked, g.now(), *kept)
    return render_template("calendar.html", stations=visible, station=station, days=days, start=start,
                           week=count == 7, timedelta=timedelta)  # fmt: skip


@pages.get("/ban-dung")
@allow("admin")
def builds() -> str:
    running = g.builds.current
    return render_template("builds.html", history=build_runs.history(g.root, HISTORY_ROWS), running=running,
                           tomorrow=g.now().date() + timedelta(days=1), rows=HISTORY_ROWS)  # fmt: skip


@pages.get("/ban-dung/bao-cao/<day>")
@allow("admin", "approver")
def day_report(day: str) -> Response:
    """A day's pre-air report (bao-cao.html); the path is made here from a checked ISO date, never taken as sent."""
    path = build_runs.report_file(g.root, day)
    if path is None:
        abort(404)
    response = send_file(path, conditional=True)
    response.headers["Content-Security-Policy"] = published_page_policy(path.read_bytes())  # its own inline style
    return response


@pages.post("/ban-dung")
@allow("admin")
def start_build() -> Response:
    day = _day(request.form.get("day", ""), g.now().date() + timedelta(days=1))
    g.builds.start(day, g.user.name, g.now)
    return redirect(url_for("admin.builds"))


@pages.get("/ban-dung/tien-do")
@allow("admin")
def progress() -> str:
    return render_template("_progress.html", running=g.builds.current)


@pages.get("/khan-cap")
@allow("approver", "admin")
def emergency() -> str:
    return _emergency_page(None, {}, stopped=request.args.get("ngung", ""))


@pages.post("/khan-cap/<item_id>/ngung-phat")
@allow("approver", "admin")
def stop_emergency(item_id: str) -> Response | tuple[str, int]:
    """Ngừng phát: withdrawn everywhere; the page then says which stations confirmed (none yet, at first)."""
    try:
        emergency_stop.stop_emergency(g.root, item_id, g.user, g.now())
    except LoaError as err:
        return _emergency_page(None, {"_": err.plain}), 422
    return redirect(url_for("admin.emergency", ngung=item_id))


@pages.post("/khan-cap")
@allow("approver")
def send_emergency() -> tuple[str, int] | str:
    form, (upload, token) = replace(posted_form(), priority="khan-cap"), posted_recording()
    if upload is None and (lost := lost_recording()):
        return _emergency_page(form, lost), 422
    try:
        report = alert.send(g.snapshot, form, g.user, g.now(), upload)
    except FormInvalid as err:
        return _emergency_page(form, *held_back(err.fields, upload, token)), 422
    except LoaError as err:
        return _emergency_page(form, *held_back({"_": err.plain}, upload, token)), 422
    held.drop(g.root, token)
    sent = station_events.sent_emergencies(g.root, "", report.announcement_id)
    stations = g.snapshot.view().workspace.stations
    return render_template("emergency.html", form=form, stations=stations, errors={}, report=report, sent=sent)


def _emergency_page(form: Form | None, errors: dict[str, str], kept: Held | None = None, stopped: str = "") -> str:
    """The emergency form (empty when `form` is None), with the bulletins sent in the last day and their stops."""
    blank, recent = Form(valid_until=g.now().date().isoformat(), until_time="23:59"), _sent_since(timedelta(days=1))
    workspace = g.snapshot.view().workspace
    titles = {i: _title(workspace, i) for i in {s.announcement_id for s in recent} | ({stopped} - {""})}
    return render_template("emergency.html", form=form or blank, stations=workspace.stations, errors=errors,
                           report=None, held=kept, recent=recent, stopped=stopped, titles=titles)  # fmt: skip


def _title(workspace: Workspace, item_id: str) -> str:
    """An emergency by the title people gave it; its id only when its file is gone."""
    item = workspace.announcement(item_id)
    return item.title if item else item_id


@pages.get("/nguoi-dung")
@allow("admin")
def users() -> str:
    return _users_page({}, request.args.get("da", ""))


@pages.post("/nguoi-dung")
@allow("admin")
def add_user() -> Response | tuple[str, int]:
    take = request.form
    name, role, password = take.get("name", "").strip()[:40], take.get("role", ""), take.get("password", "")[:200]
    if password != take.get("password2", ""):
        return _users_page({"password2": SAID["passwords-differ"]}), 422
    try:
        stations, full_name = tuple(take.getlist("stations"))[:1000], take.get("full_name", "")[:200]
        accounts.add_user(g.root, name, role, stations, password, g.now(), full_name)
    except accounts.AccountRefused as err:
        return _users_page({err.field: f"{err.problems[0].what}. {USER_HINTS[err.field]}"}), 422
    accounts.record(g.root, g.user.name, "them-nguoi-dung", name.lower(), g.now(), role)
    return redirect(url_for("admin.users", da="them"))


@pages.post("/nguoi-dung/<name>/mat-khau")
@allow("admin")
def reset_password(name: str) -> Response | tuple[str, int]:
    try:
        accounts.set_password(g.root, name, request.form.get("password", "")[:200])
    except accounts.AccountRefused as err:
        return _users_page({f"password-{name}": f"{err.problems[0].what}. {USER_HINTS[err.field]}"}), 422
    accounts.record(g.root, g.user.name, "doi-mat-khau", name, g.now())
    return redirect(url_for("admin.users", da="mat-khau"))


@pages.post("/nguoi-dung/<name>/sua")
@allow("admin")
def change_user(name: str) -> Response | tuple[str, int]:
    """A user's role, stations and full name; an admin does not take their own admin role away."""
    take = request.form
    role, stations = take.get("role", ""), tuple(take.getlist("stations"))[:1000]
    if name == g.user.name and role != "admin":
        return _users_page({f"change-{name}": SAID["own-admin-role"]}), 422
    try:
        people.change_user(g.root, name, role, stations, take.get("full_name", "")[:200])
    except accounts.AccountRefused as err:
        if err.field == "name":
            abort(404)
        return _users_page({f"change-{name}": f"{err.problems[0].what}. {USER_HINTS[err.field]}"}), 422
    accounts.record(g.root, g.user.name, "sua-nguoi-dung", name, g.now(), role)
    return redirect(url_for("admin.users", da="sua"))


@pages.post("/nguoi-dung/<name>/xoa")
@allow("admin")
def remove_user(name: str) -> Response | tuple[str, int]:
    if name == g.user.name:
        return _users_page({f"remove-{name}": SAID["own-account"]}), 422
    if not request.form.get("chac-chan"):
        return _users_page({f"remove-{name}": SAID["not-sure"]}), 422
    try:
        accounts.remove_user(g.root, name)
    except accounts.AccountRefused:
        abort(404)
    accounts.record(g.root, g.user.name, "xoa-nguoi-dung", name, g.now())
    return redirect(url_for("admin.users", da="xoa"))


def _users_page(errors: dict[str, str], done: str = "") -> str:
    return render_template(
        "users.html", users=accounts.list_users(g.root), events=accounts.history(g.root, limit=100), errors=errors,
        done=done, roles=ROLE_NAMES, stations=g.snapshot.view().workspace.stations, form=request.form,
    )  # fmt: skip


def _sent_since(ago: timedelta) -> list[station_events.Sent]:
    """Emergencies sent lately, each said as aired (the station confirmed) or waiting for its station."""
    return station_events.sent_emergencies(g.root, (g.now() - ago).isoformat(timespec="seconds"))


def _day(text: str, default: date) -> date:
    try:
        return date.fromisoformat(text) if text else default
    except ValueError:
        return default
