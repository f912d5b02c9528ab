"""Emergencies (`loa emergency`): installed under a name of their own, confirmed only by the published day, ended the same day, read in the emergency shape, marked on the program.

From the fault campaign of issue 11 (its case numbers kept in the test names)."""

from __future__ import annotations

import threading
from datetime import date, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline import texts
from pipeline.adapters.clock import VIETNAM
from pipeline.app import accounts, commands
from pipeline.app.emergency import emergency
from pipeline.app.station_events import events
from pipeline.build.check import load_workspace
from pipeline.build.steps import build
from pipeline.cli import cli
from pipeline.errors import EXIT_ITEMS_LEFT_OUT, EXIT_USER_ERROR, LoaError, NotOnAir
from pipeline.onair.publish import workspace_lock

from ..build.test_programming import DAY, EMERGENCY, items_of
from ..conftest import ANNOUNCEMENTS, MORNING, announcements, invoke, offline, only_gtts, slot_file

# 1. loa emergency confirms only what the published manifest contains


@pytest.mark.slow
def test_1_an_emergency_file_not_named_md_is_installed_as_md_and_airs(two_ws: Path, tmp_path: Path) -> None:
    source = tmp_path / "bao-so-5.txt"
    source.write_text(EMERGENCY, encoding="utf-8")
    done = emergency(two_ws, source, (), MORNING)
    assert [(a.station, a.day, a.slot) for a in done.airs] == [("an-binh", "2021-08-10", "sang")]
    assert "bao-so-5.md" in announcements(two_ws)
    assert items_of(two_ws, "an-binh", "sang")[0] == "bao-so-5"


def test_1_an_emergency_for_a_station_the_item_excludes_is_refused_and_nothing_installed(
    two_ws: Path, tmp_path: Path
) -> None:
    source = tmp_path / "bao.md"
    source.write_text(EMERGENCY, encoding="utf-8")
    before = announcements(two_ws)
    with pytest.raises(LoaError, match="does not include binh-an"):
        emergency(two_ws, source, ("binh-an",), MORNING)
    assert announcements(two_ws) == before
    assert not (two_ws / "playlists" / DAY.isoformat()).exists()


def test_1_an_emergency_whose_validity_starts_later_is_refused(two_ws: Path, tmp_path: Path) -> None:
    source = tmp_path / "bao.md"
    source.write_text(
        EMERGENCY.replace(
            "stations: [an-binh]", "stations: [an-binh]\nvalid_from: 2021-08-20\nvalid_until: 2021-08-31"
        ),
        encoding="utf-8",
    )
    before = announcements(two_ws)
    with pytest.raises(LoaError, match="would not air at an-binh today or tomorrow"):
        emergency(two_ws, source, (), MORNING)
    assert announcements(two_ws) == before


def test_1_an_emergency_for_an_unknown_station_fails_with_a_clear_message(two_ws: Path, tmp_path: Path) -> None:
    source = tmp_path / "bao.md"
    source.write_text(EMERGENCY.replace("stations: [an-binh]\n", ""), encoding="utf-8")
    code, output = invoke("emergency", str(two_ws), str(source), "--stations", "khong-co")
    assert code == 1 and "unknown station 'khong-co'" in output and "an-binh, binh-an" in output
    assert "Published" not in output and "bao.md" not in announcements(two_ws)


@pytest.mark.slow
def test_1_an_emergency_no_engine_could_speak_is_reported_as_not_on_air(two_ws: Path, tmp_path: Path) -> None:
    only_gtts(two_ws)
    source = tmp_path / "bao.md"
    source.write_text(EMERGENCY, encoding="utf-8")
    with pytest.raises(NotOnAir, match="NOT ON AIR at an-binh") as failed:
        emergency(two_ws, source, (), MORNING, **offline())
    assert failed.value.exit_code == EXIT_ITEMS_LEFT_OUT


# 2. an emergency never replaces an announcement of the same name


