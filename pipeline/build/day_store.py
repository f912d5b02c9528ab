"""Each station's day as its play log counted it, kept on disk for the next command (`loa report`) and the next
start of `loa serve`: WORKSPACE/.loa/dem-ngay/DAY.json, one file a day.

A month of a district is 6,000 play logs of some 170,000 rows: `loa report --month` read them all every time
(3.8 s). A day's file holds, per station, the stamp (mtime, size, inode) of the log it was counted from and the
log's airings by announcement, so a month is 31 small reads and a log sent again is counted again. Counts are by
announcement, not by kind, so that a changed priority, language or origin needs no recount (the kind is looked up
when the figures are made). The play logs stay the source: a store that is missing, damaged or of another
version counts as empty, and one Loa cannot write is only a recount next time.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ..adapters.files import keep, read_kept

FOLDER = Path(".loa") / "dem-ngay"
VERSION = 1
ByName = Mapping[str, tuple[int, int]]  # announcement ("" a relay) -> airings played to the end, seconds in tenths
Logged = tuple[tuple[object, ...], ByName]  # the stamp of the log counted (mtime, size, inode), its counts


def read_day(root: str, day: str) -> dict[str, Logged]:
    """Station -> its stored count of `day` (ISO); {} when nothing readable is kept."""
    data = read_kept(Path(root, FOLDER, f"{day}.json"), VERSION)
    if data is None or not isinstance(data.get("logs"), dict):
        return {}
    found = {station: _logged(entry) for station, entry in data["logs"].items()}
    return {station: logged for station, logged in found.items() if logged is not None}


def _logged(entry: Any) -> Logged | None:
    try:
        stamp = tuple(int(n) for n in entry["stamp"])
        return stamp, {str(name): (int(count), int(tenths)) for name, (count, tenths) in entry["names"].items()}
    except (TypeError, KeyError, ValueError, AttributeError):
        return None


def write_day(root: str, day: str, logs: Mapping[str, Logged]) -> None:
    """Keep the day's counts (a read-only workspace: the logs are counted again next time, the figures the same)."""
    data = {station: {"stamp": list(stamp), "names": {k: list(v) for k, v in names.items()}}
            for station, (stamp, names) in sorted(logs.items())}  # fmt: skip
    keep(Path(root, FOLDER, f"{day}.json"), VERSION, {"logs": data})
