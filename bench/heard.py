"""Emergency to audio heard: N `loa station run --record WAV` processes, each with its real Liquidsoap.

Run: .venv/bin/python -m bench.stations --heard 10
A district of N stations (bench/fleet.py) served by a real `loa serve`; N agent processes, each recording its
player to a WAV. Once every agent holds the day and its recording runs, `loa emergency` (the app function the
CLI calls, in this process) sends a bulletin at wall time T0. About 20 s later the agents stop and each WAV is
measured: the first 50 ms window above -45 dBFS after T0 is when the bulletin was heard there (the fleet's slot
is 05:30-06:00, so outside it the players air nothing else). A WAV's start is the moment this process first saw
the file (polled every 10 ms; Liquidsoap creates it when its output starts). Beside it, in the same run, when a
long-poll of this process receives each station's event (the agents' own leave no timestamp): it asks a second
server of the same workspace in a thread here (create_app, no keeper), so it takes none of the district's
long-poll places (stations + 8) and answers as soon as the district would (both look at the same database).
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import statistics
import subprocess
import tempfile
import threading
import time
import wave
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import numpy as np
from werkzeug.serving import make_server

from bench import fleet
from pipeline.adapters.http import UrllibTransport
from pipeline.app import commands, station_status
from pipeline.app.commands import now
from pipeline.station.link import Link
from pipeline.web import create_app

WINDOW = 0.05  # seconds per analysis window
LOUD = -45.0  # dBFS: a window above it is sound
AFTER = 20.0  # seconds recorded after T0
BULLETIN = "---\ntitle: Khẩn cấp bão số 5\npriority: khan-cap\n---\nBão số 5 sắp đổ bộ. Bà con chằng chống nhà cửa.\n"


class Births:
    """When each WAV first exists, polled every 10 ms in a thread of its own."""

    def __init__(self, paths: list[Path]) -> None:
        self.paths, self.seen, self.stop = paths, dict[Path, float](), threading.Event()
        threading.Thread(target=self._run, daemon=True).start()

    def _run(self) -> None:
        while not self.stop.wait(0.01) and len(self.seen) < len(self.paths):
            for path in self.paths:
                if path not in self.seen and path.exists():
                    self.seen[path] = time.time()


def samples(path: Path) -> tuple[np.ndarray, int]:
    """The WAV's mono samples and rate, read to the end of the file whatever its header says (a stopped
    Liquidsoap may not have written the final sizes)."""
    with wave.open(str(path)) as wav:
        rate, channels = wav.getframerate(), wav.getnchannels()
    raw = path.read_bytes()
    data = raw[raw.index(b"data") + 8 :]
    data = data[: len(data) // (2 * channels) * 2 * channels]
    values = np.frombuffer(data, dtype=np.int16).astype(np.float64) / 32768
    return values.reshape(-1, channels).mean(axis=1), rate


def lag(path: Path, born: float, t0: float, size: int) -> float:
    """Seconds by which the audio written by T0 (the file's size then) falls short of T0 - its birth: the check
    of the start time the onsets are measured from (Liquidsoap's buffers, a late first poll, a player behind)."""
    with wave.open(str(path)) as wav:
        per_second = wav.getframerate() * wav.getnchannels() * wav.getsampwidth()
    header = path.read_bytes().index(b"data") + 8
    return (t0 - born) - (size - header) / per_second


def levels(path: Path) -> np.ndarray:
    """dBFS per WINDOW of the recording."""
    mono, rate = samples(path)
    size = int(rate * WINDOW)
    frames = mono[: len(mono) // size * size].reshape(-1, size)
    return 10 * np.log10(np.mean(frames**2, axis=1) + 1e-12)


def onset(path: Path, born: float, t0: float) -> tuple[float | None, bool]:
    """Seconds from T0 to the first loud window after it (None: silence to the end); and whether the recording
    was already loud before T0 (then the figure is not the bulletin's)."""
    level = levels(path)
    first = max(0, int((t0 - born) / WINDOW))
    loud = np.flatnonzero(level[first:] > LOUD)
    early = bool((level[:first] > LOUD).any())
    return (None if len(loud) == 0 else born + (first + loud[0]) * WINDOW - t0), early


def received(url: str, tokens: list[Path], got: dict[str, float]) -> list[threading.Thread]:
    """A long-poll per station, as the agents' own, stamping when the emergency event arrives."""

    def poll(n: int) -> None:
        station = fleet.station_id(n)
        link = Link(url, station, tokens[n].read_text(encoding="utf-8").strip(), UrllibTransport())
        seq = 0
        while station not in got:
            answer = link.events(seq)
            if any(e.get("kind") == "emergency" for e in answer.get("events", [])):
                got[station] = time.time()
            seq = int(answer.get("next", seq))

    threads = [threading.Thread(target=poll, args=(n,), daemon=True) for n in range(len(tokens))]
    for thread in threads:
        thread.start()
    return threads


@contextlib.contextmanager
def listener(ws: Path, stations: int) -> Iterator[str]:
    """A second server of the workspace in a thread of this process, for the bench's own long-polls: its address."""
    logging.getLogger("werkzeug").setLevel(logging.ERROR)  # no line per request
    server = make_server("127.0.0.1", 0, create_app(ws, long_polls=stations + 2), threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()


def start_agent(url: str, n: int, token: Path, folder: Path, wav: Path, log: Path) -> subprocess.Popen[bytes]:
    """`loa station run … --record WAV` in a session of its own, so its Liquidsoap stops with it."""
    with log.open("wb") as out:
        return fleet.loa("station", "run", url, "--station", fleet.station_id(n), "--token-file", str(token),
                         "--dir", str(folder), "--record", str(wav), stdout=out, stderr=subprocess.STDOUT,
                         start_new_session=True)  # fmt: skip


def stop_agents(agents: list[subprocess.Popen[bytes]]) -> None:
    for agent in agents:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(agent.pid, signal.SIGTERM)  # the agent and its Liquidsoap
    for agent in agents:
        agent.wait(timeout=30)
    time.sleep(1.0)  # each Liquidsoap closes its file


def wait_for(check: object, seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while not check():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise RuntimeError(f"gave up waiting: {what}")
        time.sleep(0.2)


def growing(wavs: list[Path]) -> bool:
    """Every recording exists and grows (its Liquidsoap is up and writing)."""
    sizes = [w.stat().st_size if w.exists() else -1 for w in wavs]
    time.sleep(0.5)
    return all(s >= 0 and w.stat().st_size > s for s, w in zip(sizes, wavs, strict=True))


def run(stations: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        ws = fleet.workspace(folder / "ws", stations, date.today())
        fleet.publish(ws, fleet.today(ws))
        tokens = fleet.tokens(ws, stations, folder / "tokens")
        wavs = [folder / f"{fleet.station_id(n)}.wav" for n in range(stations)]
        births = Births(wavs)
        with fleet.serving(ws, folder / "serve.log") as (url, _), listener(ws, stations) as beside:
            agents = [start_agent(url, n, tokens[n], folder / "a" / fleet.station_id(n), wavs[n],
                                  folder / f"agent-{n}.log") for n in range(stations)]  # fmt: skip
            try:
                started = time.monotonic()
                synced = lambda: all(s.online and not s.behind for s in station_status.status(ws, now(ws)))
                wait_for(synced, 120, "every agent holds the day")
                wait_for(lambda: growing(wavs), 180, "every agent's player records")
                ready = time.monotonic() - started
                got: dict[str, float] = {}
                polls = received(beside, tokens, got)
                time.sleep(2.0)  # every long-poll waits at the district
                source = folder / "bao-so-5.md"
                source.write_text(BULLETIN, encoding="utf-8")
                t0 = time.time()
                sizes = [w.stat().st_size for w in wavs]
                done = commands.emergency(ws, source, ())
                time.sleep(max(0.0, t0 + AFTER - time.time()))
                for poll in polls:
                    poll.join(timeout=1)
            finally:
                stop_agents(agents)
        births.stop.set()
        heard = {w: onset(w, births.seen[w], t0) for w in wavs}
        lags = [lag(w, births.seen[w], t0, size) for w, size in zip(wavs, sizes, strict=True)]
        _print(stations, ready, done.seconds, t0, got, heard)
        print(
            f"  check of the WAVs' start times: audio written by T0 falls short of T0 - file creation by "
            f"{statistics.median(lags):.2f} s median, {max(lags):.2f} s max (buffered in Liquidsoap, or behind)"
        )


def _quantiles(values: list[float]) -> str:
    if not values:
        return "none"
    p95 = statistics.quantiles(values, n=20, method="inclusive")[18] if len(values) >= 2 else values[0]
    return f"p50 {statistics.median(values):.2f} s, p95 {p95:.2f} s, max {max(values):.2f} s"


def _print(stations: int, ready: float, command: float, t0: float, got: dict[str, float],
           heard: dict[Path, tuple[float | None, bool]]) -> None:  # fmt: skip
    onsets = [at for at, _ in heard.values() if at is not None]
    print(f"{stations} agent processes, each with its Liquidsoap recording (all synced and recording after "
          f"{ready:.0f} s):")  # fmt: skip
    print(f"  emergency -> audio heard in the recording: {_quantiles(onsets)} over {len(onsets)}/{stations} "
          "agents   target p95 <= 10 s at 50")  # fmt: skip
    print(f"  emergency -> event received (same run): {_quantiles([at - t0 for at in got.values()])} over "
          f"{len(got)}/{stations}   (loa emergency itself took {command:.2f} s)")  # fmt: skip
    for wav, (at, early) in sorted(heard.items()):
        if at is None:
            print(f"  NEVER AIRED: {wav.stem}: no sound above {LOUD:.0f} dBFS in the {AFTER:.0f} s after T0")
        if early:
            print(f"  NOT MEASURED CLEANLY: {wav.stem} was already loud before T0 (a slot playing?)")
