"""The editor's language fields (issue 30): a language select and a "Bản dịch của" select listing the Vietnamese
announcements, the recording asked for on its field when Loa has no voice for the language, and the file written
(Flask test client, real ffmpeg for the recording)."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from flask import Flask

from pipeline import i18n
from pipeline.app import accounts
from pipeline.web import create_app
from pipeline.workspace.announcements import load_announcement

from ..conftest import make_mini_ws, tone
from .test_web import ANNOUNCEMENTS, NOW, PASSWORD, files, form, login

HMONG = {"title": "Họp thôn (tiếng Mông)", "language": "hmn", "version_of": "hop-thon", "body": ""}


@pytest.fixture
def ws(tmp_path: Path) -> Path:
    root = make_mini_ws(tmp_path / "ws")
    accounts.add_user(root, "bien-tap", "editor", (), PASSWORD, NOW)
    return root


@pytest.fixture
def app(ws: Path) -> Flask:
    return create_app(ws, now=lambda: NOW)


def said(page: str, field: str) -> str:
    found = re.search(rf'<p class="field-error" id="error-{field}" role="alert">([^<]+)</p>', page)
    return found[1] if found else ""


def test_the_form_offers_the_languages_and_the_vietnamese_originals(app: Flask) -> None:
    client, _ = login(app, "bien-tap")
    page = client.get("/tin/moi").text
    assert '<option value="hmn" >Tiếng Mông (cần bản ghi âm)</option>' in page
    assert '<option value="vi" selected>Tiếng Việt</option>' in page
    assert re.search(r'<select name="version_of" id="version_of"><option value="">\(không: tin riêng\)</option>\s*'
                     r'<option value="hop-thon" >Họp thôn</option>', page)  # fmt: skip


def test_a_language_without_a_voice_asks_for_a_recording_on_its_field(app: Flask, ws: Path) -> None:
    i18n.use("vi")
    client, csrf = login(app, "bien-tap")
    response = client.post("/tin/luu", data={**form(**HMONG), "csrf": csrf})
    assert response.status_code == 422 and set(files(ws)) == {"hop-thon.md"}
    assert said(response.text, "recording") == (
        "Loa chưa có giọng đọc tiếng Mông: hãy ghi âm bản tiếng Mông rồi chọn tệp ghi âm ở đây"
    )
    wrong = client.post("/tin/luu", data={**form(**{**HMONG, "version_of": "khong-co"}), "csrf": csrf})
    assert said(wrong.text, "version_of") == "Chọn trong danh sách thông báo tiếng Việt mà tin này là bản dịch"


@pytest.mark.slow
def test_a_recorded_translation_is_saved_with_its_language_and_original(app: Flask, ws: Path, tmp_path: Path) -> None:
    client, csrf = login(app, "bien-tap")
    phone = tone(tmp_path / "mong.wav", 2.0, -12.0)
    data = {**form(**HMONG), "csrf": csrf, "recording": (io.BytesIO(phone.read_bytes()), "mong.wav")}
    response = client.post("/tin/luu", data=data)
    assert response.status_code == 302, response.text
    item = load_announcement(ws / ANNOUNCEMENTS / "hop-thon-tieng-mong.md", ws)
    assert (item.language, item.version_of, item.audio is not None) == ("hmn", "hop-thon", True)
    page = client.get("/tin/hop-thon-tieng-mong").text
    assert '<option value="hmn" selected>' in page and '<option value="hop-thon" selected>' in page


def test_the_form_offers_as_originals_only_what_still_airs_and_the_one_chosen(app: Flask, ws: Path) -> None:
    """A district's year of announcements is 10,000 options: an ended one cannot be translated to any use."""
    old = (ws / ANNOUNCEMENTS / "hop-thon.md").read_text("utf-8").replace("2021-08-31", "2021-07-31")
    old = old.replace("2021-08-01", "2021-07-01")
    (ws / ANNOUNCEMENTS / "hop-cu.md").write_text(old.replace("Họp thôn", "Họp cũ"), "utf-8")
    (ws / ANNOUNCEMENTS / "hop-cu-hmn.md").write_text(
        "---\ntitle: Họp cũ (Mông)\nlanguage: hmn\nversion_of: hop-cu\naudio: recordings/hop-cu-hmn.wav\n---\nLời.\n",
        "utf-8",
    )
    (ws / "recordings").mkdir()
    tone(ws / "recordings" / "hop-cu-hmn.wav", 1.0, -20)
    client, _ = login(app, "bien-tap")
    assert re.findall(r'<option value="(hop-[a-z]+)"', client.get("/tin/moi").text) == ["hop-thon"]
    page = client.get("/tin/hop-cu-hmn")
    offered = re.findall(r'<option value="(hop-[a-z]+)" ?(selected)?', page.text)
    assert offered == [("hop-cu", "selected"), ("hop-thon", "")]
