"""The station link api/v1 through Flask's test client (every route and its errors), and once through a real
`loa serve` on 127.0.0.1: tokens reach only their station, revoked tokens are refused at once, files only as the
manifest names them (with ranges), play-log rows kept once, bodies bounded, a rate limit, and the long-poll."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from flask import Flask
from flask.testing import FlaskClient

from pipeline import i18n
from pipeline.adapters.clock import VIETNAM
from pipeline.app import accounts, commands, station_events, station_link, station_status
from pipeline.build.report import read_play_log
from pipeline.cli import cli
from pipeline.domain.manifest import Manifest
from pipeline.web import create_app

from ..conftest import ROOT, free_port, make_mini_ws

NOW = datetime(2021, 8, 10, 5, 0, tzinfo=VIETNAM)
DAY = "2021-08-10"
SLOT_FILE = "2021-08-10_0530_sang.mp3"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two stations with 10 August published (built once: copies are handed to the tests)."""
    ws = make_mini_ws(tmp_path_factory.mktemp("api") / "ws", stations=2)
    commands.build(ws, date(2021, 8, 10), (), lambda _: None, workers=1)
    return ws


@pytest.fixture
def ws(built: Path, tmp_path: Path) -> Path:
    return Path(shutil.copytree(built, tmp_path / "ws"))


@pytest.fixture
def tokens(ws: Path) -> dict[str, str]:
    return {station: station_link.add_token(ws, station, NOW) for station in ("an-binh", "binh-an")}


@pytest.fixture
def app(ws: Path) -> Flask:
    return create_app(ws, now=lambda: NOW)


def auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def manifest_entry(ws: Path, station: str) -> dict[str, Any]:
    data = json.loads((ws / "playlists" / DAY / "manifest.json").read_text(encoding="utf-8"))
    return next(s for s in data["stations"] if s["id"] == station)


def refused(response: Any, status: int, code: str) -> str:
    assert response.status_code == status, (response.status_code, response.text)
    assert response.is_json and response.json["error"]["code"] == code, response.text
    return str(response.json["error"]["message"])


ROUTES = [
    ("GET", "/api/v1/stations/{s}/days", None),
    ("GET", f"/api/v1/stations/{{s}}/days/{DAY}", None),
    ("GET", f"/api/v1/stations/{{s}}/days/{DAY}/files/{SLOT_FILE}", None),
    ("POST", "/api/v1/stations/{s}/heartbeat", {"agent": "loa-station/1", "days": {}, "playing": None}),
    ("POST", "/api/v1/stations/{s}/playlog", {"rows": []}),
    ("GET", "/api/v1/stations/{s}/events?after=0&wait=0", None),
    ("POST", "/api/v1/stations/{s}/confirm", {"announcement_id": "x", "started": "2021-08-10T05:31:00+07:00"}),
]


def call(client: FlaskClient, method: str, path: str, body: object, headers: dict[str, str]) -> Any:
    if method == "POST":
        return client.post(path, json=body, headers=headers)
    return client.get(path, headers=headers)


