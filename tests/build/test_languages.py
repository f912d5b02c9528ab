"""Minority languages (issue 30): `language:` and `version_of:` on announcements, `languages:` on stations, the
translation airing right after its Vietnamese original where the station lists its language, the pre-air report's
warnings, and the validation of all of it."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

from pipeline import i18n
from pipeline.build.check import load_workspace
from pipeline.build.plan import make_plan
from pipeline.build.steps import build
from pipeline.errors import ValidationFailed
from pipeline.workspace.load import read_workspace

from ..conftest import ANNOUNCEMENTS, measured, tone
from ..render.test_mastering import band_level

DAY = date(2021, 8, 10)
HMONG = """\
---
title: Họp thôn (tiếng Mông)
language: hmn
version_of: hop-thon
audio: recordings/hop-thon-hmn.wav
valid_from: 2021-08-01
valid_until: 2021-08-31
---
"""
OLD = """\
---
title: Lịch tiêm cũ
valid_from: 2021-07-01
valid_until: 2021-07-31
---
Lịch tiêm tháng Bảy.
"""
OLD_HMONG = HMONG.replace("version_of: hop-thon", "version_of: lich-cu").replace("Họp thôn", "Lịch tiêm")


def with_languages(ws: Path, station: str, languages: str) -> None:
    """`languages:` written under one station of stations.yaml."""
    path = ws / "stations.yaml"
    text = re.sub(
        rf"(  - id: {station}\n)(    languages: .*\n)?", rf"\1    languages: {languages}\n", path.read_text("utf-8")
    )
    path.write_text(text, encoding="utf-8")


@pytest.fixture
def hmong_ws(two_ws: Path) -> Path:
    """an-binh broadcasts in Vietnamese and Hmong, binh-an (the default) only in Vietnamese; hop-thon has a
    recorded Hmong version (a 3 s 660 Hz tone)."""
    with_languages(two_ws, "an-binh", "[vi, hmn]")
    (two_ws / "recordings").mkdir()
    tone(two_ws / "recordings" / "hop-thon-hmn.wav", 3.0, -20, freq=660.0)
    (two_ws / ANNOUNCEMENTS / "hop-thon-hmn.md").write_text(HMONG, encoding="utf-8")
    return two_ws


def planned(ws: Path, day: date = DAY) -> tuple[dict[str, list[list[str]]], list[tuple[str, str, str, bool]]]:
    """Per station the ids of each slot's airings, and the plan's notes (station, id, what, warn); the workspace as
    its files say (read_workspace: the recordings are not decoded, the build test does that)."""
    workspace, problems = read_workspace(ws)
    assert problems == []
    plan = make_plan(workspace, day)
    aired = {s.station.id: [[i.announcement.id for i in slot.items] for slot in s.slots] for s in plan.stations}
    return aired, [(n.station, n.announcement_id, n.what, n.warn) for n in plan.notes]


def aired(ws: Path) -> dict[str, list[list[str]]]:
    return planned(ws)[0]


def test_a_translation_airs_right_after_its_original_only_where_the_station_lists_its_language(hmong_ws: Path) -> None:
    aired, notes = planned(hmong_ws)
    assert aired == {"an-binh": [["hop-thon", "hop-thon-hmn"]], "binh-an": [["hop-thon"], ["hop-thon"]]}
    said = (
        "binh-an",
        "hop-thon-hmn",
        "in tiếng Mông, which this station does not broadcast: it airs only the Vietnamese here "
        "(add hmn to the station's languages in stations.yaml to air it)",
        False,
    )
    assert said in notes and not [n for n in notes if n[0] == "an-binh"]


def test_a_translation_follows_every_airing_of_its_original_and_fits_with_it(hmong_ws: Path) -> None:
    item = hmong_ws / ANNOUNCEMENTS / "hop-thon.md"
    item.write_text(item.read_text("utf-8").replace("title:", "repeat: 2\ntitle:"), encoding="utf-8")
    assert aired(hmong_ws)["an-binh"] == [["hop-thon", "hop-thon-hmn", "hop-thon", "hop-thon-hmn"]]


def test_a_language_alone_airs_only_at_stations_that_list_it(hmong_ws: Path) -> None:
    """A Hmong announcement that translates nothing airs on its own, at an-binh only."""
    path = hmong_ws / ANNOUNCEMENTS / "hop-thon-hmn.md"
    path.write_text(HMONG.replace("version_of: hop-thon\n", ""), encoding="utf-8")
    plan = {"an-binh": [["hop-thon-hmn", "hop-thon"]], "binh-an": [["hop-thon"], ["hop-thon"]]}
    assert aired(hmong_ws) == plan  # in file order (hop-thon-hmn.md first), not paired


def test_the_plan_warns_of_a_missing_version_and_of_a_translation_without_its_original(hmong_ws: Path) -> None:
    with_languages(hmong_ws, "an-binh", "[vi, hmn, bdq]")
    (hmong_ws / ANNOUNCEMENTS / "lich-cu.md").write_text(OLD, encoding="utf-8")
    (hmong_ws / ANNOUNCEMENTS / "lich-cu-hmn.md").write_text(OLD_HMONG, encoding="utf-8")
    aired, notes = planned(hmong_ws)
    mine = [n[1:] for n in notes if n[0] == "an-binh" and n[3]]
    assert mine == [
        ("lich-cu-hmn", "does not air: a translation airs only right after its Vietnamese original 'lich-cu', "
         "which does not air here in the same slot today", True),
        ("hop-thon", "no tiếng Ba Na version airs with it, and this station broadcasts in tiếng Ba Na: add one "
         "(language: bdq, version_of: hop-thon)", True),
    ]  # fmt: skip
    assert aired["an-binh"] == [["hop-thon", "hop-thon-hmn"]]


@pytest.mark.slow
def test_a_build_airs_the_recorded_translation_right_after_its_original_and_reports_what_is_missing(
    hmong_ws: Path,
) -> None:
    """One real build of an-binh: the published manifest has the Hmong recording right after the Vietnamese item
    (no chime between), its audio is in the slot file where the manifest says; the pre-air report warns that
    an-binh has no Ba Na version (binh-an, which airs only the Vietnamese, is the plan's test above)."""
    with_languages(hmong_ws, "an-binh", "[vi, hmn, bdq]")
    assert build(hmong_ws, DAY, ["an-binh"]).exit_code == 0
    day = hmong_ws / "playlists" / DAY.isoformat()
    stations = {s["id"]: s for s in json.loads((day / "manifest.json").read_text("utf-8"))["stations"]}
    slot = stations["an-binh"]["slots"][0]
    spoken = [(i["announcement_id"], i["kind"]) for i in slot["items"] if i["announcement_id"]]
    assert spoken == [("hop-thon", "speech"), ("hop-thon-hmn", "speech")]
    ids = [i["announcement_id"] for i in slot["items"]]
    assert ids.index("hop-thon-hmn") == ids.index("hop-thon") + 1
    hmong = slot["items"][ids.index("hop-thon-hmn")]
    assert 3.0 <= hmong["duration"] < 4.0  # the 3 s recording, mastered, with the gap before it
    whole = day / "an-binh" / slot["file"]
    assert abs(measured(whole).duration - sum(i["duration"] for i in slot["items"])) < 0.1
    at = hmong["start"] + 0.8  # inside the recording: its 660 Hz tone, nothing at 1 kHz
    assert band_level(whole, at, 1.5, 660) > band_level(whole, at, 1.5, 1000) + 20
    report = (day / "bao-cao.html").read_text("utf-8")
    assert "no tiếng Ba Na version airs with it" in report


def problems_of(ws: Path) -> list[tuple[str, int | None, str, str]]:
    with pytest.raises(ValidationFailed) as caught:
        load_workspace(ws)
    return [(p.file.name if p.file else "", p.line, p.what, p.fix) for p in caught.value.problems]


def test_a_language_without_a_voice_needs_a_recording_named_in_its_file(hmong_ws: Path) -> None:
    path = hmong_ws / ANNOUNCEMENTS / "hop-thon-hmn.md"
    path.write_text(HMONG.replace("audio: recordings/hop-thon-hmn.wav\n", "") + "Lời tiếng Mông.\n", "utf-8")
    assert problems_of(hmong_ws) == [
        ("hop-thon-hmn.md", 3, "Loa has no voice for tiếng Mông: an announcement in tiếng Mông airs from a recording",
         "record the tiếng Mông version and set audio: recordings/hop-thon-hmn.mp3"),
    ]  # fmt: skip
    i18n.use("vi")
    assert str(problems_of(hmong_ws)[0][3]) == "ghi âm bản tiếng Mông và đặt audio: recordings/hop-thon-hmn.mp3"


def test_language_codes_and_pairings_are_checked_with_how_to_fix_them(hmong_ws: Path) -> None:
    folder = hmong_ws / ANNOUNCEMENTS
    (folder / "hop-thon-hmn.md").write_text(HMONG.replace("language: hmn", "language: xx"), "utf-8")
    unknown = problems_of(hmong_ws)[0]
    assert unknown[:3] == ("hop-thon-hmn.md", 3, "'xx' is not a language Loa knows")
    assert unknown[3].startswith(
        "write one of: vi (tiếng Việt), hmn (tiếng Mông), bdq (tiếng Ba Na), khm (tiếng Khmer)"
    )
    (folder / "hop-thon-hmn.md").write_text(HMONG.replace("version_of: hop-thon", "version_of: hop-xom"), "utf-8")
    assert problems_of(hmong_ws) == [
        ("hop-thon-hmn.md", 4, "there is no announcement 'hop-xom' to be a version of",
         "use the id of the Vietnamese original: hop-thon"),
    ]  # fmt: skip
    (folder / "hop-thon-hmn.md").write_text(HMONG, "utf-8")
    (folder / "hop-thon-2.md").write_text(HMONG.replace("Họp thôn", "Họp thôn 2"), "utf-8")
    assert problems_of(hmong_ws) == [
        ("hop-thon-hmn.md", 4, "'hop-thon' already has a tiếng Mông version: hop-thon-2.md",
         "keep one of the two (or remove version_of from one)"),
    ]  # fmt: skip
    (folder / "hop-thon-2.md").write_text(HMONG.replace("version_of: hop-thon", "version_of: hop-thon-hmn"), "utf-8")
    assert problems_of(hmong_ws)[0][1:] == (
        4, "'hop-thon-hmn' is in tiếng Mông: a translation pairs with a Vietnamese original",
        "name the Vietnamese announcement it translates",
    )  # fmt: skip


@pytest.mark.slow
def test_an_alias_code_is_its_language_and_a_station_lists_only_known_codes(hmong_ws: Path) -> None:
    (hmong_ws / ANNOUNCEMENTS / "hop-thon-hmn.md").write_text(HMONG.replace("language: hmn", "language: ede"), "utf-8")
    with_languages(hmong_ws, "binh-an", "[ede]")
    found = load_workspace(hmong_ws)
    assert found.announcement("hop-thon-hmn").language == "rad"  # type: ignore[union-attr]
    assert [s.languages for s in found.stations] == [("vi", "hmn"), ("vi", "rad")]
    stations = hmong_ws / "stations.yaml"
    stations.write_text(stations.read_text("utf-8").replace("[ede]", "[mong]"), "utf-8")
    (name, _line, what, fix), *_ = problems_of(hmong_ws)
    assert (name, what) == ("stations.yaml", "'languages' must list language codes Loa knows")
    assert fix.startswith("write e.g. languages: [vi, hmn] with codes of: vi (tiếng Việt), hmn (tiếng Mông)")


@pytest.mark.slow
def test_a_translation_is_approved_on_its_own_with_its_recording_bytes(hmong_ws: Path) -> None:
    """Where approval is required, the approved original airs alone until its translation is approved too (the plan
    says which version is missing); a recording swapped in under the same name takes the translation off again."""
    from ..app.test_approvals import _approve, _require_approval

    _require_approval(hmong_ws)
    _approve(hmong_ws, "hop-thon")
    aired, notes = planned(hmong_ws)
    assert aired["an-binh"] == [["hop-thon"]]
    missing = "its tiếng Mông version 'hop-thon-hmn' does not air with it here today"
    assert ("an-binh", "hop-thon", missing, True) in notes
    _approve(hmong_ws, "hop-thon-hmn")
    assert planned(hmong_ws)[0]["an-binh"] == [["hop-thon", "hop-thon-hmn"]]
    tone(hmong_ws / "recordings" / "hop-thon-hmn.wav", 3.0, -20, freq=880.0)  # another recording, same name
    swapped = load_workspace(hmong_ws).announcement("hop-thon-hmn")
    assert swapped is not None and swapped.approval_issue == "changed"
    assert planned(hmong_ws)[0]["an-binh"] == [["hop-thon"]]
