# ruff: noqa: F811  (the fixtures app and ws come from test_web)
"""People, not ids (issue 32.6): full names in the accounts database (older databases migrated), shown for
approvals and the audit; an admin changes a user's role, stations and name; station, template, date and length
words in pages (the Flask test client, a real SQLite file)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from flask import Flask

from pipeline.adapters.database import MIGRATIONS, connected, database_path
from pipeline.app import accounts, people
from pipeline.web.words import duration_words, vi_moment

from .test_web import NOW, PASSWORD, app, form, login, ws  # noqa: F401 (fixtures)


def test_an_older_accounts_database_gets_full_names_and_keeps_its_users(tmp_path: Path) -> None:
    root = tmp_path / "ws"
    database_path(root).parent.mkdir(parents=True)
    old = sqlite3.connect(database_path(root))
    for number, script in enumerate(MIGRATIONS[:3], start=1):  # a database made before full names
        old.executescript(f"BEGIN; {script}; PRAGMA user_version = {number}; COMMIT;")
    old.execute("INSERT INTO users VALUES ('lanh-dao', 'approver', '', 'x', '2021-08-01T00:00:00')")
    old.commit()
    old.close()
    assert accounts.list_users(root) == [accounts.User("lanh-dao", "approver", (), "")]
    with connected(root) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    assert people.full_names(root) == {"lanh-dao": "lanh-dao"}


def test_an_admin_changes_a_users_role_stations_and_name_and_their_sessions_end(app: Flask, ws: Path) -> None:
    admin, csrf = login(app, "quan-tri")
    operator, _ = login(app, "van-hanh")
    assert operator.get("/dai/an-binh").status_code == 200
    change = {"role": "operator", "stations": ["binh-an"], "full_name": "  Trần   Văn Hành ", "csrf": csrf}
    assert admin.post("/nguoi-dung/van-hanh/sua", data=change).status_code == 302
    assert operator.get("/dai/an-binh").status_code == 302  # signed out: what they may do changed
    again, _ = login(app, "van-hanh")
    assert again.get("/dai/an-binh").status_code == 404 and again.get("/dai/binh-an").status_code == 200
    page = admin.get("/nguoi-dung?da=sua").text
    assert "Trần Văn Hành" in page and "Đã lưu thay đổi" in page
    assert "đổi vai trò, đài hoặc họ tên của Trần Văn Hành" in page  # the audit names the person
    row = page[page.index('id="user-van-hanh"') :].split("</tr>")[0]
    assert "Bình An" in row and "binh-an</td>" not in row  # the station's name, not its id
    promoted = {"role": "editor", "full_name": "Trần Văn Hành", "csrf": csrf}
    assert admin.post("/nguoi-dung/van-hanh/sua", data=promoted).status_code == 302
    assert (
        accounts.list_users(ws)[-1:] != [] and {u.name: u.role for u in accounts.list_users(ws)}["van-hanh"] == "editor"
    )


def test_a_wrong_change_of_a_user_is_said_next_to_them_and_changes_nothing(app: Flask, ws: Path) -> None:
    admin, csrf = login(app, "quan-tri")
    before = accounts.list_users(ws)
    for name, change in (("bien-tap", {"role": "operator"}), ("bien-tap", {"role": "giam-doc"}),
                         ("bien-tap", {"role": "editor", "full_name": "x" * 81}), ("quan-tri", {"role": "editor"})):  # fmt: skip
        response = admin.post(f"/nguoi-dung/{name}/sua", data={**change, "csrf": csrf})
        assert response.status_code == 422 and f'id="error-change-{name}"' in response.text, (name, change)
    assert admin.post("/nguoi-dung/khong-co/sua", data={"role": "editor", "csrf": csrf}).status_code == 404
    assert accounts.list_users(ws) == before


def test_a_rejection_and_the_history_name_the_person_and_the_day_in_words(app: Flask, ws: Path) -> None:
    accounts.add_user(ws, "pho-chu-tich", "approver", (), PASSWORD, NOW, "Lê Thị Duyệt")
    editor, csrf = login(app, "bien-tap")
    assert editor.post("/tin/luu", data={**form(action="gui-duyet"), "csrf": csrf}).status_code == 302
    approver, approver_csrf = login(app, "pho-chu-tich")
    page = approver.get("/duyet/tiem-vac-xin-soi").text
    version = page.split('name="version" value="')[1].split('"')[0]
    decided = {"action": "tu-choi", "comment": "Thêm giờ tiêm.", "version": version, "csrf": approver_csrf}
    assert approver.post("/duyet/tiem-vac-xin-soi", data=decided).status_code == 302
    shown = editor.get("/tin/tiem-vac-xin-soi").text
    assert "Bị từ chối bởi Lê Thị Duyệt lúc 10:00 Thứ Hai 09/08/2021" in shown
    assert "Lê Thị Duyệt từ chối" in shown and "2021-08-09" not in shown.split('id="rejection"')[1].split("</p>")[0]
    assert "Bị từ chối (Lê Thị Duyệt)" in editor.get("/tin").text


def test_the_editor_chooses_an_announcement_shape_by_its_vietnamese_name(app: Flask) -> None:
    editor, _ = login(app, "bien-tap")
    page = editor.get("/tin/moi").text
    assert '<option value="thong-bao" >Thông báo (' in page and 'value="khan-cap" >Tin khẩn cấp' in page
    assert 'value="mo-dau"' not in page and 'value="ket-thuc"' not in page  # a slot's frame is no shape


def test_lengths_and_moments_are_said_in_words() -> None:
    assert duration_words(121.9) == "2 phút 02 giây" and duration_words(45.2) == "45 giây"
    assert vi_moment("2021-08-10T07:05:00+07:00") == "07:05 Thứ Ba 10/08/2021" and vi_moment("?") == "?"