def test_a_station_reads_its_days_its_entry_and_its_files_with_ranges(app: Flask, ws: Path, tokens: dict[str, str]):
    client = app.test_client()
    days = client.get("/api/v1/stations/an-binh/days", headers=auth(tokens["an-binh"])).json
    assert days["station"] == "an-binh" and [d["date"] for d in days["days"]] == [DAY]
    entry = client.get(f"/api/v1/stations/an-binh/days/{DAY}", headers=auth(tokens["an-binh"])).json
    assert entry["version"] == days["days"][0]["version"]
    assert {k: v for k, v in entry.items() if k != "version"} == manifest_entry(ws, "an-binh")
    slot = entry["slots"][0]
    whole = client.get(f"/api/v1/stations/an-binh/days/{DAY}/files/{slot['file']}", headers=auth(tokens["an-binh"]))
    assert whole.status_code == 200 and whole.data == (ws / "playlists" / DAY / "an-binh" / slot["file"]).read_bytes()
    assert whole.headers["ETag"].strip('"') == slot["sha256"] and whole.headers["Accept-Ranges"] == "bytes"
    resumed = client.get(
        f"/api/v1/stations/an-binh/days/{DAY}/files/{slot['file']}",
        headers={**auth(tokens["an-binh"]), "Range": "bytes=1000-"},
    )
    assert resumed.status_code == 206 and resumed.data == whole.data[1000:]
    item = slot["items"][0]["file"]  # phan-doan/…
    assert item.startswith("phan-doan/")
    part = client.get(f"/api/v1/stations/an-binh/days/{DAY}/files/{item}", headers=auth(tokens["an-binh"]))
    assert part.status_code == 200 and part.headers["ETag"].strip('"') == slot["items"][0]["sha256"]
    unchanged = client.get(
        f"/api/v1/stations/an-binh/days/{DAY}/files/{item}",
        headers={**auth(tokens["an-binh"]), "If-None-Match": part.headers["ETag"]},
    )
    assert unchanged.status_code == 304


