""" "Tình trạng các đài": the stations on the line at a glance (admins and approvers all, an operator their own)."""

from __future__ import annotations

from flask import Blueprint, g, render_template

from ..app import station_status
from .guard import allow

pages = Blueprint("status", __name__)


@pages.get("/tinh-trang")
@allow("admin", "approver", "operator")
def stations() -> str:
    only = g.user.stations if g.user.role == "operator" else None
    states = station_status.status(g.root, g.now(), only)
    return render_template("status.html", states=states, now=g.now())
