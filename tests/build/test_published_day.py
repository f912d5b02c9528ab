"""The published day follows the current plan: withdrawn items leave, an engine that cannot speak keeps the good day, exit codes.

From the fault campaign of issue 11 (its case numbers kept in the test names)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.build.steps import build
from pipeline.build.warnings import worded_all
from pipeline.errors import EXIT_BUSY, EXIT_ITEMS_LEFT_OUT
from pipeline.onair.publish import verify

from ..build.test_programming import DAY, manifest
from ..conftest import ANNOUNCEMENTS, invoke, offline, only_gtts

# 3. the published day always reflects the current plan


@pytest.mark.slow
def test_3_a_withdrawn_announcement_leaves_the_air(two_ws: Path) -> None:
    build(two_ws, DAY)
    (two_ws / ANNOUNCEMENTS / "hop-thon.md").unlink()
    (two_ws / ANNOUNCEMENTS / "khac.md").write_text(
        "---\ntitle: Khác\nvalid_from: 2021-09-01\n---\nMột tin.\n", encoding="utf-8"
    )
    report = build(two_ws, DAY)
    assert manifest(two_ws)["stations"] == []
    assert any("nothing airs on 2021-08-10" in w for w in worded_all(report.warnings))
    page = (two_ws / "playlists" / DAY.isoformat() / "bao-cao.html").read_text(encoding="utf-8")
    assert (
        "Nothing airs on this day." in page
        and "nothing to air on this day: no announcement has started yet; the first starts on 01/09" in page
    )
    verify(two_ws / "playlists" / DAY.isoformat())


@pytest.mark.slow
def test_3_a_station_whose_plan_became_empty_is_removed_by_a_station_build(two_ws: Path) -> None:
    build(two_ws, DAY)
    item = two_ws / ANNOUNCEMENTS / "hop-thon.md"
    item.write_text(
        item.read_text(encoding="utf-8").replace("valid_until", "stations: [binh-an]\nvalid_until"), encoding="utf-8"
    )
    build(two_ws, DAY, ["an-binh"])
    assert [s["id"] for s in manifest(two_ws)["stations"]] == ["binh-an"]  # type: ignore[index]


# 4. no engine can speak: a good published day is kept


@pytest.mark.slow
def test_4_when_no_engine_can_speak_the_previous_day_stays_and_the_report_says_so(mini_ws: Path) -> None:
    build(mini_ws, DAY)
    before = manifest(mini_ws)
    only_gtts(mini_ws)
    item = mini_ws / ANNOUNCEMENTS / "hop-thon.md"
    item.write_text(item.read_text(encoding="utf-8") + "Thêm một câu.\n", encoding="utf-8")
    report = build(mini_ws, DAY, **offline())
    assert report.exit_code == EXIT_ITEMS_LEFT_OUT
    assert manifest(mini_ws) == before
    assert any(
        "NO SPEECH could be made for sang; the previous version stays on air" in w for w in worded_all(report.warnings)
    )
    html = (mini_ws / "playlists" / DAY.isoformat() / "bao-cao.html").read_text(encoding="utf-8")
    assert "NO SPEECH" in html


@pytest.mark.slow
def test_4_without_a_previous_day_no_chimes_only_slot_is_published(mini_ws: Path) -> None:
    only_gtts(mini_ws)
    report = build(mini_ws, DAY, **offline())
    assert report.exit_code == EXIT_ITEMS_LEFT_OUT
    assert manifest(mini_ws)["stations"] == []
    assert any("nothing is published for it" in w for w in worded_all(report.warnings))


def test_exit_codes_busy_and_usage_differ(mini_ws: Path) -> None:
    from pipeline.onair.publish import workspace_lock

    with workspace_lock(mini_ws.resolve()):
        code, output = invoke("build", str(mini_ws), "--date", "2021-08-10")
    assert code == EXIT_BUSY and "another build is running" in output
    assert invoke("build", str(mini_ws), "--bogus")[0] == 2


@pytest.mark.slow
def test_manifest_is_json_with_the_current_plan_only(two_ws: Path) -> None:
    build(two_ws, DAY)
    data = json.loads((two_ws / "playlists" / DAY.isoformat() / "manifest.json").read_text(encoding="utf-8"))
    assert {s["id"] for s in data["stations"]} == {"an-binh", "binh-an"}
