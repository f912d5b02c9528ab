"""The words of `loa report`: airtime over a period, and the official statistics, as tables."""

from __future__ import annotations

from collections.abc import Iterable

from ..app.commands.report import Period
from ..build.statistics import Figure
from ..i18n import number, tr


def period(rows: Iterable[Period]) -> list[str]:
    """Planned (published) airings and minutes beside what the station's play log says aired ("—": no log)."""
    heads = (tr("announcement"), tr("station"), tr("airings"), tr("minutes"), tr("aired"), tr("minutes aired"))
    lines = [f"{heads[0]:30} {heads[1]:32} {heads[2]:>12} {heads[3]:>8} {heads[4]:>12} {heads[5]:>13}"]
    return lines + [
        f"{cut(r.title or r.announcement, 30):30} {cut(r.station_name or r.station, 32):32} {r.airings:12d} "
        f"{number(r.minutes):>8} "
        + (f"{r.aired:12d} {number(r.aired_minutes):>13}" if r.aired is not None else f"{'—':>12} {'—':>13}")
        for r in rows
    ]


def cut(text: str, width: int) -> str:
    """`text` in a column of `width`: a longer one ends with "…" rather than pushing the next columns."""
    return text if len(text) <= width else text[: width - 1] + "…"


def statistics(figures: Iterable[Figure]) -> list[str]:
    """The official statistics as a table: station, basis, grouping, bulletins, minutes and seconds."""
    heads = (tr("station"), tr("figures"), tr("group"), tr("bulletins"), tr("minutes"), tr("seconds"))
    lines = [f"{heads[0]:20} {heads[1]:17} {heads[2]:24} {heads[3]:>7} {heads[4]:>8} {heads[5]:>8}"]
    for f in figures:
        group = f"{f.group}: {f.value}" if f.value else f.group
        lines.append(f"{f.station:20} {f.basis:17} {group:24} {f.bulletins:7d} {number(f.seconds / 60):>8} "
                     f"{round(f.seconds):8d}")  # fmt: skip
    return lines
