"""The web app through Flask's test client: every route × every role, CSRF, bad input in every field, concurrent
edits, approval, the operator's zip, and the security promises (headers, paths, rate limit, local-only start)."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import datetime
from pathlib import Path

import pytest
from click.testing import CliRunner
from flask import Flask
from flask.testing import FlaskClient

from pipeline.cli import cli
from pipeline.errors import LoaError
from pipeline.usecases import accounts, commands
from pipeline.web import check_address, create_app
from pipeline.workspace.announcements import load_announcement

from .conftest import make_mini_ws

NOW = datetime(2021, 8, 9, 10, 0)
PASSWORD = "mat-khau-123"
USERS = {"editor": "bien-tap", "approver": "lanh-dao", "operator": "van-hanh", "admin": "quan-tri"}
CSRF = re.compile(r'name="csrf" value="([^"]+)"')
ANNOUNCEMENTS = "scripts_vi/announcements"


@pytest.fixture
def ws(tmp_path: Path) -> Path:
    root = make_mini_ws(tmp_path / "ws", stations=2)
    for role, name in USERS.items():
        accounts.add_user(root, name, role, ("an-binh",) if role == "operator" else (), PASSWORD, NOW)
    accounts.add_user(root, "bien-tap-2", "editor", (), PASSWORD, NOW)
    accounts.add_user(root, "lanh-dao-2", "approver", (), PASSWORD, NOW)
    return root


@pytest.fixture
def app(ws: Path) -> Flask:
    return create_app(ws, now=lambda: NOW)


def login(app: Flask, name: str) -> tuple[FlaskClient, str]:
    """A client signed in as `name`, and the session's CSRF token."""
    client = app.test_client()
    token = CSRF.search(client.get("/dang-nhap").text)[1]  # type: ignore[index]
    response = client.post("/dang-nhap", data={"name": name, "password": PASSWORD, "csrf": token})
    assert response.status_code == 302, response.text
    return client, CSRF.search(client.get("/lich").text)[1]  # type: ignore[index]


def form(**changes: object) -> dict[str, object]:
    fields: dict[str, object] = {"title": "Tiêm vắc xin sởi", "priority": "thuong", "valid_from": "2021-08-10",
                                 "valid_until": "2021-08-20", "repeat": "1", "body": "Mời phụ huynh đưa trẻ đi tiêm.",
                                 "action": "luu"}  # fmt: skip
    fields.update(changes)
    return fields


def files(ws: Path) -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted((ws / ANNOUNCEMENTS).glob("*.md"))}


# route, method, roles allowed; the POSTs here are those that change nothing when refused
ROUTES = [
    ("/", "GET", {"editor", "approver", "operator", "admin"}),
    ("/tin", "GET", {"editor", "approver", "admin"}),
    ("/tin/moi", "GET", {"editor", "admin"}),
    ("/tin/hop-thon", "GET", {"editor", "approver", "admin"}),
    ("/tin/luu", "POST", {"editor", "admin"}),
    ("/tin/xem-truoc", "POST", {"editor", "approver", "admin"}),
    ("/tu-dien", "POST", {"editor", "admin"}),
    ("/duyet/hop-thon", "GET", {"approver"}),
    ("/duyet/hop-thon", "POST", {"approver"}),
    ("/lich", "GET", {"editor", "approver", "operator", "admin"}),
    ("/khan-cap", "GET", {"approver"}),
    ("/khan-cap", "POST", {"approver"}),
    ("/ban-dung", "GET", {"admin"}),
    ("/ban-dung", "POST", {"admin"}),
    ("/ban-dung/tien-do", "GET", {"admin"}),
    ("/nguoi-dung", "GET", {"admin"}),
    ("/dai", "GET", {"operator", "admin"}),
    ("/dai/an-binh", "GET", {"operator", "admin"}),
    ("/dang-xuat", "POST", {"editor", "approver", "operator", "admin"}),
]


