"""The web app through Flask's test client: every route × every role, CSRF, bad input in every field, concurrent
edits, approval, the operator's zip, and the security promises (headers, paths, rate limit, local-only start)."""

from __future__ import annotations

import io
import re
import time
import zipfile
from datetime import datetime
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from click.testing import CliRunner
from flask import Flask
from flask.testing import FlaskClient

from pipeline import i18n
from pipeline.adapters import passwords
from pipeline.app import accounts, commands
from pipeline.cli import cli
from pipeline.errors import LoaError
from pipeline.web import check_address, create_app
from pipeline.workspace.ledger import load_verified as load_announcement

from ..conftest import make_mini_ws, measured, tone

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
    ("/khan-cap", "GET", {"approver", "admin"}),  # an admin sees it to stop an emergency, not to send one
    ("/khan-cap", "POST", {"approver"}),
    ("/khan-cap/khong-co/ngung-phat", "POST", {"approver", "admin"}),
    ("/ban-dung", "GET", {"admin"}),
    ("/ban-dung", "POST", {"admin"}),
    ("/ban-dung/tien-do", "GET", {"admin"}),
    ("/nguoi-dung", "GET", {"admin"}),
    ("/nguoi-dung", "POST", {"admin"}),
    ("/nguoi-dung/bien-tap/mat-khau", "POST", {"admin"}),
    ("/nguoi-dung/bien-tap/sua", "POST", {"admin"}),
    ("/cac-dai", "GET", {"admin"}),
    ("/cac-dai/an-binh", "GET", {"admin"}),
    ("/cac-dai", "POST", {"admin"}),
    ("/nguoi-dung/bien-tap/xoa", "POST", {"admin"}),
    ("/dai", "GET", {"operator", "admin"}),
    ("/dai/an-binh", "GET", {"operator", "admin"}),
    ("/tinh-trang", "GET", {"operator", "approver", "admin"}),
    ("/tinh-trang/cap-nhat", "GET", {"operator", "approver", "admin"}),
    ("/ma-ket-noi", "GET", {"admin"}),
    ("/ma-ket-noi/khong-co/tao", "POST", {"admin"}),  # no such station: nothing made
    ("/ma-ket-noi/an-binh/thu-hoi", "POST", {"admin"}),  # no token to revoke: nothing changed
    ("/thong-ke", "GET", {"approver", "admin"}),
    ("/thong-ke.csv", "GET", {"approver", "admin"}),
    ("/huong-dan", "GET", {"editor", "approver", "operator", "admin"}),
    ("/dang-xuat", "POST", {"editor", "approver", "operator", "admin"}),
]


@pytest.mark.slow
@pytest.mark.parametrize("role", [*USERS, None])
def test_every_route_answers_only_the_roles_it_names(app: Flask, ws: Path, role: str | None) -> None:
    before, people = files(ws), accounts.list_users(ws)
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
    assert files(ws) == before and accounts.list_users(ws) == people


@pytest.mark.slow
def test_every_route_declares_its_roles(app: Flask) -> None:
    guarded = {rule.rule for rule in app.url_map.iter_rules() if hasattr(app.view_functions[rule.endpoint], "roles")}
    public = {rule.rule for rule in app.url_map.iter_rules()} - guarded
    assert public == {
        "/dang-nhap",
        "/static/<path:filename>",
        "/api/v1/openapi.json",
        "/cap.atom",
        "/cap/<item_id>.xml",
    }
    api = {rule.rule for rule in app.url_map.iter_rules() if rule.rule.startswith("/api/")} - public
    assert api and all(app.view_functions[r.endpoint].roles == ("station",) for r in app.url_map.iter_rules()
                       if r.rule in api)  # fmt: skip


@pytest.mark.slow
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


@pytest.mark.slow
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


@pytest.mark.slow
def test_a_draft_is_saved_as_a_file_the_build_reads_and_does_not_air(app: Flask, ws: Path) -> None:
    client, csrf = login(app, "bien-tap")
    response = client.post("/tin/luu", data={**form(stations=["an-binh"], days=["t2", "t3"]), "csrf": csrf})
    assert response.status_code == 302 and response.headers["Location"].startswith("/tin/tiem-vac-xin-soi")
    item = load_announcement(ws / ANNOUNCEMENTS / "tiem-vac-xin-soi.md", ws)
    assert (item.status, item.stations, item.days, item.title) == ("nhap", ("an-binh",), (0, 1), "Tiêm vắc xin sởi")
    assert "tiem-vac-xin-soi" not in str(commands.script)  # the file is plain: CLI and git read it
    validated = commands.validate(ws)
    assert validated.announcements == 2


