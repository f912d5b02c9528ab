"""An emergency's urgent items added to a published manifest as text (issue 31.4): the same bytes as writing the
day again with them, whether the day was written indented (a build) or on one line (an emergency before)."""

from __future__ import annotations

import dataclasses
from hashlib import sha256
from pathlib import Path

import pytest

from pipeline.domain.manifest import Item, Manifest, StationEntry
from pipeline.onair.manifest_text import scanned, with_urgent
from pipeline.onair.published import write_manifest
from pipeline.onair.urgent import add_urgent, read_ahead

from .test_published import _item, _province


def _with(manifest: Manifest, announcement_id: str, items: dict[str, tuple[Item, ...]]) -> Manifest:
    """The manifest as the typed path makes it: the announcement's urgent items replaced, the others kept."""

    def entry(s: StationEntry) -> StationEntry:
        kept = tuple(i for i in s.urgent if i.announcement_id != announcement_id)
        return dataclasses.replace(s, urgent=(*kept, *items[s.id])) if s.id in items else s

    return dataclasses.replace(manifest, stations=tuple(entry(s) for s in manifest.stations))


@pytest.mark.parametrize("indent", [2, None], ids=["indented", "one-line"])
def test_urgent_items_added_as_text_are_the_manifest_written_with_them(indent: int | None) -> None:
    day = _province(4, items=3)
    first = {"xa-0000": (_item(7, 0, True),), "xa-0002": (_item(7, 2, True), _item(8, 2, True))}
    again = {"xa-0002": (_item(9, 2, True),), "xa-0003": (_item(9, 3, True),)}  # xa-0002 has bao-7's: kept
    text = day.to_json(indent=indent)
    for announcement_id, items in (("tb-07", first), ("tb-09", again), ("tb-07", again)):
        scan = scanned(text)
        assert scan is not None and scan.ids() == [s.id for s in day.stations]
        text = with_urgent(scan, announcement_id, {s: [dict(vars(i)) for i in found] for s, found in items.items()})
        day = _with(day, announcement_id, items)
        assert text == day.to_json(indent=indent)


@pytest.mark.parametrize("text", ["", "[]", '{"date": "2021-08-10", "stations": []}',
                                  '{"schema_version": 2, "date": "2021-08-10", "stations": [{"id": "a"}]}',
                                  '{"schema_version": 2, "date": "2021-08-10", "stations": [["a"]]}',
                                  '{"schema_version": 2, "date": "2021-08-10", "stations": [] } x'])  # fmt: skip
def test_a_text_that_is_no_manifest_is_not_scanned(text: str) -> None:
    assert scanned(text) is None


def test_an_empty_day_scans_to_no_station() -> None:
    scan = scanned(Manifest("2021-08-10", ()).to_json())
    assert scan is not None and scan.ids() == []


def test_a_build_written_day_gets_its_urgent_items_in_its_own_style(tmp_path: Path) -> None:
    """The day as a build writes it (station by station, indented) stays so: a reader sees the build's bytes with
    the urgent entry, as if the build had written it."""
    day = _province(3, items=2)
    write_manifest(tmp_path, day)
    stored = tmp_path / "store.mp3"
    stored.write_bytes(b"bulletin")
    item = dataclasses.replace(_item(1, 1, True), file="phan-doan/khan-cap.mp3", sha256=sha256(b"bulletin").hexdigest())
    assert add_urgent(tmp_path, "tb-01", {"xa-0001": ((item, stored),)}, read_ahead(tmp_path)) == ["xa-0001"]
    written = (tmp_path / "manifest.json").read_text(encoding="utf-8")
    assert written == _with(day, "tb-01", {"xa-0001": (item,)}).to_json()
    assert (tmp_path / "xa-0001" / "phan-doan" / "khan-cap.mp3").read_bytes() == b"bulletin"