@pytest.mark.slow
def test_2_an_emergency_named_like_an_existing_announcement_gets_a_new_name(two_ws: Path, tmp_path: Path) -> None:
    existing = (two_ws / ANNOUNCEMENTS / "hop-thon.md").read_bytes()
    source = tmp_path / "hop-thon.md"
    source.write_text(EMERGENCY, encoding="utf-8")
    done = emergency(two_ws, source, (), MORNING)
    assert done.renamed and done.file.name == "hop-thon-2.md" and done.announcement_id == "hop-thon-2"
    assert (two_ws / ANNOUNCEMENTS / "hop-thon.md").read_bytes() == existing
    assert items_of(two_ws, "an-binh", "sang") == ["hop-thon-2", "hop-thon"]


@pytest.mark.slow
@pytest.mark.slow
def test_an_emergency_waits_out_a_build_in_progress_and_is_sent_ahead_all_the_same(
    mini_ws: Path, tmp_path: Path
) -> None:
    """The keeper of a running `loa serve` rebuilds the day as soon as the bulletin's file is installed: the
    emergency waits for that build instead of failing half sent ("another build is running", exit 75)."""
    build(mini_ws, DAY)
    held, release = threading.Event(), threading.Event()

    def other_build() -> None:
        with workspace_lock(mini_ws.resolve()):
            held.set()
            release.wait(timeout=1.5)

    other = threading.Thread(target=other_build)
    other.start()
    held.wait(timeout=10)
    source = tmp_path / "bao.md"
    source.write_text(EMERGENCY, encoding="utf-8")
    try:
        done = emergency(mini_ws, source, (), MORNING)
    finally:
        release.set()
        other.join()
    assert [(a.station, a.slot) for a in done.ahead] == [("an-binh", "sang")]  # sent before its slot was rebuilt
    assert [(a.station, a.slot) for a in done.airs] == [("an-binh", "sang")]
    assert items_of(mini_ws, "an-binh", "sang")[0] == "bao"


@pytest.mark.slow  # 2 to 7 s: out of the fast loop
def test_an_emergency_without_an_end_airs_until_the_end_of_today_and_says_so(mini_ws: Path, tmp_path: Path) -> None:
    source = tmp_path / "bao.md"
    source.write_text(EMERGENCY, encoding="utf-8")
    done = emergency(mini_ws, source, (), MORNING)
    assert done.ended == "2021-08-10 23:59"
    installed = (mini_ws / ANNOUNCEMENTS / "bao.md").read_text(encoding="utf-8")
    assert 'valid_until: "2021-08-10 23:59"' in installed
    assert texts.emergency(done, source, 1.0)[0] == (
        "warning: bao.md had no valid_until: it airs until 2021-08-10 23:59; add valid_until to keep it longer"
    )
    assert not any(a.airs_on(date(2021, 8, 11)) for a in [load_workspace(mini_ws).announcement("bao")] if a)


@pytest.mark.slow  # 2 to 7 s: out of the fast loop
def test_an_emergency_for_a_slot_over_today_ends_tomorrow_though_another_slot_is_still_to_come(
    two_ws: Path, tmp_path: Path
) -> None:
    """binh-an's chieu (17:00) is still to come at noon, but the bulletin names sang (06:00), over today: before,
    its end was set to today and `loa emergency` refused it as airing nowhere (as at 23:53 for a 00:05 slot)."""
    source = tmp_path / "bao.md"
    source.write_text(EMERGENCY.replace("stations: [an-binh]", "stations: [binh-an]\nslots: [sang]"), encoding="utf-8")
    done = emergency(two_ws, source, (), MORNING.replace(hour=12))
    assert done.ended == "2021-08-11 23:59"
    assert [(a.station, a.day, a.slot) for a in done.airs] == [("binh-an", "2021-08-11", "sang")]


def test_an_emergency_file_dropped_in_without_an_end_is_refused(mini_ws: Path) -> None:
    (mini_ws / ANNOUNCEMENTS / "bao.md").write_text(EMERGENCY, encoding="utf-8")
    code, output = invoke("validate", str(mini_ws))
    assert code == 1 and "bao.md:3: an emergency (khan-cap) must have an end" in output


