"""Who is asking, and may they: sessions, roles on every route, CSRF on every form, security headers.

A route declares its roles with `@allow(...)`; a route without it cannot be registered (`check_routes`),
so no page is ever open by mistake. Every POST must carry the session's CSRF token (a form field, or the
`X-CSRF-Token` header htmx sends); the login form has its own token in a cookie (double submit). The station
API (/api/v1/) is the exception: its POSTs carry a bearer token, never a cookie, so no other site can make a
browser send one; an /api/v1/ POST without a bearer token is refused before it reaches a route.
"""

from __future__ import annotations

import base64
import hashlib
import re
import secrets
from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar
from urllib.parse import urlsplit

from flask import Flask, abort, g, redirect, request, url_for
from werkzeug.wrappers import Response

from ..app import accounts

F = TypeVar("F", bound=Callable[..., Any])
COOKIE = "loa_session"
LOGIN_COOKIE = "loa_login"
PUBLIC = frozenset({"static", "auth.login", "auth.login_post", "api.openapi", "cap.feed", "cap.alert"})
API = "/api/v1/"
HEADERS = {
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; media-src 'self'; style-src 'self'; "
    "script-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "Cache-Control": "no-store",
}
INLINE_STYLE = re.compile(rb"<style>(.*?)</style>", re.DOTALL)


def allow(*roles: str) -> Callable[[F], F]:
    """The roles that may use a route (an admin is not implied: say it when admins may)."""

    def mark(view: F) -> F:
        @wraps(view)
        def guarded(*args: Any, **kwargs: Any) -> Any:
            if g.user is None:
                return _to_login()
            if g.user.role not in roles:
                abort(403)
            return view(*args, **kwargs)

        guarded.roles = roles  # type: ignore[attr-defined]
        return guarded  # type: ignore[return-value]

    return mark


def _to_login() -> Response:
    """The sign-in page; a part of a page htmx asks for (the status list every 30 s) sends the whole page there:
    following a redirect, htmx would put the sign-in form inside the list."""
    if request.headers.get("HX-Request") != "true":
        return redirect(url_for("auth.login", next=request.path))
    page = urlsplit(request.headers.get("HX-Current-URL", "")).path or "/"  # back to the page, not to the part
    return Response(status=401, headers={"HX-Redirect": url_for("auth.login", next=page)})


def install(app: Flask) -> None:
    app.before_request(_load_session)
    app.before_request(_check_csrf)
    app.after_request(_headers)


def check_routes(app: Flask) -> None:
    """Every route names its roles, or is one of the few public ones."""
    open_routes = [
        name for name, view in app.view_functions.items() if name not in PUBLIC and not hasattr(view, "roles")
    ]
    if open_routes:
        raise RuntimeError(f"routes without @allow: {open_routes}")


def _load_session() -> None:
    token = request.cookies.get(COOKIE, "")
    found = accounts.session(g.root, token, g.now()) if token else None
    g.user = found.user if found else None
    g.csrf = found.csrf if found else ""


def _check_csrf() -> None:
    if request.method != "POST":
        return
    if request.path.startswith(API):
        if not request.headers.get("Authorization", "").lower().startswith("bearer "):
            abort(401)
        return
    sent = request.form.get("csrf") or request.headers.get("X-CSRF-Token", "")
    expected = g.csrf if request.endpoint != "auth.login_post" else request.cookies.get(LOGIN_COOKIE, "")
    if not expected or not secrets.compare_digest(sent, expected):
        abort(400, description="csrf")


def _headers(response: Response) -> Response:
    for key, value in HEADERS.items():
        response.headers.setdefault(key, value)
    return response


def published_page_policy(page: bytes) -> str:
    """The CSP for a published page (the program sheet): exactly its own inline <style> blocks, by hash, and nothing
    else (no script, no other style, no form). The sheet carries its style inline so it reads the same from the USB
    stick; the app's own policy would strip it, and 'unsafe-inline' would open every page to injected style."""
    hashes = " ".join(
        "'sha256-" + base64.b64encode(hashlib.sha256(block).digest()).decode("ascii") + "'"
        for block in INLINE_STYLE.findall(page)
    )
    style = f"style-src {hashes}" if hashes else "style-src 'none'"
    return (
        f"default-src 'none'; {style}; img-src 'self' data:; frame-ancestors 'none'; form-action 'none'; "
        "base-uri 'none'"
    )
