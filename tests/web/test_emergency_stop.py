"""Ngừng phát: an emergency withdrawn from the web page (approver, admin; CSRF) and `loa emergency-stop`: off the
published days (every file the new day names is there), a stop event for each station, an audit row, and pages
that say "stopped" at a station only once that station confirmed it through the API (Flask test client)."""

from __future__ import annotations

import shutil
from datetime import timedelta
from pathlib import Path

import pytest

from pipeline import i18n, texts
from pipeline.app import accounts, station_events, station_link, station_status
from pipeline.app.accounts import User
from pipeline.app.emergency import emergency
from pipeline.app.emergency_stop import stop_emergency
from pipeline.build import history
from pipeline.build.steps import build
from pipeline.errors import LoaError, NotAllowed
from pipeline.onair.published import read_manifest
from pipeline.web import create_app

from ..build.test_programming import DAY, EMERGENCY
from ..conftest import MORNING, make_mini_ws
from .test_web import PASSWORD, USERS, login

ITEM = "bao-so-5"
STOPPED_AT = MORNING + timedelta(minutes=1)


@pytest.fixture(scope="module")
def aired(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two stations, 10 August published, and the storm bulletin sent to an-binh at 05:40 (built once)."""
    ws = make_mini_ws(tmp_path_factory.mktemp("stop") / "ws", stations=2)
    for role, name in USERS.items():
        accounts.add_user(ws, name, role, ("an-binh",) if role == "operator" else (), PASSWORD, MORNING)
    build(ws, DAY)
    source = ws.parent / f"{ITEM}.md"
    source.write_text(EMERGENCY, encoding="utf-8")
    emergency(ws, source, (), MORNING, approver=User(USERS["approver"], "approver", ()))
    return ws


@pytest.fixture
def ws(aired: Path, tmp_path: Path) -> Path:
    return Path(shutil.copytree(aired, tmp_path / "ws"))


def holds(ws: Path, item: str) -> bool:
    manifest = read_manifest(ws / "playlists" / DAY.isoformat())
    assert manifest is not None
    return any(i.announcement_id == item for s in manifest.stations for slot in s.slots for i in slot.items)


def status_line(ws: Path) -> str:
    """What `loa station status` says of an-binh (at the test's time)."""
    return texts.station_state(station_status.status(ws, STOPPED_AT, ("an-binh",))[0])


def every_file_is_there(ws: Path) -> bool:
    folder = ws / "playlists" / DAY.isoformat()
    manifest = read_manifest(folder)
    assert manifest is not None
    return all((folder / s.id / name).is_file() for s in manifest.stations for name, _ in s.files())


@pytest.mark.slow
def test_ngung_phat_takes_it_off_the_day_tells_the_station_and_says_stopped_only_once_the_station_confirms(
    ws: Path,
) -> None:
    assert holds(ws, ITEM)
    token = station_link.add_token(ws, "an-binh", MORNING)
    app = create_app(ws, now=lambda: STOPPED_AT)
    admin, csrf = login(app, USERS["admin"])
    assert "Ngừng phát" in admin.get("/khan-cap").text
    answer = admin.post(f"/khan-cap/{ITEM}/ngung-phat", data={"csrf": csrf})
    assert answer.status_code == 302 and "ngung=bao-so-5" in answer.location
    assert not holds(ws, ITEM) and every_file_is_there(ws)  # published again without it, nothing missing
    assert holds(ws, "hop-thon")  # the rest of the day stays
    stops = [e for e in station_events.events(ws, "an-binh", 0)[0] if e["kind"] == "stop"]
    assert [s["announcement_id"] for s in stops] == [ITEM]
    assert station_events.events(ws, "binh-an", 0)[0] == []  # never sent there: nothing to stop
    audit = accounts.history(ws, ITEM)
    assert audit[0].action == "ngung-phat" and audit[0].user == USERS["admin"]
    runs = [(r.origin, r.user) for r in history.recent(ws)]  # the stop's, the emergency's and the first build
    assert runs == [("stop", USERS["admin"]), ("emergency", USERS["approver"]), ("build", "")]
    page = admin.get("/khan-cap?ngung=bao-so-5").text
    assert "Đã ra lệnh ngừng phát: Khẩn cấp bão số 5" in page and "đang chờ đài xác nhận đã ngừng" in page
    assert '<div class="sent-item" id="sent-bao-so-5"><h3>Khẩn cấp bão số 5</h3>' in page  # its title, not its id
    assert "đã ngừng tại" not in page and 'id="stop-bao-so-5"' not in page  # no second stop button
    assert "told to stop, stop not confirmed" in status_line(ws)
    confirmed = {"announcement_id": ITEM, "stopped": "2021-08-10T05:41:03+07:00"}
    headers = {"Authorization": f"Bearer {token}"}
    assert app.test_client().post("/api/v1/stations/an-binh/confirm", json=confirmed, headers=headers).json == {
        "ok": True
    }
    assert "đã ngừng tại Đài Truyền thanh xã An Bình lúc 05:41:03" in admin.get("/khan-cap").text
    assert "đã ngừng tại Đài Truyền thanh xã An Bình lúc 05:41:03" in admin.get("/tinh-trang").text
    assert f"emergency {ITEM} stopped at 2021-08-10T05:41:03+07:00" in status_line(ws)
    other = app.test_client().post("/api/v1/stations/an-binh/confirm", json={**confirmed, "announcement_id": "x"},
                                   headers=headers)  # fmt: skip
    assert other.status_code == 404  # a stop nobody sent is not recorded


@pytest.mark.slow
def test_only_approvers_and_admins_stop_and_only_with_the_pages_csrf_token(ws: Path) -> None:
    app = create_app(ws, now=lambda: STOPPED_AT)
    for role in ("editor", "operator"):
        client, csrf = login(app, USERS[role])
        assert client.post(f"/khan-cap/{ITEM}/ngung-phat", data={"csrf": csrf}).status_code == 403
    approver, csrf = login(app, USERS["approver"])
    assert approver.post(f"/khan-cap/{ITEM}/ngung-phat", data={}).status_code == 400
    assert holds(ws, ITEM) and station_events.events(ws, "an-binh", 0)[0][-1]["kind"] == "emergency"
    with pytest.raises(NotAllowed):
        stop_emergency(ws, ITEM, User(USERS["editor"], "editor", ()), STOPPED_AT)
    i18n.use("vi")  # the page's words (tests speak English otherwise)
    refused = approver.post("/khan-cap/hop-thon/ngung-phat", data={"csrf": csrf})
    said = refused.text[refused.text.find("error-form") :][:300]
    assert refused.status_code == 422 and "không phải tin khẩn cấp" in said and holds(ws, "hop-thon"), said


@pytest.mark.slow
def test_loa_emergency_stop_withdraws_it_and_says_the_station_has_yet_to_confirm(ws: Path) -> None:
    from click.testing import CliRunner

    from pipeline.cli import cli

    unknown = CliRunner().invoke(cli, ["emergency-stop", str(ws), "khong-co", "--as", USERS["approver"]],
                                 input=PASSWORD + "\n")  # fmt: skip
    assert unknown.exit_code == 1 and "there is no announcement khong-co" in unknown.output
    done = CliRunner().invoke(cli, ["emergency-stop", str(ws), ITEM, "--as", USERS["approver"]],
                              input=PASSWORD + "\n")  # fmt: skip
    assert done.exit_code == 0, done.output
    assert f"{ITEM} is withdrawn" in done.output and "an-binh: told to stop; waiting for the station" in done.output
    assert "Traceback" not in done.output and accounts.history(ws, ITEM)[0].action == "ngung-phat"
    assert station_events.events(ws, "an-binh", 0)[0][-1]["kind"] == "stop"  # (10 August is past on the CLI's clock)
    with pytest.raises(LoaError, match="is not an emergency"):
        stop_emergency(ws, "hop-thon", User(USERS["admin"], "admin", ()), STOPPED_AT)