def test_the_editors_slots_are_in_the_days_order_not_the_alphabets(app: Flask) -> None:
    client, _ = login(app, "bien-tap")
    page = client.get("/tin/moi").text
    assert page.index('name="slots" value="sang"') < page.index('name="slots" value="chieu"')  # morning first


@pytest.mark.slow
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


@pytest.mark.slow
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
    assert "<del>-Phát đến: 2021-08-20</del>" not in diff and "Người duyệt: lanh-dao" not in diff  # bookkeeping hidden
    assert "<dt>Phát đến</dt><dd>Thứ Sáu, ngày 20/08/2021</dd>" in diff and "approved_by" not in diff


@pytest.mark.slow
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


@pytest.mark.slow
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


@pytest.mark.slow
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


@pytest.mark.slow
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


@pytest.mark.slow
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


@pytest.mark.slow
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


def _upload(path: Path, name: str = "") -> tuple[io.BytesIO, str]:
    return io.BytesIO(path.read_bytes()), name or path.name


def recordings_in(ws: Path) -> list[str]:
    return sorted(p.name for p in (ws / "recordings").glob("*")) if (ws / "recordings").exists() else []


@pytest.mark.slow
def test_a_phone_recording_is_kept_checked_and_played_back(app: Flask, ws: Path, tmp_path: Path) -> None:
    client, csrf = login(app, "bien-tap")
    phone = tone(tmp_path / "ghi-am.m4a", 3.0, -12.0)
    response = client.post("/tin/luu", data={**form(recording=_upload(phone)), "csrf": csrf})
    assert response.status_code == 302, response.text
    item = load_announcement(ws / ANNOUNCEMENTS / "tiem-vac-xin-soi.md", ws)
    assert item.audio is not None and re.fullmatch(r"recordings/tiem-vac-xin-soi-[0-9a-f]{12}\.m4a", item.audio)
    assert (ws / item.audio).read_bytes() == phone.read_bytes() and recordings_in(ws) == [Path(item.audio).name]
    page = client.get("/tin/tiem-vac-xin-soi").text
    assert "Đang dùng bản ghi" in page and 'src="/tin/tiem-vac-xin-soi/ban-ghi"' in page
    assert client.get("/tin/tiem-vac-xin-soi/ban-ghi").data == phone.read_bytes()
    assert login(app, "van-hanh")[0].get("/tin/tiem-vac-xin-soi/ban-ghi").status_code == 403
    version = re.search(r'name="version" value="([^"]+)"', page)[1]  # type: ignore[index]
    again = form(recording=_upload(phone, "lan-hai.M4A"), id="tiem-vac-xin-soi", version=version)
    assert client.post("/tin/luu", data={**again, "csrf": csrf}).status_code == 302
    assert recordings_in(ws) == [Path(item.audio).name]  # the same bytes are one file, whatever their name


@pytest.mark.slow
def test_listening_to_an_announcement_with_a_recording_plays_the_recording(
    app: Flask, ws: Path, tmp_path: Path
) -> None:
    client, csrf = login(app, "bien-tap")
    client.post("/tin/luu", data={**form(recording=_upload(tone(tmp_path / "a.wav", 6.0, -14.0))), "csrf": csrf})
    heard = client.post("/tin/nghe-thu", data={**form(), "id": "tiem-vac-xin-soi", "csrf": csrf}).text
    name = re.search(r'src="/nghe/([0-9a-f]{16}\.mp3)"', heard)[1]  # type: ignore[index]
    length = measured(ws / ".loa" / "nghe-thu" / name).duration
    assert 6.0 <= length <= 9.0, length  # the six seconds recorded, with the chimes around them, not the text