def test_a_days_version_is_the_hash_of_the_canonical_entry_and_past_days_are_not_listed(
    ws: Path, tokens: dict[str, str]
) -> None:
    import hashlib

    canonical = json.dumps(manifest_entry(ws, "binh-an"), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    client = create_app(ws, now=lambda: NOW).test_client()
    days = client.get("/api/v1/stations/binh-an/days", headers=auth(tokens["binh-an"])).json["days"]
    assert days[0]["version"] == hashlib.sha256(canonical.encode()).hexdigest()
    tomorrow = create_app(ws, now=lambda: datetime(2021, 8, 11, 0, 1, tzinfo=VIETNAM)).test_client()
    assert tomorrow.get("/api/v1/stations/binh-an/days", headers=auth(tokens["binh-an"])).json["days"] == []


def test_a_token_reaches_only_its_own_station(app: Flask, ws: Path, tokens: dict[str, str]) -> None:
    client = app.test_client()
    i18n.use("vi")
    for method, path, body in ROUTES:
        answer = call(client, method, path.format(s="binh-an"), body, auth(tokens["an-binh"]))
        assert "đài khác" in refused(answer, 403, "forbidden"), path
        unknown = call(client, method, path.format(s="khong-co"), body, auth(tokens["an-binh"]))
        refused(unknown, 403, "forbidden")
    assert station_status.status(ws, NOW, ("binh-an",))[0].last_seen == ""  # nothing recorded for B


def test_missing_wrong_and_revoked_tokens_are_refused_at_once(app: Flask, ws: Path, tokens: dict[str, str]) -> None:
    client = app.test_client()
    for method, path, body in ROUTES:
        refused(call(client, method, path.format(s="an-binh"), body, {}), 401, "unauthorized")
        refused(call(client, method, path.format(s="an-binh"), body, auth("doan-bua")), 401, "unauthorized")
        refused(
            call(client, method, path.format(s="an-binh"), body, {"Authorization": "Basic eDp5"}), 401, "unauthorized"
        )
    assert client.get("/api/v1/stations/an-binh/days", headers=auth(tokens["an-binh"])).status_code == 200
    result = CliRunner().invoke(cli, ["station", "token", "revoke", "an-binh", "-w", str(ws)])
    assert result.exit_code == 0, result.output
    for method, path, body in ROUTES:  # the same app, no restart: the next request is refused
        refused(call(client, method, path.format(s="an-binh"), body, auth(tokens["an-binh"])), 401, "unauthorized")
    assert client.get("/api/v1/stations/binh-an/days", headers=auth(tokens["binh-an"])).status_code == 200
    listed = CliRunner().invoke(cli, ["station", "token", "list", "-w", str(ws)]).output
    assert "an-binh" in listed and "revoked" in listed and tokens["an-binh"] not in listed
    assert tokens["an-binh"] not in (ws / ".loa" / "web.sqlite3").read_bytes().decode("latin-1")


def test_token_add_prints_a_new_token_once_for_a_known_station(ws: Path) -> None:
    result = CliRunner(mix_stderr=False).invoke(cli, ["station", "token", "add", "an-binh", "-w", str(ws)])
    token = result.stdout.strip()
    assert result.exit_code == 0 and len(token) >= 43 and "not shown again" in result.stderr
    assert station_link.station_of(ws.resolve(), f"Bearer {token}", NOW) == "an-binh"
    wrong = CliRunner(mix_stderr=False).invoke(cli, ["station", "token", "add", "khong-co", "-w", str(ws)])
    assert wrong.exit_code == 1 and "no station with id 'khong-co'" in wrong.stderr


def test_only_files_the_manifest_names_are_served(app: Flask, ws: Path, tokens: dict[str, str]) -> None:
    client = app.test_client()
    (ws / "playlists" / DAY / "an-binh" / "phan-doan" / "la.mp3").write_bytes(b"not listed")
    for name in ("manifest.json", "../manifest.json", "..%2F..%2F..%2Floa.toml", "../../../loa.toml", "HUONG-DAN.txt",
                 "phan-doan/la.mp3", "2021-08-10_0600_sang.mp3", "phan-doan/../../manifest.json", "%2Fetc%2Fpasswd"):  # fmt: skip
        answer = client.get(
            f"/api/v1/stations/an-binh/days/{DAY}/files/{name}", headers=auth(tokens["an-binh"]), follow_redirects=True
        )  # "files//etc" is sent on to "files/etc" first
        assert answer.status_code == 404 and answer.is_json, name
    for day in ("2021-08-11", "2021-8-10", "..", "x"):
        answer = client.get(f"/api/v1/stations/an-binh/days/{day}", headers=auth(tokens["an-binh"]))
        refused(answer, 404, "not-found")
    playlist = client.get(f"/api/v1/stations/an-binh/days/{DAY}/files/2021-08-10_0530_sang.m3u8",
                          headers=auth(tokens["an-binh"]))  # fmt: skip
    assert playlist.status_code == 200


def _row(row_id: str, **changes: object) -> dict[str, object]:
    row: dict[str, object] = {"id": row_id, "day": DAY, "started": "2021-08-10T05:30:00+07:00",
                              "ended": "2021-08-10T05:30:40+07:00", "file": "phan-doan/x.mp3", "title": "Họp thôn",
                              "announcement_id": "hop-thon", "kind": "speech", "slot": "sang", "seconds": 40.0,
                              "result": "trọn vẹn"}  # fmt: skip
    row.update(changes)
    return row


def test_play_log_rows_are_kept_once_and_loa_report_counts_them(app: Flask, ws: Path, tokens: dict[str, str]):
    client = app.test_client()
    rows = [_row("r1"), _row("r2", started="2021-08-10T05:31:00+07:00", result="bị ngắt", seconds=5),
            _row("r3", kind="jingle", announcement_id=None, title="Nhạc hiệu", result="bỏ qua")]  # fmt: skip
    for _ in range(2):  # sent twice (the answer was lost): kept once
        answer = client.post("/api/v1/stations/an-binh/playlog", json={"rows": rows}, headers=auth(tokens["an-binh"]))
        assert answer.status_code == 200 and answer.json == {"accepted": ["r1", "r2", "r3"]}
    kept = read_play_log(ws / "playlists" / DAY / "an-binh" / "phat-thuc-te.csv")
    assert [r["title"] for r in kept] == ["Họp thôn", "Họp thôn", "Nhạc hiệu"]
    assert kept[2]["result"].startswith("bỏ qua") and kept[2]["announcement_id"] == ""
    report = {(p.announcement, p.station): p for p in commands.period_report(ws, date(2021, 8, 10), date(2021, 8, 10))}
    assert report[("hop-thon", "an-binh")].aired == 1 and report[("hop-thon", "binh-an")].aired is None
    states = {s.station: s for s in station_status.status(ws, NOW)}
    assert states["an-binh"].last_aired is not None and states["an-binh"].last_aired.started.endswith("05:31:00+07:00")


def test_bad_bodies_get_a_vietnamese_json_error_and_record_nothing(app: Flask, ws: Path, tokens: dict[str, str]):
    client, headers = app.test_client(), auth(tokens["an-binh"])
    i18n.use("vi")
    bad_rows = [{"rows": "x"}, {"rows": [_row("r1", day="10/08/2021")]}, {"rows": [_row("r1", seconds="40")]},
                {"rows": [_row("", )]}, {"rows": [7]}, [1, 2], {"rows": [_row("r1", title=None)]}]  # fmt: skip
    for body in bad_rows:
        message = refused(client.post("/api/v1/stations/an-binh/playlog", json=body, headers=headers), 400, "invalid")
        assert " — " in message and "Traceback" not in message, body
    for body in ({"days": {"mai": "x"}}, {"playing": 3}, "heartbeat"):
        refused(client.post("/api/v1/stations/an-binh/heartbeat", json=body, headers=headers), 400, "invalid")
    not_json = client.post("/api/v1/stations/an-binh/heartbeat", data=b"{oops", headers=headers)
    assert "JSON" in refused(not_json, 400, "invalid")
    big = {"rows": [_row(f"r{n}", title="x" * 400) for n in range(200)]}
    assert "64 KiB" in refused(client.post("/api/v1/stations/an-binh/playlog", json=big, headers=headers), 413,
                               "too-large")  # fmt: skip
    refused(client.get("/api/v1/stations/an-binh/events?after=-1", headers=headers), 400, "invalid")
    refused(client.post("/api/v1/stations/an-binh/confirm", json={"announcement_id": "hop-thon", "started": "sáng"},
                        headers=headers), 400, "invalid")  # fmt: skip
    refused(client.post("/api/v1/stations/an-binh/confirm", json={"announcement_id": "hop-thon",
            "started": "2021-08-10T05:31:00+07:00"}, headers=headers), 404, "not-found")  # fmt: skip
    assert not (ws / "playlists" / DAY / "an-binh" / "phat-thuc-te.csv").exists()
    assert station_status.status(ws, NOW, ("an-binh",))[0].last_seen == ""
    refused(client.delete("/api/v1/stations/an-binh/days", headers=headers), 405, "invalid")
    refused(client.get("/api/v1/khong-co", headers=headers), 404, "not-found")


def test_the_rate_limit_is_per_token(ws: Path, tokens: dict[str, str]) -> None:
    client = create_app(ws, now=lambda: NOW, api_limit=5).test_client()
    for _ in range(5):
        assert client.get("/api/v1/stations/an-binh/days", headers=auth(tokens["an-binh"])).status_code == 200
    over = client.get("/api/v1/stations/an-binh/days", headers=auth(tokens["an-binh"]))
    refused(over, 429, "rate-limited")
    assert 1 <= int(over.headers["Retry-After"]) <= 60
    assert client.get("/api/v1/stations/binh-an/days", headers=auth(tokens["binh-an"])).status_code == 200


def test_heartbeat_and_confirmation_reach_the_status(app: Flask, ws: Path, tokens: dict[str, str]) -> None:
    client, headers = app.test_client(), auth(tokens["an-binh"])
    version = client.get("/api/v1/stations/an-binh/days", headers=headers).json["days"][0]["version"]
    beat = {"agent": "loa-station/1", "days": {DAY: version}, "playing": {"file": "x.mp3", "title": "Họp thôn",
            "since": "2021-08-10T04:59:00+07:00"}, "disk_free_mb": 1234, "liquidsoap": True,
            "sent_at": "2021-08-10T05:00:00+07:00"}  # fmt: skip
    answer = client.post("/api/v1/stations/an-binh/heartbeat", json=beat, headers=headers)
    assert answer.json == {"ok": True, "server_time": NOW.isoformat(timespec="seconds")}
    state = station_status.status(ws, NOW, ("an-binh",))[0]
    assert state.online and state.behind == () and state.playing == "Họp thôn"
    station_events.queue_emergency(ws, "bao-so-5", [("an-binh", DAY, "sang", "05:30", ["phan-doan/a.mp3"])], NOW)
    confirmed = {"announcement_id": "bao-so-5", "started": "2021-08-10T05:30:07+07:00"}
    assert client.post("/api/v1/stations/an-binh/confirm", json=confirmed, headers=headers).json == {"ok": True}
    assert station_status.status(ws, NOW, ("an-binh",))[0].emergencies[0].started == confirmed["started"]


def test_the_openapi_document_is_public_and_names_every_route(app: Flask) -> None:
    document = app.test_client().get("/api/v1/openapi.json")
    assert document.status_code == 200 and document.json["openapi"].startswith("3.1")
    routes = {rule.rule.removeprefix("/api/v1") for rule in app.url_map.iter_rules() if rule.rule.startswith("/api/")}
    named = {p.replace("{id}", "<station_id>").replace("{date}", "<day>").replace("{path}", "<path:name>")
             for p in document.json["paths"]}  # fmt: skip
    assert routes == named


def test_an_api_post_needs_no_csrf_with_a_token_but_pages_still_do(app: Flask, tokens: dict[str, str]) -> None:
    client = app.test_client()
    answer = client.post("/api/v1/stations/an-binh/heartbeat", json={}, headers=auth(tokens["an-binh"]))
    assert answer.status_code == 200
    assert client.post("/tin/luu", data={"title": "x"}, headers=auth(tokens["an-binh"])).status_code == 400


@pytest.mark.slow
def test_a_long_poll_returns_within_a_second_of_an_emergency_event(app: Flask, ws: Path, tokens: dict[str, str]):
    answers: list[tuple[float, Any]] = []

    def wait() -> None:
        answer = app.test_client().get("/api/v1/stations/an-binh/events?after=0", headers=auth(tokens["an-binh"]))
        answers.append((time.monotonic(), answer))

    waiting = threading.Thread(target=wait)
    started = time.monotonic()
    waiting.start()
    time.sleep(1.5)
    assert not answers  # nothing yet: it waits
    queued = time.monotonic()
    station_events.queue_emergency(ws, "bao-so-5", [("an-binh", DAY, "sang", "05:30", ["phan-doan/a.mp3"])], NOW)
    waiting.join(5)
    answered, answer = answers[0]
    assert answered - queued < 1.0, answered - queued
    assert answer.json["events"][0]["kind"] == "emergency" and answer.json["next"] == answer.json["events"][0]["seq"]
    print(f"long-poll answered {answered - queued:.3f} s after the event ({answered - started:.1f} s after asking)")
    again = app.test_client().get(f"/api/v1/stations/an-binh/events?after={answer.json['next']}&wait=0.3",
                                  headers=auth(tokens["an-binh"]))  # fmt: skip
    assert again.json == {"events": [], "next": answer.json["next"]}


@pytest.mark.slow
def test_long_polls_over_the_cap_are_told_to_come_back(ws: Path, tokens: dict[str, str]) -> None:
    app = create_app(ws, now=lambda: NOW, long_polls=1)
    first = threading.Thread(target=lambda: app.test_client().get("/api/v1/stations/an-binh/events?wait=1.5",
                                                                  headers=auth(tokens["an-binh"])))  # fmt: skip
    first.start()
    time.sleep(0.5)
    busy = app.test_client().get("/api/v1/stations/binh-an/events?wait=1", headers=auth(tokens["binh-an"]))
    refused(busy, 429, "rate-limited")
    assert busy.headers["Retry-After"] == "5"
    assert app.test_client().get("/dang-nhap").status_code == 200  # pages are answered meanwhile
    first.join()


@pytest.fixture
def server(ws: Path) -> Iterator[str]:
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "LOA_LANG": "vi"}
    process = subprocess.Popen([sys.executable, "-m", "pipeline", "serve", str(ws), "--port", str(port)], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)  # fmt: skip
    try:
        assert process.stdout is not None and "127.0.0.1" in process.stdout.readline()
        for _ in range(100):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v1/openapi.json", timeout=1).close()
                break
            except OSError:
                time.sleep(0.1)
        yield f"http://127.0.0.1:{port}/api/v1"
    finally:
        process.terminate()
        process.wait(10)


