"""The workspace as a long-running front end sees it: re-read only the files that changed.

A build reads the whole workspace once; the web app answers hundreds of requests over a workspace of a
thousand announcements, so it keeps each parsed file with the (mtime, size) it was read at and parses
again only what changed. Files stay the source of truth: nothing here is ever written back.
"""

from __future__ import annotations

import dataclasses
import os
import threading
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any

from ..adapters.files import hidden_name
from ..adapters.files import stamp as file_stamp
from ..adapters.folders import Entry
from ..build.program import workspace_normalizer
from ..domain.model import Announcement, Station, Workspace
from ..domain.settings import Settings
from ..errors import LoaError, Problem
from ..normalize import Normalizer
from ..workspace.announcements import load_announcement
from ..workspace.inputs import Kept
from ..workspace.ledger import Checked, verified
from ..workspace.load import by_id
from ..workspace.settings_file import load_settings
from ..workspace.stations import StationNames, load_stations
from .listing import searchable

Stamp = tuple[int, ...]


@dataclasses.dataclass(frozen=True)
class View:
    """The announcements that read well, and the problems of those that do not (file by file)."""

    workspace: Workspace
    broken: tuple[Problem, ...]
    stamps: Mapping[str, Stamp] = dataclasses.field(default_factory=dict)  # each announcement file as stat-ed
    kept: Kept | None = None  # the snapshot's listings and fingerprint lines (workspace.inputs.fingerprint)


