"""Reading stations.yaml."""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import time
from pathlib import Path
from types import MappingProxyType
from urllib.parse import urlsplit

from ..adapters.files import read_text
from ..domain.limits import LIMITS
from ..domain.model import Slot, Station
from ..domain.quiet import QuietHours, quiet_hours
from ..errors import Problem, ValidationFailed
from ..i18n import tr
from .fields import SLUG, Fields, slugify
from .languages import station_languages
from .yamlfile import Located, load_yaml

STATION_FIELDS = ("id", "name", "district", "dialect", "slots", "engines", "voices", "area_codes", "languages")
DIALECTS = ("bac", "trung", "nam")
AREA_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9.\-]{0,31}$")  # "25057", "VN-24": no spaces
SLOT_RANGE = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$")
SLOT_FIELDS = ("time", "relay", "relay_fallback")  # a slot written as a mapping: a relay (tiếp sóng)
RELAY_FALLBACKS = ("program", "silence")


@dataclass(frozen=True)
class StationNames:
    """Stations by what a person types, prepared once for many lookups: a district's 10,000 announcements name
    some 20,000 stations, and slugging every station's name for each took a build and `loa report` 18 s."""

    ids: tuple[str, ...]
    first_id: Mapping[str, int]  # an id -> the first station with it
    first_either: Mapping[str, int]  # an id or a name as a slug -> the first station it is
    slugs: tuple[str, ...]  # each station's name as a slug

    @classmethod
    def of(cls, stations: tuple[Station, ...]) -> StationNames:
        slugs = tuple(slugify(s.name) for s in stations)
        first_id: dict[str, int] = {}
        first_either: dict[str, int] = {}
        for n, (station, slug) in enumerate(zip(stations, slugs, strict=True)):
            first_id.setdefault(station.id, n)
            first_either.setdefault(station.id, n)
            first_either.setdefault(slug, n)
        return cls(tuple(s.id for s in stations), MappingProxyType(first_id), MappingProxyType(first_either), slugs)

    def id_of(self, typed: str) -> str | None:
        """The station a person means: its id, or its name in full or in part ("Tân Dĩnh", "xã Tân Dĩnh",
        "tan dinh"); the first station in the file that matches, as a search in order would find."""
        wanted = slugify(typed)
        first = min(self.first_id.get(typed, len(self.ids)), self.first_either.get(wanted, len(self.ids)))
        if first < len(self.ids):
            return self.ids[first]
        ends = [key for key, slug in zip(self.ids, self.slugs, strict=True) if slug.endswith(f"-{wanted}")]
        return ends[0] if len(ends) == 1 else None

    def ids_of(self, typed: tuple[str, ...]) -> tuple[str, ...]:
        """Each typed station as its id where one is meant; what matches nothing stays as typed."""
        return tuple(self.id_of(t) or t for t in typed)


def station_id(stations: tuple[Station, ...], typed: str) -> str | None:
    """The station a person means (StationNames.id_of)."""
    return StationNames.of(stations).id_of(typed)


def station_ids(stations: tuple[Station, ...], typed: tuple[str, ...]) -> tuple[str, ...]:
    """Each typed station as its id where one is meant; what matches nothing stays as typed (the caller says so)."""
    return StationNames.of(stations).ids_of(typed)


def load_stations(path: Path, quiet: str) -> tuple[Station, ...]:
    """All stations, or ValidationFailed listing every problem in the file; `quiet` is loa.toml's quiet_hours
    (no slot may touch them; "" allows night slots)."""
    return parse_stations(stations_text(path), path, quiet)


def stations_text(path: Path) -> str:
    """stations.yaml's text, or ValidationFailed when it is missing or cannot be read."""
    if not path.exists() and not path.is_symlink():
        fix = tr("create it (see README: stations.yaml) or run 'loa init DIR' for an example")
        raise ValidationFailed(Problem(path, None, tr("stations.yaml is missing"), fix))
    return read_text(path, path.parent, LIMITS.stations_bytes)


