"""Reports: the pre-air report of a day (bao-cao.html / .csv) and airtime over a period.

The day's report lets the district see problems the evening before: what airs
when, each slot's length against its program, items that did not fit, expired
or superseded items, fallbacks, items left out, and words the voice would misread.
"""

from __future__ import annotations

import csv
import html
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from ..adapters.files import csv_cell
from ..domain.limits import LIMITS
from ..domain.manifest import SlotEntry, StationEntry
from ..domain.model import Station, Workspace, weekday_date
from ..domain.playout import COMPLETE, PLAY_LOG, SKIPPED
from ..domain.segments import EMERGENCY_MARK
from ..errors import LoaError, Problem
from ..i18n import language, number, tr
from ..onair.published import read_manifest
from .plan import Note, estimate_seconds, make_plan
from .sheet import STYLE
from .warnings import BuildWarning, warning, worded_all

CSV_COLUMNS = ("station", "slot", "start", "order", "title", "announcement_id", "kind", "engine", "seconds", "note")


def station_rows(station: StationEntry) -> Iterator[dict[str, object]]:
    """One row per aired part of a station, for the CSV: made as they are written (a province's day is some
    10,000 rows, a dictionary each)."""
    for slot in station.slots:
        for order, item in enumerate(slot.items, start=1):
            where = {"station": station.id, "slot": slot.slot, "start": slot.start, "order": order}
            what = {"title": item.title, "announcement_id": item.announcement_id or "", "kind": item.kind}
            yield where | what | {"engine": item.engine, "seconds": round(item.duration, 1), "note": ""}


def note_rows(notes: Iterable[Note]) -> Iterator[dict[str, object]]:
    """One row per note, after the stations' rows."""
    for note in notes:
        empty: dict[str, object] = dict.fromkeys(("start", "order", "title", "engine", "seconds"), "")
        yield (
            empty
            | {"station": note.station, "slot": note.slot, "announcement_id": note.announcement_id}
            | {"kind": "note", "note": note.what}
        )


@dataclass(frozen=True)
class ReportContext:
    """What the report says beyond the manifest: every station (those airing nothing too), titles, slot labels."""

    stations: tuple[Station, ...] = ()
    titles: Mapping[str, str] = field(default_factory=dict)
    labels: Mapping[str, str] = field(default_factory=dict)
    built_at: datetime | None = None


class DayDigest:
    """What the day's report (bao-cao.csv, bao-cao.html) and the build's summary say of the published stations,
    taken from each station's manifest entry as it is assembled, so the entries need not be held: a province's
    are some 6 MB. Kept per station: its CSV rows (written at once), its HTML section, its counts and warnings."""

    def __init__(self, folder: Path, notes: tuple[Note, ...], context: ReportContext, longest_silence: float) -> None:
        self.folder, self.notes, self.context, self.longest_silence = folder, notes, context, longest_silence
        self.shown: list[str] = []  # the stations' ids, in the manifest's order
        self.sections: list[str] = []  # each station's part of bao-cao.html
        self.slots, self.items, self.seconds = 0, 0, 0.0
        self.overlong: list[BuildWarning] = []
        self.silent: dict[str, BuildWarning] = {}  # silent items, by checksum: once per file, not once per station
        self._rows_begun = False

    def add(self, station: StationEntry) -> None:
        self.shown.append(station.id)
        own = [n for n in self.notes if n.station == station.id]
        slots = "".join(map(_slot, station.slots))
        self.sections.append(f"<h2>{html.escape(station.name)}</h2>{slots}{_note_list(own, self.context)}")
        self.write_rows(station_rows(station))
        self.slots += len(station.slots)
        self.items += sum(1 for slot in station.slots for item in slot.items if item.announcement_id)
        self.seconds += sum(slot.duration for slot in station.slots)
        self.overlong += [warning("overlong", station_id=station.id, slot=slot.label, seconds=slot.duration,
                                  length=slot.length) for slot in station.slots if slot.overlong]  # fmt: skip
        self._silences(station)

    def write_rows(self, rows: Iterable[dict[str, object]]) -> None:
        """Rows appended to bao-cao.csv (its header first)."""
        with (self.folder / "bao-cao.csv").open("a" if self._rows_begun else "w", encoding="utf-8") as out:
            writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS)
            if not self._rows_begun:
                writer.writeheader()
            writer.writerows({key: csv_cell(value) for key, value in row.items()} for row in rows)
        self._rows_begun = True

    def _silences(self, station: StationEntry) -> None:
        """Silent items, and items with a long silence inside."""
        for item in (i for slot in station.slots for i in slot.items):
            if item.kind != "speech" or item.sha256 in self.silent:
                continue
            about = item.announcement_id or ""
            if item.lufs is None or item.lufs < -60:
                self.silent[item.sha256] = warning("silent", about, title=item.title)
            elif item.longest_silence > self.longest_silence:
                self.silent[item.sha256] = warning("long_silence", about, title=item.title,
                                                   seconds=item.longest_silence)  # fmt: skip


