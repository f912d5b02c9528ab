"""The approver's side of a bound approval on the web: "Cần duyệt lại" in the list, the spoken text old against
new on the review page, and approving again; the same use case and audit row as `loa approve`."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

import pytest
from flask import Flask

from pipeline.app import accounts

from .test_web import app, login, ws  # noqa: F401  (fixtures)


def _require_approval(ws: Path) -> None:  # noqa: F811
    settings = ws / "loa.toml"
    settings.write_text("require_approval = true\n" + settings.read_text("utf-8"), encoding="utf-8")


def _approve(client, csrf: str, item_id: str = "hop-thon") -> None:  # type: ignore[no-untyped-def]
    page = client.get(f"/duyet/{item_id}").text
    version = re.search(r'name="version" value="([^"]+)"', page)[1]  # type: ignore[index]
    assert (
        client.post(f"/duyet/{item_id}", data={"csrf": csrf, "version": version, "action": "duyet"}).status_code == 302
    )


@pytest.mark.slow
def test_a_lexicon_line_sends_an_approved_item_back_to_the_approver_with_the_spoken_diff(app: Flask, ws: Path) -> None:  # noqa: F811
    _require_approval(ws)
    approver, csrf = login(app, "lanh-dao")
    _approve(approver, csrf)
    assert 'class="status s-da-duyet"' in approver.get("/tin").text
    editor, ecsrf = login(app, "bien-tap")
    added = editor.post("/tu-dien", data={"csrf": ecsrf, "written": "họp", "spoken": "không họp"})
    assert added.status_code == 200
    listed = approver.get("/tin").text
    assert '<span class="status s-can-duyet-lai">Cần duyệt lại</span>' in listed and 'href="/duyet/hop-thon"' in listed
    page = approver.get("/duyet/hop-thon").text
    assert "Cần duyệt lại: lời đọc đã khác bản được duyệt" in page
    assert "<del>-Tối nay họp thôn lúc mười chín giờ ba mươi phút.</del>" in page
    assert "<ins>+Tối nay không họp thôn lúc mười chín giờ ba mươi phút.</ins>" in page
    other, ocsrf = login(app, "lanh-dao-2")
    _approve(other, ocsrf)
    assert 'class="status s-da-duyet"' in approver.get("/tin").text
    assert "Cần duyệt lại: lời đọc" not in approver.get("/duyet/hop-thon").text
    actions = [(e.user, e.action) for e in accounts.history(ws, "hop-thon")]
    assert actions == [("lanh-dao-2", "duyet"), ("lanh-dao", "duyet")]


def _version(client, path: str) -> str:  # type: ignore[no-untyped-def]
    return re.search(r'name="version" value="([^"]+)"', client.get(path).text)[1]  # type: ignore[index]


def _only_morning(ws: Path) -> None:  # noqa: F811
    path = ws / "scripts_vi" / "announcements" / "hop-thon.md"
    path.write_text(path.read_text("utf-8").replace("title:", "slots: [sang]\ntitle:"), encoding="utf-8")


@pytest.mark.slow
def test_approving_says_from_which_day_and_at_how_many_stations_it_airs(app: Flask, ws: Path) -> None:  # noqa: F811
    _only_morning(ws)  # Monday 10:00: both morning slots are over, so it first airs on Tuesday
    approver, csrf = login(app, "lanh-dao")
    data = {"csrf": csrf, "version": _version(approver, "/duyet/hop-thon"), "action": "duyet"}
    landed = approver.post("/duyet/hop-thon", data=data, follow_redirects=True).text
    assert 'id="decided">Đã duyệt — sẽ phát từ Thứ Ba 10/08 tại 2 đài</p>' in landed
    assert 'id="decided"' not in approver.get("/tin").text  # said once, on the page it lands on


def test_the_first_airing_today_counts_only_slots_not_begun(ws: Path) -> None:  # noqa: F811
    from datetime import date, datetime

    from pipeline.app import reviewing
    from pipeline.app.snapshot import Snapshot

    workspace = Snapshot(ws).view().workspace
    item = workspace.announcement("hop-thon")
    assert item is not None
    assert reviewing.on_air(workspace, item, datetime(2021, 8, 9, 10, 0)) == reviewing.OnAir(date(2021, 8, 9), 2)
    assert reviewing.on_air(workspace, item, datetime(2021, 8, 31, 18, 0)).first_day is None  # last day, slots over


def test_rejecting_says_so_and_the_reason_tops_the_editors_page_and_the_list(app: Flask, ws: Path) -> None:  # noqa: F811
    approver, csrf = login(app, "lanh-dao")
    data = {"csrf": csrf, "version": _version(approver, "/duyet/hop-thon"), "action": "tu-choi", "comment": "Sai giờ."}
    landed = approver.post("/duyet/hop-thon", data=data, follow_redirects=True).text
    assert 'id="decided">Đã từ chối — đã gửi lại cho người viết</p>' in landed
    editor, _ = login(app, "bien-tap")
    listed = editor.get("/tin").text
    assert re.search(r'id="reason-hop-thon">Bị từ chối \(lanh-dao\): “Sai giờ.”', listed)
    page = editor.get("/tin/hop-thon").text
    assert "“Sai giờ.”. Sửa theo ý kiến này" in page
    assert page.index('id="rejection"') < page.index('id="announcement"')  # at the top, above the form


def test_the_review_page_shows_the_spoken_text_and_its_length_in_the_slot(app: Flask) -> None:  # noqa: F811
    approver, _ = login(app, "lanh-dao")
    page = approver.get("/duyet/hop-thon").text
    spoken = re.search(r'<p class="spoken" id="spoken-text">(.*?)</p>', page, re.S)
    assert spoken and "mười chín giờ ba mươi phút" in spoken[1]
    assert re.search(r'id="air-length">Độ dài ước tính: <strong>0:\d\d</strong> trong buổi 30:00</p>', page)


def test_an_approver_sees_the_editor_form_read_only(app: Flask) -> None:  # noqa: F811
    approver, _ = login(app, "lanh-dao")
    page = approver.get("/tin/hop-thon").text
    assert 'id="read-only-tag">chỉ xem</span>' in page and '<fieldset class="plain" disabled id="fields">' in page
    assert 'id="save"' not in page and 'href="/duyet/hop-thon">trang duyệt</a>' in page
    editor, _ = login(app, "bien-tap")
    page = editor.get("/tin/hop-thon").text
    assert "chỉ xem" not in page and '<fieldset class="plain"  id="fields">' in page


@pytest.mark.slow
def test_the_review_diff_leaves_out_approval_and_status_lines(app: Flask, ws: Path) -> None:  # noqa: F811
    _require_approval(ws)
    approver, csrf = login(app, "lanh-dao")
    _approve(approver, csrf)
    editor, ecsrf = login(app, "bien-tap")
    fields = {"title": "Họp thôn", "priority": "thuong", "valid_from": "2021-08-01", "valid_until": "2021-08-31",
              "repeat": "1", "body": "Tối nay họp thôn lúc 20h.", "action": "gui-duyet"}  # fmt: skip
    editor.post(
        "/tin/luu", data={**fields, "id": "hop-thon", "version": _version(editor, "/tin/hop-thon"), "csrf": ecsrf}
    )
    diff = re.search(r'<pre class="diff" id="diff">(.*?)</pre>', approver.get("/duyet/hop-thon").text, re.S)
    assert diff and "<ins>+Tối nay họp thôn lúc 20h.</ins>" in diff[1]
    assert not re.search("Người duyệt|Duyệt lúc|Mã kiểm tra|Trạng thái|approved_|status", diff[1])


def test_the_list_counts_what_waits_for_this_approver_not_what_they_edited(app: Flask, ws: Path) -> None:  # noqa: F811
    _require_approval(ws)
    first, _ = login(app, "lanh-dao")
    assert 'id="waiting"><strong>1</strong> tin chờ bạn duyệt' in first.get("/tin").text
    accounts.record(ws, "lanh-dao", "sua", "hop-thon", datetime(2021, 8, 9, 9, 0))  # they wrote it last
    assert 'id="waiting">Không có tin nào chờ bạn duyệt.' in first.get("/tin").text
    second, _ = login(app, "lanh-dao-2")
    assert 'id="waiting"><strong>1</strong> tin chờ bạn duyệt' in second.get("/tin").text
    editor, _ = login(app, "bien-tap")
    assert 'id="waiting"' not in editor.get("/tin").text