def parse_stations(text: str, path: Path, quiet: str) -> tuple[Station, ...]:
    """`load_stations` of stations.yaml's `text` (app/counted_stations.py keeps what it gives, by the text)."""
    doc = load_yaml(text, path)
    entries = doc.data.get("stations") if isinstance(doc.data, dict) else None
    if not isinstance(entries, list) or not entries:
        fix = tr("start the file with 'stations:' followed by a list of '- id: ...' entries")
        raise ValidationFailed(Problem(path, 1, tr("no stations found"), fix))
    problems: list[Problem] = []
    stations = [_station(doc, index, problems) for index in range(len(entries))]
    _check_unique(doc, stations, problems)
    problems += _quiet_slots(doc, stations, _quiet_or_none(quiet))
    if problems:
        raise ValidationFailed(*problems)
    return tuple(stations)


def _station(doc: Located, index: int, problems: list[Problem]) -> Station:
    if not isinstance(doc.data["stations"][index], dict):
        problems.append(
            doc.problem(
                ("stations", index),
                tr("a station must be a set of fields"),
                tr("write '- id: ...' and the fields below it"),
            )
        )
        return Station("", "", "", "bac", ())
    fields = Fields(doc, ("stations", index), problems)
    fields.unknown(STATION_FIELDS)
    return Station(
        id=fields.slug("id"),
        name=fields.text("name"),
        district=fields.text("district", ""),
        dialect=fields.choice("dialect", DIALECTS, "bac"),
        slots=_slots(fields),
        line=doc.line("stations", index) or 0,
        engines=fields.names("engines") or (),
        voices=_voices(fields),
        area_codes=_area_codes(fields),
        languages=station_languages(fields),
    )


def _area_codes(fields: Fields) -> tuple[str, ...]:
    """Codes in quotes: unquoted, YAML reads 00123 as a number and drops its zeros (or reads it as octal)."""
    raw = fields.raw.get("area_codes")
    if raw is None:
        return ()
    items = raw if isinstance(raw, list) else [raw]
    if not all(isinstance(code, str) and AREA_CODE.match(code) for code in items):
        fields.note(
            "area_codes",
            tr("'area_codes' must be a list of administrative codes in quotes, without spaces"),
            tr('write e.g. area_codes: ["25057", "217", "24"] (commune, district, province)'),
        )
        return ()
    return tuple(dict.fromkeys(str(code) for code in items))


def _voices(fields: Fields) -> tuple[tuple[str, str], ...]:
    raw = fields.raw.get("voices")
    if raw is None:
        return ()
    if not isinstance(raw, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in raw.items()):
        fields.note(
            "voices",
            tr("'voices' must name a voice per engine"),
            tr("write e.g.\n  voices:\n    piper: voices/vi_VN-vais1000-medium.onnx"),
        )
        return ()
    return tuple((str(k), str(v)) for k, v in raw.items())


def _slots(fields: Fields) -> tuple[Slot, ...]:
    raw = fields.raw.get("slots")
    if not isinstance(raw, dict) or not raw:
        fields.note("slots", tr("a station needs at least one slot"), tr('add e.g.\n  slots:\n    sang: "05:30-06:00"'))
        return ()
    if len(raw) > LIMITS.slots_per_station:
        fields.note(
            "slots",
            tr("a station has at most {slots_per_station} slots", slots_per_station=LIMITS.slots_per_station),
            tr("merge or remove some slots"),
        )
        return ()
    found = sorted(
        (s for s in (_slot(fields, str(name), value) for name, value in raw.items()) if s is not None),
        key=lambda s: s.start,
    )
    for before, after in itertools.pairwise(found):
        if after.start < before.end:
            times = f"{before.start:%H:%M}-{before.end:%H:%M}, {after.start:%H:%M}-{after.end:%H:%M}"
            what = tr("slots '{name}' and '{name2}' overlap ({times})", name=before.name, name2=after.name, times=times)
            fields.note("slots", what, tr("a station airs one slot at a time: make them follow each other"))
    return tuple(found)


