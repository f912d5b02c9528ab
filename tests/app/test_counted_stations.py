"""`loa report` keeps the stations it read from stations.yaml (app/counted_stations.py, .loa/dai-da-doc.json) until
the file's text or loa.toml's quiet hours change: the same stations as parsed afresh, a problem reported as before, a
damaged or older store parsed again."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.app.counted_stations import STORE, kept_stations
from pipeline.errors import ValidationFailed
from pipeline.workspace.stations import load_stations

QUIET = "22:00-05:00"
STATIONS = """stations:
  - id: an-binh
    name: Đài xã An Bình
    district: Lạng Giang
    dialect: trung
    engines: [piper, espeak]
    voices:
      piper: voices/vi.onnx
    area_codes: ["25057", "217"]
    languages: [vi, hmn]
    slots:
      sang: "05:30-06:00"
      vov: {time: "06:00-06:30", relay: "http://vov.example.vn:8000/vov1", relay_fallback: silence}
  - id: binh-an
    name: Đài xã Bình An
    slots:
      chieu: "17:00-17:30"
"""


@pytest.fixture
def root(tmp_path: Path) -> Path:
    (tmp_path / "stations.yaml").write_text(STATIONS, "utf-8")
    return tmp_path


def parsed(root: Path, quiet: str = QUIET) -> object:
    return load_stations(root / "stations.yaml", quiet)


def renamed_in_store(root: Path, name: str) -> None:
    """The kept stations say `name` for an-binh, for the text they were kept for: proof they are what is read."""
    data = json.loads((root / STORE).read_text("utf-8"))
    data["stations"][0][1] = name
    (root / STORE).write_text(json.dumps(data), "utf-8")


def test_the_kept_stations_are_the_stations_parsed_afresh_with_every_field(root: Path) -> None:
    cold = kept_stations(root, QUIET)
    assert (root / STORE).is_file()
    warm = kept_stations(root, QUIET)
    assert cold == warm == parsed(root)
    assert warm[0].slots[1].relay and warm[0].voices == (("piper", "voices/vi.onnx"),)


def test_the_kept_stations_are_read_until_the_text_or_the_quiet_hours_change(root: Path) -> None:
    kept_stations(root, QUIET)
    renamed_in_store(root, "Đài đã giữ")
    assert kept_stations(root, QUIET)[0].name == "Đài đã giữ"  # nothing changed: not parsed
    assert kept_stations(root, "23:00-04:00") == parsed(root, "23:00-04:00")  # other quiet hours: parsed
    renamed_in_store(root, "Đài đã giữ")
    (root / "stations.yaml").write_text(STATIONS.replace("Đài xã An Bình", "Đài xã An Bình Mới"), "utf-8")
    assert kept_stations(root, QUIET)[0].name == "Đài xã An Bình Mới"


def test_a_problem_is_reported_as_parsing_reports_it_though_the_stations_were_kept(root: Path) -> None:
    kept_stations(root, QUIET)
    with pytest.raises(ValidationFailed) as kept:
        kept_stations(root, "05:00-06:00")  # sang falls in these quiet hours
    with pytest.raises(ValidationFailed) as fresh:
        parsed(root, "05:00-06:00")
    assert kept.value.problems == fresh.value.problems
    (root / "stations.yaml").unlink()
    with pytest.raises(ValidationFailed, match=r"stations\.yaml"):
        kept_stations(root, QUIET)


@pytest.mark.parametrize(
    "damaged",
    ["{", '{"version": 0}', '{"version": 1, "read": 5}', "[1]", 'stations: "x"', "stations: [1]",
     'stations: [["an-binh", "A", "", "bac", [], 1, [], [["piper"]], [], ["vi"]]]',
     'stations: [["an-binh", "A", "", "bac", [["sang", "5h", "6h", "", "program"]], 1, [], [], [], ["vi"]]]',
     'stations: [["an-binh", "A", "", "bac", [], "1", [], [], [], ["vi"]]]',
     'stations: [["an-binh", 7, "", "bac", [], 1, [], [], [], ["vi"]]]', 'stations: [["an-binh"]]'],
)  # fmt: skip
def test_a_damaged_or_older_store_is_parsed_again(root: Path, damaged: str) -> None:
    kept_stations(root, QUIET)
    if damaged.startswith("stations"):  # kept for this very text, its stations damaged
        read = json.loads((root / STORE).read_text("utf-8"))["read"]
        damaged = f'{{"version": 1, "read": "{read}", "{damaged[:8]}": {damaged[10:]}}}'
    (root / STORE).write_text(damaged, "utf-8")
    assert kept_stations(root, QUIET) == parsed(root)
