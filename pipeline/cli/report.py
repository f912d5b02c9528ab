"""`loa report`: airtime over a period, or the official statistics of a month or a year."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import click

from .. import texts, usage
from ..app import commands
from ..i18n import tr
from .base import DAY_FORMATS, cli


@cli.command()
@click.argument("workspace", type=click.Path(file_okay=False, path_type=Path), default=".", required=False)
@click.option("--from", "first", type=DAY_FORMATS, default=None)
@click.option("--to", "last", type=DAY_FORMATS, default=None)
@click.option("--month", default="", help="Official statistics of a month, e.g. 2026-11.")
@click.option("--year", default="", help="Official statistics of a year, e.g. 2026.")
@click.option("--csv", "csv_file", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="With --month/--year: also write the figures as CSV.")  # fmt: skip
@click.option("--xlsx", "xlsx_file", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="With --month/--year: also write the figures as an Excel workbook.")  # fmt: skip
def report(
    workspace: Path, first: datetime | None, last: datetime | None, month: str, year: str,
    csv_file: Path | None, xlsx_file: Path | None,
) -> None:  # fmt: skip
    """Airtime per announcement and station over a period (published figures, else planned ones); with --month or
    --year, the official statistics: bulletins and minutes per station by priority, language and origin.

    Example: loa report . --from 2021-08-01 --to 2021-08-31
    Example: loa report . --month 2026-11 --xlsx thong-ke-2026-11.xlsx
    """
    if bool(month or year) == bool(first or last) or (month and year) or (first is None) != (last is None):
        raise usage.Plain(tr("say which period: --from DAY --to DAY, or --month 2026-11, or --year 2026"))
    if first is not None and last is not None:
        for line in texts.period(commands.period_report(workspace, first.date(), last.date())):
            click.echo(line)
        return
    from ..app import statistics as official  # openpyxl and the play logs' reader: for this command only

    stats = official.statistics(workspace, *official.period_of(month, year), commands.today(workspace))
    for line in texts.statistics(stats.figures):
        click.echo(line)
    for path, data in ((csv_file, official.csv_bytes), (xlsx_file, official.xlsx_bytes)):
        if path is not None:
            path.write_bytes(data(stats))
            click.echo(tr("Written: {file}", file=path))
