# ruff: noqa: F811  (the fixtures app and ws come from test_web)
"""The admin's page "Mã kết nối của đài" through the Flask test client: per station whether a token exists, when
made and last used; "Tạo mã mới" shows the token once with how to use it and keeps only its hash (as `loa station
token add`); "Thu hồi" revokes it and the API refuses it at the very next request; admin only, CSRF, audit."""

from __future__ import annotations

import re
from pathlib import Path

from flask import Flask

from pipeline.adapters.database import connected
from pipeline.app import accounts, station_link

from .test_web import NOW, app, login, ws  # noqa: F401 (fixtures)

TOKEN = re.compile(r'<pre class="token" id="token">([^<]+)</pre>')


def test_an_admin_makes_a_token_shown_once_stored_hashed_and_used_by_the_api(app: Flask, ws: Path) -> None:
    admin, csrf = login(app, "quan-tri")
    listed = admin.get("/ma-ket-noi").text
    assert 'id="token-an-binh"' in listed and "chưa có mã" in listed and 'id="token"' not in listed
    made = admin.post("/ma-ket-noi/an-binh/tao", data={"csrf": csrf})
    assert made.status_code == 200 and made.headers["Cache-Control"] == "no-store"
    token = TOKEN.search(made.text)[1]  # type: ignore[index]
    assert "chỉ hiện một lần" in made.text
    assert "loa station run http://localhost --station an-binh --token-file /etc/loa/token --dir /srv/loa" in made.text
    with connected(ws) as db:
        stored = [tuple(row) for row in db.execute("SELECT station, hash FROM station_tokens")]
    assert stored == [("an-binh", station_link.hashed(token))] and token not in str(stored)
    again = admin.get("/ma-ket-noi").text
    assert token not in again and "có mã" in again and "chưa dùng" in again and "10:00:00 09/08/2021" in again
    used = app.test_client().get("/api/v1/stations/an-binh/days", headers={"Authorization": f"Bearer {token}"})
    assert used.status_code == 200
    row = admin.get("/ma-ket-noi").text.split('id="token-an-binh"')[1].split("</tr>")[0]
    assert "chưa dùng" not in row and row.count("10:00:00 09/08/2021") == 2  # made, and last used
    assert next((e.user, e.action, e.target) for e in accounts.history(ws, "an-binh")) == (
        "quan-tri", "tao-ma-dai", "an-binh")  # fmt: skip


def test_a_revoked_token_is_refused_by_the_api_at_once_and_the_audit_says_who(app: Flask, ws: Path) -> None:
    token = station_link.add_token(ws, "an-binh", NOW)
    api = app.test_client()
    ask = {"Authorization": f"Bearer {token}"}
    assert api.get("/api/v1/stations/an-binh/days", headers=ask).status_code == 200
    admin, csrf = login(app, "quan-tri")
    revoked = admin.post("/ma-ket-noi/an-binh/thu-hoi", data={"csrf": csrf})
    assert revoked.status_code == 302 and revoked.headers["Location"].endswith("/ma-ket-noi?thu_hoi=an-binh")
    assert api.get("/api/v1/stations/an-binh/days", headers=ask).status_code == 401
    page = admin.get("/ma-ket-noi?thu_hoi=an-binh").text
    assert "Đã thu hồi mã của đài an-binh" in page and "1 mã đã thu hồi" in page
    assert next((e.user, e.action, e.detail) for e in accounts.history(ws, "an-binh")) == (
        "quan-tri", "thu-hoi-ma-dai", "1")  # fmt: skip
    again = admin.post("/ma-ket-noi/an-binh/thu-hoi", data={"csrf": csrf})  # nothing left to revoke
    assert again.status_code == 422 and 'id="error-form"' in again.text


def test_tokens_are_made_and_revoked_only_by_an_admin_with_the_pages_csrf_token(app: Flask, ws: Path) -> None:
    admin, admin_csrf = login(app, "quan-tri")
    assert admin.post("/ma-ket-noi/an-binh/tao", data={"csrf": "sai"}).status_code == 400
    for name in ("lanh-dao", "van-hanh", "bien-tap"):
        other, csrf = login(app, name)
        assert other.post("/ma-ket-noi/an-binh/tao", data={"csrf": csrf}).status_code == 403
        assert other.get("/ma-ket-noi").status_code == 403
    assert station_link.list_tokens(ws) == []
    refused = admin.post("/ma-ket-noi/khong-co/tao", data={"csrf": admin_csrf})
    assert refused.status_code == 422 and "khong-co" in refused.text and station_link.list_tokens(ws) == []


def test_the_status_page_links_the_tokens_page_for_admins_only(app: Flask) -> None:
    admin, _ = login(app, "quan-tri")
    assert 'href="/ma-ket-noi" id="tokens-link"' in admin.get("/tinh-trang").text
    approver, _ = login(app, "lanh-dao")
    assert "/ma-ket-noi" not in approver.get("/tinh-trang").text
