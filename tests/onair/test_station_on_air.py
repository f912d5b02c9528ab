"""Stations on the line, end to end with real parts: a real `loa serve` district process, one real
`loa station run --record WAV` agent with its real Liquidsoap, a day of one-minute slots published from the next
minute on (bench/fleet.py's one-station district, timed to the wall clock); the recording is measured.

1. `loa emergency` (the CLI, another process) → the bulletin (a tone of its own frequency) is heard in the
   recording within a bound, the station confirms it, and the air time it reports is when the recording has it.
2. The district is killed: the next slot still airs on time in the recording, the agent keeps its play log, and
   when the district is back on its address the rows of that airing arrive there once.
"""

from __future__ import annotations

import contextlib
import csv
import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np
import pytest

from bench import fleet, heard
from pipeline.app import station_link, station_status
from pipeline.app.commands import now
from pipeline.onair.published import read_manifest

from ..conftest import free_port, tone
from .test_playout import WINDOW, _runs, _windows

pytestmark = pytest.mark.realtime(seconds=130)  # about how long its tests wait on the wall clock

STATION = fleet.station_id(0)
SLOTS = 12  # one-minute slots from the next minute on: enough for both tests run one after the other
TONE_HZ = 1200.0  # the bulletin's tone: far from the chimes' notes (392, 523, 659 Hz) and their octaves
HEARD_WITHIN = 15.0  # seconds from `loa emergency` to the bulletin in the recording, with margin on a loaded CI box
ON_TIME = 2.0  # seconds: a slot's start in the recording against its time; the air time reported against it
KILL_BEFORE = 5.0  # seconds before the slot the district is killed
LOUD = -45.0  # dBFS: a window above it is sound
BULLETIN = """\
---
title: Khẩn cấp lũ quét
priority: khan-cap
slots: [{slot}]
audio: recordings/coi-bao.wav
---
Lũ quét trên suối Mỏ. Bà con không qua suối.
"""


@dataclass(frozen=True)
class Slot:
    name: str
    start: datetime  # in the workspace's zone

    @property
    def line(self) -> str:
        end = self.start + timedelta(minutes=1)
        return f'      {self.name}: "{self.start:%H:%M}-{end:%H:%M}"\n'


def minute_slots(after: datetime, count: int) -> list[Slot]:
    """`count` one-minute slots from the minute after `after` (23:59 skipped: a slot cannot cross midnight)."""
    first = after.replace(second=0, microsecond=0) + timedelta(minutes=1)
    starts = (first + timedelta(minutes=n) for n in range(count + 1))
    return [Slot(f"p{at:%H%M}", at) for at in starts if (at.hour, at.minute) != (23, 59)][:count]


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Slot]]:
    """The one-station district, its day(s) of one-minute slots built, and the bulletin's recording in place."""
    folder = tmp_path_factory.mktemp("line")
    ws = fleet.workspace(folder / "ws", 1, date.today() - timedelta(days=1))
    settings = ws / "loa.toml"
    settings.write_text('quiet_hours = ""\n' + settings.read_text(encoding="utf-8"), encoding="utf-8")  # any hour
    slots = minute_slots(now(ws), SLOTS)
    text = (ws / "stations.yaml").read_text(encoding="utf-8")
    head = text[: text.index("    slots:\n") + len("    slots:\n")]
    (ws / "stations.yaml").write_text(head + "".join(s.line for s in slots), encoding="utf-8")
    (ws / "recordings").mkdir(exist_ok=True)
    tone(ws / "recordings" / "coi-bao.wav", 3.0, -14, TONE_HZ)
    for day in sorted({s.start.date() for s in slots}):
        fleet.publish(ws, day)
    return ws, slots


@dataclass
class Line:
    """The district (`loa serve` on a fixed port: it can be killed and started again there) and the agent."""

    ws: Path
    folder: Path
    port: int = field(default_factory=free_port)
    district: subprocess.Popen[bytes] | None = None
    agent: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def wav(self) -> Path:
        return self.folder / "dai.wav"

    @property
    def agent_log(self) -> Path:
        return self.folder / "agent.log"

    def serve(self) -> None:
        with (self.folder / "serve.log").open("ab") as out:
            self.district = fleet.loa("serve", str(self.ws), "--port", str(self.port), stdout=out,
                                      stderr=subprocess.STDOUT)  # fmt: skip
        fleet.wait_listening(self.port, self.district)

    def kill_district(self) -> None:
        assert self.district is not None
        self.district.kill()
        self.district.wait(timeout=20)

    def start_agent(self, token: Path) -> None:
        self.agent = heard.start_agent(self.url, 0, token, self.folder / "dai", self.wav, self.agent_log)

    def close(self) -> None:
        if self.agent and self.agent.poll() is None:
            heard.stop_agents([self.agent])
        if self.district and self.district.poll() is None:
            self.district.terminate()
            self.district.wait(timeout=20)


