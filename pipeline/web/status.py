""" "Tình trạng các đài": the stations on the line at a glance (admins and approvers all, an operator their own).

The page is a normal page (it works without JavaScript: reload it); with htmx, the list of stations asks
/tinh-trang/cap-nhat every REFRESH_S seconds for itself again and swaps it in, so a wall screen at the district
stays current without reloading the page.
"""

from __future__ import annotations

from typing import Any

from flask import Blueprint, g, render_template

from ..app import station_status
from .guard import allow

pages = Blueprint("status", __name__)
REFRESH_S = 30  # as often as a station's heartbeat: a fresher page would show nothing new


@pages.get("/tinh-trang")
@allow("admin", "approver", "operator")
def stations() -> str:
    return render_template("status.html", **_states())


@pages.get("/tinh-trang/cap-nhat")
@allow("admin", "approver", "operator")
def fresh() -> str:
    """The list of stations alone, for the page to swap in (an operator's holds their own stations only)."""
    return render_template("_states.html", **_states())


def _states() -> dict[str, Any]:
    only = g.user.stations if g.user.role == "operator" else None
    states = station_status.status(g.root, g.now(), only, g.published, g.snapshot.stations())
    sent = {e.announcement_id for state in states for e in state.emergencies}
    # an emergency by its title, not its id; the announcements are read only when one was sent (10,000 files)
    titles = {a.id: a.title for a in g.snapshot.view().workspace.announcements if a.id in sent} if sent else {}
    return {"states": states, "now": g.now(), "refresh_s": REFRESH_S, "titles": titles}
