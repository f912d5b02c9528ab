"""The official statistics page (admins and approvers): a month's or a year's figures, and the CSV and XLSX."""

from __future__ import annotations

from datetime import timedelta
from types import MappingProxyType

from flask import Blueprint, Response, g, render_template, request
from werkzeug.exceptions import BadRequest

from ..app import statistics as official
from ..domain.model import Workspace
from ..errors import LoaError
from .guard import allow

pages = Blueprint("statistics", __name__)
READERS = ("admin", "approver")
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
TYPES = MappingProxyType({"csv": ("text/csv; charset=utf-8", official.csv_bytes), "xlsx": (XLSX, official.xlsx_bytes)})


@pages.get("/thong-ke")
@allow(*READERS)
def page() -> str | tuple[str, int]:
    month, year = _asked()
    try:
        stats = _statistics(month, year)
    except LoaError as err:
        return render_template("statistics.html", error=err.plain, month=month, year=year, stats=None), 400
    query = f"nam={year}" if year else f"thang={month}"
    return render_template("statistics.html", stats=stats, rows=official.rows(stats), columns=official.COLUMNS,
                           month=month, year=year, query=query, error="")  # fmt: skip


@pages.get("/thong-ke.<kind>")
@allow(*READERS)
def download(kind: str) -> Response:
    if kind not in TYPES:
        raise BadRequest()
    month, year = _asked()
    try:
        stats = _statistics(month, year)
    except LoaError:
        raise BadRequest() from None
    mimetype, data = TYPES[kind]
    name = f"{stats.name}.{kind}"
    return Response(data(stats), mimetype=mimetype, headers={"Content-Disposition": f'attachment; filename="{name}"'})


def _statistics(month: str, year: str) -> official.Statistics:
    """From the web's snapshot of the workspace and the days it keeps counted."""
    workspace: Workspace = g.snapshot.view().workspace
    return official.statistics(g.root, *official.period_of(month, year), g.now().date(), workspace, g.day_counts)


def _asked() -> tuple[str, str]:
    """The month (?thang=2026-11) or year (?nam=2026) asked for; last month when neither is."""
    year = request.args.get("nam", "")[:4]
    if year:
        return "", year
    last_month = g.now().date().replace(day=1) - timedelta(days=1)
    return request.args.get("thang", f"{last_month:%Y-%m}")[:7], ""