@pytest.fixture
def line(published: tuple[Path, list[Slot]], tmp_path: Path) -> Iterator[tuple[Line, float]]:
    """A copy of the district, served, and its station's agent holding the day and recording: (the line, when the
    recording began, in Unix seconds)."""
    ws = Path(shutil.copytree(published[0], tmp_path / "ws"))
    token = tmp_path / "token"
    token.write_text(station_link.add_token(ws, STATION, now(ws)) + "\n", encoding="utf-8")
    on = Line(ws, tmp_path)
    births = heard.Births([on.wav])
    try:
        on.serve()
        on.start_agent(token)
        synced = lambda: all(s.online and not s.behind for s in station_status.status(ws, now(ws)))
        heard.wait_for(synced, 60, "the agent holds the day")
        heard.wait_for(lambda: heard.growing([on.wav]), 60, "the agent's player records")
        yield on, births.seen[on.wav]
    finally:
        births.stop.set()
        on.close()


def tone_at(wav: Path, began: float, after: float) -> float | None:
    """Unix time of the first stretch of the bulletin's tone starting after `after` (None: never)."""
    _, near = _windows(wav, TONE_HZ)
    runs = [start for start, _ in _runs(near > 0.9, gap=0.2) if began + start >= after - WINDOW]
    return began + runs[0] if runs else None


def sound_at(wav: Path, began: float, after: float) -> float | None:
    """Unix time of the first window above LOUD at or after `after` (None: silence to the end)."""
    level, _ = _windows(wav)
    first = max(0, int((after - began) / WINDOW))
    loud = np.flatnonzero(level[first:] > LOUD)
    return began + (first + loud[0]) * WINDOW if len(loud) else None


def bulletin(ws: Path) -> Path:
    """The bulletin's speech (its recording, mastered) as the district published it ahead of its slot."""
    for folder in sorted((ws / "playlists").glob("????-??-??")):
        entry = read_manifest(folder).station(STATION)  # type: ignore[union-attr]
        for item in entry.urgent if entry else ():
            if item.kind == "speech":
                return folder / STATION / item.file
    raise AssertionError("no urgent item published")


def lead_in(mp3: Path, scratch: Path) -> float:
    """Seconds from the start of the file to its tone (the silence mastering puts before a recording)."""
    wav = scratch / f"{mp3.stem}.wav"
    subprocess.run(["ffmpeg", "-v", "error", "-y", "-i", str(mp3), str(wav)], check=True)
    _, near = _windows(wav, TONE_HZ)
    return _runs(near > 0.9, gap=0.2)[0][0]


def _log(root: Path) -> list[dict[str, str]]:
    """Every row of the station's play logs under `root` (a workspace's or the agent's playlists/)."""
    rows: list[dict[str, str]] = []
    for log in sorted((root / "playlists").glob(f"????-??-??/{STATION}/phat-thuc-te.csv")):
        with log.open(encoding="utf-8") as table:
            rows += csv.DictReader(table)
    return rows


def confirmed(ws: Path) -> str:
    """When the station says the emergency started ("" until it confirms)."""
    state = {s.station: s for s in station_status.status(ws, now(ws))}[STATION]
    return next((e.started for e in state.emergencies if e.started), "")


