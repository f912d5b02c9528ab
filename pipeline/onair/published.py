"""What is on air: reading, checking and repairing published days.

A published day is `playlists/<date>/` with its `manifest.json`. Its audio files
are hard links into the content-addressed store (one copy on disk for every
station airing the same audio). So a file damaged in place is damaged in the
store and in every day that shares it: checks here always hash in full, and a
repair takes an intact store file with the same checksum, or leaves the station
for the build to render again.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..adapters.files import sha256_file
from ..domain.manifest import (
    SCHEMA_VERSION,
    TAIL_PIECE,
    Manifest,
    StationEntry,
    head_piece,
    station_entry,
    station_pieces,
)
from ..errors import Problem
from ..i18n import tr


@dataclass(frozen=True)
class Damage:
    """A file of a published day that is missing or whose bytes are not those the manifest names."""

    path: Path
    station: str
    sha256: str  # what it should be
    missing: bool

    def problem(self) -> Problem:
        what = tr("the file is missing") if self.missing else tr("the file is damaged (its checksum changed)")
        return Problem(self.path, None, what, tr("run 'loa verify --repair' or build this day again"))


@dataclass(frozen=True)
class PublishedDay:
    """A day as published, read once: its folder and its manifest (None when there is none or it is unreadable)."""

    folder: Path
    manifest: Manifest | None
    unreadable: bool  # a manifest.json is there but cannot be read: nothing of the day can be trusted

    def station(self, station_id: str) -> StationEntry | None:
        return self.manifest.station(station_id) if self.manifest else None


def read_day(folder: Path) -> PublishedDay:
    manifest = read_manifest(folder)
    return PublishedDay(folder, manifest, manifest is None and (folder / "manifest.json").exists())


def read_manifest(folder: Path) -> Manifest | None:
    """The day's manifest, or None when there is none or it cannot be read (the caller says so)."""
    try:
        return Manifest.from_json((folder / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


@dataclass(frozen=True)
class Written:
    """A manifest as the build wrote it: the checksum of its bytes, and where each station's entry lies in them
    (offset and length in bytes), to read them back one at a time."""

    sha256: str
    spans: tuple[tuple[int, int], ...]


class ManifestWriter:
    """`manifest.json` written station by station as the build assembles them: a build's memory stays flat in
    stations (the whole text of a 200-station manifest, and the pieces it is joined from, would be some 40 MB; its
    entries, some 6 MB). The bytes are hashed as they are written, so the check before publishing need not read
    them back whole. Use as a context manager; `written` once it is closed."""

    def __init__(self, folder: Path, day: str, schema_version: int = SCHEMA_VERSION) -> None:
        self.day, self.schema_version = day, schema_version
        self._spans: list[tuple[int, int]] = []
        self._digest, self._size = hashlib.sha256(), 0
        self._out = (folder / "manifest.json").open("wb")

    def __enter__(self) -> ManifestWriter:
        return self

    def __exit__(self, *failed: object) -> None:
        if failed[0] is None:
            empty = Manifest(self.day, (), self.schema_version)
            self._write(*(empty.json_pieces() if not self._spans else (TAIL_PIECE,)))
        self._out.close()

    def add(self, station: StationEntry) -> None:
        """The next station's entry, in the day's order."""
        if not self._spans:
            self._write(head_piece(self.day, self.schema_version))
        separator, *pieces = station_pieces(station, len(self._spans))
        start = self._size + len(separator.encode("utf-8"))
        self._write(separator, *pieces)
        self._spans.append((start, self._size - start))

    @property
    def written(self) -> Written:
        return Written(self._digest.hexdigest(), tuple(self._spans))

    def _write(self, *pieces: str) -> None:
        for piece in pieces:
            encoded = piece.encode("utf-8")
            self._digest.update(encoded)
            self._out.write(encoded)
            self._size += len(encoded)


def write_manifest(folder: Path, manifest: Manifest) -> Written:
    """`manifest.json` written as it is encoded, station by station (see ManifestWriter)."""
    with ManifestWriter(folder, manifest.date, manifest.schema_version) as out:
        for station in manifest.stations:
            out.add(station)
    return out.written


def as_written(folder: Path, written: Written) -> Iterator[StationEntry] | None:
    """The stations of the manifest the build wrote, read back one at a time, when `manifest.json` still holds
    exactly its bytes (else None, as a damaged one reads): hashed in blocks, never parsed whole."""
    try:
        intact = sha256_file(folder / "manifest.json") == written.sha256
    except OSError:
        return None
    return _stations_at(folder / "manifest.json", written.spans) if intact else None


def _stations_at(path: Path, spans: tuple[tuple[int, int], ...]) -> Iterator[StationEntry]:
    with path.open("rb") as manifest:
        for start, length in spans:
            manifest.seek(start)
            yield station_entry(json.loads(manifest.read(length)))


def check_station(folder: Path, station: StationEntry, hashed: dict[tuple[int, int], str]) -> list[Damage]:
    """Every audio file of one station against the manifest; each inode hashed once (`hashed` is shared)."""
    found = []
    for name, sha in station.files():
        path = folder / station.id / name
        actual = checksum(path, hashed)
        if actual != sha:
            found.append(Damage(path, station.id, sha, actual is None))
    return found


def check_playlists(folder: Path, station: StationEntry) -> list[Problem]:
    """Every playlist entry names a file that exists."""
    base, problems = folder / station.id, []
    for slot in station.slots:
        playlist = base / slot.playlist
        try:
            lines = playlist.read_text(encoding="utf-8").splitlines()
        except OSError:
            problems.append(Problem(playlist, None, tr("the playlist is missing"), tr("build this day again")))
            continue
        for line in lines:
            if line and not line.startswith("#") and not (base / line).is_file():
                problems.append(
                    Problem(
                        playlist,
                        None,
                        tr("the playlist names a missing file {line}", line=line),
                        tr("build this day again"),
                    )
                )
    return problems


def checksum(path: Path, hashed: dict[tuple[int, int], str]) -> str | None:
    """sha256 of a regular file (once per inode), or None when it is missing."""
    try:
        info = path.stat()
    except OSError:
        return None
    key = (info.st_dev, info.st_ino)
    if key not in hashed:
        hashed[key] = sha256_file(path)
    return hashed[key]


class StoreIndex:
    """Store files by checksum, for repairs; read from the sidecars the first time it is asked."""

    def __init__(self, store_root: Path) -> None:
        self.root = store_root
        self._by_sha: dict[str, Path] | None = None

    def intact(self, sha: str, hashed: dict[tuple[int, int], str]) -> Path | None:
        """A store file with exactly these bytes, or None."""
        path = self._index().get(sha)
        return path if path is not None and checksum(path, hashed) == sha else None

    def _index(self) -> dict[str, Path]:
        if self._by_sha is None:
            self._by_sha = {}
            for sidecar in self.root.glob("*/*/*.json"):
                try:
                    self._by_sha[json.loads(sidecar.read_text(encoding="utf-8"))["sha256"]] = sidecar.with_suffix(
                        ".mp3"
                    )
                except (OSError, ValueError, KeyError, TypeError):
                    continue
        return self._by_sha


def copy_station(
    src: Path, dst: Path, damage: list[Damage], index: StoreIndex, hashed: dict[tuple[int, int], str]
) -> bool:
    """Link a published station folder (its `damage` found by `check_station`) into `dst`, damaged files replaced
    from the store; False when the store has no intact copy of one of them."""
    fixes = {d.path: index.intact(d.sha256, hashed) for d in damage}
    if any(fix is None for fix in fixes.values()):
        return False
    shutil.copytree(
        src,
        dst,
        copy_function=link_or_copy,
        ignore=lambda folder, names: [n for n in names if Path(folder, n) in fixes],
    )
    for path, fix in fixes.items():
        link_or_copy(str(fix), str(dst / path.relative_to(src)))
    return True


def link_or_copy(src: str | Path, dst: str | Path) -> None:
    """A hard link (no copy of the audio), or a copy where the filesystem cannot link."""
    try:
        os.link(src, dst)
    except OSError:
        shutil.copy2(src, dst)
