"""The days a station agent holds: DIR/playlists/<date>/ laid out as a workspace's, so onair's player reads them.

A day held is complete: its manifest.json (the station's entry only), `.version` (the district's
version of it) and every file the player plays (the items; the joined slot files are the same audio
again and are not fetched). A new version is made in DIR/playlists/.staging-<date>/: a file already
held with the same sha256 is linked (no download), a missing one is fetched in chunks (Range) into
`<name>.part`, so a cut line resumes where it stopped; each file is checked against its sha256 before
it takes its name. The day is swapped in (onair.publish.swap_in) only when every file is there.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterable
from datetime import date, timedelta
from pathlib import Path, PurePosixPath
from typing import Any

from ..adapters.files import sha256_file
from ..domain.manifest import SCHEMA_VERSION, Manifest, StationEntry
from ..errors import LineDown, Problem
from ..i18n import tr
from ..onair.publish import swap_in
from ..onair.published import link_or_copy, read_manifest
from .link import Link

CHUNK = 1 << 20  # bytes asked for at a time: a cut loses at most this much
VERSION = ".version"


class Days:
    """The station's days under `root`/playlists."""

    def __init__(self, root: Path, station: str, chunk: int = CHUNK) -> None:
        self.root, self.station, self.chunk = root, station, chunk
        self.playlists = root / "playlists"

    def held(self) -> dict[str, str]:
        """{date: version} of every complete day held."""
        found = {}
        for version in sorted(self.playlists.glob(f"????-??-??/{VERSION}")):
            found[version.parent.name] = version.read_text(encoding="utf-8").strip()
        return found

    def entry(self, day: str) -> StationEntry | None:
        manifest = read_manifest(self.playlists / day)
        return manifest.station(self.station) if manifest else None

    def sync(self, link: Link, day: str) -> tuple[str, int]:
        """Bring `day` to the district's version: (version, bytes downloaded). LineDown leaves the held day."""
        data = link.day(day)
        version, entry = str(data.get("version", "")), _entry(day, data)
        staging = self.playlists / f".staging-{day}"
        wanted = dict(_played(entry))
        got = self.fetch(link, day, wanted, staging)
        _drop_others(staging / self.station, set(wanted))
        (staging / "manifest.json").write_text(Manifest(day, (entry,), SCHEMA_VERSION).to_json(), encoding="utf-8")
        (staging / VERSION).write_text(version + "\n", encoding="utf-8")
        swap_in(staging, self.playlists / day)
        return version, got

    def fetch(self, link: Link, day: str, files: dict[str, str], staging: Path) -> int:
        """Every (file: sha256) into staging/<station>/, linked when held, else downloaded; the bytes downloaded."""
        held, got = self._held_files(), 0
        for name, sha in files.items():
            target = staging / self.station / _safe(name)
            if target.is_file() and sha256_file(target) == sha:
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            target.unlink(missing_ok=True)
            if sha in held:
                link_or_copy(held[sha], target)
            else:
                got += self._download(link, day, name, sha, target)
        return got

    def _download(self, link: Link, day: str, name: str, sha: str, target: Path) -> int:
        """One file in chunks into <target>.part (resumed from its size), checked, then named; bytes downloaded."""
        part = target.with_name(target.name + ".part")
        got = 0
        while True:
            start = part.stat().st_size if part.exists() else 0
            chunk = link.chunk(day, name, start, self.chunk)
            if chunk is None:
                break
            with part.open("r+b" if chunk.start else "wb") as out:
                out.seek(chunk.start)
                out.write(chunk.data)
                out.truncate()
            got += len(chunk.data)
            if not chunk.data or chunk.total is None or chunk.start + len(chunk.data) >= chunk.total:
                break
        if sha256_file(part) != sha:
            part.unlink()
            what = tr("the file {name} of {day} arrived damaged (its checksum differs)", name=name, day=day)
            raise LineDown(Problem(None, None, what, tr("the station downloads it again at the next sync")))
        os.replace(part, target)
        return got

    def _held_files(self) -> dict[str, Path]:
        """sha256 → a file with those bytes, in the days held."""
        found: dict[str, Path] = {}
        for day in self.held():
            entry = self.entry(day)
            for name, sha in _played(entry) if entry else ():
                found.setdefault(sha, self.playlists / day / self.station / name)
        return {sha: path for sha, path in found.items() if path.is_file()}

    def slot_of(self, day: str, file: str) -> str:
        """The slot (its key, "sang") a held file airs in; "" when unknown."""
        entry = self.entry(day)
        for slot in entry.slots if entry else ():
            if any(item.file == file for item in slot.items):
                return slot.slot
        return ""

    def prune(self, today: date, keep: int) -> list[str]:
        """Removes days (and leftover staging) before today - keep days, and player files no day holds."""
        first = (today - timedelta(days=keep)).isoformat()
        gone = []
        for folder in sorted(self.playlists.glob("????-??-??")) + sorted(self.playlists.glob(".staging-*")):
            if folder.name.removeprefix(".staging-") < first:
                shutil.rmtree(folder, ignore_errors=True)
                gone.append(folder.name)
        player = self.root / "playout" / self.station
        for log in player.glob("phat-thuc-te-????-??-??.csv"):
            if log.stem.removeprefix("phat-thuc-te-") < first:
                log.unlink()
        for linked in (player / "tep").glob("*"):
            if linked.stat().st_nlink == 1:  # in no day held any more
                linked.unlink()
        return gone


def _entry(day: str, data: dict[str, Any]) -> StationEntry:
    """The station's entry from the district's answer, read through the manifest model."""
    fields = {k: v for k, v in data.items() if k != "version"}
    try:
        manifest = Manifest.from_json(json.dumps({"schema_version": SCHEMA_VERSION, "date": day, "stations": [fields]}))
    except (ValueError, TypeError) as err:
        what = tr("the district sent a day {day} that is not a station's manifest entry ({err})", day=day, err=err)
        raise LineDown(Problem(None, None, what, tr("the station keeps the day it holds and asks again"))) from None
    return manifest.stations[0]


def _played(entry: StationEntry) -> Iterable[tuple[str, str]]:
    """(file, sha256) of every file the player plays: the slots' items, and emergencies cut in (urgent)."""
    for slot in entry.slots:
        for item in slot.items:
            yield item.file, item.sha256
    for item in entry.urgent:
        yield item.file, item.sha256


def _safe(name: str) -> PurePosixPath:
    """A file name of the manifest as a path inside the station folder; a name leading out is refused."""
    path = PurePosixPath(name)
    if path.is_absolute() or not path.parts or any(part in ("..", ".", "") for part in path.parts):
        what = tr("the district named a file outside the station folder: {name}", name=name)
        raise LineDown(Problem(None, None, what, tr("tell the district; the station keeps the day it holds")))
    return path


def _drop_others(folder: Path, wanted: set[str]) -> None:
    """Files left in staging by an older version (or a cut download) that this version does not name."""
    for path in folder.rglob("*") if folder.is_dir() else ():
        if path.is_file() and path.relative_to(folder).as_posix() not in wanted:
            path.unlink()
