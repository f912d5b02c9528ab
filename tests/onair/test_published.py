"""A day's manifest written to its folder: the same bytes as before, without holding a province's text in memory."""

from __future__ import annotations

import dataclasses
import tracemalloc
from pathlib import Path

import pytest

from pipeline.domain.manifest import Item, Manifest, Relay, SlotEntry, StationEntry
from pipeline.errors import LoaError
from pipeline.onair.publish import verify_staging
from pipeline.onair.published import as_written, read_manifest, write_manifest


def _item(n: int, station: int, emergency: bool = False) -> Item:
    return Item(f"phan-doan/sang_{n:02d}-tb-{n:02d}.mp3", f"Thông báo số {n} \"mới\"", f"tb-{n:02d}", "speech",
                n * 31.1, 31.1, f"{station:032d}{n:032d}", -16.0, None, 0.4, "espeak-ng", emergency)  # fmt: skip


def _province(stations: int, items: int = 24) -> Manifest:
    def slot(station: int, name: str) -> SlotEntry:
        return SlotEntry(f"xa-{station:04d}", name, "Buổi sáng", "05:30", 3600, f"{name}.mp3", f"{name}.m3u8",
                         1800.5, "a" * 64, False, tuple(_item(n, station, n == 0) for n in range(items)))  # fmt: skip

    entries = (
        StationEntry(f"xa-{s:04d}", f"Đài xã Tân Dĩnh {s}", (slot(s, "sang"), slot(s, "chieu")))
        for s in range(stations)
    )
    return Manifest("2021-08-10", tuple(entries))


def test_a_written_manifest_is_the_manifest_as_json_byte_for_byte(tmp_path: Path) -> None:
    manifest = _province(3)
    write_manifest(tmp_path, manifest)
    assert (tmp_path / "manifest.json").read_bytes() == manifest.to_json().encode("utf-8")
    assert read_manifest(tmp_path) == manifest


def test_an_empty_day_is_written_as_before(tmp_path: Path) -> None:
    write_manifest(tmp_path, Manifest("2021-08-10", ()))
    assert (tmp_path / "manifest.json").read_text(encoding="utf-8") == Manifest("2021-08-10", ()).to_json()


def test_writing_a_province_manifest_holds_less_than_its_size_in_memory(tmp_path: Path) -> None:
    """Written whole, the text and the list of pieces it is joined from took about 7 times the file's size at the
    peak (40 MB for 200 stations): the build's memory grew with stations."""
    manifest = _province(30)
    tracemalloc.start()
    try:
        write_manifest(tmp_path, manifest)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    size = (tmp_path / "manifest.json").stat().st_size
    assert peak < 1.5 * size, (peak, size)


def test_a_written_manifest_is_checked_by_its_checksum_then_read_back_one_station_at_a_time(tmp_path: Path) -> None:
    """The check before publishing took the day the build holds, once more, parsed from its text and JSON (some
    23 MB for 200 stations); then the entries the build held (6 MB). Now the bytes are hashed in blocks (1 MB at a
    time) and each station's entry is read back alone, where the writer said it lies."""
    manifest = _province(100)
    written = write_manifest(tmp_path, manifest)
    size = (tmp_path / "manifest.json").stat().st_size
    tracemalloc.start()
    try:
        checked = as_written(tmp_path, written)
        assert checked is not None
        stations = [station == expected for station, expected in zip(checked, manifest.stations, strict=True)]
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert all(stations)
    assert peak < min(size, 3_000_000), (peak, size)  # the blocks hashed; a station read back is some 25 kB


def test_a_manifest_changed_after_writing_is_not_taken_as_written(tmp_path: Path) -> None:
    written = write_manifest(tmp_path, _province(2))
    text = (tmp_path / "manifest.json").read_text(encoding="utf-8")
    (tmp_path / "manifest.json").write_text(text.replace("xa-0001", "xa-0009"), encoding="utf-8")
    assert as_written(tmp_path, written) is None
    (tmp_path / "manifest.json").unlink()
    assert as_written(tmp_path, written) is None


def test_the_check_before_publishing_refuses_a_manifest_changed_after_writing(tmp_path: Path) -> None:
    written = write_manifest(tmp_path, Manifest("2021-08-10", ()))
    verify_staging(tmp_path, {}, written)  # as written: nothing to say
    (tmp_path / "manifest.json").write_text(Manifest("2021-08-11", ()).to_json(), encoding="utf-8")
    with pytest.raises(LoaError) as raised:
        verify_staging(tmp_path, {}, written)
    assert raised.value.problems[0].file == tmp_path / "manifest.json"


def test_a_manifest_written_station_by_station_keeps_its_bytes_with_urgent_items_and_relays(tmp_path: Path) -> None:
    one = _province(1).stations[0]
    relayed = dataclasses.replace(one.slots[0], relay=Relay("http://vov.vn/live\n", "silence"))
    urgent = StationEntry(one.id, "Đài\nxã", (relayed, *one.slots[1:]), (_item(7, 0, True),))
    for manifest in (Manifest("2021-08-10", (urgent,)), Manifest("2021-08-10", (one, urgent, one))):
        write_manifest(tmp_path, manifest)
        assert (tmp_path / "manifest.json").read_bytes() == manifest.to_json().encode("utf-8")
