"""An admin adding and editing stations, their slots and dialect: stations.yaml written back, checked first.

The file is written whole from the stations as read, one station changed or added, in a stable key order
(id, name, district, dialect, slots, engines, voices, area_codes, languages), the comment lines at its top
kept. The new text is checked by the same reader `loa validate` uses (load_stations) in a hidden file beside it,
and only then renamed over stations.yaml: a reader sees the old file or the new one, never half of one, and a wrong
field is said at the form field it came from (each line written knows its field). A station's id is fixed once
made: announcements, users and published days name it.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

from ..domain.model import Station
from ..domain.settings import Settings
from ..errors import LoaError, Problem
from ..i18n import tr
from ..workspace.fields import slugify
from ..workspace.saving import edit_lock
from ..workspace.settings_file import load_settings
from ..workspace.stations import load_stations
from .announcement_form import FormInvalid

CLOCK = re.compile(r"^(\d{1,2}):(\d{2})$")


@dataclass(frozen=True)
class SlotRow:
    """A slot as the form holds it: its name, start (HH:MM) and length in minutes, as typed."""

    name: str = ""
    start: str = ""
    minutes: str = ""


@dataclass(frozen=True)
class Entry:
    """A station as the file writes it: its slots as (name, "HH:MM-HH:MM"), the rest as read."""

    id: str
    name: str
    district: str
    dialect: str
    spans: tuple[tuple[str, str], ...]
    engines: tuple[str, ...] = ()
    voices: tuple[tuple[str, str], ...] = ()
    area_codes: tuple[str, ...] = ()
    languages: tuple[str, ...] = ("vi",)
    relays: tuple[tuple[str, str, str], ...] = ()  # (slot, stream, fallback) of slots that relay: the form keeps them

    @classmethod
    def of(cls, s: Station) -> Entry:
        spans = tuple((slot.name, f"{slot.start:%H:%M}-{slot.end:%H:%M}") for slot in s.slots)
        relays = tuple((slot.name, slot.relay, slot.relay_fallback) for slot in s.slots if slot.relay)
        return cls(s.id, s.name, s.district, s.dialect, spans, s.engines or (), s.voices, s.area_codes,
                   s.languages, relays)  # fmt: skip


@dataclass(frozen=True)
class StationForm:
    id: str = ""  # empty for a new station: made from its name
    name: str = ""
    district: str = ""
    dialect: str = "bac"
    slots: tuple[SlotRow, ...] = ()


def form_of(station: Station) -> StationForm:
    rows = tuple(SlotRow(s.name, f"{s.start:%H:%M}", str(s.seconds // 60)) for s in station.slots)
    return StationForm(station.id, station.name, station.district, station.dialect, rows)


def save(root: Path, form: StationForm, editing: str) -> str:
    """Write `form` as the station `editing` (a new one when empty) into stations.yaml; its id. FormInvalid
    names the fields to fix (slot-N for the N-th slot row); nothing is written then."""
    path = root / "stations.yaml"
    with edit_lock(root):
        stations = [Entry.of(s) for s in load_stations(path, "")]  # a slot in the quiet hours can be fixed here
        new = _entry(form, editing, stations)
        others = [new if s.id == editing else s for s in stations] if editing else [*stations, new]
        text, fields = stations_yaml(_header(path), others, new.id)
        _write_checked(path, text, fields, _quiet_hours(root))
    return new.id


def _entry(form: StationForm, editing: str, stations: list[Entry]) -> Entry:
    """The form as a station (its slots as 'HH:MM-HH:MM'), with what the form does not show kept."""
    old = next((s for s in stations if s.id == editing), None)
    if editing and old is None:
        raise FormInvalid({"_": tr("this station is no longer in stations.yaml: open the list again")})
    wrong = {f"slot-{n}": _slot_wrong(row) for n, row in enumerate(form.slots) if row.name.strip()}
    wrong = {key: what for key, what in wrong.items() if what}
    new_id = old.id if old else _new_id(form.name, {s.id for s in stations})
    if not form.name.strip():
        wrong["name"] = tr("write the station's name as it is announced, e.g. Đài Truyền thanh xã An Bình")
    if not editing and (
        new_id in {s.id for s in stations} or slugify(form.name) in {slugify(s.name) for s in stations}
    ):
        wrong["name"] = tr("a station with this name is already in the list: give the new station another name")
    if wrong:
        raise FormInvalid(wrong)
    spans = tuple(_slot(row) for row in form.slots if row.name.strip())
    kept = old or Entry("", "", "", "bac", ())
    tidy = (" ".join(form.name.split()), " ".join(form.district.split()))
    relays = tuple(r for r in kept.relays if r[0] in {name for name, _ in spans})  # a slot kept keeps its relay
    return Entry(new_id, *tidy, form.dialect, spans, kept.engines, kept.voices, kept.area_codes, kept.languages,
                 relays)  # fmt: skip


def _new_id(name: str, taken: set[str]) -> str:
    """The commune's name ("Đài Truyền thanh xã Phúc Hòa" -> phuc-hoa), as `loa init` names its station: the id is in
    the operator's address, zip and USB folder; the whole name when the commune's is taken (a xã and a phường)."""
    whole = slugify(name)[:60].strip("-")
    short = re.sub(r"^(dai-)?(truyen-thanh-)?(co-so-)?(xa-|phuong-|thi-tran-)?", "", whole)
    return short if short and short not in taken else whole


def _slot_wrong(row: SlotRow) -> str:
    clock = CLOCK.match(row.start.strip())
    if clock is None or int(clock[1]) > 23 or int(clock[2]) > 59:
        return tr("write the start time as 05:30")
    if not row.minutes.strip().isdigit() or not 1 <= int(row.minutes) <= 600:
        return tr("write the length in minutes: a number from 1 to 600")
    if int(clock[1]) * 60 + int(clock[2]) + int(row.minutes) > 24 * 60 - 1:
        return tr("the slot would end after midnight: start earlier or make it shorter")
    return ""


def _slot(row: SlotRow) -> tuple[str, str]:
    hours, minutes = (int(part) for part in row.start.strip().split(":"))
    end = hours * 60 + minutes + int(row.minutes)
    return slugify(row.name)[:30] or row.name, f"{hours:02d}:{minutes:02d}-{end // 60:02d}:{end % 60:02d}"


def stations_yaml(header: list[str], stations: list[Entry], marked: str) -> tuple[str, dict[int, str]]:
    """The file's text, and for the station `marked` the form field of each line it takes (by line number)."""
    lines, fields = [*header, "stations:"], {}
    for station in stations:
        for key, line in _station_lines(station):
            lines.append(line)
            if station.id == marked:
                fields[len(lines)] = key
        lines.append("")
    return "\n".join(lines), fields


