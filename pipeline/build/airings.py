"""What the statistics count (build/statistics.py): the kinds of airing, and each station's day counted from its
play log or the published manifest, kept until that file changes.

A month of a district is 6,000 play logs (200 stations, 30 days) of some 170,000 rows: reading them on every look
at the Thống kê page took seconds. `DayCounts` keeps each station's day as a few totals, with the stat of the file
(mtime, size, inode) it was counted from and the announcements it names (a count moves when one of them changes
its priority, language or origin, or is added or removed); `loa serve` keeps one, a command makes its own.
"""

from __future__ import annotations

import csv
import os
import threading
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from operator import attrgetter
from pathlib import Path
from types import MappingProxyType

from ..adapters.files import stamp as file_stamp
from ..domain.manifest import Manifest
from ..domain.model import Announcement, Priority
from ..domain.playout import COMPLETE, PLAY_LOG, SKIPPED
from ..onair.published import read_manifest

LOGGED, PLANNED = "theo nhật ký phát", "theo kế hoạch"
HERE, CAP, PROVINCE, RELAY, UNKNOWN = "tự soạn", "CAP", "tỉnh", "tiếp sóng", "không rõ"
PRIORITY_WORDS = MappingProxyType(
    {Priority.KHAN_CAP: "khẩn cấp", Priority.UU_TIEN: "ưu tiên", Priority.THUONG: "thường"}
)
CLASSES = attrgetter("priority", "language", "origin")  # what a kind takes from an announcement


@dataclass(frozen=True)
class Kind:
    """What an airing counts under: its station, where the figure comes from, and its three groupings."""

    station: str
    basis: str  # LOGGED or PLANNED
    priority: str
    language: str
    origin: str


Counts = Mapping[Kind, tuple[int, int]]  # airings, and seconds in tenths as the logs write them: sums without drift
Airing = tuple[Kind, int, float]  # a kind, 1 when it counts as a bulletin (aired to its end), its seconds
Stamp = tuple[object, ...]


@dataclass(frozen=True)
class Counted:
    stamp: Stamp  # of the file counted (and, for a manifest, the stations counted from it)
    names: frozenset[str]  # the announcements it names
    counts: Counts


def origin_of(origin: str) -> str:
    """Where an announcement came from, by its `origin` field: written here, a CAP alert, the province, a relay."""
    kind = origin.partition(":")[0].lower()
    return {"": HERE, "cap": CAP, "province": PROVINCE, "tinh": PROVINCE, "relay": RELAY}.get(kind, UNKNOWN)


def kind_of(station: str, basis: str, item: Announcement | None, relay: bool = False) -> Kind:
    if relay:
        return Kind(station, basis, PRIORITY_WORDS[Priority.THUONG], UNKNOWN, RELAY)
    if item is None:  # removed from the workspace since it aired (a cancelled alert): still counted
        return Kind(station, basis, UNKNOWN, UNKNOWN, UNKNOWN)
    return Kind(station, basis, PRIORITY_WORDS[item.priority], item.language, origin_of(item.origin))


def summed(airings: Iterator[Airing]) -> dict[Kind, tuple[int, int]]:
    counts: dict[Kind, tuple[int, int]] = {}
    for kind, complete, seconds in airings:
        count, tenths = counts.get(kind, (0, 0))
        counts[kind] = (count + complete, tenths + round(seconds * 10))
    return counts