@pytest.mark.slow
def test_removing_the_recording_reads_the_text_again(app: Flask, ws: Path, tmp_path: Path) -> None:
    client, csrf = login(app, "bien-tap")
    client.post("/tin/luu", data={**form(recording=_upload(tone(tmp_path / "a.mp3", 2.0, -12.0))), "csrf": csrf})
    page = client.get("/tin/tiem-vac-xin-soi").text
    version = re.search(r'name="version" value="([^"]+)"', page)[1]  # type: ignore[index]
    changed = form(id="tiem-vac-xin-soi", version=version, remove_recording="1")
    assert client.post("/tin/luu", data={**changed, "csrf": csrf}).status_code == 302
    assert load_announcement(ws / ANNOUNCEMENTS / "tiem-vac-xin-soi.md", ws).audio is None


BAD_RECORDINGS = [
    ("loi-moi.docx", lambda d: _written(d, b"PK\x03\x04 word"), "MP3, WAV"),
    ("ghi-am.m4a", lambda d: _written(d, b"khong phai am thanh " * 50), "phát lại"),
    ("cut.m4a", lambda d: _cut(tone(d / "t.m4a", 20.0, -12.0)), "phát lại"),
    ("im-lang.wav", lambda d: tone(d / "s.wav", 3.0, -91.0), "không có tiếng"),
    ("ngan.mp3", lambda d: tone(d / "n.mp3", 0.3, -12.0), "ngắn hơn một giây"),
    ("rong.mp3", lambda d: _written(d, b""), "rỗng"),
]


def _written(folder: Path, data: bytes) -> Path:
    (folder / "x").write_bytes(data)
    return folder / "x"


def _cut(path: Path) -> Path:
    """A phone upload broken off half way (M4A keeps its index at the end)."""
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


@pytest.mark.slow
@pytest.mark.parametrize(("name", "make", "said"), BAD_RECORDINGS)
def test_a_bad_recording_is_refused_next_to_its_field_and_nothing_is_kept(
    app: Flask, ws: Path, tmp_path: Path, name: str, make: object, said: str
) -> None:
    i18n.use("vi")  # what the district reads (the fixture sets English back)
    client, csrf = login(app, "bien-tap")
    sent = make(tmp_path)  # type: ignore[operator]
    response = client.post("/tin/luu", data={**form(recording=_upload(sent, name)), "csrf": csrf})
    assert response.status_code == 422
    message = re.search(r'<p class="field-error" id="error-recording" role="alert">([^<]+)</p>', response.text)
    assert message and said in message[1], response.text
    assert files(ws) == {"hop-thon.md": files(ws)["hop-thon.md"]} and recordings_in(ws) == []


@pytest.mark.slow
def test_a_recording_sent_with_a_wrong_field_is_not_kept_and_the_page_says_it_is_held(
    app: Flask, ws: Path, tmp_path: Path
) -> None:
    client, csrf = login(app, "bien-tap")
    sent = _upload(tone(tmp_path / "a.mp3", 2.0, -12.0))
    response = client.post("/tin/luu", data={**form(repeat="0", recording=sent), "csrf": csrf})
    assert response.status_code == 422 and 'id="error-repeat"' in response.text
    assert "Đã giữ tệp ghi âm: a.mp3 (0:02)" in response.text and recordings_in(ws) == []


@pytest.mark.slow
def test_an_upload_over_the_limit_gets_a_plain_answer(app: Flask, ws: Path) -> None:
    client, csrf = login(app, "bien-tap")
    huge = (io.BytesIO(b"\0" * (26 * 1024 * 1024)), "dai.wav")
    response = client.post("/tin/luu", data={**form(recording=huge), "csrf": csrf})
    assert response.status_code == 413 and "Tệp quá lớn" in response.text and recordings_in(ws) == []


@pytest.mark.slow
def test_an_emergency_can_air_a_recording_and_a_bad_one_installs_nothing(app: Flask, ws: Path, tmp_path: Path) -> None:
    client, csrf = login(app, "lanh-dao")
    alert = {"title": "Bão số 3", "body": "Lời trong bản ghi.", "stations": ["an-binh"], "valid_until": "2021-08-10",
             "until_time": "23:59", "csrf": csrf}  # fmt: skip
    bad = client.post("/khan-cap", data={**alert, "recording": (io.BytesIO(b"x" * 900), "bao.m4a")})
    assert bad.status_code == 422 and 'id="error-recording"' in bad.text
    assert set(files(ws)) == {"hop-thon.md"} and recordings_in(ws) == []
    sent = client.post("/khan-cap", data={**alert, "recording": _upload(tone(tmp_path / "bao.wav", 4.0, -12.0))})
    assert sent.status_code == 200 and 'id="emergency-report"' in sent.text, sent.text
    item = load_announcement(ws / ANNOUNCEMENTS / "bao-so-3.md", ws)
    assert item.audio == f"recordings/{recordings_in(ws)[0]}" and item.priority.slug == "khan-cap"