@pytest.mark.parametrize("role", [*USERS, None])
def test_every_route_answers_only_the_roles_it_names(app: Flask, ws: Path, role: str | None) -> None:
    before = files(ws)
    client, csrf = login(app, USERS[role]) if role else (app.test_client(), "")
    for path, method, allowed in ROUTES:  # signing out comes last
        data = {"csrf": csrf, "title": "", "body": ""}  # empty forms: an allowed POST refuses them, nothing written
        response = client.post(path, data=data) if method == "POST" else client.get(path)
        if role is None:
            assert response.status_code in (302, 400) and "dang-nhap" in response.headers.get("Location", "dang-nhap")
        elif role in allowed:
            assert response.status_code in (200, 302, 422), (path, method, role, response.status_code)
        else:
            assert response.status_code == 403, (path, method, role, response.status_code)
    assert files(ws) == before


def test_every_route_declares_its_roles(app: Flask) -> None:
    guarded = {rule.rule for rule in app.url_map.iter_rules() if hasattr(app.view_functions[rule.endpoint], "roles")}
    public = {rule.rule for rule in app.url_map.iter_rules()} - guarded
    assert public == {"/dang-nhap", "/static/<path:filename>"}


def test_a_form_without_the_session_token_is_refused_and_writes_nothing(app: Flask, ws: Path) -> None:
    client, csrf = login(app, "bien-tap")
    before = files(ws)
    for token in ("", "sai", csrf[:-1]):
        response = client.post("/tin/luu", data={**form(), "csrf": token})
        assert response.status_code == 400 and "Biểu mẫu đã cũ" in response.text
    assert files(ws) == before


BAD_FIELDS = [
    ("title", {"title": "  "}),
    ("priority", {"priority": "rat-gap"}),
    ("valid_from", {"valid_from": "31/08/2021"}),
    ("valid_until", {"valid_until": "2021-08-01"}),
    ("valid_until", {"priority": "khan-cap", "valid_until": ""}),
    ("stations", {"stations": ["khong-co"]}),
    ("slots", {"slots": ["dem"]}),
    ("days", {"days": ["t9"]}),
    ("repeat", {"repeat": "0"}),
    ("repeat", {"repeat": "ba"}),
    ("template", {"template": "khong-co"}),
    ("body", {"body": " \n "}),
    ("body", {"body": "{{ chua_co }}"}),
]


@pytest.mark.parametrize(("field", "changes"), BAD_FIELDS)
def test_bad_input_in_a_field_says_so_next_to_it_and_writes_nothing(
    app: Flask, ws: Path, field: str, changes: dict[str, object]
) -> None:
    client, csrf = login(app, "bien-tap")
    before = files(ws)
    response = client.post("/tin/luu", data={**form(**changes), "csrf": csrf})
    assert response.status_code == 422
    message = re.search(rf'<p class="field-error" id="error-{field}" role="alert">([^<]+)</p>', response.text)
    assert message and len(message[1]) > 10, response.text
    assert files(ws) == before
    assert not list((ws / ANNOUNCEMENTS).glob(".*"))  # no trial file left behind


def test_a_draft_is_saved_as_a_file_the_build_reads_and_does_not_air(app: Flask, ws: Path) -> None:
    client, csrf = login(app, "bien-tap")
    response = client.post("/tin/luu", data={**form(stations=["an-binh"], days=["t2", "t3"]), "csrf": csrf})
    assert response.status_code == 302 and response.headers["Location"].startswith("/tin/tiem-vac-xin-soi")
    item = load_announcement(ws / ANNOUNCEMENTS / "tiem-vac-xin-soi.md", ws)
    assert (item.status, item.stations, item.days, item.title) == ("nhap", ("an-binh",), (0, 1), "Tiêm vắc xin sởi")
    assert "tiem-vac-xin-soi" not in str(commands.script)  # the file is plain: CLI and git read it
    validated = commands.validate(ws)
    assert validated.announcements == 2


def test_the_second_of_two_concurrent_saves_is_refused_and_loses_nothing(app: Flask, ws: Path) -> None:
    first, csrf1 = login(app, "bien-tap")
    second, csrf2 = login(app, "bien-tap-2")
    page = first.get("/tin/hop-thon").text
    version = re.search(r'name="version" value="([^"]+)"', page)[1]  # type: ignore[index]
    base = {"id": "hop-thon", "version": version, "valid_from": "2021-08-01", "valid_until": "2021-08-31"}
    one = first.post("/tin/luu", data={**form(**base, body="Bản của người thứ nhất."), "csrf": csrf1})
    two = second.post("/tin/luu", data={**form(**base, body="Bản của người thứ hai."), "csrf": csrf2})
    assert one.status_code == 302 and two.status_code == 409
    assert "Bản của người thứ hai." in two.text  # still in the form, to copy
    assert 'id="error-form"' in two.text
    assert "Bản của người thứ nhất." in (ws / ANNOUNCEMENTS / "hop-thon.md").read_text(encoding="utf-8")