def write_day_report(digest: DayDigest, day: date, warnings: Iterable[BuildWarning]) -> None:
    """bao-cao.csv (one row per part, written as stations were assembled, then one per note) and bao-cao.html (per
    station, slot length against program)."""
    digest.write_rows(note_rows(digest.notes))
    page = _html(day, digest, worded_all(warnings))
    (digest.folder / "bao-cao.html").write_text(page, encoding="utf-8")


def _html(day: date, digest: DayDigest, warnings: list[str]) -> str:
    """The pre-air report, for a phone first: per station its slots (file, length, items) and its notes."""
    context, notes = digest.context, digest.notes
    heading = tr("Pre-air report")
    parts = [f"<h1>{heading}</h1><p><strong>{weekday_date(day)}</strong></p>"]
    if context.built_at:
        built = tr("Built at {time}", time=context.built_at.strftime("%H:%M %d/%m/%Y"))
        parts.append(f'<p class="meta">{built}</p>')
    if not digest.shown:
        empty = tr("Nothing airs on this day.")
        parts.append(f'<p class="alert">{empty}</p>')
    if warnings:
        items, label = "".join(f'<li class="warn">{html.escape(w)}</li>' for w in warnings), tr("Warnings")
        parts.append(f"<h2>{label}</h2><ul>{items}</ul>")
    parts += digest.sections
    shown = set(digest.shown)
    for silent in context.stations:  # stations with nothing published: say why
        own = [n for n in notes if n.station == silent.id]
        if silent.id not in shown and own:
            nothing = tr("Airs nothing.")
            parts.append(f"<h2>{html.escape(silent.name)}</h2><p>{nothing}</p>" + _note_list(own, context))
    head = '<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
    title = f"<title>{heading} {day:%d/%m/%Y}</title><style>{STYLE}</style>"
    return (
        f'<!doctype html>\n<html lang="{language()}"><head>{head}{title}</head><body>{"".join(parts)}</body></html>\n'
    )


def _slot(slot: SlotEntry) -> str:
    e = html.escape
    badge = f' <span class="badge khan">{EMERGENCY_MARK}</span>' if slot.emergency else ""
    longer = tr("longer than the slot")
    over = f' <span class="warn">{longer}</span>' if slot.overlong else ""
    items = "".join(f"<li>{e(i.title)}</li>" for i in slot.items if i.announcement_id and i.kind == "speech")
    length = tr("{minutes} min of {slot} min", minutes=number(slot.duration / 60), slot=number(slot.length / 60, 0))
    return (
        f"<h3>{e(slot.label)} · {slot.start}{badge}{over}</h3>"
        f'<p class="file"><code>{e(slot.file)}</code> · {length}</p><ol>{items}</ol>'
    )


def _note_list(notes: list[Note], context: ReportContext) -> str:
    if not notes:
        return ""
    items = "".join(f"<li>{html.escape(_noted(n, context))}</li>" for n in notes)
    label = tr("Notes")
    return f"<h3>{label}</h3><ul>{items}</ul>"


def _noted(note: Note, context: ReportContext) -> str:
    """A note as a person reads it: the announcement's title, not its id; the slot's label."""
    title = context.titles.get(note.announcement_id, note.announcement_id)
    subject = " · ".join(
        part for part in (context.labels.get(note.slot, note.slot), f"«{title}»" if title else "") if part
    )
    return f"{subject}: {note.what}" if subject else note.what


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
            Problem(
                None,
                None,
                tr("the period ends ({last}) before it starts ({first})", last=last, first=first),
                tr("swap --from and --to"),
            )
        )
    if (last - first).days + 1 > LIMITS.report_days:
        what = tr(
            "the period has {days} days; a report covers at most {report_days}",
            days=(last - first).days + 1,
            report_days=LIMITS.report_days,
        )
        raise LoaError(Problem(None, None, what, tr("ask for one year at a time")))


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


def played(root: Path, first: date, last: date) -> tuple[dict[tuple[str, str], tuple[int, float]], set[str]]:
    """What stations' players logged (phat-thuc-te.csv): (airings, seconds) per (announcement, station), and the
    stations that sent a log at all in the period. An airing is a spoken item played to its end, even if an
    emergency interrupted it; its seconds count every part that aired."""
    check_period(first, last)  # before any day folder is read: 0001-01-01..9999-12-31 would scan 3.6 million
    aired: dict[tuple[str, str], tuple[int, float]] = {}
    reporting: set[str] = set()
    for offset in range((last - first).days + 1):
        for log in (root / "playlists" / (first + timedelta(days=offset)).isoformat()).glob(f"*/{PLAY_LOG}"):
            reporting.add(log.parent.name)
            for row in read_play_log(log):
                if row.get("kind") != "speech" or not row.get("announcement_id") or row.get("result") == SKIPPED:
                    continue
                key = (row["announcement_id"], log.parent.name)
                count, seconds = aired.get(key, (0, 0.0))
                aired[key] = (count + row["result"].startswith(COMPLETE), seconds + float(row["seconds"] or 0))
    return aired, reporting


def read_play_log(path: Path) -> list[dict[str, str]]:
    """The rows of a play log (none when it cannot be read)."""
    try:
        with path.open(encoding="utf-8", newline="") as rows:
            return list(csv.DictReader(rows))
    except (OSError, UnicodeDecodeError, csv.Error):
        return []
