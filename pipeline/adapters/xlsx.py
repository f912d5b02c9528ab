"""Spreadsheets (.xlsx) through openpyxl: one sheet of a header row and rows, as bytes."""

from __future__ import annotations

import io
from collections.abc import Sequence

from ..errors import LoaError, Problem
from ..i18n import tr


def workbook(title: str, header: Sequence[str], rows: Sequence[Sequence[str | int | float]]) -> bytes:
    """A workbook whose one sheet, `title`, holds the header in bold, then the rows (numbers stay numbers)."""
    # imported here: every other command and page works on a machine whose install predates the dependency
    try:
        from openpyxl import Workbook  # type: ignore[import-untyped]
        from openpyxl.styles import Font  # type: ignore[import-untyped]
    except ImportError:
        what = tr("writing Excel files needs the openpyxl package, which is not installed")
        raise LoaError(Problem(None, None, what, tr("run tools/bootstrap.sh again, or use the CSV"))) from None

    book = Workbook()
    sheet = book.active
    sheet.title = title[:31]  # Excel's limit for a sheet's name
    sheet.append(list(header))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append(list(row))
    sheet.freeze_panes = "A2"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
