"""A day's manifest written to its folder: the same bytes as before, without holding a province's text in memory."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

from pipeline.domain.manifest import Item, Manifest, SlotEntry, StationEntry
from pipeline.onair.published import read_manifest, write_manifest


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