def test_an_emergency_is_read_in_the_emergency_shape_by_default(mini_ws: Path) -> None:
    item = mini_ws / ANNOUNCEMENTS / "bao.md"
    item.write_text(
        EMERGENCY.replace("priority: khan-cap", "priority: khan-cap\nvalid_until: 2021-08-31"), encoding="utf-8"
    )
    script = commands.script(mini_ws, "bao", "an-binh", date(2021, 8, 10))
    assert script.written.startswith("Thông báo khẩn. Thông báo khẩn. Khẩn cấp bão số 5.")


@pytest.mark.slow
def test_an_emergency_is_marked_in_the_playlist_and_on_the_program_sheet(mini_ws: Path, tmp_path: Path) -> None:
    source = tmp_path / "bao.md"
    source.write_text(EMERGENCY, encoding="utf-8")
    emergency(mini_ws, source, (), MORNING)
    folder = mini_ws / "playlists" / DAY.isoformat() / "an-binh"
    playlist = slot_file(folder, ext="m3u8").read_text(encoding="utf-8")
    assert ",KHẨN CẤP: Khẩn cấp bão số 5\n" in playlist and ",KHẨN CẤP: Họp thôn" not in playlist
    assert '<span class="badge khan">KHẨN CẤP</span> Khẩn cấp bão số 5' in (folder / "lich-phat.html").read_text(
        encoding="utf-8"
    )


@pytest.mark.slow
def test_an_emergency_at_night_is_sent_to_the_stations_at_once_despite_the_quiet_hours(
    mini_ws: Path, tmp_path: Path
) -> None:
    night = datetime(2021, 8, 10, 23, 30, tzinfo=VIETNAM)  # inside the default quiet hours 22:00-05:00
    source = tmp_path / "bao.md"
    source.write_text(EMERGENCY, encoding="utf-8")
    done = emergency(mini_ws, source, (), night)
    assert [(a.station, a.day, a.slot) for a in done.airs] == [("an-binh", "2021-08-11", "sang")]
    sent, _ = events(mini_ws, "an-binh", 0)  # the station's player cuts in with it now, not at 05:30
    assert [(e["kind"], e["announcement_id"], e["day"]) for e in sent] == [("emergency", "bao", "2021-08-11")]


def _published(ws: Path) -> dict[str, bytes]:
    """Every file of the published days, by its path."""
    return {str(p.relative_to(ws)): p.read_bytes() for p in sorted((ws / "playlists").rglob("*")) if p.is_file()}


@pytest.mark.slow
def test_an_emergency_signed_with_a_wrong_password_changes_nothing_and_the_right_one_airs_it(
    mini_ws: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`loa emergency --as NAME` checks the password while the bulletin is read and checked (issue 31.4): a wrong
    one is refused, with nothing installed, published, told or recorded; the right one signs it off and airs it."""
    build(mini_ws, DAY)
    accounts.add_user(mini_ws, "lanh-dao", "approver", (), "mat-khau-du-dai", MORNING)
    monkeypatch.setattr("pipeline.app.commands.onair.now_in", lambda _: MORNING)
    source, before = tmp_path / "bao.md", _published(mini_ws)
    source.write_text(EMERGENCY, encoding="utf-8")
    argv = ["--lang", "en", "emergency", str(mini_ws), str(source), "--as", "lanh-dao"]
    wrong = CliRunner(mix_stderr=False).invoke(cli, argv, input="sai-mat-khau\n")
    assert wrong.exit_code == EXIT_USER_ERROR and "wrong account name or password for 'lanh-dao'" in wrong.stderr
    assert _published(mini_ws) == before and "bao.md" not in announcements(mini_ws)
    assert events(mini_ws, "an-binh", 0)[0] == [] and accounts.history(mini_ws, "bao") == []
    right = CliRunner(mix_stderr=False).invoke(cli, argv, input="mat-khau-du-dai\n")
    assert right.exit_code == 0, right.stderr
    assert items_of(mini_ws, "an-binh", "sang")[0] == "bao" and load_workspace(mini_ws).announcement("bao").approved
    assert [(e.user, e.action) for e in accounts.history(mini_ws, "bao")] == [("lanh-dao", "khan-cap")]
