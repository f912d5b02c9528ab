"""A hostile but fair user (issue 26, "not yet tried"): markup in names, a hostile emergency form, an expired
session, a preview racing a build, and a damaged published file met by the nightly run."""

from __future__ import annotations

import io
import logging
import threading
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner
from flask import Flask

from pipeline.adapters.clock import VIETNAM
from pipeline.app import accounts, commands
from pipeline.app.nightly import Nightly
from pipeline.cli import cli
from pipeline.onair.verify import VerifyReport, verify_workspace
from pipeline.web import create_app

from ..conftest import make_mini_ws, slot_file
from .test_web import ANNOUNCEMENTS, NOW, PASSWORD, ROUTES, USERS, files, login

DAY = date(2021, 8, 10)
MARKUP = '<script>alert(1)</script>"><img src=x onerror=alert(2)>{{7*7}}'
ESCAPED = ("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;img src=x onerror=alert(2)&gt;", "{{7*7}}")
RAW = ("<script>alert", "<img src=x", "onerror=alert(2)>")


def _hostile_ws(tmp_path: Path) -> Path:
    """The mini workspace whose station and announcement title carry markup and template syntax."""
    ws = make_mini_ws(tmp_path / "ws")
    quoted = "'" + MARKUP.replace("'", "''") + "'"  # a YAML single-quoted string: taken as written
    stations = ws / "stations.yaml"
    stations.write_text(
        stations.read_text(encoding="utf-8").replace("Đài Truyền thanh xã An Bình", quoted), encoding="utf-8"
    )
    item = ws / ANNOUNCEMENTS / "hop-thon.md"
    item.write_text(item.read_text(encoding="utf-8").replace("title: Họp thôn", f"title: {quoted}"), encoding="utf-8")
    return ws


def _shown_as_text(page: str, where: str) -> None:
    for raw in RAW:
        assert raw not in page, (where, raw)
    for text in ESCAPED:
        assert text in page, (where, text)


@pytest.mark.slow
def test_markup_in_station_names_and_titles_is_text_on_the_published_pages(tmp_path: Path) -> None:
    ws = _hostile_ws(tmp_path)
    result = CliRunner().invoke(cli, ["build", str(ws), "--date", DAY.isoformat(), "--workers", "1"])
    assert result.exit_code == 0, result.output
    day = ws / "playlists" / DAY.isoformat()
    _shown_as_text((day / "bao-cao.html").read_text(encoding="utf-8"), "bao-cao.html")
    sheets = list(day.glob("*/lich-phat.html"))
    assert sheets
    for sheet in sheets:
        _shown_as_text(sheet.read_text(encoding="utf-8"), str(sheet))


@pytest.mark.slow
@pytest.mark.parametrize("role", list(USERS))
def test_markup_in_station_names_and_titles_is_text_on_every_web_page(tmp_path: Path, role: str) -> None:
    ws = _hostile_ws(tmp_path)
    for each, name in USERS.items():
        accounts.add_user(ws, name, each, ("an-binh",) if each == "operator" else (), PASSWORD, NOW)
    app = create_app(ws, now=lambda: NOW)
    client, _ = login(app, USERS[role])
    shown = 0
    for path, method, allowed in ROUTES:
        if method != "GET" or role not in allowed or path == "/ban-dung/tien-do":
            continue
        response = client.get(path)
        if response.mimetype != "text/html":  # a download (the statistics' CSV): data the browser never renders
            assert response.headers["Content-Disposition"].startswith("attachment"), path
            continue
        page = response.text
        for raw in RAW:
            assert raw not in page, (path, raw)
        shown += any(text in page for text in ESCAPED)
    assert shown >= 2  # the name or the title is on the role's pages, escaped


@pytest.mark.slow
def test_markup_in_a_user_name_is_refused_and_echoed_as_text(tmp_path: Path) -> None:
    ws = make_mini_ws(tmp_path / "ws")
    accounts.add_user(ws, "quan-tri", "admin", (), PASSWORD, NOW)
    app = create_app(ws, now=lambda: NOW)
    admin, csrf = login(app, "quan-tri")
    people = accounts.list_users(ws)
    sent = {"name": MARKUP, "role": "editor", "password": PASSWORD, "password2": PASSWORD, "csrf": csrf}
    response = admin.post("/nguoi-dung", data=sent)
    assert response.status_code == 422 and 'id="error-name"' in response.text
    for raw in RAW:
        assert raw not in response.text
    assert accounts.list_users(ws) == people
    stranger = app.test_client()
    page = stranger.get("/dang-nhap").text
    token = page.split('name="csrf" value="', 1)[1].split('"', 1)[0]
    answer = stranger.post("/dang-nhap", data={"name": MARKUP, "password": "x", "csrf": token})
    assert answer.status_code in (200, 401, 422) and all(raw not in answer.text for raw in RAW)