class Snapshot:
    """Parsed files keyed by path and stamp (mtime, size, inode); one lock, so concurrent requests parse a file once."""

    def __init__(self, root: Path) -> None:
        self.root = root.resolve()
        self._parsed: dict[Path | str, tuple[Stamp, Any]] = {}
        self._lock = threading.Lock()
        self.reviewed: dict[tuple[object, ...], bool] = {}  # approvals.needs_review, per item and reading_stamp
        self._searched: dict[str, tuple[tuple[str, str], str]] = {}  # id -> ((title, body), its searched text)
        self._verified: Checked = {}  # id -> a signed announcement checked against the ledger (one entry per id)
        self.loads = 0  # files parsed so far (app/long_lived.py)
        self.kept = Kept()  # folder listings, shared with the calendar's fingerprint
        self._names: tuple[tuple[Entry, ...], list[str]] = ((), [])  # the announcements folder's listing, its paths
        self._stamps: Mapping[str, Stamp] = MappingProxyType({})  # the last view's: the same object while unchanged

    def reading_stamp(self) -> Stamp:
        """What an item's spoken text depends on besides its file: settings, stations, lexicon and templates."""
        files = [self.root / "loa.toml", self.root / "stations.yaml", self.root / "scripts_vi" / "lexicon.tsv"]
        files += sorted((self.root / "scripts_vi" / "templates").glob("*.j2"))
        return tuple(n for path in files for n in _stamp(path))

    def stations(self) -> tuple[Station, ...]:
        """stations.yaml as `view` reads it, without looking at the announcements (the status page needs no more)."""
        with self._lock:
            return self._settings_and_stations()[1]

    def without_announcements(self) -> Workspace:
        """loa.toml and stations.yaml as `view` reads them, and no announcement: without stat-ing 10,000 files."""
        with self._lock:
            settings, stations = self._settings_and_stations()
        return Workspace(self.root, settings, stations, ())

    def _settings_and_stations(self) -> tuple[Settings, tuple[Station, ...]]:
        settings = self._cached(self.root / "loa.toml", lambda _: load_settings(self.root))
        quiet = _stamp(self.root / "loa.toml")  # its quiet_hours refuse night slots
        stations = self._cached(self.root / "stations.yaml", lambda p: load_stations(p, settings.quiet_hours), quiet)
        return settings, stations

    def view(self) -> View:
        with self._lock:
            settings, stations = self._settings_and_stations()
            items: list[Announcement] = []
            broken: list[Problem] = []
            as_of = _stamp(self.root / "stations.yaml")  # station names are resolved to ids: redo when it changes
            names = self._cached(f"{self.root / 'stations.yaml'}#names", lambda _: StationNames.of(stations),
                                 _stamp(self.root / "loa.toml"), self.root / "stations.yaml")  # fmt: skip
            stamps = stamps_of(self._announcement_paths(str(self.root / "scripts_vi" / "announcements")))
            for path, stamp in stamps.items():
                key, kept = (*stamp, *as_of), self._parsed.get(path)
                if kept is not None and kept[0] == key:  # most files, most requests: no call, no lambda made
                    items.append(kept[1])
                    continue
                try:
                    items.append(self._kept(path, key, lambda p: by_id(load_announcement(Path(p), self.root), names)))
                except LoaError as err:
                    broken += err.problems
            workspace = Workspace(self.root, settings, stations, verified(self.root, tuple(items), self._verified))
            if stamps != self._stamps:  # the fingerprint keeps its lines while it is handed the same mapping
                self._stamps = MappingProxyType(stamps)
            return View(workspace, tuple(broken), self._stamps, self.kept)

    def _announcement_paths(self, folder: str) -> list[str]:
        """The paths of workspace.announcements.announcement_names, listed again only when the folder changed (files
        added, removed or renamed; one written in place is seen by its own stat). Strings: 10,000 Path objects a page
        would cost more than the stats."""
        try:
            entries = self.kept.folders.entries(folder)
        except OSError:  # no folder (yet): no announcements
            return []
        if entries is not self._names[0]:
            names = [e.name for e in entries if e.name.endswith(".md") and not hidden_name(e.name)]
            self._names = (entries, [f"{folder}{os.sep}{name}" for name in names])
        return self._names[1]

    def haystack(self, item: Announcement) -> str:
        """listing.searchable of the item, kept until its title or text changes: a search of 10,000 announcements
        would otherwise strip the accents of 20 MB of text each time (one entry per id: the cache stays bounded)."""
        source = (item.title, item.body)
        kept = self._searched.get(item.id)
        if kept is not None and kept[0] == source:
            return kept[1]
        text = searchable(item)
        self._searched[item.id] = (source, text)
        return text

    def normalizer(self, workspace: Workspace, dialect: str) -> Normalizer:
        """The build's normalizer for a dialect, rebuilt when the workspace lexicon or its text settings change."""
        with self._lock:
            lexicon = self.root / "scripts_vi" / "lexicon.tsv"
            key = Path(f"{lexicon}#{dialect}")
            settings = _stamp(self.root / "loa.toml")  # url_phrase, say_mong
            made: Normalizer = self._cached(key, lambda _: workspace_normalizer(workspace, dialect), settings, lexicon)
            return made

    def _cached(self, path: Path | str, load: Any, also: Stamp = (0, 0, 0), stamp_of: Path | None = None) -> Any:
        return self._kept(path, (*_stamp(stamp_of or path), *also), load)

    def _kept(self, path: Path | str, stamp: Stamp, load: Any) -> Any:
        kept = self._parsed.get(path)
        if kept is not None and kept[0] == stamp:
            return kept[1]
        value = load(path)
        self._parsed[path] = (stamp, value)
        self.loads += 1
        return value


def stamps_of(paths: list[str]) -> dict[str, Stamp]:
    """Each file's stamp as `_stamp` gives it, in one loop: a district's 10,000 on every page (calls cost more)."""
    found: dict[str, Stamp] = {}
    for path in paths:
        try:
            stat = os.stat(path)
        except OSError:
            found[path] = (0, -1, 0)
            continue
        found[path] = (stat.st_mtime_ns, stat.st_size, stat.st_ino)
    return found


def _stamp(path: Path | str) -> Stamp:
    return file_stamp(path) or (0, -1, 0)
