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

import json
import os
import threading
from collections.abc import Mapping
from contextlib import suppress
from pathlib import Path
from typing import Any

FOLDER = Path(".loa") / "dem-ngay"
VERSION = 1
ByName = Mapping[str, tuple[int, int]]  # announcement ("" a relay) -> airings played to the end, seconds in tenths
Logged = tuple[tuple[object, ...], ByName]  # the stamp of the log counted (mtime, size, inode), its counts


def read_day(root: str, day: str) -> dict[str, Logged]:
    """Station -> its stored count of `day` (ISO); {} when nothing readable is kept."""
    try:
        with open(os.path.join(root, FOLDER, f"{day}.json"), "rb") as stored:
            data = json.load(stored)
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("version") != VERSION or not isinstance(data.get("logs"), dict):
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
    """Keep the day's counts (written whole under a hidden name, then renamed: a reader never sees half a file)."""
    data = {station: {"stamp": list(stamp), "names": {k: list(v) for k, v in names.items()}}
            for station, (stamp, names) in sorted(logs.items())}  # fmt: skip
    folder = os.path.join(root, FOLDER)
    hidden = os.path.join(folder, f".tmp-{os.getpid()}-{threading.get_ident()}-{day}.json")
    try:
        os.makedirs(folder, exist_ok=True)
        with open(hidden, "w", encoding="utf-8") as out:
            json.dump({"version": VERSION, "logs": data}, out, ensure_ascii=False, separators=(",", ":"))
        os.replace(hidden, os.path.join(folder, f"{day}.json"))
    except OSError:  # a read-only workspace: the logs are counted again next time, the figures are the same
        with suppress(OSError):
            os.unlink(hidden)
