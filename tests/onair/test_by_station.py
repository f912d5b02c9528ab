"""The day before's stations for the program sheets, read one station at a time from its manifest.json."""

from __future__ import annotations

import dataclasses
import tracemalloc
from pathlib import Path

from pipeline.domain.manifest import Item, Manifest
from pipeline.onair.by_station import StationsOnDisk, stations_of
from pipeline.onair.published import write_manifest

from .test_published import _province


def test_the_stations_of_a_written_day_are_its_manifest_entries_read_one_at_a_time(tmp_path: Path) -> None:
    manifest = _province(4)
    urgent = (Item("khan.mp3", "Khẩn", "kc-1", "speech", 0.0, 9.5, "c" * 64, -16.0, -2.0, 0.1, "espeak-ng", True),)
    manifest = dataclasses.replace(manifest, stations=(*manifest.stations[:3], dataclasses.replace(
        manifest.stations[3], urgent=urgent)))  # fmt: skip
    write_manifest(tmp_path, manifest)
    stations = stations_of(tmp_path)
    assert isinstance(stations, StationsOnDisk)
    assert dict(stations) == {s.id: s for s in manifest.stations}
    assert stations.get("xa-9999") is None


def test_a_day_written_on_one_line_is_read_whole_as_before(tmp_path: Path) -> None:
    """An emergency sent ahead rewrites the day's manifest on one line (onair/urgent.py)."""
    manifest = _province(2)
    (tmp_path / "manifest.json").write_text(manifest.to_json(indent=None), encoding="utf-8")
    assert dict(stations_of(tmp_path)) == {s.id: s for s in manifest.stations}


def test_a_day_without_a_readable_manifest_has_no_stations(tmp_path: Path) -> None:
    assert not stations_of(tmp_path)
    write_manifest(tmp_path, _province(3))
    text = (tmp_path / "manifest.json").read_bytes()
    (tmp_path / "manifest.json").write_bytes(text[: len(text) // 2])  # cut short: the day is unreadable
    assert not stations_of(tmp_path)
    write_manifest(tmp_path, Manifest("2021-08-10", ()))
    assert not stations_of(tmp_path)


def test_the_day_before_is_indexed_without_holding_its_entries(tmp_path: Path) -> None:
    """Read whole, a province's manifest held its entries, several times the file's size (some 6 MB at 200
    stations) through the whole assembly; indexed, only where each station lies."""
    write_manifest(tmp_path, _province(30))
    tracemalloc.start()
    try:
        stations = stations_of(tmp_path)
        held = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    assert len(stations) == 30
    assert held < (tmp_path / "manifest.json").stat().st_size / 20, held
