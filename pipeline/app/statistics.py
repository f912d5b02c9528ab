"""Official statistics (`loa report --month/--year`, the Thống kê page): a period's figures as lines, CSV, XLSX.

The figures come from build/statistics.py; here the period is read from what a person types ("2026-11",
"2026") and the figures are given the columns every output shares.
"""

from __future__ import annotations

import csv
import io
from calendar import monthrange
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

from ..adapters.files import csv_cell
from ..adapters.xlsx import workbook
from ..build.airings import DayCounts as DayCounts  # the web keeps one
from ..build.statistics import Figure, figures, tally
from ..domain.model import Workspace
from ..errors import LoaError, Problem, ValidationFailed
from ..i18n import tr
from ..workspace.first_seen import dated, read_ledger
from ..workspace.load import read_workspace
from .counted_fields import counted_words

# The columns of the CSV, the XLSX and the page, in the words of the report a district sends upward.
COLUMNS = ("Mã đài", "Đài", "Căn cứ số liệu", "Nhóm", "Loại", "Số tin", "Số giây", "Số phút")


@dataclass(frozen=True)
class Statistics:
    first: date
    last: date
    figures: tuple[Figure, ...]

    @property
    def name(self) -> str:
        """The files' name: thong-ke-2026-11 for a month, thong-ke-2026 for a year, else both days."""
        if self.first.day == 1 and self.last == _month_end(self.first):
            return f"thong-ke-{self.first:%Y-%m}"
        if (self.first.month, self.first.day, self.last.month, self.last.day) == (1, 1, 12, 31):
            return f"thong-ke-{self.first.year}"
        return f"thong-ke-{self.first}-{self.last}"


def period_of(month: str = "", year: str = "") -> tuple[date, date]:
    """The first and last day of "2026-11" (a month) or "2026" (a year), or LoaError saying how to write it."""
    try:
        if month:
            first = date(int(month[:4]), int(month[5:7]), 1) if len(month) == 7 and month[4] == "-" else None
            if first is not None:
                return first, _month_end(first)
        elif year.isdigit() and len(year) == 4:
            return date(int(year), 1, 1), date(int(year), 12, 31)
    except ValueError:
        pass
    what = tr("'{value}' is not a month or a year", value=month or year)
    raise LoaError(Problem(None, None, what, tr("write the month as 2026-11, the year as 2026")))


def statistics(
    root: Path, first: date, last: date, today: date, workspace: Workspace | None = None, kept: DayCounts | None = None
) -> Statistics:
    """The figures of the days from `first` to `last`; none before Loa first saw an announcement. `workspace`: the
    web's snapshot, already read; else the fields counted of each file as kept since it last changed
    (app/counted_fields.py), or the files as they say (not checked as a build checks them: rendering a district's
    10,000 templates takes minutes, and the figures need the announcements' fields only). `kept`: the web's
    counted days (a day's counts are kept until its play log or manifest changes)."""
    whole = cache(lambda: workspace or _read(root))
    counted = None if workspace else counted_words(root)
    read, words = counted or (whole(), None)
    planning = cache(lambda: dated(whole(), read_ledger(root), today))  # only a day without log or manifest is planned
    return Statistics(first, last, tuple(figures(read, tally(read, first, last, kept, planning, words))))


def _read(root: Path) -> Workspace:
    workspace, problems = read_workspace(root)
    if problems:
        raise ValidationFailed(*problems)
    return workspace


def rows(stats: Statistics) -> list[tuple[str, str, str, str, str, int, int, float]]:
    """Every figure as COLUMNS: seconds whole (a sum of the play logs' tenths, rounded), minutes to 0.1."""
    return [(f.station, f.name, f.basis, f.group, f.value, f.bulletins, round(f.seconds), round(f.seconds / 60, 1))
            for f in stats.figures]  # fmt: skip


def csv_bytes(stats: Statistics) -> bytes:
    """The figures as CSV (UTF-8 with a BOM, so a spreadsheet opens the Vietnamese right)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    writer.writerows([csv_cell(cell) for cell in row] for row in rows(stats))
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def xlsx_bytes(stats: Statistics) -> bytes:
    return workbook(stats.name, COLUMNS, rows(stats))


def _month_end(first: date) -> date:
    return first.replace(day=monthrange(first.year, first.month)[1])
