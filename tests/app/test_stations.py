"""How stations on the line are doing (app/station_status.py, `loa station status`), and emergencies told to them:
online within 90 s of a heartbeat, an alarm after 2 minutes or a missed slot, days behind, and an emergency that
is "waiting for confirmation" until its station confirms it aired."""

from __future__ import annotations

import shutil
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline import i18n, texts
from pipeline.adapters.clock import VIETNAM
from pipeline.app import station_events, station_link, stations
from pipeline.app.emergency import emergency
from pipeline.app.published_days import Published
from pipeline.app.station_status import status
from pipeline.cli import cli
from pipeline.domain.manifest import Item, Manifest, SlotEntry, StationEntry

from ..build.test_programming import EMERGENCY
from ..conftest import MORNING, make_mini_ws

DAY = "2021-08-10"
AT = datetime(2021, 8, 10, 4, 0, tzinfo=VIETNAM)
SHA = "0" * 64


def _published(ws: Path, day: str = DAY) -> None:
    """A published day for an-binh by hand (one 05:30 slot of one item): status reads only the manifest."""
    item = Item("phan-doan/a.mp3", "Họp thôn", "hop-thon", "speech", 0.0, 30.0, SHA, -20.0, -3.0, 0.0, "espeak")
    slot = SlotEntry("an-binh", "sang", "Buổi sáng", "05:30", 1800, f"{day}_0530_sang.mp3", f"{day}_0530_sang.m3u8",
                     30.0, SHA, False, (item,))  # fmt: skip
    folder = ws / "playlists" / day
    (folder / "an-binh").mkdir(parents=True)
    (folder / "manifest.json").write_text(Manifest(day, (StationEntry("an-binh", "An Bình", (slot,)),)).to_json())


@pytest.fixture
def ws(tmp_path: Path) -> Path:
    root = make_mini_ws(tmp_path / "ws", stations=2)
    _published(root)
    return root


def _state(ws: Path, now: datetime, station: str = "an-binh"):  # type: ignore[no-untyped-def]
    return status(ws, now, (station,))[0]


def _beat(ws: Path, at: datetime, **body: object) -> None:
    stations.heartbeat(ws, "an-binh", {"agent": "loa-station/1", "days": {}, "playing": None, **body}, at)


def test_a_station_is_online_for_90_seconds_after_a_heartbeat_and_alarms_after_2_minutes(ws: Path) -> None:
    station_link.add_token(ws, "an-binh", AT)
    assert not _state(ws, AT + timedelta(minutes=1)).alarm  # just given its token
    assert _state(ws, AT + timedelta(minutes=3)).alarm  # never heard from since
    beat = datetime(2021, 8, 10, 5, 0, tzinfo=VIETNAM)
    _beat(ws, beat)
    assert _state(ws, beat + timedelta(seconds=89)).online
    late = _state(ws, beat + timedelta(seconds=91))
    assert not late.online and not late.alarm
    assert _state(ws, beat + timedelta(seconds=121)).alarm


def test_a_slot_is_missed_two_minutes_after_its_start_with_no_row_and_nothing_playing(ws: Path) -> None:
    station_link.add_token(ws, "an-binh", AT)
    _beat(ws, datetime(2021, 8, 10, 5, 31, tzinfo=VIETNAM))
    assert _state(ws, datetime(2021, 8, 10, 5, 31, 59, tzinfo=VIETNAM)).missed == ()
    two_past = datetime(2021, 8, 10, 5, 32, tzinfo=VIETNAM)
    missed = _state(ws, two_past)
    assert missed.missed == ("sang 05:30",) and missed.alarm
    _beat(ws, two_past, playing={"file": "/var/lib/loa/tep/phan-doan/a.mp3", "title": "Họp thôn"})
    assert _state(ws, two_past).missed == ()  # the heartbeat shows it playing
    _beat(ws, two_past)
    row = {"id": "1", "day": DAY, "started": "2021-08-10T05:30:01+07:00", "ended": "2021-08-10T05:30:31+07:00",
           "file": "phan-doan/a.mp3", "title": "Họp thôn", "announcement_id": "hop-thon", "kind": "speech",
           "slot": "Buổi sáng", "seconds": 30, "result": "trọn vẹn"}  # fmt: skip
    stations.play_log(ws, "an-binh", {"rows": [row]}, two_past)
    aired = _state(ws, two_past)
    assert aired.missed == () and not aired.alarm and aired.last_aired is not None


def test_a_slot_before_the_station_was_on_the_line_is_not_missed(ws: Path) -> None:
    station_link.add_token(ws, "an-binh", datetime(2021, 8, 10, 5, 45, tzinfo=VIETNAM))
    assert _state(ws, datetime(2021, 8, 10, 5, 50, tzinfo=VIETNAM)).missed == ()


