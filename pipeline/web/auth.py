"""Signing in and out."""

from __future__ import annotations

import secrets

from flask import Blueprint, current_app, g, make_response, redirect, render_template, request, url_for
from werkzeug.exceptions import HTTPException
from werkzeug.wrappers import Response

from ..app import accounts
from .guard import COOKIE, LOGIN_COOKIE, allow
from .words import SAID

pages = Blueprint("auth", __name__)
HOME = {"operator": "station.mine", "approver": "editor.index", "editor": "editor.index", "admin": "editor.index"}


@pages.get("/dang-nhap")
def login() -> Response:
    return _login_page(200, next=request.args.get("next", ""))


@pages.post("/dang-nhap")
def login_post() -> Response:
    name, password = request.form.get("name", "").strip().lower(), request.form.get("password", "")
    token = accounts.log_in(g.root, name, password, g.now())
    if token is None:
        error = SAID["sign-in-failed"]
        return _login_page(401, error=error, name=name)
    response = redirect(_own_page(request.form.get("next", "")))
    response.set_cookie(COOKIE, token, httponly=True, samesite="Strict", secure=request.is_secure,
                        max_age=accounts.SESSION_HOURS * 3600)  # fmt: skip
    response.delete_cookie(LOGIN_COOKIE)
    return response


def _own_page(wanted: str) -> str:
    """Where to go after signing in: the page `wanted` names when it is a page of this app, else the home page.

    The address is matched against the app's own routes and built again from the route found, so what the
    browser is sent to is always this app's path: a prefix test lets "/%09/evil.example/" through, which a
    browser reads as "//evil.example/" (tabs are dropped), another site.
    """
    if not wanted.startswith("/"):
        return url_for("auth.home")
    try:
        endpoint, args = current_app.url_map.bind("localhost").match(wanted, method="GET")
    except HTTPException:  # no such page, or one the router would redirect (merged slashes)
        return url_for("auth.home")
    return url_for(endpoint, **args)


def _login_page(status: int, **shown: str) -> Response:
    """The login form with a fresh token, also set as a cookie: the form must send back what the cookie holds."""
    token = secrets.token_urlsafe(24)
    response = make_response(render_template("login.html", login_csrf=token, **shown), status)
    response.set_cookie(LOGIN_COOKIE, token, httponly=True, samesite="Strict", secure=request.is_secure)
    return response


@pages.get("/")
@allow("editor", "approver", "operator", "admin")
def home() -> Response:
    return redirect(url_for(HOME[g.user.role]))


@pages.post("/dang-xuat")
@allow("editor", "approver", "operator", "admin")
def logout() -> Response:
    accounts.log_out(g.root, request.cookies.get(COOKIE, ""))
    response = redirect(url_for("auth.login"))
    response.delete_cookie(COOKIE)
    return response
