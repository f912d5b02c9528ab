"""A relay slot (tiếp sóng) with a real Icecast server on loopback, fed a tone by ffmpeg, played by the real
Liquidsoap into a WAV: the stream is heard, the source is killed mid-slot, the slot's own program follows within
10 s, and the play log and the statistics say so."""

from __future__ import annotations

import csv
import dataclasses
import os
import shutil
import subprocess
import tempfile
import threading
import time
import urllib.request
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import numpy as np
import pytest

from pipeline.adapters.clock import VIETNAM
from pipeline.adapters.liquidsoap import Event, Output
from pipeline.adapters.proc import Runner
from pipeline.build.check import load_workspace
from pipeline.build.statistics import LOGGED, RELAY, tally
from pipeline.build.steps import build
from pipeline.domain.playout import COMPLETE, INTERRUPTED, RELAY_LOST, TimedSlot
from pipeline.onair.playout.places import Places
from pipeline.onair.playout.program import Player, day_slots
from pipeline.onair.published import read_manifest

from ..conftest import free_port
from .test_playout import WINDOW, _windows

pytestmark = pytest.mark.realtime(seconds=40)  # about how long its tests wait on the wall clock

DAY = date(2021, 8, 10)
STREAM_HZ = 1000.0
PASSWORD = "nguon-thu"

ICECAST = """\
<icecast>
  <limits><clients>10</clients><sources>2</sources><source-timeout>2</source-timeout></limits>
  <authentication><source-password>{password}</source-password><admin-password>{password}</admin-password>
  </authentication>
  <hostname>127.0.0.1</hostname><location>test</location><admin>test@localhost</admin>
  <listen-socket><port>{port}</port><bind-address>127.0.0.1</bind-address></listen-socket>
  <paths><basedir>{folder}</basedir><logdir>{folder}</logdir></paths>
  <logging><errorlog>-</errorlog><loglevel>1</loglevel></logging>
  {owner}
</icecast>
"""


