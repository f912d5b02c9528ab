"""Programming and the nightly build: emergency path, partial builds, reports, incremental, crash safety, locks, nightly loop."""

from __future__ import annotations

import csv
import datetime as dt
import json
import logging
import os
import random
import signal
import subprocess
import sys
import time
import types
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
import schedule
from click.testing import CliRunner

from pipeline.adapters.clock import VIETNAM
from pipeline.app.emergency import emergency
from pipeline.app.nightly import Nightly
from pipeline.build.steps import BuildReport, build
from pipeline.build.warnings import worded_all
from pipeline.cli import cli
from pipeline.domain.manifest import Manifest
from pipeline.errors import LoaError
from pipeline.onair.publish import verify
from pipeline.onair.verify import VerifyReport
from pipeline.texts import summary

from ..conftest import slot_file

DAY = date(2021, 8, 10)
EMERGENCY = """\
---
title: Khẩn cấp bão số 5
priority: khan-cap
stations: [an-binh]
---
Bão số 5 sắp đổ bộ. Bà con chằng chống nhà cửa, không ra khơi.
"""


def manifest(ws: Path, day: date = DAY) -> dict[str, object]:
    return json.loads((ws / "playlists" / day.isoformat() / "manifest.json").read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def items_of(ws: Path, station: str, slot: str, day: date = DAY) -> list[str]:
    data = manifest(ws, day)
    found = next(s for s in data["stations"] if s["id"] == station)  # type: ignore[attr-defined]
    return [
        i["announcement_id"]
        for sl in found["slots"]
        if sl["slot"] == slot
        for i in sl["items"]
        if i["kind"] == "speech" and i["announcement_id"]
    ]


@pytest.mark.slow
def test_emergency_goes_into_the_current_slot_and_leaves_other_stations_alone(two_ws: Path, tmp_path: Path) -> None:
    build(two_ws, DAY)
    other = sorted(p.name for p in (two_ws / "playlists" / DAY.isoformat() / "binh-an").iterdir())
    other_inode = slot_file(two_ws / "playlists" / DAY.isoformat() / "binh-an").stat().st_ino
    source = tmp_path / "bao-so-5.md"
    source.write_text(EMERGENCY, encoding="utf-8")
    start = time.perf_counter()
    done = emergency(two_ws, source, (), datetime(2021, 8, 10, 5, 40, tzinfo=VIETNAM))
    seconds = time.perf_counter() - start
    assert [(a.station, a.day, a.slot) for a in done.airs] == [("an-binh", "2021-08-10", "sang")]
    assert items_of(two_ws, "an-binh", "sang") == ["bao-so-5", "hop-thon"]  # emergency first
    assert done.builds[0].rendered <= 4  # the emergency item, its slot file; nothing else re-rendered
    assert sorted(p.name for p in (two_ws / "playlists" / DAY.isoformat() / "binh-an").iterdir()) == other
    assert (
        slot_file(two_ws / "playlists" / DAY.isoformat() / "binh-an")
    ).stat().st_ino == other_inode  # linked, not rebuilt
    verify(two_ws / "playlists" / DAY.isoformat())
    assert seconds < 20


@pytest.mark.slow
def test_emergency_after_the_last_slot_goes_to_tomorrow_morning(mini_ws: Path, tmp_path: Path) -> None:
    source = tmp_path / "bao.md"
    source.write_text(EMERGENCY, encoding="utf-8")
    done = emergency(mini_ws, source, (), datetime(2021, 8, 10, 20, 0, tzinfo=VIETNAM))
    assert [(a.station, a.day, a.slot) for a in done.airs] == [("an-binh", "2021-08-11", "sang")]
    assert items_of(mini_ws, "an-binh", "sang", date(2021, 8, 11))[0] == "bao"


def test_a_bad_emergency_file_changes_nothing(mini_ws: Path, tmp_path: Path) -> None:
    source = tmp_path / "sai.md"
    source.write_text(EMERGENCY.replace("priority: khan-cap", "priority: thuong"), encoding="utf-8")
    with pytest.raises(LoaError, match="this announcement is not an emergency"):
        emergency(mini_ws, source, (), datetime(2021, 8, 10, 5, 40, tzinfo=VIETNAM))
    source.write_text(EMERGENCY.replace("stations: [an-binh]", "stations: [khong-co]"), encoding="utf-8")
    with pytest.raises(LoaError, match="unknown station 'khong-co'"):
        emergency(mini_ws, source, (), datetime(2021, 8, 10, 5, 40, tzinfo=VIETNAM))
    assert sorted(p.name for p in (mini_ws / "scripts_vi" / "announcements").iterdir()) == ["hop-thon.md"]


@pytest.mark.slow
def test_a_build_for_one_station_keeps_the_others(two_ws: Path) -> None:
    build(two_ws, DAY)
    report = build(two_ws, DAY, ["binh-an"])
    assert {s["id"] for s in manifest(two_ws)["stations"]} == {"an-binh", "binh-an"}  # type: ignore[attr-defined]
    assert report.rendered == 0
    verify(two_ws / "playlists" / DAY.isoformat())


@pytest.mark.slow
def test_pre_air_report_lists_what_airs_and_what_did_not(two_ws: Path) -> None:
    long_body = " ".join(["chữ"] * 6000)  # far longer than a 30 min slot
    (two_ws / "scripts_vi" / "announcements" / "dai.md").write_text(
        f"---\ntitle: Rất dài\nvalid_from: 2021-08-01\nvalid_until: 2021-08-31\nstations: [binh-an]\n---\n{long_body}\n",
        encoding="utf-8",
    )
    report = build(two_ws, DAY)
    folder = two_ws / "playlists" / DAY.isoformat()
    rows = list(csv.DictReader((folder / "bao-cao.csv").read_text(encoding="utf-8").splitlines()))
    aired = {
        (r["station"], r["slot"], r["announcement_id"]) for r in rows if r["kind"] == "speech" and r["announcement_id"]
    }
    assert ("an-binh", "sang", "hop-thon") in aired and ("binh-an", "sang", "hop-thon") in aired
    notes = [(r["station"], r["announcement_id"], r["note"]) for r in rows if r["kind"] == "note"]
    assert ("binh-an", "dai", "did not fit the slot; airs in slot chieu") in notes
    assert ("binh-an", "dai", "did not fit the slot; waits for a later day") in notes
    page = (folder / "bao-cao.html").read_text(encoding="utf-8")
    assert "Đài Truyền thanh xã Bình An" in page and "did not fit the slot" in page
    assert any("dai did not fit" in w for w in worded_all(report.warnings))


@pytest.mark.slow
def test_period_report_counts_airings(two_ws: Path) -> None:
    build(two_ws, DAY)  # the 10th is published, the 11th only planned
    result = CliRunner().invoke(cli, ["report", str(two_ws), "--from", "2021-08-10", "--to", "2021-08-11"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].split() == ["announcement", "station", "airings", "minutes", "aired", "minutes", "aired"]
    first, second = lines[1].split(), lines[2].split()  # the title and the station's name, not their ids
    assert first[:2] == ["Họp", "thôn"] and first[-4:-2] == ["2", "0.3"] and "An Bình" in lines[1]
    assert second[-4] == "4" and "Bình An" in lines[2]


@pytest.mark.slow
def test_one_changed_announcement_re_renders_only_its_audio(two_ws: Path) -> None:
    (two_ws / "scripts_vi" / "announcements" / "khac.md").write_text(
        "---\ntitle: Tin khác\nvalid_from: 2021-08-01\nvalid_until: 2021-08-31\n---\nMột tin khác.\n", encoding="utf-8"
    )
    build(two_ws, DAY)
    assert build(two_ws, DAY).rendered == 0
    item = two_ws / "scripts_vi" / "announcements" / "hop-thon.md"
    item.write_text(item.read_text(encoding="utf-8").replace("19h30", "20h00"), encoding="utf-8")
    report = build(two_ws, DAY)
    # one speech file per dialect (bac, nam), and the 3 slot files that contain it
    assert report.rendered == 2 + 3, summary(report)


@pytest.mark.slow
def test_killed_at_random_moments_many_times_the_published_tree_stays_whole(mini_ws: Path) -> None:
    build(mini_ws, DAY)
    rng = random.Random(7)
    item = mini_ws / "scripts_vi" / "announcements" / "hop-thon.md"
    for attempt in range(6):
        item.write_text(item.read_text(encoding="utf-8") + f"\nLần {attempt}.", encoding="utf-8")
        proc = subprocess.Popen(
            [sys.executable, "-m", "pipeline", "build", str(mini_ws), "--date", DAY.isoformat()],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(rng.uniform(0.2, 3.0))
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        verify(mini_ws / "playlists" / DAY.isoformat())  # the previous or the new version, complete
    assert build(mini_ws, DAY).published is not None
    assert not list((mini_ws / "playlists").glob(".*"))


@pytest.mark.slow
def test_a_lock_left_by_a_dead_process_is_taken_over(mini_ws: Path) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys,time; from pathlib import Path; from pipeline.onair.publish import workspace_lock\n"
         f"with workspace_lock(Path({str(mini_ws.resolve())!r})):\n    print('held', flush=True); time.sleep(60)"],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
    result = CliRunner().invoke(cli, ["build", str(mini_ws), "--date", DAY.isoformat()])
    assert result.exit_code == 75 and f"pid {holder.pid}" in result.output
    os.kill(holder.pid, signal.SIGKILL)
    holder.wait()
    assert CliRunner().invoke(cli, ["build", str(mini_ws), "--date", DAY.isoformat()]).exit_code == 0


class FakeClock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


def schedule_follows(clock: FakeClock, monkeypatch: pytest.MonkeyPatch) -> None:
    """The `schedule` package reads the fake clock too (its own jobs are timed by it)."""

    class ScheduleTime(dt.datetime):
        @classmethod
        def now(cls, tz: object = None) -> ScheduleTime:  # type: ignore[override]
            return cls.fromtimestamp(clock.now.timestamp())

    fake = types.SimpleNamespace(datetime=ScheduleTime, timedelta=dt.timedelta, date=dt.date, time=dt.time)
    monkeypatch.setattr(schedule, "datetime", fake)


def fake_report(day: date) -> BuildReport:
    return BuildReport(day, 1, 1, 1, 60.0, 0, 1, None)


def test_nightly_runs_at_its_time_catches_up_and_survives_errors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = FakeClock(datetime(2021, 8, 9, 3, 0))  # started after 01:30: today's run was missed
    built: list[date] = []

    def builder(root: Path, day: date) -> BuildReport:
        built.append(day)
        if len(built) == 2:
            raise RuntimeError("disk exploded")
        return fake_report(day)

    schedule_follows(clock, monkeypatch)
    logger = logging.getLogger("test.nightly")
    job = Nightly(tmp_path, "01:30", 1, clock, logger, builder)
    ticks = iter(range(200))

    def sleep(seconds: float) -> None:
        clock.now += timedelta(hours=1)

    job.loop(schedule.Scheduler(), sleep, lambda: next(ticks) < 72)  # three days of hourly checks
    assert built == [
        date(2021, 8, 10),
        date(2021, 8, 11),
        date(2021, 8, 12),
        date(2021, 8, 13),
    ]  # catch-up, then one per night


def test_nightly_logs_failures_and_goes_on(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    def failing(root: Path, day: date) -> BuildReport:
        raise LoaError()

    job = Nightly(
        tmp_path, "01:30", 1, FakeClock(datetime(2021, 8, 9, 1, 30)), logging.getLogger("test.nightly2"), failing
    )
    with caplog.at_level(logging.INFO):
        assert job.run() is False
    assert "nightly build for 2021-08-10 failed" in caplog.text
    assert job.missed()


@pytest.mark.slow
def test_parallel_and_serial_builds_publish_identical_manifests(two_ws: Path, tmp_path: Path) -> None:
    import shutil

    serial = tmp_path / "serial"
    shutil.copytree(two_ws, serial)
    parallel_report = build(two_ws, DAY, workers=2)
    serial_report = build(serial, DAY, workers=1)
    assert (parallel_report.rendered, parallel_report.reused) == (serial_report.rendered, serial_report.reused)
    assert (two_ws / "playlists" / DAY.isoformat() / "manifest.json").read_bytes() == (
        serial / "playlists" / DAY.isoformat() / "manifest.json"
    ).read_bytes()


def test_nightly_runs_at_its_time_in_the_workspace_zone_on_a_utc_server(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A server clock on UTC: 01:30 in Vietnam is 18:30 UTC the day before, not 01:30 UTC."""
    clock = FakeClock(datetime(2021, 8, 9, 12, 0, tzinfo=dt.UTC))  # 19:00 in Vietnam; the 10th is published
    (tmp_path / "playlists" / "2021-08-10").mkdir(parents=True)
    (tmp_path / "playlists" / "2021-08-10" / "manifest.json").write_text(
        Manifest("2021-08-10", ()).to_json(), encoding="utf-8"
    )
    built: list[tuple[date, datetime]] = []

    def builder(root: Path, day: date) -> BuildReport:
        built.append((day, clock.now))
        return fake_report(day)

    schedule_follows(clock, monkeypatch)
    job = Nightly(
        tmp_path,
        "01:30",
        1,
        clock,
        logging.getLogger("test.nightly.utc"),
        builder,
        checker=lambda r, d: VerifyReport(),
        zone=VIETNAM,
    )
    ticks = iter(range(100))

    def sleep(seconds: float) -> None:
        clock.now += timedelta(minutes=30)

    job.loop(schedule.Scheduler(), sleep, lambda: next(ticks) < 20)  # ten hours, in half hours
    assert built == [(date(2021, 8, 11), datetime(2021, 8, 9, 18, 30, tzinfo=dt.UTC))]