def test_a_station_holding_an_old_version_is_behind(ws: Path) -> None:
    station_link.add_token(ws, "an-binh", AT)
    current = stations.days(ws, "an-binh", AT)[0].version
    _beat(ws, AT, days={DAY: "cu"})
    assert _state(ws, AT).behind == (DAY,)
    _beat(ws, AT, days={DAY: current})
    assert _state(ws, AT).behind == ()


def test_a_station_without_a_token_is_listed_and_never_alarms(ws: Path) -> None:
    state = _state(ws, datetime(2021, 8, 10, 9, 0, tzinfo=VIETNAM), "binh-an")
    assert not state.linked and not state.alarm
    assert texts.station_state(state) == "binh-an: not on the line (no token)"


def test_the_status_line_in_vietnamese(ws: Path) -> None:
    station_link.add_token(ws, "an-binh", AT)
    _beat(ws, AT)
    station_events.queue_emergency(ws, "bao-so-5", [("an-binh", DAY, "sang", "05:30", [])], AT)
    i18n.use("vi")
    line = texts.station_state(_state(ws, AT + timedelta(seconds=30)))
    assert line.startswith("an-binh: trực tuyến;") and "bao-so-5" in line and "chưa xác nhận" in line
    assert "mất kết nối" in texts.station_state(_state(ws, AT + timedelta(minutes=5)))


def test_loa_station_status_exits_5_when_a_station_is_down_and_0_when_all_are_well(ws: Path) -> None:
    now = datetime.now(VIETNAM)
    station_link.add_token(ws, "an-binh", now - timedelta(minutes=10))
    down = CliRunner().invoke(cli, ["station", "status", "-w", str(ws)])
    assert down.exit_code == 5 and "an-binh: offline; never seen" in down.output, down.output
    _beat(ws, now)
    well = CliRunner().invoke(cli, ["station", "status", "-w", str(ws)])
    assert well.exit_code == 0 and "an-binh: online" in well.output and "binh-an: not on the line" in well.output


@pytest.mark.slow
def test_an_emergency_is_queued_for_its_station_and_waits_for_confirmation(tmp_path: Path) -> None:
    ws = make_mini_ws(tmp_path / "ws", stations=2)
    shutil.rmtree(ws / "playlists")
    source = tmp_path / "bao-so-5.md"
    source.write_text(EMERGENCY, encoding="utf-8")
    report = emergency(ws, source, (), MORNING)
    found, following = station_events.events(ws, "an-binh", 0)
    assert [(e["kind"], e["announcement_id"], e["day"], e["slot"]) for e in found] == [
        ("emergency", "bao-so-5", DAY, "sang")
    ]
    entry = stations.entry(ws, "an-binh", DAY)
    assert entry is not None
    named = {item.file: item for slot in entry.slots for item in slot.items}
    files = found[0]["files"]
    assert files and all(f in named and named[f].emergency for f in files)
    assert any(named[f].announcement_id == "bao-so-5" for f in files)
    assert station_events.events(ws, "binh-an", 0) == ([], 0)
    assert station_events.events(ws, "an-binh", following) == ([], following)
    waiting = texts.emergency(report, source, 1.0)
    assert any("waiting for the station to confirm it aired; in slot sang of 2021-08-10" in line for line in waiting)
    assert station_events.sent_emergencies(ws, "")[0].started == ""
    stations.confirm(ws, "an-binh", {"announcement_id": "bao-so-5", "started": "2021-08-10T05:41:07+07:00"}, MORNING)
    assert station_events.sent_emergencies(ws, "", "bao-so-5")[0].started == "2021-08-10T05:41:07+07:00"


def test_the_kept_published_days_follow_a_republished_day_and_a_removed_one(ws: Path) -> None:
    """`loa serve` keeps one Published between requests: a day published again is read again (its stamp changed)."""
    station_link.add_token(ws, "an-binh", AT)
    kept = Published(ws)
    first = stations.days(ws, "an-binh", AT, kept)[0].version
    _beat(ws, AT, days={DAY: first})
    assert status(ws, AT, ("an-binh",), kept)[0].behind == ()
    shutil.rmtree(ws / "playlists" / DAY)
    _published(ws)  # the same day again, in a new file
    manifest = ws / "playlists" / DAY / "manifest.json"
    manifest.write_text(manifest.read_text(encoding="utf-8").replace("Họp thôn", "Họp thôn (sửa)"), encoding="utf-8")
    assert stations.days(ws, "an-binh", AT, kept)[0].version != first
    assert status(ws, AT, ("an-binh",), kept)[0].behind == (DAY,)
    shutil.rmtree(ws / "playlists" / DAY)
    assert stations.days(ws, "an-binh", AT, kept) == [] and status(ws, AT, None, kept)[0].behind == ()


def test_the_status_reads_only_the_stations_so_a_broken_announcement_does_not_stop_it(ws: Path) -> None:
    (ws / "scripts_vi" / "announcements" / "hong.md").write_text("---\ntitle: [\n---\n", encoding="utf-8")
    assert [s.station for s in status(ws, AT)] == ["an-binh", "binh-an"]