def _ask(url: str, token: str, body: object = None, headers: dict[str, str] | None = None) -> Any:
    data = json.dumps(body).encode() if body is not None else None
    sent = {**auth(token), **({"Content-Type": "application/json"} if data else {}), **(headers or {})}
    return urllib.request.urlopen(urllib.request.Request(url, data=data, headers=sent), timeout=30)


@pytest.mark.slow
def test_a_real_loa_serve_answers_a_station_end_to_end(ws: Path, server: str) -> None:
    token = station_link.add_token(ws, "an-binh", datetime.now(VIETNAM))
    today = datetime.now(VIETNAM).date().isoformat()
    shutil.copytree(ws / "playlists" / DAY, ws / "playlists" / today)  # a day published for today's real clock
    manifest = Manifest.from_json((ws / "playlists" / today / "manifest.json").read_text(encoding="utf-8"))
    (ws / "playlists" / today / "manifest.json").write_text(Manifest(today, manifest.stations).to_json(), "utf-8")
    with _ask(f"{server}/stations/an-binh/days", token) as answer:
        days = json.load(answer)["days"]
    assert [d["date"] for d in days] == [today]
    with _ask(
        f"{server}/stations/an-binh/days/{today}/files/{SLOT_FILE}", token, headers={"Range": "bytes=10-19"}
    ) as a:
        assert a.status == 206 and a.read() == (ws / "playlists" / today / "an-binh" / SLOT_FILE).read_bytes()[10:20]
    with _ask(f"{server}/stations/an-binh/heartbeat", token, {"days": {today: days[0]["version"]}}) as answer:
        assert json.load(answer)["ok"] is True
    with pytest.raises(urllib.error.HTTPError) as refused_answer:
        _ask(f"{server}/stations/binh-an/days", token)
    assert refused_answer.value.code == 403 and "đài khác" in json.load(refused_answer.value)["error"]["message"]
    status = CliRunner().invoke(cli, ["station", "status", "-w", str(ws)])
    assert "an-binh: online" in status.output and status.exit_code == 0, status.output


