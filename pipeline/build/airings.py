"""What the statistics count (build/statistics.py): the kinds of airing, and each station's day counted from its
play log or the published manifest, kept until that file changes.

A month of a district is 6,000 play logs (200 stations, 30 days) of some 170,000 rows: reading them on every look
at the Thống kê page took seconds. `DayCounts` keeps each station's day as a few totals, with the stat of the file
(mtime, size, inode) it was counted from and the announcements it names (a count moves when one of them changes
its priority, language or origin, or is added or removed); `loa serve` keeps one, a command makes its own.
"""

from __future__ import annotations

import csv
import json
import os
import threading
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

from ..adapters.files import stamp as file_stamp
from ..domain.manifest import Manifest
from ..domain.model import Announcement, Priority
from ..domain.playout import COMPLETE, PLAY_LOG, SKIPPED
from ..onair.published import read_manifest
from . import day_store, month_store
from .day_store import ByName

LOGGED, PLANNED = "theo nhật ký phát", "theo kế hoạch"
HERE, CAP, PROVINCE, RELAY, UNKNOWN = "tự soạn", "CAP", "tỉnh", "tiếp sóng", "không rõ"
PRIORITY_WORDS = MappingProxyType(
    {Priority.KHAN_CAP: "khẩn cấp", Priority.UU_TIEN: "ưu tiên", Priority.THUONG: "thường"}
)


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
Found = Mapping[str, tuple[str, Stamp]]  # station -> its play log of a day and the log's stamp (`logs`)
Words = tuple[str, str, str]  # what a kind takes from an announcement: its priority, language and origin in words
NO_WORDS: Words = (UNKNOWN, UNKNOWN, UNKNOWN)  # removed from the workspace since it aired (a cancelled alert)
RELAY_WORDS: Words = (PRIORITY_WORDS[Priority.THUONG], UNKNOWN, RELAY)


@dataclass(frozen=True)
class Counted:
    stamp: Stamp  # of the file counted (and, for a manifest, the stations counted from it)
    names: frozenset[str]  # the announcements it names
    counts: Counts


def origin_of(origin: str) -> str:
    """Where an announcement came from, by its `origin` field: written here, a CAP alert, the province, a relay."""
    kind = origin.partition(":")[0].lower()
    return {"": HERE, "cap": CAP, "province": PROVINCE, "tinh": PROVINCE, "relay": RELAY}.get(kind, UNKNOWN)


def words_of(item: Announcement) -> Words:
    return PRIORITY_WORDS[item.priority], item.language, origin_of(item.origin)


def kind_of(station: str, basis: str, item: Announcement | None, relay: bool = False) -> Kind:
    if relay:
        return Kind(station, basis, *RELAY_WORDS)
    if item is None:  # removed from the workspace since it aired (a cancelled alert): still counted
        return Kind(station, basis, *NO_WORDS)
    return Kind(station, basis, *words_of(item))


def summed(airings: Iterator[Airing]) -> dict[Kind, tuple[int, int]]:
    counts: dict[Kind, tuple[int, int]] = {}
    for kind, complete, seconds in airings:
        count, tenths = counts.get(kind, (0, 0))
        counts[kind] = (count + complete, tenths + round(seconds * 10))
    return counts


