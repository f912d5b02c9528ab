"""Pages say only what a published day airs: per day and station, published and current, being rebuilt,
or only planned; and an editor is told before saving that an announcement on the air leaves it, from when."""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient

from pipeline.app import accounts
from pipeline.app.keeper import STATUS
from pipeline.build.steps import build
from pipeline.web import create_app

from ..conftest import make_mini_ws

NOW = datetime(2021, 8, 9, 10, 0)
DAY = date(2021, 8, 10)
PASSWORD = "mat-khau-123"
CSRF = re.compile(r'name="csrf" value="([^"]+)"')
CALENDAR = "/lich?dai=an-binh&ngay=2021-08-10"


@pytest.fixture
def ws(tmp_path: Path) -> Path:
    root = make_mini_ws(tmp_path / "ws")
    accounts.add_user(root, "bien-tap", "editor", (), PASSWORD, NOW)
    return root


@pytest.fixture
def app(ws: Path) -> Flask:
    return create_app(ws, now=lambda: NOW)


def signed_in(app: Flask) -> tuple[FlaskClient, str]:
    client = app.test_client()
    token = CSRF.search(client.get("/dang-nhap").text)[1]  # type: ignore[index]
    client.post("/dang-nhap", data={"name": "bien-tap", "password": PASSWORD, "csrf": token})
    return client, CSRF.search(client.get("/lich").text)[1]  # type: ignore[index]


def day_state(page: str) -> str:
    found = re.search(r'id="state-2021-08-10">([^<]*)<', page)
    assert found, page
    return found[1]


def items(page: str) -> list[str]:
    """Each item of the day as the page words it (title and its mark), tags stripped."""
    return [re.sub(r"<[^>]+>", "", li).strip() for li in re.findall(r'<li class="item-[a-z]+">(.*?)</li>', page)]


def add_announcement(ws: Path) -> None:
    (ws / "scripts_vi" / "announcements" / "tiem-chung.md").write_text(
        "---\ntitle: Tiêm chủng\nvalid_from: 2021-08-01\nvalid_until: 2021-08-31\n---\nMời đi tiêm.\n", "utf-8"
    )


@pytest.mark.slow
def test_the_calendar_says_per_day_whether_it_is_published_current_being_rebuilt_or_planned(
    app: Flask, ws: Path
) -> None:
    client, _ = signed_in(app)
    page = client.get(CALENDAR).text
    assert day_state(page).startswith("Chỉ dự kiến: chưa phát hành")
    assert items(page) == ["Họp thôn dự kiến, chưa phát hành"] and "(ước tính)" in page

    build(ws, DAY, today=NOW.date())
    page = client.get(CALENDAR).text
    assert day_state(page) == "Đã phát hành, đúng với nội dung hiện tại"
    assert items(page) == ["Họp thôn"] and "(ước tính)" not in page

    add_announcement(ws)  # no keeper runs: the published day lags, and the page says so
    page = client.get(CALENDAR).text
    assert day_state(page).startswith("Đã phát hành nhưng chưa cập nhật")
    assert items(page) == ["Họp thôn", "Tiêm chủng dự kiến, chưa phát hành"]

    (ws / STATUS).write_text(json.dumps({"pid": 1, "beat": NOW.isoformat(), "building": "", "builds": 0}))
    assert day_state(client.get(CALENDAR).text).startswith("Đang dựng lại")  # a keeper runs: within a minute

    hop_thon = ws / "scripts_vi" / "announcements" / "hop-thon.md"
    hop_thon.write_text(hop_thon.read_text("utf-8").replace("---\n", "---\nstatus: nhap\n", 1), "utf-8")
    page = client.get(CALENDAR).text  # withdrawn, not yet republished: still on the air, and marked leaving
    assert items(page) == ["Họp thôn vẫn trong chương trình đã phát hành, sắp gỡ", "Tiêm chủng dự kiến, chưa phát hành"]

    build(ws, DAY, today=NOW.date())
    page = client.get(CALENDAR).text
    assert day_state(page) == "Đã phát hành, đúng với nội dung hiện tại" and items(page) == ["Tiêm chủng"]


@pytest.mark.slow
def test_saving_an_announcement_on_the_air_warns_that_it_leaves_the_air_and_from_which_day(
    app: Flask, ws: Path
) -> None:
    client, token = signed_in(app)
    before = client.get("/tin/hop-thon").text  # it would air, but no published day holds it yet
    assert "Sau khi lưu, tin sẽ không được phát cho đến khi được duyệt lại." in before
    build(ws, DAY, today=NOW.date())
    page = client.get("/tin/hop-thon").text
    warning = "Tin này đang phát. Sau khi lưu, tin sẽ ngừng phát từ Thứ Ba, ngày 10/08/2021 cho đến khi được duyệt lại."
    assert warning in page
    version = re.search(r'name="version" value="([^"]+)"', page)[1]  # type: ignore[index]
    fields = {"csrf": token, "id": "hop-thon", "version": version, "title": "Họp thôn", "priority": "thuong",
              "valid_from": "2021-08-01", "valid_until": "2021-08-31", "repeat": "1", "body": "Tối nay họp.",
              "action": "luu"}  # fmt: skip
    saved = client.post("/tin/luu", data=fields, follow_redirects=True).text
    assert "Tin đã ngừng phát từ Thứ Ba, ngày 10/08/2021 cho đến khi được duyệt lại" in saved
    assert "off-air" not in saved  # a draft does not air: saving it again takes nothing off


def test_the_calendar_follows_an_announcements_changed_dates(app: Flask, ws: Path) -> None:
    """The app keeps each day's announcements by their dates (app/day_index.py) until a file changes."""
    client, _ = signed_in(app)
    assert items(client.get(CALENDAR).text) == ["Họp thôn dự kiến, chưa phát hành"]
    hop_thon = ws / "scripts_vi" / "announcements" / "hop-thon.md"
    hop_thon.write_text(hop_thon.read_text("utf-8").replace("valid_from: 2021-08-01", "valid_from: 2021-08-11"))
    assert items(client.get(CALENDAR).text) == []
    add_announcement(ws)
    assert items(client.get(CALENDAR).text) == ["Tiêm chủng dự kiến, chưa phát hành"]