@pytest.mark.slow
def test_an_admin_adds_resets_and_removes_users_on_the_page(app: Flask, ws: Path) -> None:
    admin, csrf = login(app, "quan-tri")
    new = {"name": "tran-thi-b", "role": "operator", "stations": ["binh-an"], "password": PASSWORD,
           "password2": PASSWORD, "csrf": csrf}  # fmt: skip
    assert admin.post("/nguoi-dung", data=new).status_code == 302
    page = admin.get("/nguoi-dung?da=them").text
    assert "tran-thi-b" in page and "“Người vận hành đài”" in page and "“operator”" not in page  # the audit log
    operator, _ = login(app, "tran-thi-b")
    assert operator.get("/dai/binh-an").status_code == 200 and operator.get("/dai/an-binh").status_code == 404
    assert (
        admin.post("/nguoi-dung/tran-thi-b/mat-khau", data={"password": "mat-khau-moi-1", "csrf": csrf}).status_code
        == 302
    )
    assert operator.get("/dai/binh-an").status_code == 302  # every session of that user ended
    assert admin.post("/nguoi-dung/tran-thi-b/xoa", data={"csrf": csrf}).status_code == 422  # not ticked "chắc chắn"
    assert admin.post("/nguoi-dung/tran-thi-b/xoa", data={"csrf": csrf, "chac-chan": "1"}).status_code == 302
    assert "tran-thi-b" not in [u.name for u in accounts.list_users(ws)]
    refused = admin.post("/nguoi-dung/quan-tri/xoa", data={"csrf": csrf, "chac-chan": "1"})
    assert refused.status_code == 422 and 'id="error-remove-quan-tri"' in refused.text
    actions = [e.action for e in accounts.history(ws, limit=10)]
    assert {"them-nguoi-dung", "doi-mat-khau", "xoa-nguoi-dung"} <= set(actions)


BAD_USERS = [
    ("name", {"name": "Nguyễn Văn A"}),
    ("name", {"name": "bien-tap"}),  # taken
    ("role", {"role": "giam-doc"}),
    ("stations", {"role": "operator", "stations": []}),
    ("password", {"password": "ngan", "password2": "ngan"}),
    ("password2", {"password2": "mat-khau-khac"}),
]


@pytest.mark.slow
@pytest.mark.parametrize(("field", "changes"), BAD_USERS)
def test_a_wrong_user_field_is_said_next_to_it_and_adds_nobody(
    app: Flask, ws: Path, field: str, changes: dict[str, object]
) -> None:
    i18n.use("vi")
    admin, csrf = login(app, "quan-tri")
    people = accounts.list_users(ws)
    sent = {"name": "le-van-c", "role": "editor", "password": PASSWORD, "password2": PASSWORD, "csrf": csrf, **changes}
    response = admin.post("/nguoi-dung", data=sent)
    message = re.search(rf'<p class="field-error" id="error-{field}" role="alert">([^<]+)</p>', response.text)
    assert response.status_code == 422 and message and "loa user" not in message[1], response.text
    assert accounts.list_users(ws) == people


@pytest.mark.slow
def test_an_emergency_that_would_not_air_before_its_end_is_said_on_the_end_field(app: Flask, ws: Path) -> None:
    i18n.use("vi")
    client, csrf = login(app, "lanh-dao")
    alert = {"title": "Cắt điện", "body": "Cắt điện lúc 11 giờ.", "stations": ["an-binh"], "valid_until": "2021-08-09",
             "until_time": "11:00", "csrf": csrf}  # fmt: skip
    response = client.post("/khan-cap", data=alert)
    message = re.search(r'<p class="field-error" id="error-valid_until" role="alert">([^<]+)</p>', response.text)
    assert response.status_code == 422 and message, response.text
    assert "Đài Truyền thanh xã An Bình" in message[1] and "muộn hơn" in message[1] and ".md" not in message[1]
    assert set(files(ws)) == {"hop-thon.md"}


