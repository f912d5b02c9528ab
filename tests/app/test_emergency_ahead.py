"""An emergency is sent ahead of the rebuild (issue 31.4): its files and the stations' events are published, and
the day verifies, before any slot file is rebuilt; the rebuild that follows puts it in its slot and keeps the
urgent entry the events name. A real build of a two-station workspace, once for the module."""

from __future__ import annotations

import dataclasses
import json
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

import jsonschema
import pytest

from pipeline.adapters.database import connected
from pipeline.adapters.proc import Runner
from pipeline.app.accounts import User
from pipeline.app.emergency import Airing, EmergencyReport, emergency
from pipeline.app.emergency_stop import stop_emergency
from pipeline.app.stations import station_file
from pipeline.build.steps import build
from pipeline.domain.manifest import Manifest
from pipeline.onair.publish import verify
from pipeline.onair.published import read_manifest
from pipeline.onair.urgent import add_urgent, read_ahead

from ..build.test_programming import DAY, EMERGENCY
from ..conftest import MORNING, SCHEMA, make_mini_ws

ITEM = "bao-so-5"
STATIONS = ("an-binh", "binh-an")


@dataclass
class Seen:
    """The workspace as the stations could see it when the bulletin was sent ahead, before the rebuild."""

    manifest: Manifest | None = None
    events: list[tuple[str, list[str]]] = field(default_factory=list)
    ahead: tuple[Airing, ...] = ()
    served: list[str] = field(default_factory=list)  # files the station link API would hand out
    processes: list[str] = field(default_factory=list)  # what each tool started before it was sent ahead did