class DayCounts:
    """Counted play logs and manifests by path, and the classes of the announcements they were counted with."""

    def __init__(self) -> None:
        self._kept: dict[str, Counted] = {}
        self._classes: dict[str, tuple[object, ...]] = {}
        self._seen: tuple[Announcement, ...] = ()  # the announcements `_classes` was made of
        self._lock = threading.Lock()

    def follow(self, announcements: tuple[Announcement, ...]) -> None:
        """Forget what was counted with an announcement that changed its kind, was added or was removed."""
        if _same(self._seen, announcements):
            return  # the snapshot's own objects: no file changed (10,000 tuples a request made the GC collect often)
        classes: dict[str, tuple[object, ...]] = dict(
            zip([a.id for a in announcements], map(CLASSES, announcements), strict=True)
        )
        with self._lock:
            self._seen = announcements
            if classes != self._classes:
                changed = {k for k in classes.keys() | self._classes.keys() if classes.get(k) != self._classes.get(k)}
                self._kept = {path: c for path, c in self._kept.items() if not c.names & changed}
                self._classes = classes

    def logged(self, station: str, log: str, stamp: Stamp, known: dict[str, Announcement]) -> Counts:
        """The station's day from its play log (`stamp`: the log's, from `logs`)."""
        kept = self._kept.get(log)
        if kept is not None and kept.stamp == stamp:
            return kept.counts
        return self._keep(log, stamp, list(_logged(station, log, known)))

    def published(self, folder: str, missing: list[str], known: dict[str, Announcement]) -> Counts | None:
        """The published figures of the `missing` stations (they sent no log); None without a readable manifest."""
        stamp = (*_stamp(os.path.join(folder, "manifest.json")), *missing)
        kept = self._kept.get(folder)
        if kept is not None and kept.stamp == stamp:
            return kept.counts
        manifest = read_manifest(Path(folder)) if len(stamp) > len(missing) else None
        return None if manifest is None else self._keep(folder, stamp, list(_published(manifest, missing, known)))

    def _keep(self, key: str, stamp: Stamp, airings: list[tuple[str, Airing]]) -> Counts:
        counts = MappingProxyType(summed(airing for _, airing in airings))
        with self._lock:
            self._kept[key] = Counted(stamp, frozenset(name for name, _ in airings if name), counts)
        return counts


def logs(folder: str) -> dict[str, tuple[str, Stamp]]:
    """Station -> its play log of the day in `folder` and the log's stamp (what a glob of */phat-thuc-te.csv finds)."""
    try:
        with os.scandir(folder) as entries:
            names = [e.name for e in entries if _is_dir(e)]
    except OSError:
        return {}
    found = {name: os.path.join(folder, name, PLAY_LOG) for name in names}
    return {name: (path, stamp) for name, path in found.items() if (stamp := _stamp(path))}


def _logged(station: str, log: str, known: dict[str, Announcement]) -> Iterator[tuple[str, Airing]]:
    """The rows of a station's play log that count: spoken items (and relays) that were not skipped."""
    kinds: dict[str, Kind] = {}  # by announcement: a day's log names each a few times
    for kind, announcement, seconds, result in _rows(log):
        if result == SKIPPED or not (kind == "relay" or (kind == "speech" and announcement)):
            continue
        name = "" if kind == "relay" else announcement
        if name not in kinds:
            kinds[name] = kind_of(station, LOGGED, known.get(announcement), kind == "relay")
        yield name, (kinds[name], result.startswith(COMPLETE), float(seconds or 0))


def _rows(log: str) -> Iterator[tuple[str, str, str, str]]:
    """(kind, announcement_id, seconds, result) of each row; plain csv.reader by column: a month of a province's
    logs is some hundred thousand rows (bench/report.py)."""
    try:
        with open(log, encoding="utf-8", newline="") as lines:
            rows = csv.reader(lines)
            head = next(rows, [])
            at = [head.index(name) for name in ("kind", "announcement_id", "seconds", "result") if name in head]
            if len(at) < 4:
                return
            width = max(at) + 1
            for row in rows:
                if len(row) >= width:
                    yield row[at[0]], row[at[1]], row[at[2]], row[at[3]]
    except (OSError, UnicodeDecodeError, csv.Error, ValueError):
        return


def _published(manifest: Manifest, missing: list[str], known: dict[str, Announcement]) -> Iterator[tuple[str, Airing]]:
    """The published airings of the stations that sent no log. A relay slot counts as one relay of its length; its
    own program airs only if the stream fails, so it counts only when a play log says it aired."""
    for station in (s for s in manifest.stations if s.id in missing):
        yield from (("", (kind_of(station.id, PLANNED, None, True), 1, s.length)) for s in station.slots if s.relay)
        spoken = (i for s in station.slots if not s.relay for i in s.items if i.kind == "speech")
        for item in (i for i in spoken if i.announcement_id):
            name = item.announcement_id or ""
            yield name, (kind_of(station.id, PLANNED, known.get(name)), 1, item.duration)


def _same(kept: tuple[Announcement, ...], items: tuple[Announcement, ...]) -> bool:
    """The very objects seen last time: the web's snapshot parses a file again only when it changed."""
    return len(kept) == len(items) and all(a is b for a, b in zip(kept, items, strict=True))


def _is_dir(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


def _stamp(path: str) -> Stamp:
    return file_stamp(path) or ()