@pytest.fixture
def web(tmp_path: Path) -> tuple[Flask, Path]:
    ws = make_mini_ws(tmp_path / "ws", stations=2)
    for role, name in USERS.items():
        accounts.add_user(ws, name, role, ("an-binh",) if role == "operator" else (), PASSWORD, NOW)
    return create_app(ws, now=lambda: NOW), ws


ALERT = {"title": "Bão số 3", "body": "Bão số 3 vào chiều nay.", "stations": ["an-binh"], "valid_until": "2021-08-10",
         "until_time": "23:59"}  # fmt: skip
HOSTILE_ALERTS = [
    ("body", {"body": "Bão. " * 60_000}),  # 300 kB: over an announcement's bound
    ("stations", {"stations": ["khong-co"]}),
    ("stations", {"stations": ["../../etc"]}),
    ("valid_until", {"valid_until": "2021-13-45"}),
    ("valid_until", {"until_time": "25:99"}),
    ("valid_until", {"valid_until": "hom-nay"}),
    ("body", {"body": "Bão {% for x in %} vào"}),
    ("body", {"body": 'Bão {% include "announcement:khong-co" %}'}),
    ("body", {"body": "Bão {{ station.ten }}"}),
    ("body", {"body": "Bão {{ ''.__class__.__mro__ }}"}),
    ("title", {"title": ""}),
]


@pytest.mark.slow
@pytest.mark.parametrize(("field", "changes"), HOSTILE_ALERTS)
def test_a_hostile_emergency_form_is_refused_on_its_field_and_airs_nothing(
    web: tuple[Flask, Path], field: str, changes: dict[str, object]
) -> None:
    app, ws = web
    client, csrf = login(app, "lanh-dao")
    response = client.post("/khan-cap", data={**ALERT, **changes, "csrf": csrf})
    assert response.status_code == 422, response.text[-2000:]
    assert f'id="error-{field}"' in response.text or 'id="error-form"' in response.text, response.text[-2000:]
    assert "Traceback" not in response.text and "emergency-report" not in response.text
    assert set(files(ws)) == {"hop-thon.md"} and not any((ws / "playlists").iterdir())


@pytest.mark.slow
def test_markup_in_an_emergency_airs_as_text_and_is_shown_as_text(web: tuple[Flask, Path]) -> None:
    app, ws = web
    client, csrf = login(app, "lanh-dao")
    response = client.post("/khan-cap", data={**ALERT, "title": MARKUP, "body": MARKUP + " Bão số 3.", "csrf": csrf})
    assert response.status_code == 200 and 'id="emergency-report"' in response.text, response.text[-2000:]
    _shown_as_text(response.text, "the emergency page")
    sheet = next((ws / "playlists").glob("*/an-binh/lich-phat.html")).read_text(encoding="utf-8")
    _shown_as_text(sheet, "lich-phat.html")


@pytest.mark.slow
def test_a_huge_emergency_form_gets_a_plain_answer(web: tuple[Flask, Path]) -> None:
    app, ws = web
    client, csrf = login(app, "lanh-dao")
    response = client.post("/khan-cap", data={**ALERT, "body": "x" * (26 * 1024 * 1024), "csrf": csrf})
    assert response.status_code == 413 and "Tệp quá lớn" in response.text
    assert set(files(ws)) == {"hop-thon.md"}


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.mark.slow
def test_an_expired_session_goes_to_the_login_page_and_its_token_is_refused(web: tuple[Flask, Path]) -> None:
    _, ws = web
    clock = Clock(NOW)
    app = create_app(ws, now=clock)
    client, csrf = login(app, "bien-tap")
    assert client.get("/tin").status_code == 200
    clock.now = NOW + timedelta(hours=accounts.SESSION_HOURS, minutes=1)
    page = client.get("/tin")
    assert page.status_code == 302 and "/dang-nhap" in page.headers["Location"]
    before = files(ws)
    refused = client.post("/tin/luu", data={"title": "Tin mới", "body": "Nội dung.", "valid_from": "2021-08-10",
                                            "valid_until": "2021-08-20", "repeat": "1", "csrf": csrf})  # fmt: skip
    assert refused.status_code in (302, 400) and files(ws) == before


