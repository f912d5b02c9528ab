"""Reports: the pre-air report of a day (bao-cao.html / .csv) and airtime over a period.

The day's report lets the district see problems the evening before: what airs
when, each slot's length against its program, items that did not fit, expired
or superseded items, fallbacks, items left out, and words the voice would misread.
"""

from __future__ import annotations

import csv
import html
import io
from collections import Counter
from collections.abc import Iterable
from datetime import date, timedelta
from pathlib import Path

from ..domain.limits import LIMITS
from ..domain.manifest import Manifest
from ..domain.model import Station, Workspace
from ..errors import LoaError, Problem
from .plan import Note, estimate_seconds, make_plan
from .published import read_manifest

CSV_COLUMNS = ("station", "slot", "start", "order", "title", "announcement_id", "kind", "engine", "seconds", "note")
STYLE = (
    "body{font-family:sans-serif}table{border-collapse:collapse;margin-bottom:1em}"
    "td,th{border:1px solid #888;padding:2px 6px}.warn{color:#b00}"
)


def day_rows(manifest: Manifest, notes: Iterable[Note]) -> list[dict[str, object]]:
    """One row per aired part, then one per note, for the CSV and the HTML."""
    rows: list[dict[str, object]] = []
    for station in manifest.stations:
        for slot in station.slots:
            for order, item in enumerate(slot.items, start=1):
                where = {"station": station.id, "slot": slot.slot, "start": slot.start, "order": order}
                what = {"title": item.title, "announcement_id": item.announcement_id or "", "kind": item.kind}
                rows.append(where | what | {"engine": item.engine, "seconds": round(item.duration, 1), "note": ""})
    for note in notes:
        empty: dict[str, object] = dict.fromkeys(("start", "order", "title", "engine", "seconds"), "")
        rows.append(
            empty
            | {"station": note.station, "slot": note.slot, "announcement_id": note.announcement_id}
            | {"kind": "note", "note": note.what}
        )
    return rows


def write_day_report(
    folder: Path,
    day: date,
    manifest: Manifest,
    notes: Iterable[Note],
    warnings: Iterable[str],
    stations: Iterable[Station] = (),
) -> None:
    """bao-cao.csv (one row per part or note) and bao-cao.html (per station, slot length against program)."""
    notes, warnings = list(notes), list(warnings)
    rows = [{key: csv_cell(value) for key, value in row.items()} for row in day_rows(manifest, notes)]
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS)
    writer.writeheader()
    writer.writerows(rows)
    (folder / "bao-cao.csv").write_text(out.getvalue(), encoding="utf-8")
    (folder / "bao-cao.html").write_text(_html(day, manifest, notes, warnings, list(stations)), encoding="utf-8")


def csv_cell(value: object) -> object:
    """A text cell that a spreadsheet would run as a formula (=, +, -, @) is quoted with a leading apostrophe."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def _html(day: date, manifest: Manifest, notes: list[Note], warnings: list[str], stations: list[Station]) -> str:
    parts = [
        f"<!doctype html><meta charset='utf-8'><title>Báo cáo {day}</title><style>{STYLE}</style>",
        f"<h1>Báo cáo trước giờ phát — {day}</h1>",
    ]
    if not manifest.stations:
        parts.append("<p class='warn'><strong>Không có nội dung nào phát trong ngày này.</strong></p>")
    if warnings:
        parts.append(
            "<h2>Cảnh báo</h2><ul>" + "".join(f"<li class='warn'>{html.escape(w)}</li>" for w in warnings) + "</ul>"
        )
    for station in manifest.stations:
        parts.append(
            f"<h2>{html.escape(station.name)}</h2><table><tr><th>Buổi</th><th>Bắt đầu</th><th>Nội dung</th>"
            "<th>Thời lượng</th><th>Độ dài buổi</th></tr>"
        )
        for slot in station.slots:
            titles = "<br>".join(html.escape(i.title) for i in slot.items if i.announcement_id)
            mark = " class='warn'" if slot.overlong else ""
            cells = [
                html.escape(slot.slot),
                slot.start,
                titles,
                f"{slot.duration / 60:.1f} phút",
                f"{slot.length / 60:.0f} phút",
            ]
            parts.append(f"<tr{mark}>" + "".join(f"<td>{cell}</td>" for cell in cells) + "</tr>")
        parts.append("</table>")
        own = [n for n in notes if n.station == station.id]
        if own:
            parts.append(_note_list(own))
    shown = {station.id for station in manifest.stations}
    for silent in stations:  # stations with nothing published: say why
        own = [n for n in notes if n.station == silent.id]
        if silent.id not in shown and own:
            parts.append(f"<h2>{html.escape(silent.name)}</h2><p>Không phát gì.</p>" + _note_list(own))
    return "\n".join(parts) + "\n"


def _note_list(notes: list[Note]) -> str:
    items = (
        f"<li>{html.escape(n.slot or '-')}: {html.escape(n.announcement_id)} — {html.escape(n.what)}</li>"
        for n in notes
    )
    return "<ul>" + "".join(items) + "</ul>"


def period(workspace: Workspace, first: date, last: date) -> list[tuple[str, str, int, float]]:
    """(announcement, station, airings, minutes) over the days: published figures of built days, else planned ones."""
    check_period(first, last)
    airings: Counter[tuple[str, str]] = Counter()
    seconds: dict[tuple[str, str], float] = {}
    for offset in range((last - first).days + 1):  # never past `last`: 9999-12-31 has no next day
        for key, length in _aired(workspace, first + timedelta(days=offset)):
            airings[key] += 1
            seconds[key] = seconds.get(key, 0.0) + length
    return [(a, s, airings[(a, s)], seconds[(a, s)] / 60) for a, s in sorted(airings)]


def check_period(first: date, last: date) -> None:
    if last < first:
        raise LoaError(
            Problem(None, None, f"the period ends ({last}) before it starts ({first})", "swap --from and --to")
        )
    if (last - first).days + 1 > LIMITS.report_days:
        what = f"the period has {(last - first).days + 1} days; a report covers at most {LIMITS.report_days}"
        raise LoaError(Problem(None, None, what, "ask for one year at a time"))


def _aired(workspace: Workspace, day: date) -> list[tuple[tuple[str, str], float]]:
    data = read_manifest(workspace.root / "playlists" / day.isoformat())
    if data is not None:
        return [((i.announcement_id, st.id), i.duration) for st in data.stations for sl in st.slots for i in sl.items
                if i.announcement_id and i.kind == "speech"]  # fmt: skip
    plan = make_plan(workspace, day)
    return [
        ((i.announcement.id, p.station.id), estimate_seconds(i.announcement))
        for p in plan.stations
        for s in p.slots
        for i in s.items
    ]
