"""A published day's `manifest.json` changed as text, station by station: an emergency's urgent items added.

An emergency sent ahead adds its files to every station's entry of a province's manifest (some 8 MB of JSON,
20,000 items) before it can air. Reading it as frozen values and writing it whole again cost some 0.25 CPU s;
here the text is only scanned (the C decoder, one station entry at a time, to find where each lies) and kept:
the entries the emergency changes get an `urgent` key written in the text's own style (indented as a build writes
it, or on one line), the others are copied as they are. The result is the manifest `Manifest.to_json` (or a build's
`ManifestWriter`) would write with those urgent items, byte for byte in either style.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

# The head of a manifest as Loa writes it (indented or on one line): the stations' list opens after it.
_HEAD = re.compile(r'\s*\{\s*"schema_version"\s*:\s*\d+\s*,\s*"date"\s*:\s*"[0-9-]+"\s*,\s*"stations"\s*:\s*\[')
_SPACE = re.compile(r"\s*")
_INDENT = "\n    "  # a station entry's own indent in an indented manifest (`station_pieces`)


@dataclass(frozen=True)
class Entry:
    """A station's entry: its id, where its JSON object lies in the text, and its urgent items as read."""

    id: str
    start: int
    end: int
    urgent: tuple[dict[str, Any], ...] | None  # None: the entry has no `urgent` key


@dataclass(frozen=True)
class ManifestText:
    """A manifest's text and its station entries, in order."""

    text: str
    entries: tuple[Entry, ...]

    def ids(self) -> list[str]:
        return [entry.id for entry in self.entries]


def scanned(text: str) -> ManifestText | None:
    """The manifest's station entries; None when the text is not a manifest as Loa writes it."""
    head = _HEAD.match(text)
    if head is None:
        return None
    try:
        entries, end = _entries(text, head.end())
    except (ValueError, KeyError, TypeError, AttributeError):  # a station entry of another shape
        return None
    if not re.fullmatch(r"\s*\}\s*", text[end:]):
        return None
    return ManifestText(text, tuple(entries))


def _entries(text: str, at: int) -> tuple[list[Entry], int]:
    """The entries from `at` (just inside the stations' list) and where the list closes (after its `]`)."""
    decoder, found = json.JSONDecoder(), list[Entry]()
    at = _SPACE.match(text, at).end()  # type: ignore[union-attr]  # matches the empty string at worst
    if text.startswith("]", at):
        return found, at + 1
    while True:
        data, end = decoder.raw_decode(text, at)
        urgent = data.get("urgent")
        found.append(Entry(str(data["id"]), at, end, None if urgent is None else tuple(dict(i) for i in urgent)))
        if not isinstance(data["slots"], list):
            raise TypeError("slots")
        at = _SPACE.match(text, end).end()  # type: ignore[union-attr]
        if text.startswith("]", at):
            return found, at + 1
        if not text.startswith(",", at):
            raise ValueError("no separator")
        at = _SPACE.match(text, at + 1).end()  # type: ignore[union-attr]


def with_urgent(day: ManifestText, announcement_id: str, items: Mapping[str, Sequence[dict[str, Any]]]) -> str:
    """The manifest with each station's urgent items of `announcement_id` replaced by `items[station]` (the stations
    not in `items` as they are)."""
    return "".join(_pieces(day, announcement_id, items))


def _pieces(day: ManifestText, announcement_id: str, items: Mapping[str, Sequence[dict[str, Any]]]) -> Iterator[str]:
    done = 0
    for entry in day.entries:
        if entry.id not in items:
            continue
        yield day.text[done : entry.start]
        kept = [i for i in entry.urgent or () if i.get("announcement_id") != announcement_id]
        yield _entry_text(day.text[entry.start : entry.end], entry, [*kept, *items[entry.id]])
        done = entry.end
    yield day.text[done:]


def _entry_text(text: str, entry: Entry, urgent: list[dict[str, Any]]) -> str:
    """A station's entry with these urgent items, in the style it was written in (`urgent` is its last key)."""
    indented = "\n" in text
    if entry.urgent is not None:  # rare (a second emergency the same day): the entry encoded again, whole
        return _encoded({**json.loads(text), "urgent": urgent}, indented, _INDENT)
    if indented:
        return f'{text[:-1].rstrip()},{_INDENT}  "urgent": {_encoded(urgent, True, _INDENT + "  ")}{_INDENT}}}'
    return f'{text[:-1].rstrip()}, "urgent": {_encoded(urgent, False, "")}}}'


def _encoded(value: Any, indented: bool, depth: str) -> str:
    """`value` as JSON in the manifest's style (indented: each line break followed by `depth`, its place)."""
    if not indented:
        return json.dumps(value, ensure_ascii=False)
    return json.dumps(value, ensure_ascii=False, indent=2).replace("\n", depth)
