"""Relay slots in stations.yaml (tiếp sóng): read and checked at their file and line, kept by the stations admin,
published as a relay entry of the day, and counted as relay minutes where no play log came."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from pipeline import i18n
from pipeline.app.station_admin import form_of, save
from pipeline.build.check import load_workspace
from pipeline.build.statistics import PLANNED, RELAY, tally
from pipeline.domain.manifest import Manifest
from pipeline.errors import ValidationFailed
from pipeline.workspace.stations import load_stations

VOV = "http://127.0.0.1:8000/vov1"


def _stations(ws: Path, slot: str) -> Path:
    path = ws / "stations.yaml"
    path.write_text(path.read_text(encoding="utf-8") + slot, encoding="utf-8")
    return path


def test_a_relay_slot_is_read_with_its_stream_and_fallback(mini_ws: Path) -> None:
    path = _stations(mini_ws, f'      vov:\n        time: "06:00-06:30"\n        relay: {VOV}\n')
    vov = load_stations(path, "")[0].slots[1]
    assert (vov.name, vov.relay, vov.relay_fallback, vov.seconds) == ("vov", VOV, "program", 1800)


def test_a_wrong_relay_is_said_at_its_line_in_vietnamese(mini_ws: Path) -> None:
    path = _stations(
        mini_ws,
        '      vov:\n        time: "06:00-06:30"\n        relay: ftp://vov.vn/1\n        relay_fallback: nhac\n'
        '      tinh: {relay: "http://tinh.example/a"}\n',
    )
    i18n.use("vi")
    with pytest.raises(ValidationFailed) as failed:
        load_stations(path, "")
    said = {(p.line, p.what) for p in failed.value.problems}  # relay: line 10, relay_fallback: 11, tinh: 12
    assert (10, "địa chỉ tiếp sóng 'ftp://vov.vn/1' không phải địa chỉ http hay https") in said
    assert (11, "'nhac' không phải relay_fallback hợp lệ") in said
    assert (12, "thiếu 'time'") in said


def test_the_stations_admin_keeps_a_relay_when_it_saves_the_station(mini_ws: Path) -> None:
    _stations(mini_ws, f'      vov: {{time: "06:00-06:30", relay: "{VOV}", relay_fallback: silence}}\n')
    station = load_stations(mini_ws / "stations.yaml", "")[0]
    save(mini_ws, replace(form_of(station), name="Đài xã An Bình"), "an-binh")
    again = load_stations(mini_ws / "stations.yaml", "")[0]
    assert again.name == "Đài xã An Bình" and again.slots == station.slots


@pytest.mark.slow
def test_a_relay_slot_is_published_with_its_program_and_counts_as_relay_minutes(mini_ws: Path) -> None:
    from pipeline.build.steps import build

    _stations(mini_ws, f'      vov: {{time: "06:00-06:30", relay: "{VOV}"}}\n')
    day = date(2021, 8, 10)
    build(mini_ws, day)
    text = (mini_ws / "playlists" / day.isoformat() / "manifest.json").read_text(encoding="utf-8")
    slots = Manifest.from_json(text).stations[0].slots
    assert (slots[0].slot, slots[0].relay) == ("sang", None) and '"relay": null' not in text
    assert slots[1].relay is not None and slots[1].relay.url == VOV
    counted = tally(load_workspace(mini_ws), day, day)
    relays = [(k.basis, v) for k, v in counted.items() if k.origin == RELAY]
    assert relays == [(PLANNED, (1, 1800.0))]  # its program airs only if the stream fails: not counted as airing