@pytest.mark.slow
def test_a_preview_racing_a_build_both_finish_and_the_day_verifies(web: tuple[Flask, Path]) -> None:
    app, ws = web
    client, csrf = login(app, "bien-tap")
    body = {"title": "Họp thôn", "body": "Tối nay họp thôn lúc 19h30.", "stations": ["an-binh"], "csrf": csrf}
    answers: list[str] = []

    def listen() -> None:
        for n in range(3):  # the same text as the published item (the same stored files), then new ones
            answers.append(client.post("/tin/nghe-thu", data={**body, "body": body["body"] + " ." * n}).text)

    listener = threading.Thread(target=listen)
    listener.start()
    report = commands.build(ws, DAY, (), lambda line: None, workers=1)
    listener.join(timeout=300)
    assert not listener.is_alive() and report.day == DAY
    assert len(answers) == 3 and all("<audio" in a for a in answers), answers
    assert verify_workspace(ws, False, DAY).problems == []
    result = CliRunner().invoke(cli, ["verify", str(ws)])
    assert result.exit_code == 0, result.output


@pytest.mark.slow
def test_the_nightly_run_repairs_a_damaged_published_file_and_logs_it(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    ws = make_mini_ws(tmp_path / "ws")
    commands.build(ws, DAY, (), lambda line: None, workers=1)
    published = slot_file(ws / "playlists" / DAY.isoformat() / "an-binh")
    original = published.read_bytes()
    published.write_bytes(original[:1000] + bytes(b ^ 0xFF for b in original[1000:2000]) + original[2000:])
    job = Nightly(ws, "01:30", 1, Clock(datetime(2021, 8, 10, 1, 30, tzinfo=VIETNAM)), logging.getLogger("t.repair"))
    with caplog.at_level(logging.INFO):
        assert job.run()
    assert published.read_bytes() == original
    # the published file is a hard link to its stored copy: both were damaged, so the day is built again
    assert "removed from the store; the next build renders it again" in caplog.text
    assert f"repaired: {DAY.isoformat()}: built again (an-binh)" in caplog.text
    assert CliRunner().invoke(cli, ["verify", str(ws)]).exit_code == 0


def test_the_nightly_verify_takes_today_in_the_workspace_zone_on_a_utc_server(tmp_path: Path) -> None:
    """At 01:30 in Vietnam a UTC clock still reads the day before: that day has aired and must not be rebuilt."""
    seen: list[date] = []

    def checker(root: Path, today: date) -> VerifyReport:
        seen.append(today)
        return VerifyReport()

    clock = Clock(datetime(2021, 8, 9, 18, 30, tzinfo=UTC))  # 01:30 on the 10th in Vietnam
    Nightly(tmp_path, "01:30", 1, clock, logging.getLogger("t.utc"), checker=checker, zone=VIETNAM).verify()
    assert seen == [date(2021, 8, 10)]


@pytest.mark.slow
def test_a_recording_field_with_markup_in_its_name_is_not_echoed_raw(web: tuple[Flask, Path]) -> None:
    app, ws = web
    client, csrf = login(app, "lanh-dao")
    sent = (io.BytesIO(b"x" * 900), MARKUP.replace("/", "") + ".m4a")
    response = client.post("/khan-cap", data={**ALERT, "recording": sent, "csrf": csrf})
    assert response.status_code == 422 and all(raw not in response.text for raw in RAW)
    assert set(files(ws)) == {"hop-thon.md"}


@pytest.mark.parametrize(
    ("field", "changes"),
    [("slots", {"slots": ["khuya"]}), ("repeat", {"repeat": "0"}), ("template", {"template": "x"})],
)
@pytest.mark.slow
def test_an_emergency_field_the_page_has_no_box_for_is_still_said(
    web: tuple[Flask, Path], field: str, changes: dict[str, object]
) -> None:
    app, ws = web
    client, csrf = login(app, "lanh-dao")
    response = client.post("/khan-cap", data={**ALERT, **changes, "csrf": csrf})
    assert response.status_code == 422 and f'id="error-{field}"' in response.text, response.text[-1500:]
    assert set(files(ws)) == {"hop-thon.md"}
