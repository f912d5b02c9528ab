# ruff: noqa: F811  (the fixtures app and ws come from test_web)
"""The admin's stations page (issue 32.7): stations, slots and dialects edited and added through the Flask test
client, written to stations.yaml whole and readable (comments on top kept, a stable key order), checked by the
reader `loa validate` uses, and a wrong field said next to it with the file left as it was."""

from __future__ import annotations

from pathlib import Path

import pytest
from flask import Flask

from pipeline import i18n
from pipeline.workspace.stations import load_stations

from .test_web import app, login, ws  # noqa: F401 (fixtures)

HEADER = "# Các đài của huyện.\n# Giờ phát là giờ địa phương.\n"


def _station(**changes: object) -> dict[str, object]:
    sent: dict[str, object] = {"name": "Đài Truyền thanh xã An Bình", "district": "Lạng Giang", "dialect": "bac",
                               "slot_name": ["sang", ""], "slot_start": ["05:30", ""], "slot_minutes": ["30", ""],
                               "editing": "an-binh"}  # fmt: skip
    return {**sent, **changes}


def test_an_admin_edits_a_stations_slots_and_dialect_and_the_file_stays_readable(app: Flask, ws: Path) -> None:
    path = ws / "stations.yaml"
    path.write_text(HEADER + path.read_text("utf-8"), encoding="utf-8")
    admin, csrf = login(app, "quan-tri")
    changed = _station(dialect="nam", slot_name=["sang", "Trưa", ""], slot_start=["05:00", "11:15", ""],
                       slot_minutes=["45", "30", ""], csrf=csrf)  # fmt: skip
    response = admin.post("/cac-dai", data=changed)
    assert response.status_code == 302 and response.headers["Location"].endswith("/cac-dai/an-binh?da=luu")
    text = path.read_text("utf-8")
    assert text.startswith(HEADER + 'stations:\n  - id: an-binh\n    name: "Đài Truyền thanh xã An Bình"\n')
    assert '      sang: "05:00-05:45"\n      trua: "11:15-11:45"\n' in text and "dialect: nam" in text
    first, second = load_stations(path, "")
    assert (first.dialect, [(s.name, s.seconds) for s in first.slots]) == ("nam", [("sang", 2700), ("trua", 1800)])
    assert second.id == "binh-an" and [s.name for s in second.slots] == ["sang", "chieu"]  # untouched
    assert sorted(p.name for p in ws.iterdir() if p.name.startswith(".stations")) == []
    page = admin.get("/cac-dai/an-binh?da=luu").text
    assert "Đã lưu vào stations.yaml" in page and "Buổi trưa 11:15–11:45 (30 phút)" in page


def test_an_admin_adds_a_station_whose_id_is_its_communes_name(app: Flask, ws: Path) -> None:
    admin, csrf = login(app, "quan-tri")
    added = _station(name="Đài Truyền thanh xã Phúc Hòa", editing="", csrf=csrf)
    response = admin.post("/cac-dai", data=added)
    assert response.status_code == 302, response.text
    assert response.headers["Location"].endswith("/cac-dai/phuc-hoa?da=luu")  # as the operator's address and zip
    assert admin.post("/cac-dai", data=added).status_code == 422  # the same name again
    ward = _station(name="Đài Truyền thanh phường An Bình", editing="", csrf=csrf)  # the commune's id is taken
    ward["slot_name"] = ["Sáng", ""]  # as the field's placeholder suggests, with diacritics
    assert admin.post("/cac-dai", data=ward).status_code == 302
    saved = load_stations(ws / "stations.yaml", "")
    assert [s.id for s in saved][-2:] == ["phuc-hoa", "dai-truyen-thanh-phuong-an-binh"]
    assert [s.id for s in saved].count("an-binh") == 1 and [s.name for s in saved[-1].slots] == ["sang"]
    assert 'placeholder="Sáng, Trưa, Chiều"' in admin.get("/cac-dai").text


WRONG = [
    ("slot-0", {"slot_start": ["25:99", ""]}),
    ("slot-1", {"slot_name": ["sang", "chieu"], "slot_start": ["05:30", "17:00"], "slot_minutes": ["30", "0"]}),
    ("slots", {"slot_name": ["sang", "trua"], "slot_start": ["05:30", "05:45"], "slot_minutes": ["30", "30"]}),
    ("slots", {"slot_name": ["", ""]}),
    ("name", {"name": "  "}),
    ("dialect", {"dialect": "tay"}),
]


@pytest.mark.parametrize(("field", "changes"), WRONG)
def test_a_wrong_station_field_is_said_next_to_it_and_the_file_is_unchanged(
    app: Flask, ws: Path, field: str, changes: dict[str, object]
) -> None:
    i18n.use("vi")
    before = (ws / "stations.yaml").read_bytes()
    admin, csrf = login(app, "quan-tri")
    response = admin.post("/cac-dai", data=_station(**changes, csrf=csrf))
    assert response.status_code == 422 and f'id="error-{field}"' in response.text, response.text
    assert (ws / "stations.yaml").read_bytes() == before


def test_a_slot_in_the_quiet_hours_is_refused_at_its_slot_field(app: Flask, ws: Path) -> None:
    i18n.use("vi")
    before = (ws / "stations.yaml").read_bytes()
    admin, csrf = login(app, "quan-tri")
    night = _station(slot_name=["sang", "toi"], slot_start=["05:30", "22:30"], slot_minutes=["30", "30"], csrf=csrf)
    response = admin.post("/cac-dai", data=night)
    assert response.status_code == 422
    said = response.text.split('id="error-slot-1" role="alert">')[1].split("</p>")[0]
    assert "buổi &#39;toi&#39; (22:30-23:00) của đài &#39;an-binh&#39;" in said
    assert "giờ nghỉ ban đêm 22:00-05:00" in said and "quiet_hours trong loa.toml" in said
    assert 'id="error-slot-0"' not in response.text and (ws / "stations.yaml").read_bytes() == before


def test_a_workspace_that_allows_night_slots_saves_one_from_the_stations_page(app: Flask, ws: Path) -> None:
    (ws / "loa.toml").write_text('quiet_hours = ""\n' + (ws / "loa.toml").read_text("utf-8"), encoding="utf-8")
    admin, csrf = login(app, "quan-tri")
    night = _station(slot_name=["sang", "toi"], slot_start=["05:30", "22:30"], slot_minutes=["30", "30"], csrf=csrf)
    assert admin.post("/cac-dai", data=night).status_code == 302
    assert [s.name for s in load_stations(ws / "stations.yaml", "")[0].slots] == ["sang", "toi"]
