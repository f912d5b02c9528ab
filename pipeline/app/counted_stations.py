"""The stations as the last `loa report` read them from stations.yaml: WORKSPACE/.loa/dai-da-doc.json.

Parsing and checking a district's stations.yaml (200 stations) took 25-35 ms of every `loa report --month`, a
fifth of one that had nothing new to read. The file keeps the stations read, with a digest of the text they were
read from and of loa.toml's quiet hours (a slot in them is a problem). When both are as they were, the stations are
those kept here; a file that is missing, damaged or of another VERSION counts as nothing kept: the text is parsed
as before. Only stations that passed every check are kept, so a problem is always reported from the file.
"""

from __future__ import annotations

from datetime import time
from pathlib import Path
from typing import Any

from ..adapters.files import keep, read_kept
from ..build.month_store import digest
from ..domain.model import Slot, Station
from ..workspace.stations import parse_stations, stations_text

STORE = Path(".loa") / "dai-da-doc.json"
VERSION = 1


def kept_stations(root: Path, quiet: str) -> tuple[Station, ...]:
    """load_stations of root/stations.yaml (ValidationFailed the same), parsed only when its text or `quiet` changed."""
    path = root / "stations.yaml"
    text = stations_text(path)
    read = digest([quiet, text])
    kept = _read(root, read)
    if kept is not None:
        return kept
    stations = parse_stations(text, path, quiet)
    keep(root / STORE, VERSION, {"read": read, "stations": [_row(s) for s in stations]})
    return stations


def _read(root: Path, read: str) -> tuple[Station, ...] | None:
    data = read_kept(root / STORE, VERSION)
    if data is None or data.get("read") != read:
        return None
    try:
        return tuple(_station(row) for row in data["stations"])
    except (KeyError, TypeError, ValueError):
        return None


def _row(station: Station) -> list[Any]:
    slots = [[s.name, s.start.isoformat(), s.end.isoformat(), s.relay, s.relay_fallback] for s in station.slots]
    return [station.id, station.name, station.district, station.dialect, slots, station.line,
            list(station.engines), [list(pair) for pair in station.voices], list(station.area_codes),
            list(station.languages)]  # fmt: skip


def _station(row: Any) -> Station:
    """A kept station, its types checked (a damaged file is parsed again, never trusted)."""
    key, name, district, dialect, slots, line, engines, voices, codes, languages = row
    lists = (slots, engines, voices, codes, languages, *voices)
    if type(line) is not int or not all(type(part) is list for part in lists) or any(len(v) != 2 for v in voices):
        raise ValueError(row)
    if not _texts([key, name, district, dialect, *engines, *codes, *languages, *(w for v in voices for w in v)]):
        raise ValueError(row)
    return Station(key, name, district, dialect, tuple(_slot(slot) for slot in slots), line, tuple(engines),
                   tuple((v[0], v[1]) for v in voices), tuple(codes), tuple(languages))  # fmt: skip


def _slot(row: Any) -> Slot:
    name, start, end, relay, fallback = row
    if type(row) is not list or not _texts([name, start, end, relay, fallback]):
        raise ValueError(row)
    return Slot(name, time.fromisoformat(start), time.fromisoformat(end), relay, fallback)


def _texts(values: list[Any]) -> bool:
    return all(type(value) is str for value in values)
