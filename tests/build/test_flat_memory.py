"""A cold build's memory flat in stations (issue 31): what assembly has written is not held any more, equal script
texts are held once."""

from __future__ import annotations

import gc
import weakref
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from pipeline.adapters.proc import Runner
from pipeline.build import rendering, steps
from pipeline.build.check import load_workspace
from pipeline.build.plan import make_plan
from pipeline.build.program import ProgramWriter
from pipeline.domain.segments import Speech
from pipeline.onair.published import read_manifest

from ..build.test_programming import DAY


def _alive(refs: list[weakref.ref[Any]]) -> int:
    gc.collect()
    return sum(ref() is not None for ref in refs)


@pytest.mark.slow
def test_assembly_frees_each_station_once_written_and_keeps_no_manifest_entry(
    two_ws: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each station's rendered tree (its segments, files and slots: some 60 kB) was held until the build ended,
    and the manifest's entries (some 30 kB a station) until the report was written from them: 200 stations held
    18 MB. Now a station's tree is freed once its folder is written, its entry once it is written and counted."""
    trees: list[weakref.ref[Any]] = []
    entries: list[weakref.ref[Any]] = []
    seen: list[tuple[str, int]] = []
    write_station, write_day_report = steps.write_station, steps.write_day_report

    def writing(folder: Path, station: Any, day: date, sheet: Any) -> Any:
        seen.append(("trees of stations written before", _alive(trees)))
        trees.append(weakref.ref(station))
        entry = write_station(folder, station, day, sheet)
        entries.append(weakref.ref(entry))
        return entry

    def reporting(*args: Any) -> None:
        seen.append(("trees after assembly", _alive(trees)))
        seen.append(("manifest entries after assembly", _alive(entries)))
        write_day_report(*args)

    monkeypatch.setattr(steps, "write_station", writing)
    monkeypatch.setattr(steps, "write_day_report", reporting)
    report = steps.build(two_ws, DAY)
    assert len(trees) == 2 and report.stations == 2
    assert seen == [("trees of stations written before", 0), ("trees of stations written before", 0),
                    ("trees after assembly", 0), ("manifest entries after assembly", 0)]  # fmt: skip
    manifest = read_manifest(two_ws / "playlists" / DAY.isoformat())
    assert manifest is not None and [s.id for s in manifest.stations] == ["an-binh", "binh-an"]


def test_stations_reading_one_announcement_share_one_script_text(two_ws: Path) -> None:
    """Each station's script of an announcement was a string of its own (28 kB a station at 200 stations, most of
    them equal): equal texts are now one string per build."""
    workspace = load_workspace(two_ws, Runner())
    writer = ProgramWriter(workspace)
    plan = make_plan(workspace, DAY, (), writer.estimate(DAY))
    read = [s for p in writer.programs(plan, DAY) for slot in p.slots for s in slot.segments
            if isinstance(s, Speech) and s.announcement_id == "hop-thon"]  # fmt: skip
    assert {p.station.id for p in plan.stations} == {"an-binh", "binh-an"} and len(read) >= 2
    assert all(s.written is read[0].written for s in read)


@pytest.mark.slow
def test_rendering_frees_the_scripted_tree_and_the_segment_jobs_before_joining_slots(
    two_ws: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The scripted tree (a station's slots and segments) and every segment's render job were held until the last
    slot file was joined, beside the half-built rendered tree: now each station's scripted day is freed as its slots
    get their files, and the jobs once made (the tables keep their identities)."""
    scripted: list[weakref.ref[Any]] = []
    jobs: list[weakref.ref[Any]] = []
    seen: list[tuple[str, int]] = []
    programs, make_missing = ProgramWriter.programs, rendering.make_missing

    def scripting(writer: ProgramWriter, *args: Any) -> Any:
        tree = programs(writer, *args)
        scripted.extend(weakref.ref(station) for station in tree)
        return tree

    def making(services: Any, asked: Any, *args: Any) -> Any:
        if jobs:  # the second call: the slot files
            seen.append(("scripted stations", _alive(scripted)))
            seen.append(("segment jobs", _alive(jobs)))
        else:
            jobs.extend(weakref.ref(job) for job in asked)
        return make_missing(services, asked, *args)

    monkeypatch.setattr(ProgramWriter, "programs", scripting)
    monkeypatch.setattr(rendering, "make_missing", making)
    report = steps.build(two_ws, DAY)
    assert report.stations == 2 and len(scripted) == 2 and jobs
    assert seen == [("scripted stations", 0), ("segment jobs", 0)]


def test_equal_segments_of_stations_are_held_once(two_ws: Path) -> None:
    """Each station's segments were values of their own (an announcement read in one dialect, a chime: some 8 kB a
    station at 200 stations, most of them equal): equal segments are now one value per build."""
    workspace = load_workspace(two_ws, Runner())
    writer = ProgramWriter(workspace)
    plan = make_plan(workspace, DAY, (), writer.estimate(DAY))
    by_value: dict[Any, set[int]] = {}
    stations: dict[Any, set[str]] = {}
    for station in writer.programs(plan, DAY):
        for segment in (s for slot in station.slots for s in slot.segments):
            by_value.setdefault(segment, set()).add(id(segment))
            stations.setdefault(segment, set()).add(station.station.id)
    assert any(len(ids) == 2 for ids in stations.values())  # both stations air equal segments
    assert all(len(ids) == 1 for ids in by_value.values())