def test_submit_approve_and_the_diff_since_the_approved_version(app: Flask, ws: Path) -> None:
    editor, csrf = login(app, "bien-tap")
    editor.post("/tin/luu", data={**form(action="gui-duyet"), "csrf": csrf})
    path = ws / ANNOUNCEMENTS / "tiem-vac-xin-soi.md"
    assert load_announcement(path, ws).status == "cho-duyet"
    approver, acsrf = login(app, "lanh-dao")
    page = approver.get("/duyet/tiem-vac-xin-soi").text
    version = re.search(r'name="version" value="([^"]+)"', page)[1]  # type: ignore[index]
    assert (
        approver.post(
            "/duyet/tiem-vac-xin-soi", data={"csrf": acsrf, "version": version, "action": "duyet"}
        ).status_code
        == 302
    )
    item = load_announcement(path, ws)
    assert (item.approved_by, item.status) == ("lanh-dao", "")
    page = editor.get("/tin/tiem-vac-xin-soi").text
    version = re.search(r'name="version" value="([^"]+)"', page)[1]  # type: ignore[index]
    editor.post("/tin/luu", data={**form(body="Mời phụ huynh đưa trẻ đi tiêm sáng thứ Hai.", id="tiem-vac-xin-soi",
                                         version=version, action="gui-duyet"), "csrf": csrf})  # fmt: skip
    assert not load_announcement(path, ws).approved
    diff = approver.get("/duyet/tiem-vac-xin-soi").text
    assert (
        "<del>-Mời phụ huynh đưa trẻ đi tiêm.</del>" in diff
        and "<ins>+Mời phụ huynh đưa trẻ đi tiêm sáng thứ Hai.</ins>" in diff
    )


def test_an_approver_never_approves_their_own_text_and_a_rejection_needs_a_reason(app: Flask, ws: Path) -> None:
    admin_like, csrf = login(app, "lanh-dao")
    accounts.record(ws, "lanh-dao", "sua", "hop-thon", NOW)
    version = re.search(r'name="version" value="([^"]+)"', admin_like.get("/duyet/hop-thon").text)  # own text: no form
    assert version is None
    before = files(ws)
    refused = admin_like.post(
        "/duyet/hop-thon", data={"csrf": csrf, "version": "x", "action": "duyet"}, follow_redirects=True
    )
    assert "Không được duyệt bài do chính mình sửa." in refused.text and files(ws) == before
    other, csrf2 = login(app, "lanh-dao-2")
    version = re.search(r'name="version" value="([^"]+)"', other.get("/duyet/hop-thon").text)[1]  # type: ignore[index]
    no_reason = other.post(
        "/duyet/hop-thon", data={"csrf": csrf2, "version": version, "action": "tu-choi"}, follow_redirects=True
    )
    assert "Hãy ghi lý do từ chối" in no_reason.text and files(ws) == before
    other.post(
        "/duyet/hop-thon", data={"csrf": csrf2, "version": version, "action": "tu-choi", "comment": "Sai giờ họp."}
    )
    assert load_announcement(ws / ANNOUNCEMENTS / "hop-thon.md", ws).status == "tu-choi"
    assert accounts.history(ws, "hop-thon")[0].detail == "Sai giờ họp."


def test_live_spoken_text_marks_changes_and_lint_offers_the_lexicon(app: Flask, ws: Path) -> None:
    client, csrf = login(app, "bien-tap")
    response = client.post(
        "/tin/xem-truoc", data={"title": "Tin", "body": "Gọi 113 về BQLDA."}, headers={"X-CSRF-Token": csrf}
    )
    assert '<mark title="Viết: 113">một một ba</mark>' in response.text
    assert "<code>BQLDA</code> → “bê quy e lờ dê a”" in response.text
    added = client.post(
        "/tu-dien", data={"written": "BQLDA", "spoken": "ban quản lý dự án"}, headers={"X-CSRF-Token": csrf}
    )
    assert "Đã thêm" in added.text
    again = client.post(
        "/tin/xem-truoc", data={"title": "Tin", "body": "Gọi 113 về BQLDA."}, headers={"X-CSRF-Token": csrf}
    )
    assert "ban quản lý dự án" in again.text and "BQLDA</code> →" not in again.text
    wrong = client.post("/tu-dien", data={"written": "XYZ", "spoken": "xyz 123"}, headers={"X-CSRF-Token": csrf})
    assert "field-error" in wrong.text and "XYZ" not in (ws / "scripts_vi" / "lexicon.tsv").read_text(encoding="utf-8")