def test_the_status_page_and_the_emergency_page_say_waiting_until_the_station_confirms(
    ws: Path, tokens: dict[str, str]
) -> None:
    from .test_web import PASSWORD, login

    for name, role in (("lanh-dao", "approver"), ("van-hanh", "operator"), ("quan-tri", "admin")):
        accounts.add_user(ws, name, role, ("binh-an",) if role == "operator" else (), PASSWORD, NOW)
    app = create_app(ws, now=lambda: NOW)
    station_events.queue_emergency(ws, "bao-so-5", [("an-binh", DAY, "sang", "05:30", [])], NOW)
    approver, _ = login(app, "lanh-dao")
    page = approver.get("/khan-cap").text
    assert "Đài Truyền thanh xã An Bình: Thứ Ba, ngày 10/08/2021, Buổi sáng lúc 05:30" in page
    assert "đang chờ xác nhận" in page and "đã phát" not in page
    status = approver.get("/tinh-trang").text
    assert "Tình trạng các đài" in status and "chưa xác nhận" in status and "đang chờ" not in status
    assert status.count('class="card state') == 2 and "Bình An" in status
    confirmed = {"announcement_id": "bao-so-5", "started": "2021-08-10T05:30:07+07:00"}
    app.test_client().post("/api/v1/stations/an-binh/confirm", json=confirmed, headers=auth(tokens["an-binh"]))
    assert "đã phát tại Đài Truyền thanh xã An Bình lúc 05:30:07" in approver.get("/khan-cap").text
    assert "đã phát tại Đài Truyền thanh xã An Bình lúc 05:30:07" in approver.get("/tinh-trang").text
    operator, _ = login(app, "van-hanh")
    own = operator.get("/tinh-trang").text
    assert own.count('class="card state') == 1 and "An Bình" not in own and "mất kết nối" in own