@dataclass
class Watching(Runner):
    """A Runner that keeps what each process it starts does ("analysing 2 items", "speaking")."""

    done: list[str] = field(default_factory=list)

    def run(self, args: list[str], what: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
        self.done.append(what)
        return super().run(args, what, stdin)


def events(ws: Path) -> list[tuple[str, list[str]]]:
    with connected(ws) as db:
        rows = db.execute("SELECT station, files FROM station_events WHERE kind = 'emergency' ORDER BY seq").fetchall()
    return [(row[0], json.loads(row[1])) for row in rows]


def speech_in_slots(manifest: Manifest, station: str) -> list[str]:
    """The announcements the station's slots air, in order."""
    entry = manifest.station(station)
    assert entry is not None
    return [i.announcement_id for slot in entry.slots for i in slot.items if i.kind == "speech" and i.announcement_id]


@pytest.fixture(scope="module")
def sent(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Seen, EmergencyReport]:
    """Two stations (two dialects), 10 August published, the storm bulletin sent to both at 05:40."""
    ws = make_mini_ws(tmp_path_factory.mktemp("ahead") / "ws", stations=2)
    build(ws, DAY)
    source = ws.parent / f"{ITEM}.md"
    source.write_text(EMERGENCY.replace("stations: [an-binh]", "stations: [an-binh, binh-an]"), encoding="utf-8")
    seen, runner = Seen(), Watching()
    folder = ws / "playlists" / DAY.isoformat()

    def before_the_rebuild(ahead: tuple[Airing, ...]) -> None:
        verify(folder)  # the day as published now: every file it names is there, with its checksum
        seen.manifest, seen.events, seen.ahead = read_manifest(folder), events(ws), ahead
        seen.processes = list(runner.done)
        for station, files in seen.events:
            seen.served += [station_file(ws, station, DAY.isoformat(), name)[0].name for name in files]

    report = emergency(ws, source, (), MORNING, runner=runner, sent_ahead=before_the_rebuild)
    return ws, seen, report


@pytest.mark.slow
def test_a_day_with_urgent_files_round_trips_and_validates(sent: tuple[Path, Seen, EmergencyReport]) -> None:
    """The day as the stations saw it before the rebuild (its manifest spliced as text, in the build's style)."""
    seen = sent[1]
    assert seen.manifest is not None
    text = seen.manifest.to_json(indent=None)
    jsonschema.validate(json.loads(text), SCHEMA)
    assert Manifest.from_json(text).to_json(indent=None) == text


@pytest.mark.slow
def test_the_bulletin_is_published_and_every_station_told_before_any_slot_is_rebuilt(
    sent: tuple[Path, Seen, EmergencyReport],
) -> None:
    _, seen, _ = sent
    assert seen.manifest is not None and {a.station for a in seen.ahead} == set(STATIONS)
    for station in STATIONS:
        assert ITEM not in speech_in_slots(seen.manifest, station)  # the slots say only what their files hold
        entry = seen.manifest.station(station)
        assert entry is not None and [i.announcement_id for i in entry.urgent if i.kind == "speech"] == [ITEM]
    told = dict(seen.events)
    assert set(told) == set(STATIONS)
    for station, files in told.items():
        entry = seen.manifest.station(station)
        assert entry is not None and files == [i.file for i in entry.urgent]
    assert len(seen.served) == sum(len(files) for files in told.values())


@pytest.mark.slow
def test_the_two_voices_are_mastered_together_one_process_a_pass(sent: tuple[Path, Seen, EmergencyReport]) -> None:
    """Each mastering pass over both dialects' bulletin in one ffmpeg process, not one a voice: starting ffmpeg
    costs as much CPU as a short bulletin's pass (at 200 stations, three voices: 0.8 CPU s more before air)."""
    passes = [what for what in sent[1].processes if what.startswith(("analysing", "limiting", "encoding"))]
    assert [what for what in passes if what.startswith("analysing")] == ["analysing 2 items"]
    assert all(what.endswith(" 2 items") for what in passes[:2])  # analysed and first limited together


@pytest.mark.slow
def test_the_rebuild_that_follows_puts_it_in_its_slot_and_keeps_the_files_the_events_name(
    sent: tuple[Path, Seen, EmergencyReport],
) -> None:
    ws, seen, report = sent
    folder = ws / "playlists" / DAY.isoformat()
    verify(folder)
    manifest = read_manifest(folder)
    assert manifest is not None and {(a.station, a.slot) for a in report.airs} == {(s, "sang") for s in STATIONS}
    for station, files in events(ws):
        assert speech_in_slots(manifest, station)[0] == ITEM  # first in its slot
        entry = manifest.station(station)
        assert entry is not None and [i.file for i in entry.urgent] == files
    assert events(ws) == seen.events  # each station told once, before the rebuild


@pytest.mark.slow
def test_a_stopped_emergency_leaves_the_urgent_entry_too(
    sent: tuple[Path, Seen, EmergencyReport], tmp_path: Path
) -> None:
    ws = Path(shutil.copytree(sent[0], tmp_path / "ws"))
    stop_emergency(ws, ITEM, User("admin", "admin", ()), MORNING)
    manifest = read_manifest(ws / "playlists" / DAY.isoformat())
    assert manifest is not None and not any(s.holds(ITEM) for s in manifest.stations)
    verify(ws / "playlists" / DAY.isoformat())


@pytest.mark.slow
def test_a_manifest_read_ahead_is_not_used_once_a_build_replaced_it(
    sent: tuple[Path, Seen, EmergencyReport], tmp_path: Path
) -> None:
    """The day's manifest is read while the bulletin renders; a build that published the day since (a new file)
    is not undone by the urgent entry: the manifest is read again under the lock."""
    folder = Path(shutil.copytree(sent[0] / "playlists" / DAY.isoformat(), tmp_path / "day"))
    ahead, manifest = read_ahead(folder), read_manifest(folder)
    assert ahead.manifest is not None and manifest is not None
    rebuilt = dataclasses.replace(manifest, stations=manifest.stations[:1])  # as a build publishing since would
    (folder / "new.json").write_text(rebuilt.to_json(indent=None), encoding="utf-8")
    (folder / "new.json").replace(folder / "manifest.json")
    assert add_urgent(folder, "khac", {}, ahead) == []
    assert read_manifest(folder) == rebuilt
