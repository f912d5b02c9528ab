"""The voice in the editor's form (issue 32.8): offered from what the engines can, saved in the front matter,
refused when not one of them, and heard in "Nghe thử" (real espeak-ng renders, measured)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from flask import Flask

from pipeline.app import accounts
from pipeline.web import create_app
from pipeline.workspace.ledger import load_verified

from ..conftest import make_mini_ws, measured
from ..engines.test_voice import TEXT, centroid
from .test_web import ANNOUNCEMENTS, NOW, PASSWORD, form, login


@pytest.fixture
def app(tmp_path: Path) -> Flask:
    ws = make_mini_ws(tmp_path / "ws")
    (ws / "loa.toml").write_text('[speech]\nvoice = "nu"\nrate_wpm = 120\n', encoding="utf-8")
    accounts.add_user(ws, "bien-tap", "editor", (), PASSWORD, NOW)
    return create_app(ws, now=lambda: NOW)


def test_the_form_offers_the_voices_and_speeds_and_names_the_districts_default(app: Flask) -> None:
    client, _ = login(app, "bien-tap")
    page = client.get("/tin/moi").text
    voice = page[page.index('id="voice"') : page.index("</select>", page.index('id="voice"'))]
    assert "Mặc định của huyện (Giọng nữ)" in voice and ">Giọng nam<" in voice and ">Giọng nữ<" in voice
    assert "Mặc định của huyện (120 từ/phút)" in page and "Chậm (95 từ/phút)" in page


def test_a_chosen_voice_and_speed_are_saved_in_the_file_and_shown_again(app: Flask) -> None:
    client, csrf = login(app, "bien-tap")
    answer = client.post("/tin/luu", data={**form(voice="nam", rate="140"), "csrf": csrf})
    assert answer.status_code == 302
    page = client.get("/tin/tiem-vac-xin-soi").text
    assert re.search(r'<option value="nam" selected>Giọng nam', page)
    assert re.search(r'<option value="140" selected>Nhanh', page)


def test_a_voice_the_engines_cannot_read_with_is_refused_under_its_field(app: Flask) -> None:
    client, csrf = login(app, "bien-tap")
    answer = client.post("/tin/luu", data={**form(voice="../../etc/x.onnx", rate="9000"), "csrf": csrf})
    assert answer.status_code == 422
    assert 'id="error-voice"' in answer.text and 'id="error-rate"' in answer.text


def heard(client, csrf: str, ws: Path, **choice: str) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    answer = client.post("/tin/nghe-thu", data={**form(body=TEXT, **choice), "csrf": csrf}).text
    name = re.search(r'src="/nghe/([0-9a-f]{16}\.mp3)"', answer)[1]  # type: ignore[index]
    path = ws / ".loa" / "nghe-thu" / name
    return measured(path).duration, centroid(path)


@pytest.mark.slow
def test_nghe_thu_is_read_in_the_voice_and_at_the_speed_chosen(tmp_path: Path) -> None:
    ws = make_mini_ws(tmp_path / "ws")
    accounts.add_user(ws, "bien-tap", "editor", (), PASSWORD, NOW)
    client, csrf = login(create_app(ws, now=lambda: NOW), "bien-tap")
    man, woman = heard(client, csrf, ws, voice="nam"), heard(client, csrf, ws, voice="nu")
    assert woman[1] > man[1] * 1.1, (man, woman)
    slow, fast = heard(client, csrf, ws, rate="95"), heard(client, csrf, ws, rate="140")
    assert fast[0] < slow[0] * 0.85, (slow, fast)
    item = ws / ANNOUNCEMENTS / "hop-thon.md"
    assert load_verified(item, ws).voice == ""  # nothing saved by listening
