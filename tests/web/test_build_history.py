"""One build history (issue 32.3): every build, whatever started it, is recorded by the main job itself, and the
admin's "Dựng chương trình" page lists it newest first with the day's pre-air report and the airtime report."""

from __future__ import annotations

import logging
import shutil
import sqlite3
import time
from datetime import date, datetime
from pathlib import Path

import pytest

from pipeline.adapters.database import MIGRATIONS, connected, database_path
from pipeline.app import accounts, commands
from pipeline.app.nightly import Nightly
from pipeline.build import history
from pipeline.web import create_app

from ..conftest import make_mini_ws
from .test_web import PASSWORD, USERS, login

DAY = date(2021, 8, 10)
NOW = datetime(2021, 8, 9, 10, 0)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A workspace built four ways: `loa build`, the nightly run, the keeper, and a build that failed."""
    ws = make_mini_ws(tmp_path_factory.mktemp("history") / "ws")
    for role, name in USERS.items():
        accounts.add_user(ws, name, role, ("an-binh",) if role == "operator" else (), PASSWORD, NOW)
    commands.build(ws, DAY, (), lambda _: None, workers=1)
    nightly = Nightly(ws, "01:30", 1, lambda: datetime(2021, 8, 10, 1, 30), logging.getLogger("test-history"))
    assert nightly.run()  # builds 11 August
    commands.keeper(ws, lambda report: "", lambda decision: "").builder(DAY)
    stations = ws / "stations.yaml"
    good = stations.read_text(encoding="utf-8")
    stations.write_text(good.replace("dialect: bac", "dialect: khong-co"), encoding="utf-8")
    with pytest.raises(Exception):  # noqa: B017 - any refusal: it is recorded as a failed build
        commands.build(ws, DAY, (), lambda _: None, workers=1)
    stations.write_text(good, encoding="utf-8")
    return ws


@pytest.fixture
def ws(built: Path, tmp_path: Path) -> Path:
    return Path(shutil.copytree(built, tmp_path / "ws"))


@pytest.mark.slow
def test_every_build_is_in_one_history_with_what_started_it_and_its_figures(built: Path) -> None:
    runs = history.recent(built)
    assert [(r.origin, r.day, r.failed) for r in runs] == [
        ("build", "2021-08-10", True), ("keeper", "2021-08-10", False), ("nightly", "2021-08-11", False),
        ("build", "2021-08-10", False),
    ]  # fmt: skip
    failed, keeper = runs[0], runs[1]
    assert "khong-co" in failed.summary and failed.report == "" and failed.stations == 0
    assert (keeper.stations, keeper.slots, keeper.items) == (1, 1, 1) and keeper.airtime > 5
    assert keeper.report == "playlists/2021-08-10/bao-cao.html" and (built / keeper.report).is_file()
    assert 0 < keeper.seconds_taken < 120 and datetime.fromisoformat(keeper.started).tzinfo is not None


def test_the_history_keeps_the_newest_rows_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ws = make_mini_ws(tmp_path / "ws")
    monkeypatch.setattr(history, "KEEP", 3)
    for n in range(5):
        history.record(ws, history.Origin("web", f"user-{n}"), DAY, NOW, 1.0, None, "refused")
    assert [r.user for r in history.recent(ws)] == ["user-4", "user-3", "user-2"]


def test_a_database_from_before_keeps_its_web_builds_as_web_builds(tmp_path: Path) -> None:
    root = tmp_path / "ws"
    database_path(root).parent.mkdir(parents=True)
    old = sqlite3.connect(database_path(root))
    before = next(n for n, script in enumerate(MIGRATIONS) if "ADD COLUMN origin" in script)
    for number, script in enumerate(MIGRATIONS[:before], start=1):  # a database made before the build history
        old.executescript(f"BEGIN; {script}; PRAGMA user_version = {number}; COMMIT;")
    old.execute("INSERT INTO builds (day, user, started, state, summary) VALUES ('2021-08-10', 'quan-tri',"
                " '2021-08-09T10:00:00', 'xong', '1 station, 1 slot')")  # fmt: skip
    old.commit()
    old.close()
    run = history.recent(root)[0]
    assert (run.origin, run.user, run.failed, run.summary) == ("web", "quan-tri", False, "1 station, 1 slot")
    with connected(root) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)


@pytest.mark.slow
def test_the_builds_page_lists_every_build_newest_first_with_its_report_and_the_airtime_report(ws: Path) -> None:
    app = create_app(ws, now=lambda: NOW)
    admin, _ = login(app, USERS["admin"])
    page = admin.get("/ban-dung").text
    rows = page.split('<tr class="build ')[1:]
    assert len(rows) == 4 and rows[0].startswith("failed") and "Lệnh loa build" in rows[0]
    assert "Tự cập nhật khi tin thay đổi" in rows[1] and "Dựng hằng đêm" in rows[2]
    assert "Thứ Ba 10/08/2021" in rows[1] and "Thứ Tư 11/08/2021" in rows[2]
    assert "1 đài · 1 buổi · 1 tin" in rows[1] and "2021-08-10" not in rows[1].split("href")[0]
    assert 'href="/ban-dung/bao-cao/2021-08-10"' in rows[1] and "bao-cao" not in rows[0].split("</td>")[-2]
    assert 'href="/thong-ke"' in page
    report = admin.get("/ban-dung/bao-cao/2021-08-10")
    assert report.status_code == 200 and "Tuesday" not in report.text and "<h1>" in report.text
    assert "sha256-" in report.headers["Content-Security-Policy"]  # its own inline style, by hash
    approver, _ = login(app, USERS["approver"])
    assert approver.get("/ban-dung/bao-cao/2021-08-11").status_code == 200
    editor, _ = login(app, USERS["editor"])
    assert editor.get("/ban-dung/bao-cao/2021-08-10").status_code == 403
    for wrong in ("2021-8-10", "..%2F..%2Floa.toml", "2021-08-12", "..", "2021-08-10%2F..%2F..%2Floa.toml"):
        assert admin.get(f"/ban-dung/bao-cao/{wrong}").status_code == 404, wrong


@pytest.mark.slow
def test_dung_ngay_on_the_web_is_in_the_same_history_with_who_started_it(ws: Path) -> None:
    app = create_app(ws, now=lambda: NOW)
    admin, csrf = login(app, USERS["admin"])
    assert admin.post("/ban-dung", data={"csrf": csrf, "day": "2021-08-10"}).status_code == 302
    for _ in range(600):
        if "Đã xong" in admin.get("/ban-dung/tien-do").text:
            break
        time.sleep(0.1)
    newest = history.recent(ws)[0]
    assert (newest.origin, newest.user, newest.failed) == ("web", USERS["admin"], False)
    row = admin.get("/ban-dung").text.split('<tr class="build ')[1]
    assert "Dựng ngay (trang web)" in row and USERS["admin"] in row