class DayCounts:
    """Counted play logs and manifests by path, and the words of the announcements' kinds they were counted with."""

    def __init__(self) -> None:
        self._kept: dict[str, Counted] = {}
        self._words: dict[str, Words] = {}  # by announcement: what its airings count under
        self._seen: tuple[Announcement, ...] = ()  # the announcements `_words` was made of
        self._months: dict[str, tuple[str, Mapping[str, Words], Counts]] = {}  # month -> its logs, words, sum
        self._lock = threading.Lock()
        self.loads = 0  # station-days counted so far (app/long_lived.py)

    def follow(self, announcements: tuple[Announcement, ...]) -> None:
        """Forget what was counted with an announcement that changed its kind, was added or was removed."""
        if _same(self._seen, announcements):
            return  # the snapshot's own objects: no file changed (10,000 tuples a request made the GC collect often)
        self.follow_words(dict(zip([a.id for a in announcements], map(words_of, announcements), strict=True)),
                          announcements)  # fmt: skip

    def follow_words(self, words: dict[str, Words], seen: tuple[Announcement, ...] = ()) -> None:
        """`follow`, given each announcement's words (app/counted_fields.py reads them without the announcements)."""
        with self._lock:
            self._seen = seen
            if words != self._words:
                if self._kept:  # a command's fresh counts keep nothing: 10,000 words compared for naught (9 ms)
                    changed = {k for k in words.keys() | self._words.keys() if words.get(k) != self._words.get(k)}
                    self._kept = {path: c for path, c in self._kept.items() if not c.names & changed}
                self._words = words

    def logged(self, root: str, day: str, found: Found) -> list[Counts]:
        """Each station's day from its play log (`found`: from `logs`): kept here, else on disk, else counted."""
        counts: dict[str, Counts] = {}
        for station, (log, stamp) in found.items():
            kept = self._kept.get(log)
            if kept is not None and kept.stamp == stamp:
                counts[station] = kept.counts
        if len(counts) < len(found):
            counts.update(self._stored(root, day, found, [s for s in found if s not in counts]))
        return [counts[station] for station in found]

    def month(self, root: str, month: str, founds: Mapping[str, Found]) -> Counts:
        """A whole month's logged counts (`founds`: each day's `logs`): kept here, else on disk (build/month_store),
        else summed from its days, until a log or the kind of an announcement they name changes."""
        stamps = {day: {s: found[s][1] for s in sorted(found)} for day, found in founds.items()}
        logs = month_store.digest([json.dumps(stamps)])  # in C: 6,200 stamps formatted one by one took 30 ms
        with self._lock:
            words, held = self._words, self._months.get(month)
        if held is not None and held[0] == logs and held[1] is words:
            return held[2]
        stored = month_store.read_month(root, month)
        if stored is not None and stored.logs == logs and stored.words == _words_digest(stored.names, words):
            counts: Counts = {Kind(row[0], LOGGED, *row[1:]): kept for row, kept in stored.counts.items()}
        else:
            counts = self._summed(root, month, founds, logs, words)
        with self._lock:
            self._months[month] = (logs, words, MappingProxyType(dict(counts)))
        return counts

    def _summed(
        self, root: str, month: str, founds: Mapping[str, Found], logs: str, words: Mapping[str, Words]
    ) -> Counts:
        """The month summed from its days, and kept on disk with the announcements its logs name."""
        counts = summed_counts(part for day, found in founds.items() for part in self.logged(root, day, found))
        kept = [self._kept.get(log) for found in founds.values() for log, _ in found.values()]
        if all(kept):  # else another request forgot one meanwhile: not kept on disk this time
            names = tuple(sorted({name for counted in kept if counted for name in counted.names}))
            rows = {(k.station, k.priority, k.language, k.origin): v for k, v in counts.items()}
            month_store.write_month(root, month, month_store.Month(logs, _words_digest(names, words), names, rows))
        return counts

    def _stored(self, root: str, day: str, found: Found, asked: list[str]) -> dict[str, Counts]:
        """The `asked` stations' days as the day's store has them, a log that changed since counted again."""
        stored = {s: kept for s, kept in day_store.read_day(root, day).items() if s in found}
        fresh = {s: (found[s][1], _by_name(found[s][0])) for s in asked if stored.get(s, ((), {}))[0] != found[s][1]}
        if fresh:
            day_store.write_day(root, day, {**stored, **fresh})
        names = {s: (fresh.get(s) or stored[s])[1] for s in asked}
        return {s: self._keep(found[s][0], found[s][1], self._kinds(s, names[s]), names[s]) for s in asked}

    def published(self, folder: str, missing: list[str]) -> Counts | None:
        """The published figures of the `missing` stations (they sent no log); None without a readable manifest."""
        stamp = (*_stamp(os.path.join(folder, "manifest.json")), *missing)
        kept = self._kept.get(folder)
        if kept is not None and kept.stamp == stamp:
            return kept.counts
        manifest = read_manifest(Path(folder)) if len(stamp) > len(missing) else None
        if manifest is None:
            return None
        airings = list(_published(manifest, missing, self._words))
        return self._keep(folder, stamp, summed(a for _, a in airings), [name for name, _ in airings])

    def _kinds(self, station: str, names: ByName) -> dict[Kind, tuple[int, int]]:
        """A log's counts by announcement as counts by kind (the announcements' words as they are now)."""
        by_words: dict[Words, tuple[int, int]] = {}
        for name, (count, tenths) in names.items():
            words = self._words.get(name, NO_WORDS) if name else RELAY_WORDS
            before = by_words.get(words, (0, 0))
            by_words[words] = (before[0] + count, before[1] + tenths)
        return {Kind(station, LOGGED, *words): counted for words, counted in by_words.items()}

    def _keep(self, key: str, stamp: Stamp, counts: dict[Kind, tuple[int, int]], names: Iterable[str]) -> Counts:
        kept = MappingProxyType(counts)
        with self._lock:
            self._kept[key] = Counted(stamp, frozenset(name for name in names if name), kept)
            self.loads += 1
        return kept


