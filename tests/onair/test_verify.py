"""`loa verify`: damage and bit rot found byte for byte, repaired from the store or by building the day again; published files read-only.

From the fault campaign of issue 11 (its case numbers kept in the test names)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from pipeline.adapters.clock import now_in
from pipeline.app.emergency import emergency
from pipeline.build import history
from pipeline.build.steps import build
from pipeline.build.warnings import worded_all
from pipeline.errors import EXIT_DAMAGE
from pipeline.onair.publish import verify

from ..build.test_programming import DAY, EMERGENCY
from ..conftest import ANNOUNCEMENTS, MORNING, flip_in_place, invoke, slot_file

# 5. damage in another station's folder is repaired, not a reason to refuse


@pytest.mark.slow
def test_5_a_damaged_file_of_another_station_is_repaired_from_the_store(two_ws: Path) -> None:
    build(two_ws, DAY)
    victim = slot_file(two_ws / "playlists" / DAY.isoformat() / "binh-an")
    victim.unlink()
    victim.write_bytes(b"not audio")  # a new file in its place: the store's copy is intact
    report = build(two_ws, DAY, ["an-binh"])
    assert any(
        w.startswith("binh-an: repaired 2021-08-10_0600_sang.mp3 from the store") for w in worded_all(report.warnings)
    ), report.warnings
    verify(two_ws / "playlists" / DAY.isoformat())


@pytest.mark.slow
def test_5_damage_shared_with_the_store_rebuilds_that_station(two_ws: Path, tmp_path: Path) -> None:
    build(two_ws, DAY)
    victim = next(
        (two_ws / "playlists" / DAY.isoformat() / "binh-an").glob("phan-doan/*_03-hop-thon.mp3")
    )  # the store's only copy
    flip_in_place(victim)
    source = tmp_path / "bao.md"
    source.write_text(EMERGENCY, encoding="utf-8")
    done = emergency(two_ws, source, (), MORNING)
    assert [a.station for a in done.airs] == ["an-binh"]
    assert any("binh-an" in w and "built again" in w for w in worded_all(done.builds[0].warnings))
    verify(two_ws / "playlists" / DAY.isoformat())


# 8. bit rot: loa verify reads every byte; --repair fixes it


@pytest.mark.slow
def test_8_bit_rot_in_the_store_is_found_by_verify_and_repaired(mini_ws: Path) -> None:
    build(mini_ws, DAY)
    shared = slot_file(mini_ws / "playlists" / DAY.isoformat() / "an-binh")
    flip_in_place(shared)  # the store file is the same inode
    assert build(mini_ws, DAY).rendered == 0  # size and time unchanged: the build trusts it (fast path)
    code, output = invoke("verify", str(mini_ws))
    assert code == EXIT_DAMAGE and "sang.mp3: the file is damaged" in output and "a stored file is damaged" in output
    code, output = invoke("verify", str(mini_ws), "--repair")
    assert "removed from the store; the next build renders it again" in output
    assert (
        code == EXIT_DAMAGE and ": built again (" not in output
    )  # a day that has aired is not planned anew: its record stays
    assert "restore this day's folder from a backup" in output


@pytest.mark.slow
def test_8_verify_repair_rebuilds_a_day_to_come(mini_ws: Path) -> None:
    day = now_in("Asia/Ho_Chi_Minh").date() + timedelta(days=1)
    item = mini_ws / ANNOUNCEMENTS / "hop-thon.md"
    item.write_text(
        item.read_text(encoding="utf-8").replace("valid_until: 2021-08-31", "valid_until: 2099-12-31"), encoding="utf-8"
    )
    build(mini_ws, day)
    flip_in_place(slot_file(mini_ws / "playlists" / day.isoformat() / "an-binh"))
    code, output = invoke("verify", str(mini_ws), "--repair")
    assert code == 0 and f"{day}: built again (an-binh)" in output, output
    assert [r.origin for r in history.recent(mini_ws)] == ["repair", "build"]  # both in the build history
    code, output = invoke("verify", str(mini_ws))
    assert code == 0 and "0 problems" in output


@pytest.mark.slow
def test_8_published_files_are_read_only(mini_ws: Path) -> None:
    build(mini_ws, DAY)
    for path in (mini_ws / "playlists" / DAY.isoformat() / "an-binh").rglob("*.mp3"):
        assert path.stat().st_mode & 0o222 == 0