HOSTILE = ["²", "٣", "9" * 400, "-1", "", "x" * 20_000, "a\x00b", "{{", "{% for x in y %}", "1\nstatus: nhap", "../../x"]  # fmt: skip
FORM_FIELDS = ("title", "priority", "valid_from", "from_time", "valid_until", "until_time", "stations", "slots", "days",
               "repeat", "template", "issuer", "body", "hazard", "risk_level", "responsible")  # fmt: skip
SAID_ON = {"from_time": "valid_from", "until_time": "valid_until"}  # a time is said with its day
VIETNAMESE = re.compile("[ăâđêôơưàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ]", re.IGNORECASE)


def _said_on(response_text: str, field: str) -> str:
    """The message shown on `field` (or on its day), or on the whole form; "" when there is none."""
    for key in (SAID_ON.get(field, field), "form"):
        found = re.search(rf'<p class="[\w-]*error"(?: role="alert")? id="error-{key}"[^>]*>([^<]+)<', response_text)
        if found:
            return found[1]
    return ""


@pytest.mark.slow
def test_hostile_values_in_any_editor_field_get_a_vietnamese_message_never_a_500(app: Flask, ws: Path) -> None:
    i18n.use("vi")
    client, csrf = login(app, "bien-tap")
    for field in FORM_FIELDS:
        for value in HOSTILE:
            for path in ("/tin/xem-truoc", "/tin/luu"):
                response = client.post(path, data={**form(**{field: value}), "csrf": csrf})
                assert response.status_code in (200, 302, 422), (field, value, path, response.status_code)
            if response.status_code == 422:
                message = _said_on(response.text, field)
                assert len(message) > 10 and VIETNAMESE.search(message), (field, value, response.text)


@pytest.mark.slow
def test_hostile_values_in_any_emergency_field_get_a_vietnamese_message_never_a_500(app: Flask, ws: Path) -> None:
    """Every field the editors' form has is tried too: a hand-made request sends what it likes."""
    i18n.use("vi")
    client, csrf = login(app, "lanh-dao")
    alert = {"title": "Cắt điện", "body": "Cắt điện lúc 11 giờ.", "stations": ["an-binh"], "valid_until": "2021-08-09",
             "until_time": "11:00", "csrf": csrf}  # fmt: skip  # ends before any slot: nothing airs, nothing is built
    for field in FORM_FIELDS:
        for value in HOSTILE:
            response = client.post("/khan-cap", data={**alert, field: value})
            assert response.status_code == 422, (field, value, response.status_code)
            message = _said_on(response.text, field) or _said_on(response.text, "valid_until")
            assert len(message) > 10 and VIETNAMESE.search(message), (field, value, response.text)
    assert set(files(ws)) == {"hop-thon.md"}


OFFSITE = ["//evil.example/", "/\\evil.example/", "/\\/evil.example/", "/\t/evil.example/", "/%09/evil.example/",
           "https://evil.example/", "/%2F%2Fevil.example/", "///evil.example/", "javascript:alert(1)", " //evil.example/",
           "/\x00/evil.example", "/tin/../../evil.example"]  # fmt: skip


@pytest.mark.slow
def test_after_signing_in_only_a_page_of_this_app_is_where_the_user_lands(app: Flask) -> None:
    """Each `next` a link could carry, as the form sends it back and as the login page's own link gives it."""
    for wanted, landing in [*((w, "/") for w in OFFSITE), ("/tin/hop-thon", "/tin/hop-thon"), ("/lich", "/lich")]:
        client = app.test_client()
        page = client.get("/dang-nhap", query_string={"next": wanted})
        token = CSRF.search(page.text)[1]  # type: ignore[index]
        sent = {"name": "bien-tap", "password": PASSWORD, "csrf": token, "next": wanted}
        response = client.post("/dang-nhap", data=sent)
        assert response.status_code == 302 and response.headers["Location"] == landing, (wanted, response.headers)