def _slot(fields: Fields, name: str, value: object) -> Slot | None:
    if isinstance(value, dict):
        return _relay_slot(fields, name)
    match = SLOT_RANGE.match(value) if isinstance(value, str) else None
    bounds = [int(g) for g in match.groups()] if match else []
    if not bounds or bounds[0] > 23 or bounds[2] > 23 or bounds[1] > 59 or bounds[3] > 59:
        fields.note(
            "slots",
            tr("slot '{name}' has an invalid time range {value!r}", name=name, value=value),
            tr('write it in quotes as "HH:MM-HH:MM", e.g. "05:30-06:00"'),
        )
        return None
    start, end = time(bounds[0], bounds[1]), time(bounds[2], bounds[3])
    if end <= start:
        fields.note(
            "slots", tr("slot '{name}' ends before it starts", name=name), tr("the end time must be later the same day")
        )
        return None
    if not SLUG.match(name):
        fields.note(
            "slots",
            tr("'{name}' is not a valid slot name", name=name),
            tr("use only a-z, 0-9 and '-', e.g. sang, chieu"),
        )
        return None
    return Slot(name, start, end)


def _quiet_or_none(text: str) -> QuietHours | None:
    try:
        return quiet_hours(text)
    except ValueError:
        return None  # loa.toml's own check says what is wrong with it, at its line


def _quiet_slots(doc: Located, stations: list[Station], quiet: QuietHours | None) -> list[Problem]:
    """A problem at each slot's own line that falls in the quiet hours."""
    if quiet is None:
        return []
    return [
        doc.problem(("stations", index, "slots", slot.name), _quiet_what(station, slot, quiet), _quiet_fix(quiet))
        for index, station in enumerate(stations)
        for slot in station.slots
        if quiet.touches(slot)
    ]


def _quiet_what(station: Station, slot: Slot, quiet: QuietHours) -> str:
    times = f"{slot.start:%H:%M}-{slot.end:%H:%M}"
    return tr(
        "slot '{slot}' ({times}) of station '{station}' falls in the quiet hours {quiet}, when no slot may air",
        slot=slot.name,
        times=times,
        station=station.id,
        quiet=quiet.label,
    )


def _quiet_fix(quiet: QuietHours) -> str:
    return tr(
        "move the slot outside {quiet}; or, if this district airs at night, change quiet_hours in loa.toml "
        '(quiet_hours = "" allows night slots)',
        quiet=quiet.label,
    )


def _relay_slot(fields: Fields, name: str) -> Slot | None:
    """`name: {time: "06:00-06:30", relay: URL, relay_fallback: program}`: the slot relays a stream at its times."""
    inner = Fields(fields.doc, (*fields.path, "slots", name), fields.problems)
    inner.unknown(SLOT_FIELDS)
    relay = inner.line("relay")
    fallback = inner.choice("relay_fallback", RELAY_FALLBACKS, "program")
    if relay and not _web_address(relay):
        inner.note(
            "relay",
            tr("the relay address '{url}' is not an http or https address", url=relay),
            tr("write the stream's address as given by the station, e.g. http://vov.example.vn:8000/vov1"),
        )
    span = inner.text("time")
    timed = _slot(fields, name, span) if span else None
    return Slot(timed.name, timed.start, timed.end, relay, fallback) if timed and relay else None


def _web_address(url: str) -> bool:
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018  (a port that is not a number raises here)
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.hostname) and not any(c.isspace() for c in url)


def _check_unique(doc: Located, stations: list[Station], problems: list[Problem]) -> None:
    seen: set[str] = set()
    for index, station in enumerate(stations):
        if station.id in seen:
            problems.append(
                doc.problem(
                    ("stations", index, "id"),
                    tr("station id '{id}' is used twice", id=station.id),
                    tr("give each station its own id"),
                )
            )
        seen.add(station.id)
