# ruff: noqa: F811  (the fixtures app and ws come from test_web)
"""Recordings across a refused form (held server-side under a token, never a path from the client) and recordings
that air with a title only (the editor, the emergency form, the review page, the program sheet); real ffmpeg, the
Flask test client."""

from __future__ import annotations

import io
import json
import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from flask import Flask

from pipeline.app import held
from pipeline.app.recordings import Upload
from pipeline.build.check import load_workspace
from pipeline.build.sheet import SheetContext, program_sheet
from pipeline.domain.manifest import RECORDED, Item, SlotEntry, StationEntry
from pipeline.workspace.ledger import load_verified as load_announcement

from ..conftest import tone
from .test_web import ANNOUNCEMENTS, NOW, app, files, form, login, recordings_in, ws  # noqa: F401 (fixtures)

TOKEN = re.compile(r'name="held_recording" value="([^"]+)"')


def _file(path: Path, name: str = "") -> tuple[io.BytesIO, str]:
    return io.BytesIO(path.read_bytes()), name or path.name


def _held(ws: Path) -> list[str]:
    folder = ws / held.FOLDER
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


@pytest.mark.slow
def test_a_valid_recording_sent_with_a_wrong_field_is_held_and_saved_with_the_corrected_form(
    app: Flask, ws: Path, tmp_path: Path
) -> None:
    client, csrf = login(app, "bien-tap")
    phone = tone(tmp_path / "ghi-am.m4a", 83.0, -14.0)
    refused = client.post("/tin/luu", data={**form(repeat="0", recording=_file(phone)), "csrf": csrf})
    assert refused.status_code == 422 and 'id="error-repeat"' in refused.text
    assert "Đã giữ tệp ghi âm: ghi-am.m4a (1:23)" in refused.text and recordings_in(ws) == []
    token = TOKEN.search(refused.text)[1]  # type: ignore[index]
    assert str(tmp_path) not in refused.text and _held(ws) == sorted([f"{token}.json", f"{token}.m4a"])
    again = client.post("/tin/luu", data={**form(body="", held_recording=token), "csrf": csrf})  # title only
    assert again.status_code == 302, again.text
    item = load_announcement(ws / ANNOUNCEMENTS / "tiem-vac-xin-soi.md", ws)
    assert item.audio is not None and (ws / item.audio).read_bytes() == phone.read_bytes() and not item.body.strip()
    assert _held(ws) == []  # saved: nothing stays held


@pytest.mark.slow
def test_a_held_recording_is_only_its_owners_and_a_path_or_unknown_token_is_refused(
    app: Flask, ws: Path, tmp_path: Path
) -> None:
    client, csrf = login(app, "bien-tap")
    refused = client.post("/tin/luu", data={**form(repeat="0", recording=_file(tone(tmp_path / "a.wav", 2.0, -14.0))),
                                            "csrf": csrf})  # fmt: skip
    token = TOKEN.search(refused.text)[1]  # type: ignore[index]
    other, other_csrf = login(app, "quan-tri")
    for who, their_csrf, sent in ((other, other_csrf, token), (client, csrf, "../../loa.toml"), (client, csrf, "x")):
        response = who.post("/tin/luu", data={**form(held_recording=sent), "csrf": their_csrf})
        assert response.status_code == 422 and "hết hạn" in response.text and 'id="error-recording"' in response.text
    assert set(files(ws)) == {"hop-thon.md"} and recordings_in(ws) == []


def test_a_title_only_announcement_needs_a_recording(app: Flask, ws: Path) -> None:
    client, csrf = login(app, "bien-tap")
    response = client.post("/tin/luu", data={**form(body=""), "csrf": csrf})
    assert response.status_code == 422 and 'id="error-body"' in response.text
    assert "Đã giữ" not in response.text and set(files(ws)) == {"hop-thon.md"}


@pytest.mark.slow
def test_an_emergency_keeps_its_recording_across_a_refusal_and_airs_it_with_a_title_only(
    app: Flask, ws: Path, tmp_path: Path
) -> None:
    client, csrf = login(app, "lanh-dao")
    alert = {"title": "", "body": "", "stations": ["an-binh"], "valid_until": "2021-08-10", "until_time": "23:59",
             "csrf": csrf}  # fmt: skip
    refused = client.post("/khan-cap", data={**alert, "recording": _file(tone(tmp_path / "bao.mp3", 4.0, -12.0))})
    assert refused.status_code == 422 and 'id="error-title"' in refused.text
    assert "Đã giữ tệp ghi âm: bao.mp3 (0:04)" in refused.text
    token = TOKEN.search(refused.text)[1]  # type: ignore[index]
    sent = client.post("/khan-cap", data={**alert, "title": "Bão số 3", "held_recording": token})
    assert sent.status_code == 200 and 'id="emergency-report"' in sent.text, sent.text
    item = load_announcement(ws / ANNOUNCEMENTS / "bao-so-3.md", ws)
    assert item.audio == f"recordings/{recordings_in(ws)[0]}" and not item.body.strip() and _held(ws) == []
    review = login(app, "lanh-dao-2")[0].get("/duyet/bao-so-3").text
    assert 'id="body-text">Bản ghi âm' in review


@pytest.mark.slow
def test_held_recordings_expire_and_at_most_a_few_are_held(ws: Path, tmp_path: Path) -> None:
    upload = Upload("a.wav", tone(tmp_path / "a.wav", 1.5, -14.0).read_bytes())
    kept = held.hold(ws, upload, "bien-tap", NOW)
    assert held.find(ws, kept.token, "bien-tap", NOW + timedelta(hours=1)) == kept
    assert held.find(ws, kept.token, "bien-tap", NOW + held.LASTS + timedelta(minutes=1)) is None
    assert held.find(ws, kept.token, "lanh-dao", NOW) is None
    folder = ws / held.FOLDER
    for n in range(held.MOST):  # older ones, as a busy morning leaves them
        (folder / f"{n:022d}.json").write_text(json.dumps({"name": "x", "seconds": 1, "by": "x",
                                                            "at": (NOW - timedelta(minutes=60 - n)).isoformat()}))  # fmt: skip
        (folder / f"{n:022d}.wav").write_bytes(b"x")
    newest = held.hold(ws, upload, "bien-tap", NOW)
    assert len(list(folder.glob("*.json"))) == held.MOST and (folder / f"{newest.token}.wav").is_file()
    assert not (folder / f"{0:022d}.json").exists() and not (folder / f"{0:022d}.wav").exists()


def test_the_program_sheet_says_a_recording_airs(ws: Path) -> None:
    station = load_workspace(ws).stations[0]
    made = {"file": "x.mp3", "announcement_id": "bao", "kind": "speech", "start": 0.0, "duration": 30.0,
            "sha256": "", "lufs": -16.0, "true_peak": -1.0, "longest_silence": 0.0}  # fmt: skip
    items = (Item(title="Bão số 3", engine=RECORDED, **made), Item(title="Họp thôn", engine="espeak-ng", **made))  # type: ignore[arg-type]
    slot = SlotEntry(station.id, "sang", "Buổi sáng", "06:00", 1800, "s.mp3", "s.m3u", 60.0, "", False, items)
    sheet = program_sheet(station, date(2021, 8, 10), StationEntry(station.id, station.name, (slot,)), SheetContext())
    assert re.search(r"Bão số 3 <span[^>]*>· bản ghi âm</span>", sheet) and sheet.count("bản ghi âm") == 1