def summed_counts(parts: Iterable[Counts]) -> dict[Kind, tuple[int, int]]:
    counts: dict[Kind, tuple[int, int]] = {}
    for part in parts:
        for kind, (count, tenths) in part.items():
            before = counts.get(kind, (0, 0))
            counts[kind] = (before[0] + count, before[1] + tenths)
    return counts


def _words_digest(names: Iterable[str], words: Mapping[str, Words]) -> str:
    """Each name with its words, a line each (ids and words hold no control character); one f-string a name: the
    10,000 of a district's month as JSON took 10 ms more."""
    return month_store.digest(
        f"{name}\x1f{p}\x1f{lang}\x1f{o}" for name in names for p, lang, o in [words.get(name, NO_WORDS)]
    )


def logs(folder: str) -> dict[str, tuple[str, Stamp]]:
    """Station -> its play log of the day in `folder` and the log's stamp (what a glob of */phat-thuc-te.csv finds)."""
    try:
        with os.scandir(folder) as entries:
            names = [e.name for e in entries if _is_dir(e)]
    except OSError:
        return {}
    found = {name: f"{folder}{os.sep}{name}{os.sep}{PLAY_LOG}" for name in names}  # os.path.join: 6,200 a month
    return {name: (path, stamp) for name, path in found.items() if (stamp := _stamp(path))}


def _by_name(log: str) -> dict[str, tuple[int, int]]:
    """A station's play log counted by announcement ("" the relays): the spoken items (and relays) not skipped,
    those played to their end, and every part's seconds in tenths."""
    names: dict[str, tuple[int, int]] = {}
    for kind, announcement, seconds, result in _rows(log):
        if result == SKIPPED or not (kind == "relay" or (kind == "speech" and announcement)):
            continue
        name = "" if kind == "relay" else announcement
        count, tenths = names.get(name, (0, 0))
        names[name] = (count + result.startswith(COMPLETE), tenths + round(float(seconds or 0) * 10))
    return names


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


def _published(manifest: Manifest, missing: list[str], words: Mapping[str, Words]) -> Iterator[tuple[str, Airing]]:
    """The published airings of the stations that sent no log. A relay slot counts as one relay of its length; its
    own program airs only if the stream fails, so it counts only when a play log says it aired."""
    for station in (s for s in manifest.stations if s.id in missing):
        yield from (("", (kind_of(station.id, PLANNED, None, True), 1, s.length)) for s in station.slots if s.relay)
        spoken = (i for s in station.slots if not s.relay for i in s.items if i.kind == "speech")
        for item in (i for i in spoken if i.announcement_id):
            name = item.announcement_id or ""
            yield name, (Kind(station.id, PLANNED, *words.get(name, NO_WORDS)), 1, item.duration)


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