def test_the_operator_sees_only_their_station_and_takes_the_day_as_a_zip(app: Flask, ws: Path) -> None:
    commands.build(ws, datetime(2021, 8, 10).date(), (), lambda _: None, workers=1)
    client, _ = login(app, "van-hanh")
    assert client.get("/dai/binh-an").status_code == 404
    assert client.get("/lich?dai=binh-an").text.count("Bình An") == 0
    page = client.get("/dai/an-binh").text
    assert "Chưa có chương trình" in page  # today (9 August) has nothing published
    response = client.get("/dai/an-binh/2021-08-10.zip")
    names = zipfile.ZipFile(io.BytesIO(response.data)).namelist()
    assert "an-binh/2021-08-10_0530_sang.mp3" in names and "an-binh/lich-phat.html" in names
    assert client.get("/dai/binh-an/2021-08-10.zip").status_code == 404
    for sneaky in ("../../loa.toml", "..%2F..%2Floa.toml", "manifest.json"):
        assert client.get(f"/dai/an-binh/2021-08-10/{sneaky}").status_code == 404


def test_security_headers_and_the_login_rate_limit(app: Flask) -> None:
    client = app.test_client()
    page = client.get("/dang-nhap")
    assert "frame-ancestors 'none'" in page.headers["Content-Security-Policy"]
    assert page.headers["X-Frame-Options"] == "DENY" and page.headers["X-Content-Type-Options"] == "nosniff"
    token = CSRF.search(page.text)[1]  # type: ignore[index]
    for _ in range(5):
        assert client.post("/dang-nhap", data={"name": "bien-tap", "password": "sai", "csrf": token}).status_code == 401
        token = CSRF.search(client.get("/dang-nhap").text)[1]  # type: ignore[index]
    right = client.post("/dang-nhap", data={"name": "bien-tap", "password": PASSWORD, "csrf": token})
    assert right.status_code == 401 and "khóa 15 phút" in right.text


def test_logout_ends_the_session_on_the_server(app: Flask) -> None:
    client, csrf = login(app, "bien-tap")
    cookie = client.get_cookie("loa_session")
    client.post("/dang-xuat", data={"csrf": csrf})
    thief = app.test_client()
    thief.set_cookie("loa_session", cookie.value if cookie else "")
    assert thief.get("/tin").status_code == 302


def test_the_server_refuses_a_public_address_without_a_secret() -> None:
    check_address("127.0.0.1", "")
    with pytest.raises(LoaError, match="LOA_SECRET"):
        check_address("0.0.0.0", "")
    check_address("0.0.0.0", "x" * 32)


def test_user_commands(ws: Path) -> None:
    runner = CliRunner()
    added = runner.invoke(cli, ["user", "add", "nguoi-moi", "--role", "operator", "--station", "binh-an", "-w", str(ws)],
                          input="mat-khau-moi\nmat-khau-moi\n")  # fmt: skip
    assert added.exit_code == 0 and added.output.endswith("Added nguoi-moi (operator).\n")
    listed = runner.invoke(cli, ["user", "list", "-w", str(ws)])
    assert listed.output.splitlines()[:3] == ["quan-tri\tadmin\t", "lanh-dao\tapprover\t", "lanh-dao-2\tapprover\t"]
    assert "nguoi-moi\toperator\tbinh-an" in listed.output
    short = runner.invoke(cli, ["user", "add", "x-y", "--role", "editor", "-w", str(ws)], input="ngan\nngan\n")
    assert short.exit_code == 1 and "too short" in short.output
    wrong = runner.invoke(cli, ["user", "add", "op", "--role", "operator", "--station", "khong-co", "-w", str(ws)],
                          input="mat-khau-moi\nmat-khau-moi\n")  # fmt: skip
    assert wrong.exit_code == 1 and "an-binh, binh-an" in wrong.output
