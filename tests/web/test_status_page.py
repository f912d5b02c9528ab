# ruff: noqa: F811  (the fixtures app and ws come from test_web)
"""The status page "Tình trạng các đài" keeps itself current: its list of stations comes again from
/tinh-trang/cap-nhat every 30 s through htmx (shipped in static/, nothing from the internet), says when it was
updated, holds only an operator's own stations, and the page stays a normal page without JavaScript."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from flask import Flask

from pipeline.app import station_events, station_link, stations

from ..app.test_stations import _published
from .test_web import NOW, app, login, ws  # noqa: F401 (fixtures)


def test_the_status_page_asks_for_its_list_every_30_seconds_and_says_when_it_was_updated(app: Flask) -> None:
    approver, _ = login(app, "lanh-dao")
    page = approver.get("/tinh-trang").text
    assert 'hx-get="/tinh-trang/cap-nhat" hx-trigger="every 30s" hx-swap="innerHTML"' in page
    assert '<script src="/static/htmx.min.js" defer></script>' in page and "https://" not in page
    assert "Cập nhật lúc 10:00:00" in page and "<noscript>Tải lại trang để xem mới nhất.</noscript>" in page
    assert page.count('class="card state') == 2  # without JavaScript: the whole list is in the page


def test_the_fragment_is_the_list_alone_and_an_operator_sees_only_their_own_stations(app: Flask, ws: Path) -> None:
    station_link.add_token(ws, "binh-an", NOW)
    approver, _ = login(app, "lanh-dao")
    part = approver.get("/tinh-trang/cap-nhat", headers={"HX-Request": "true"}).text
    assert "<html" not in part and "Cập nhật lúc 10:00:00" in part
    assert 'id="state-an-binh"' in part and 'id="state-binh-an"' in part and "mất kết nối" in part
    operator, _ = login(app, "van-hanh")  # an-binh's operator
    own = operator.get("/tinh-trang/cap-nhat", headers={"HX-Request": "true"}).text
    assert 'id="state-an-binh"' in own and "binh-an" not in own and "Bình An" not in own
    editor, _ = login(app, "bien-tap")
    assert editor.get("/tinh-trang/cap-nhat", headers={"HX-Request": "true"}).status_code == 403


def test_a_station_without_a_token_points_to_the_tokens_page_not_to_a_command(app: Flask) -> None:
    admin, _ = login(app, "quan-tri")
    page = admin.get("/tinh-trang").text
    assert 'chưa có mã kết nối: <a href="/ma-ket-noi">cấp mã cho đài</a>' in page and "loa station token" not in page
    approver, _ = login(app, "lanh-dao")
    assert "(quản trị cấp mã ở trang “Mã kết nối của đài”)" in approver.get("/tinh-trang").text


def test_an_emergency_on_the_status_page_is_named_by_its_title(app: Flask, ws: Path) -> None:
    station_link.add_token(ws, "an-binh", NOW)
    station_events.queue_emergency(ws, "hop-thon", [("an-binh", "2021-08-09", "sang", "05:30", [])], NOW)
    page = login(app, "lanh-dao")[0].get("/tinh-trang").text
    assert "<div>Họp thôn: " in page and "<div>hop-thon: " not in page


def test_a_fragment_asked_after_the_session_ended_sends_the_whole_page_to_sign_in(app: Flask) -> None:
    asked = app.test_client().get(
        "/tinh-trang/cap-nhat", headers={"HX-Request": "true", "HX-Current-URL": "http://huyen.example/tinh-trang"}
    )
    assert asked.status_code == 401 and asked.headers["HX-Redirect"] == "/dang-nhap?next=/tinh-trang"
    assert asked.text == ""  # nothing to swap: htmx goes to the sign-in page instead


def test_a_station_off_the_line_is_not_said_to_play_nothing_nor_to_have_missed_its_slot(app: Flask, ws: Path) -> None:
    _published(ws, "2021-08-09")  # an-binh's 05:30 slot, today
    station_link.add_token(ws, "an-binh", NOW - timedelta(days=1))
    stations.heartbeat(ws, "an-binh", {"days": {}, "playing": None}, NOW - timedelta(minutes=12))
    card = login(app, "lanh-dao")[0].get("/tinh-trang").text
    assert "mất kết nối" in card and "<dt>Đang phát</dt><dd>không rõ: đài mất kết nối</dd>" in card
    assert "Buổi sáng lúc 05:30</span> — chưa nhận được nhật ký phát vì đài mất kết nối" in card
    assert "sang 05:30" not in card  # the slot's name in words, not its key in stations.yaml
    stations.heartbeat(ws, "an-binh", {"days": {}, "playing": None}, NOW - timedelta(seconds=30))
    card = login(app, "lanh-dao")[0].get("/tinh-trang").text
    assert (
        "<dt>Đang phát</dt><dd>không phát</dd>" in card and '<span class="warn">Buổi sáng lúc 05:30</span></dd>' in card
    )
