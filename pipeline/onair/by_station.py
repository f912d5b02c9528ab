"""A published day's station entries by id, each read from `manifest.json` when asked.

A program sheet wants its own station's entry of the day before (what changed since); holding a province's whole
manifest for that costs some 30 kB a station (about 6 MB of entries at 200 stations). The manifest is laid out one
station per indented block (ManifestWriter, Manifest.to_json), so one pass over its lines finds where each station's
entry lies, and only those byte spans are kept. A manifest laid out otherwise (on one line, as an emergency sent
ahead wrote it before onair/manifest_text.py kept the build's layout) is read whole, as before.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from pathlib import Path

from ..domain.manifest import StationEntry, station_entry
from .published import read_manifest

OPEN, CLOSE, ID = b"    {", b"    }", b'      "id": '  # a station's block, and its first key, as the day writes them
Spans = dict[str, tuple[int, int]]  # station id -> (offset, length) of its entry in manifest.json


class StationsOnDisk(Mapping[str, StationEntry]):
    """The stations of a day's manifest by id, each parsed from its span of the file when asked (not kept)."""

    def __init__(self, path: Path, spans: Spans) -> None:
        self.path, self.spans = path, spans

    def __getitem__(self, station_id: str) -> StationEntry:
        start, length = self.spans[station_id]
        try:
            with self.path.open("rb") as manifest:
                manifest.seek(start)
                return station_entry(json.loads(manifest.read(length)))
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            raise KeyError(station_id) from None  # changed or damaged since it was indexed: as if not published

    def __iter__(self) -> Iterator[str]:
        return iter(self.spans)

    def __len__(self) -> int:
        return len(self.spans)


def stations_of(folder: Path) -> Mapping[str, StationEntry]:
    """The day's stations by id (empty when the day has no readable manifest), read one at a time."""
    path = folder / "manifest.json"
    try:
        spans = _spans(path)
    except OSError:
        return {}
    if spans is not None:
        return StationsOnDisk(path, spans)
    whole = read_manifest(folder)
    return {s.id: s for s in whole.stations} if whole else {}


def _spans(path: Path) -> Spans | None:
    """Where each station's entry lies, from one pass over the lines; None when the layout is not the usual one
    (or the file ends before its closing lines: a damaged day reads as before, whole, and so as unreadable)."""
    spans: Spans = {}
    offset, start, station_id, last = 0, -1, "", b""
    with path.open("rb") as manifest:
        for line in manifest:
            if line.rstrip(b"\r\n") == OPEN:
                start, station_id = offset, ""
            elif start >= 0 and not station_id:
                station_id = _id_of(line)
                if not station_id:
                    return None
            elif start >= 0 and line.rstrip(b",\r\n") == CLOSE:
                spans[station_id], start = (start, offset + len(CLOSE) - start), -1
            offset, last = offset + len(line), line if line.strip() else last
    return spans if spans and last.strip() == b"}" and start < 0 else None


def _id_of(line: bytes) -> str:
    """The station id on the first line of its block ("" when that line is not its id)."""
    if not line.startswith(ID):
        return ""
    try:
        found = json.loads(line[len(ID) :].rstrip(b",\r\n"))
    except ValueError:
        return ""
    return found if isinstance(found, str) else ""
