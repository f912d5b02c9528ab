"""A month's play logs counted by kind, kept on disk for the next `loa report`: WORKSPACE/.loa/dem-thang/MONTH.json.

The day files (build/day_store.py) keep each log's airings by announcement: a district's month is 31 files of
6,200 station-days, some 150,000 counts to read and to sort into kinds on every `loa report --month` (over a
second). This file keeps the month's sum by kind, with what it was summed from: a digest of the stamp of every
play log of the month (a log sent again, added or removed changes it) and a digest of the priority, language and
origin of every announcement the logs name (a changed kind changes it). When either differs the month is summed
again from the day files. A file that is missing, damaged or of another VERSION counts as empty.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..adapters.files import keep, read_kept

FOLDER = Path(".loa") / "dem-thang"
VERSION = 1
Row = tuple[str, str, str, str]  # station, priority, language, origin (a Kind of basis LOGGED)


@dataclass(frozen=True)
class Month:
    logs: str  # digest of the stamps of the month's play logs
    words: str  # digest of the kinds of the announcements they name
    names: tuple[str, ...]  # the announcements the logs name
    counts: Mapping[Row, tuple[int, int]]  # airings played to the end, seconds in tenths


def digest(lines: Iterable[str]) -> str:
    return hashlib.sha256("\n".join(lines).encode("utf-8", "surrogateescape")).hexdigest()


def read_month(root: str, month: str) -> Month | None:
    data = read_kept(Path(root, FOLDER, f"{month}.json"), VERSION)
    try:
        logs, words, names, rows = data["logs"], data["words"], data["names"], data["counts"]  # type: ignore[index]
        counts = {_row(row): (row[4], row[5]) for row in rows}
    except (TypeError, KeyError, ValueError, IndexError):
        return None
    if not (type(logs) is str and type(words) is str and type(names) is str):
        return None
    return Month(logs, words, tuple(names.split("\n")) if names else (), counts)


def _row(row: Any) -> Row:
    if type(row) is not list or len(row) != 6 or [type(cell) for cell in row] != [str] * 4 + [int] * 2:
        raise ValueError(row)
    return row[0], row[1], row[2], row[3]


def write_month(root: str, month: str, kept: Month) -> None:
    """Keep the month's sum (a read-only workspace: summed again next time, the figures the same)."""
    rows = [[*row, count, tenths] for row, (count, tenths) in sorted(kept.counts.items())]
    data = {"logs": kept.logs, "words": kept.words, "names": "\n".join(kept.names), "counts": rows}
    keep(Path(root, FOLDER, f"{month}.json"), VERSION, data)