@pytest.mark.slow
def test_an_emergency_sent_with_loa_emergency_is_heard_in_the_station_recording_and_confirmed_with_its_air_time(
    published: tuple[Path, list[Slot]], line: tuple[Line, float], tmp_path: Path
) -> None:
    on, began = line
    source = tmp_path / "lu-quet.md"
    source.write_text(BULLETIN.format(slot=published[1][-1].name), encoding="utf-8")  # its slot: the last one
    t0 = time.time()
    sent = fleet.loa("emergency", str(on.ws), str(source), stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        while not confirmed(on.ws) and time.time() < t0 + 3 * HEARD_WITHIN:
            time.sleep(0.2)
        time.sleep(5.0)  # the bulletin (3 s of tone) plays to its end
    finally:
        said = sent.communicate(timeout=120)[0].decode()
        on.close()  # Liquidsoap closes the recording
    assert sent.returncode == 0, said
    at = tone_at(on.wav, began, t0)
    assert at is not None, f"no {TONE_HZ:.0f} Hz tone in the recording after loa emergency"
    print(f"\nemergency -> heard in the station's recording: {at - t0:.2f} s")
    assert at - t0 < HEARD_WITHIN
    assert confirmed(on.ws), "the station did not confirm the emergency"
    begins = at - lead_in(bulletin(on.ws), tmp_path)  # the bulletin's file starts in the recording
    started = datetime.fromisoformat(confirmed(on.ws)).timestamp()  # to the second, as the station reports it
    print(f"air time the station reported - its file's start in the recording: {started - begins:+.2f} s")
    assert abs(started - begins) < ON_TIME
    rows = [r for r in _log(on.folder / "dai") if bulletin(on.ws).as_posix().endswith("/" + r["file"])]
    logged = [(r["announcement_id"], r["title"], r["kind"]) for r in rows]  # what a report counts as its airing
    assert logged == [("lu-quet", "Khẩn cấp lũ quét", "speech")], rows
    shown = subprocess.run([*fleet.loa_command(), "station", "status", "-w", str(on.ws)], capture_output=True,
                           text=True, timeout=60, env={**os.environ, "LOA_LANG": "vi"})  # fmt: skip
    aired = datetime.fromtimestamp(started, now(on.ws).tzinfo).strftime("%H:%M:%S")
    assert "đã phát lúc" in shown.stdout and aired in shown.stdout, shown.stdout + shown.stderr


def _text(path: Path) -> str:
    with contextlib.suppress(FileNotFoundError):
        return path.read_text(encoding="utf-8")
    return ""


def _rows(path: Path, files: set[str]) -> list[tuple[str, str]]:
    """(started, file) of the play-log rows of `files` in a phat-thuc-te.csv."""
    with contextlib.suppress(FileNotFoundError), path.open(encoding="utf-8") as table:
        return [(r["started"], r["file"]) for r in csv.DictReader(table) if r["file"] in files]
    return []


@pytest.mark.slow
def test_with_the_district_killed_the_next_slot_airs_on_time_and_its_rows_arrive_once_when_it_is_back(
    published: tuple[Path, list[Slot]], line: tuple[Line, float]
) -> None:
    on, began = line
    # the next slot that leaves time to kill the district before it, and after any slot the player began late
    slot = next(s for s in published[1] if s.start.timestamp() > max(time.time() + KILL_BEFORE + 1, began + 25))
    day = slot.start.date().isoformat()
    entry = read_manifest(on.ws / "playlists" / day).station(STATION)  # type: ignore[union-attr]
    held = next(s for s in entry.slots if s.slot == slot.name)  # type: ignore[union-attr]
    files = {i.file for i in held.items}
    time.sleep(max(0.0, slot.start.timestamp() - KILL_BEFORE - time.time()))
    on.kill_district()
    killed = time.time()
    time.sleep(max(0.0, slot.start.timestamp() + held.duration - time.time()))
    offline = on.folder / "dai" / "playlists" / day / STATION / "phat-thuc-te.csv"
    # 30 s, not 10: a slot that started late under load fails below on its air time, which says so, not here
    try:
        heard.wait_for(lambda: len(_rows(offline, files)) == len(files), 30, "the agent logs the slot while offline")
    except RuntimeError as gave_up:  # what was heard and logged, for the next person (failed once in a full run)
        heard_at = sound_at(on.wav, began, slot.start.timestamp() - 3)
        late = None if heard_at is None else round(heard_at - slot.start.timestamp(), 2)
        log = on.agent_log.read_text(encoding="utf-8")[-2000:]
        raise AssertionError(
            f"rows {_rows(offline, files)} of {files}; sound {late} s from the slot's time\n{log}"
        ) from gave_up
    aired = _rows(offline, files)
    outbox = on.folder / "dai" / "playout" / STATION / "cho-gui.jsonl"
    # the player's thread appends a row to the outbox just after its line in the log: a moment later, not at once
    heard.wait_for(lambda: all(file in _text(outbox) for _, file in aired), 5, "the outbox holds the slot's rows")
    waiting = outbox.read_text(encoding="utf-8")
    assert len(aired) == len(files) and all(file in waiting for _, file in aired), (aired, waiting)
    said = on.agent_log.read_text(encoding="utf-8")
    assert f"the district at {on.url} cannot be reached" in said, said  # in its journal (LOA_LANG=en in tests)

    on.serve()
    back = time.time()
    district = on.ws / "playlists" / day / STATION / "phat-thuc-te.csv"
    heard.wait_for(lambda: len(_rows(district, files)) >= len(aired), 60, "the offline airing reaches the district")
    arrived = time.time() - back
    heard.wait_for(lambda: not any(f in outbox.read_text(encoding="utf-8") for f in files), 10, "the outbox empties")
    on.close()
    assert sorted(_rows(district, files)) == sorted(aired)  # each row once
    start = sound_at(on.wav, began, slot.start.timestamp() - 3)
    assert start is not None
    print(f"\nslot {slot.name} after the district was killed {slot.start.timestamp() - killed:.1f} s before it: "
          f"heard {start - slot.start.timestamp():+.2f} s from its time; rows at the district {arrived:.1f} s "
          "after it was back")  # fmt: skip
    assert abs(start - slot.start.timestamp()) < ON_TIME