def _station_lines(station: Entry) -> list[tuple[str, str]]:
    found = [("name", f"  - id: {station.id}"), ("name", f"    name: {q(station.name)}")]
    found += [("district", f"    district: {q(station.district)}")] if station.district else []
    found += [("dialect", f"    dialect: {station.dialect}"), ("slots", "    slots:")]
    relays = {name: (url, fallback) for name, url, fallback in station.relays}
    for n, (name, span) in enumerate(station.spans):
        relay = relays.get(name)
        value = f"{{time: {q(span)}, relay: {q(relay[0])}, relay_fallback: {relay[1]}}}" if relay else q(span)
        found.append((f"slot-{n}", f"      {name}: {value}"))
    found += [("_", f"    engines: [{', '.join(station.engines)}]")] if station.engines else []
    found += [("_", "    voices:")] + [("_", f"      {k}: {q(v)}") for k, v in station.voices] if station.voices else []
    codes = ", ".join(q(c) for c in station.area_codes)
    found += [("_", f"    area_codes: [{codes}]")] if station.area_codes else []
    return found + ([("_", f"    languages: [{', '.join(station.languages)}]")] if station.languages[1:] else [])


def q(text: str) -> str:
    """`text` as a YAML double-quoted string (JSON's string is one): any name, colon or quote stays itself."""
    return json.dumps(text, ensure_ascii=False)


def _header(path: Path) -> list[str]:
    """The comment lines at the top of the file (what it is, how to write it), kept as they are."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line for line in lines[: next((i for i, x in enumerate(lines) if not x.startswith("#")), len(lines))]]


def _quiet_hours(root: Path) -> str:
    """loa.toml's quiet_hours; its default when loa.toml does not read (loa validate says why)."""
    try:
        return load_settings(root).quiet_hours
    except LoaError:
        return Settings().quiet_hours


def _write_checked(path: Path, text: str, fields: dict[int, str], quiet: str) -> None:
    part = path.with_name(f".{path.name}.{os.getpid()}.part")
    try:
        part.write_text(text + "\n", encoding="utf-8")
        try:
            load_stations(part, quiet)
        except LoaError as err:
            raise FormInvalid(_said(err.problems, fields)) from None
        os.replace(part, path)
    finally:
        part.unlink(missing_ok=True)


def _said(problems: tuple[Problem, ...], fields: dict[int, str]) -> dict[str, str]:
    said: dict[str, str] = {}
    for problem in problems:
        key = fields.get(problem.line or 0, "_")
        said[key] = f"{said[key]} {problem.plain}" if key in said else problem.plain
    return said