@pytest.fixture
def icecast() -> Iterator[str]:
    """Debian's icecast2 on a free loopback port (as root it must drop to nobody: it refuses to run as root); the
    address of its server."""
    folder = Path(tempfile.mkdtemp(prefix="loa-icecast-"))
    port = free_port()
    owner = "<security><changeowner><user>nobody</user><group>nogroup</group></changeowner></security>"
    config = folder / "icecast.xml"
    text = ICECAST.format(password=PASSWORD, port=port, folder=folder, owner=owner if os.geteuid() == 0 else "")
    config.write_text(text, encoding="utf-8")
    folder.chmod(0o777)
    server = subprocess.Popen(["icecast2", "-c", str(config)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        _wait_for(f"http://127.0.0.1:{port}/", audio=False)
        yield f"127.0.0.1:{port}"
    finally:
        server.terminate()
        server.wait(timeout=10)
        shutil.rmtree(folder, ignore_errors=True)


def _wait_for(url: str, audio: bool, seconds: float = 10.0) -> None:
    """Until `url` sends audio, or (`audio` false) answers at all."""
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=1) as answer:
                if answer.read(1024):
                    return
        except urllib.error.HTTPError:
            if not audio:
                return  # the server answers (its root page is a 404 without its web files)
        except OSError:
            pass
        time.sleep(0.1)
    raise AssertionError(f"{url} did not answer within {seconds} s")


def _source(server: str, mount: str) -> subprocess.Popen[bytes]:
    """ffmpeg sending a 1 kHz tone, live, as MP3 128 kb/s (as VOV's streams) to the Icecast mount."""
    return subprocess.Popen(
        ["ffmpeg", "-nostdin", "-hide_banner", "-loglevel", "error", "-re", "-f", "lavfi", "-i",
         f"sine=frequency={STREAM_HZ:.0f}:sample_rate=44100", "-af", "volume=-14dB", "-ac", "1", "-c:a",
         "libmp3lame", "-b:a", "128k", "-content_type", "audio/mpeg", "-f", "mp3",
         f"icecast://source:{PASSWORD}@{server}/{mount}"],
    )  # fmt: skip


def _relay_ws(ws: Path, server: str, fallback: str) -> None:
    stations = ws / "stations.yaml"
    relay = f'      vov: {{time: "06:00-06:30", relay: "http://{server}/vov", relay_fallback: {fallback}}}\n'
    stations.write_text(stations.read_text(encoding="utf-8") + relay, encoding="utf-8")


def _log(ws: Path) -> list[dict[str, str]]:
    with (ws / "playlists" / DAY.isoformat() / "an-binh" / "phat-thuc-te.csv").open(encoding="utf-8") as rows:
        return list(csv.DictReader(rows))


def _at(text: str) -> float:
    return datetime.fromisoformat(text).timestamp()


@pytest.mark.slow
def test_a_relay_slot_plays_the_stream_and_its_own_program_within_10_s_of_the_stream_dying(
    mini_ws: Path, icecast: str, tmp_path: Path
) -> None:
    _relay_ws(mini_ws, icecast, "program")
    build(mini_ws, DAY)
    entry = read_manifest(mini_ws / "playlists" / DAY.isoformat()).station("an-binh")  # type: ignore[union-attr]
    vov = next(s for s in entry.slots if s.slot == "vov")  # type: ignore[union-attr]
    assert vov.relay is not None and vov.relay.url == f"http://{icecast}/vov" and vov.relay.fallback == "program"
    assert any(i.announcement_id == "hop-thon" for i in vov.items)  # its own program: what airs if the stream fails

    places = Places(mini_ws.resolve(), "an-binh")
    planned = next(s for s in day_slots(places.root, "an-binh", DAY, VIETNAM) if s.relay)
    source = _source(icecast, "vov")
    _wait_for(f"http://{icecast}/vov", audio=True)
    events: list[Event] = []
    chosen: dict[str, TimedSlot] = {}
    marks: dict[str, float] = {}

    def timetable(now: float) -> tuple[TimedSlot, ...]:
        """Nothing until Liquidsoap records; then the relay slot from 1 s on, for 29 s (a timetable in seconds): the
        stream takes 4 to 5 s to connect here, more on a loaded machine, and its fallback must start well before the
        slot's end for the log to tell a lost stream from one that played its slot out."""
        began = next((e.time for e in events if e.kind == "recording"), None)
        if began is None:
            return ()
        if "slot" not in chosen:
            start, end = now + 1.0, now + 30.0
            relay = dataclasses.replace(planned.relay, until=end)  # type: ignore[arg-type]
            chosen["slot"] = dataclasses.replace(planned, start=start, end=end, relay=relay)
        return (chosen["slot"],)

    def on_event(event: Event) -> None:
        events.append(event)
        if event.kind == "track" and event.detail[-1].startswith("relay:") and "kill" not in marks:
            marks["relayed"] = event.time

    recording = tmp_path / "phat.wav"
    player = Player(places, Output("file", str(recording)), timetable, time.time, Runner(), VIETNAM)

    def kill() -> None:
        """3 s into the stream, its source stops; 1.5 s after the slot's end, the player."""
        while "relayed" not in marks:
            time.sleep(0.05)
        time.sleep(3.0)
        marks["kill"] = time.time()
        source.terminate()
        while time.time() < chosen["slot"].end + 1.5:
            time.sleep(0.1)
        player.stop.set()

    threading.Thread(target=kill, daemon=True).start()
    try:
        player.run(until=time.time() + 60, on_event=on_event)
    finally:
        source.kill()
        source.wait()

    slot = chosen["slot"]
    began = next(e.time for e in events if e.kind == "recording")
    level, near = _windows(recording, STREAM_HZ)
    at = {name: (marks[name] - began) / WINDOW for name in ("relayed", "kill")}
    stream = np.flatnonzero(near > 0.9)
    assert stream.size and abs(stream[0] - at["relayed"]) < 1.0 / WINDOW  # the stream is heard when it connects
    after_kill = np.arange(len(level)) > at["kill"]
    fallback = np.flatnonzero(after_kill & (level > -45) & (near < 0.3))
    assert fallback.size, "the fallback program was never heard"
    fell_back = fallback[0] * WINDOW + began - marks["kill"]
    print(f"\nfallback heard {fell_back:.1f} s after the stream's source stopped")
    assert fell_back < 10.0
    assert not np.any(near[fallback[0] :] > 0.9)  # the stream's tone is not heard again
    # the slot's end stops the fallback: silence after it. Within 1.5 s, not 0.5: the recording's time is
    # Liquidsoap's clock, which lags the wall clock when the machine is loaded and then catches up (stop 64's CI,
    # three workers on two cores: the fallback faded out 0.8 s after the slot's end by that measure)
    end = int((slot.end - began) / WINDOW)
    assert level[end + int(1.5 / WINDOW) :].max() < -60

    rows = _log(mini_ws)
    relay_rows = [r for r in rows if r["kind"] == "relay"]
    assert len(relay_rows) == 1 and relay_rows[0]["file"] == f"http://{icecast}/vov"
    assert relay_rows[0]["result"] == RELAY_LOST and relay_rows[0]["slot"] == planned.relay.slot  # type: ignore[union-attr]
    lost = _at(relay_rows[0]["ended"])
    assert abs(lost - (marks["kill"] + fell_back)) < 1.0  # the row ends when the fallback started
    assert abs(float(relay_rows[0]["seconds"]) - (lost - _at(relay_rows[0]["started"]))) < 0.11
    after = rows[rows.index(relay_rows[0]) + 1 :]
    assert after and after[0]["file"] == slot.cues[0].file and abs(_at(after[0]["started"]) - lost) < 0.3
    assert after[-1]["result"] in (COMPLETE, INTERRUPTED)  # the fallback, cut at the slot's end if still playing

    workspace = load_workspace(mini_ws)
    counted = {k: v for k, v in tally(workspace, DAY, DAY).items() if k.origin == RELAY}
    assert [(k.basis, k.station) for k in counted] == [(LOGGED, "an-binh")]
    assert next(iter(counted.values())) == (0, float(relay_rows[0]["seconds"]))  # its seconds; not played whole