@pytest.mark.slow
def test_an_unknown_name_costs_the_same_password_work_as_a_known_one(
    app: Flask, ws: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Signing in takes as long whether the name exists or not, so its time does not list the users. Measured as the
    process's CPU time (argon2's threads included): the work is what must match, and wall time on a machine busy
    with other test workers once read 0.11 s against 0.28 s for the same one verification each."""
    monkeypatch.setattr(passwords, "HASHER", PasswordHasher())  # the production cost: it must dominate the time
    passwords._unmatchable.cache_clear()
    accounts.set_password(ws, "bien-tap", PASSWORD)  # hashed again at that cost
    checked: list[str] = []
    real = accounts.password_matches
    monkeypatch.setattr(
        accounts, "password_matches", lambda stored, given: checked.append(given) or real(stored, given)
    )
    seconds = {}
    for name in ("bien-tap", "khong-ai-ten-vay"):
        tries = []
        for _ in range(3):
            client = app.test_client()
            token = CSRF.search(client.get("/dang-nhap").text)[1]  # type: ignore[index]
            start = time.process_time()
            client.post("/dang-nhap", data={"name": name, "password": "sai-mat-khau", "csrf": token})
            tries.append(time.process_time() - start)
        seconds[name] = min(tries)
    assert checked == ["sai-mat-khau"] * 6  # one argon2 verification per attempt, known name or not
    assert seconds["khong-ai-ten-vay"] >= 0.5 * seconds["bien-tap"], seconds


def test_live_lint_flags_a_pasted_directive_and_guessed_foreign_words(app: Flask, ws: Path) -> None:
    client, csrf = login(app, "bien-tap")
    letter = (Path(__file__).parent.parent / "data" / "letters" / "long-an-2020-08-bluezone.txt").read_text(
        encoding="utf-8"
    )
    response = client.post("/tin/xem-truoc", data={"title": "Tin", "body": letter}, headers={"X-CSRF-Token": csrf})
    assert "Phần của công văn, không nên đọc lên loa" in response.text
    assert "Dòng 3: <code>Số: /STTTT-BCTT</code> là số và ký hiệu công văn: xóa dòng này." in response.text
    assert "Dòng 12: <code>Kính gửi:</code> là nơi gửi (Kính gửi): xóa dòng này." in response.text
    assert "Dòng 76: <code>Huỳnh Cao Chánh</code> là phần ký tên: xóa dòng này." in response.text
    link = "<code>https://1drv.ms/u/s!Ap2uc_Ywbfy_qUJY4RcLM14aZyAx?e=6MRIjD</code>"
    assert f"{link} là đường liên kết quá dài" in response.text
    assert "Mọi chữ đều đọc được" not in response.text
    guessed = client.post(
        "/tin/xem-truoc", data={"title": "Tin", "body": "Đỉnh Voscur."}, headers={"X-CSRF-Token": csrf}
    )
    assert "<code>Voscur</code> → “vốt cơ”" in guessed.text and "Từ nước ngoài đọc theo phỏng đoán" in guessed.text


def test_live_lint_says_which_abbreviations_the_text_defines_and_how_they_are_read(app: Flask, ws: Path) -> None:
    client, csrf = login(app, "bien-tap")
    body = "Ban quản lý dự án (BQLDA) thông báo.\nCuộc Tổng điều tra (TĐT) do BQLDA chủ trì; TĐT kéo dài một tháng."
    response = client.post("/tin/xem-truoc", data={"title": "Tin", "body": body}, headers={"X-CSRF-Token": csrf})
    assert "Chữ viết tắt bài tự định nghĩa" in response.text
    assert (
        "Dòng 2: <code>TĐT</code> được định nghĩa là “Tổng điều tra”; chữ trong ngoặc không đọc, các lần sau "
        "<code>TĐT</code> được đọc là “Tổng điều tra”." in response.text
    )
    assert "Dòng 1: <code>BQLDA</code> được định nghĩa là “Ban quản lý dự án”" in response.text
    assert 'id="spelled"' not in response.text  # defined, BQLDA is read as its words, not letter by letter
    assert "Mọi chữ đều đọc được" in response.text  # information: every word still reads


def test_live_spoken_text_reads_an_included_announcement(app: Flask, ws: Path) -> None:
    """The preview reads the announcements only when a text includes another (app/preview.py): an include still
    reads the other's body, and one of an id no file has says which ids there are."""
    client, csrf = login(app, "bien-tap")
    body = 'Nhắc lại: {%+ include "announcement:hop-thon" %}'
    response = client.post("/tin/xem-truoc", data={"title": "Tin", "body": body}, headers={"X-CSRF-Token": csrf})
    assert "Tối nay họp thôn" in response.text
    missing = client.post("/tin/xem-truoc", data={"title": "Tin", "body": '{% include "announcement:khong-co" %}'},
                          headers={"X-CSRF-Token": csrf})  # fmt: skip
    assert "hop-thon" in missing.text
