"""The published day's manifest as frozen values: day → stations → slots → items.

`manifest.json` is the machine-readable truth of what a day airs: Loa's own readers
(verify, reports, pruning, emergencies) and playout systems or vendor panels read it.
Its shape is fixed by `pipeline/data/manifest.schema.json` (JSON Schema, shipped with the
package); `schema_version` changes when a field changes meaning or disappears.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

SCHEMA_VERSION = 2  # 2: items in phan-doan/, dated slot files, slot labels, the emergency flag

SHEET_FILE = "lich-phat.html"  # in each station folder of a published day: the program sheet to open or print
GUIDE_FILE = "HUONG-DAN.txt"  # which file to play when, in plain words


RECORDED = "recorded"  # the engine of an item that airs a person's recording (`audio:`), not a voice


@dataclass(frozen=True)
class Item:
    """One file of a slot's program, in play order.

    Attributes:
        file: its name in the station folder; start: seconds from the slot file's start; duration: seconds.
        kind: "speech" (synthesized or recorded) or "jingle"; announcement_id: None for the frame and chimes.
        lufs, true_peak: measured on the file (None: silent); longest_silence: seconds; engine: who spoke it.
        emergency: part of a khẩn-cấp announcement (marked KHẨN CẤP in every output).
    """

    file: str
    title: str
    announcement_id: str | None
    kind: str
    start: float
    duration: float
    sha256: str
    lufs: float | None
    true_peak: float | None
    longest_silence: float
    engine: str
    emergency: bool = False


@dataclass(frozen=True)
class Relay:
    """A slot that relays a stream (tiếp sóng VOV, the province, the district) at its times.

    Attributes:
        url: the stream (http/https, e.g. an Icecast mount).
        fallback: "program" (the slot's own program, its items, airs while the stream is down) or "silence".
    """

    url: str
    fallback: str = "program"


@dataclass(frozen=True)
class SlotEntry:
    """A slot of a station: its joined file, its playlist, and its items (for a relay: what airs if it fails)."""

    station: str
    slot: str
    label: str  # "Buổi sáng"
    start: str  # HH:MM, local time of the workspace
    length: int  # the slot's length in seconds
    file: str
    playlist: str
    duration: float
    sha256: str
    overlong: bool
    items: tuple[Item, ...]
    relay: Relay | None = None

    @property
    def emergency(self) -> bool:
        return any(item.emergency for item in self.items)


@dataclass(frozen=True)
class StationEntry:
    """A station's day: its slots, and the emergencies cut in before its slots were rebuilt to hold them.

    `urgent` lists the files (chimes and speech, in play order) of each emergency published for the station to
    air at once (through its player's control socket) while the slot files that include it are still being
    rebuilt; the slots say only what their files hold. A rebuild keeps an urgent item while a slot still airs
    its announcement, so an emergency event sent earlier still names files the day lists.
    """

    id: str
    name: str
    slots: tuple[SlotEntry, ...]
    urgent: tuple[Item, ...] = ()

    def files(self) -> Iterator[tuple[str, str]]:
        """(file name, sha256) of every audio file: slot files, items and urgent items."""
        for slot in self.slots:
            yield slot.file, slot.sha256
            for item in slot.items:
                yield item.file, item.sha256
        for item in self.urgent:
            yield item.file, item.sha256

    def holds(self, announcement_id: str) -> bool:
        """Whether the day airs the announcement at this station: in a slot, or cut in (urgent)."""
        items = (*(i for slot in self.slots for i in slot.items), *self.urgent)
        return any(item.announcement_id == announcement_id for item in items)

    def as_dict(self) -> dict[str, Any]:
        """As in manifest.json: `urgent` only when there is one (a day without stays as it was, and its version)."""
        data: dict[str, Any] = {"id": self.id, "name": self.name, "slots": [_slot_dict(s) for s in self.slots]}
        if self.urgent:
            data["urgent"] = [dict(vars(item)) for item in self.urgent]
        return data


def _slot_dict(slot: SlotEntry) -> dict[str, Any]:
    """As `dataclasses.asdict` gives it (same keys, same order), without its deep copies: a province's manifest
    is some 20,000 items, written again by every emergency. A slot that relays nothing has no `relay` key
    (manifests stay as they were)."""
    data = {**vars(slot), "items": [dict(vars(item)) for item in slot.items]}
    if slot.relay is None:
        del data["relay"]
    else:
        data["relay"] = dict(vars(slot.relay))
    return data


@dataclass(frozen=True)
class Manifest:
    date: str  # ISO date
    stations: tuple[StationEntry, ...]
    schema_version: int = SCHEMA_VERSION

    def station(self, station_id: str) -> StationEntry | None:
        return next((s for s in self.stations if s.id == station_id), None)

    def to_json(self, indent: int | None = 2) -> str:
        """The manifest as JSON; `indent=None` writes it on one line, several times faster (an emergency sent
        ahead rewrites a province's manifest before the bulletin can air: Python's JSON indents in pure Python)."""
        return json.dumps(self._data(), ensure_ascii=False, indent=indent)

    def json_pieces(self) -> Iterator[str]:
        """`to_json()` piece by piece, for writing a province's manifest without ever holding it whole:
        `json.dumps` with an indent first lists every small piece (some 190 kB per station of 50 items). Each
        station's dictionary is made as it is written, not the whole day's at once: a station is encoded alone
        and indented to its place (JSON text has no line break but those of its indent)."""
        if not self.stations:
            yield from json.JSONEncoder(ensure_ascii=False, indent=2).iterencode(self._data())
            return
        yield head_piece(self.date, self.schema_version)
        for number, station in enumerate(self.stations):
            yield from station_pieces(station, number)
        yield TAIL_PIECE

    def _data(self) -> dict[str, Any]:
        return {
            "schema_version": self.schema_version,
            "date": self.date,
            "stations": [s.as_dict() for s in self.stations],
        }

    @classmethod
    def from_json(cls, text: str) -> Manifest:
        """The manifest in `text`; ValueError when it is not one (damaged or of another shape)."""
        try:
            data = json.loads(text)
            return cls(
                str(data["date"]), tuple(station_entry(s) for s in data["stations"]), int(data.get("schema_version", 1))
            )
        except (KeyError, TypeError, AttributeError) as err:
            raise ValueError(f"not a Loa manifest ({err})") from None


TAIL_PIECE = "\n  ]\n}"  # after the last station of a day that has stations


def head_piece(date: str, schema_version: int = SCHEMA_VERSION) -> str:
    """`manifest.json` up to its first station (of a day that has stations)."""
    encoder = json.JSONEncoder(ensure_ascii=False, indent=2)
    return encoder.encode({"schema_version": schema_version, "date": date})[:-2] + ',\n  "stations": ['


def station_pieces(station: StationEntry, number: int) -> Iterator[str]:
    """The `number`th station's entry of `manifest.json` (from 0), indented to its place, with the separator before
    it: a station is encoded alone (JSON text has no line break but those of its indent)."""
    encoder = json.JSONEncoder(ensure_ascii=False, indent=2)
    yield ",\n    " if number else "\n    "
    yield from (piece.replace("\n", "\n    ") for piece in encoder.iterencode(station.as_dict()))


def station_entry(data: dict[str, Any]) -> StationEntry:
    """A station's entry from its JSON value (KeyError, TypeError when it is not one)."""
    urgent = tuple(Item(**item) for item in data.get("urgent", ()))
    return StationEntry(data["id"], data["name"], tuple(_slot(s) for s in data["slots"]), urgent)


def _slot(data: dict[str, Any]) -> SlotEntry:
    fields = {
        k: data[k] for k in ("station", "slot", "start", "length", "file", "playlist", "duration", "sha256", "overlong")
    }
    label = str(data.get("label", data["slot"]))  # version 1 had no labels
    relay = Relay(**data["relay"]) if data.get("relay") else None  # only relay slots have one (issue 30)
    return SlotEntry(**fields, label=label, items=tuple(Item(**item) for item in data["items"]), relay=relay)
