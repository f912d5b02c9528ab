"""Ten station agents, each a process of its own (`loa station run … --no-play`), follow a real `loa serve` through a
TCP proxy that delays every connection and cuts some file downloads mid-transfer (bench/fleet.py sets them up)."""

from __future__ import annotations

import random
import signal
import socket
import subprocess
import threading
import time
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from bench import fleet
from pipeline.adapters.files import sha256_file
from pipeline.app import station_status
from pipeline.app.commands import now
from pipeline.app.stations import last_heartbeat
from pipeline.onair.published import read_manifest

pytestmark = pytest.mark.realtime(seconds=40)  # about how long its tests wait on the wall clock

AGENTS = 10
CUTS = 6  # file downloads the proxy cuts after CUT_AFTER bytes of the answer
CUT_AFTER = 1500


class FaultyProxy:
    """127.0.0.1:port → upstream, byte for byte, each connection delayed 0–40 ms; the first CUTS connections
    that ask for a file are closed once CUT_AFTER bytes of the answer went through."""

    def __init__(self, upstream: int) -> None:
        self.upstream, self.cuts_left, self.cut = upstream, CUTS, 0
        self.lock, self.random = threading.Lock(), random.Random(28)
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(client,), daemon=True).start()

    def _serve(self, client: socket.socket) -> None:
        with client, socket.create_connection(("127.0.0.1", self.upstream)) as server:
            asked = client.recv(65536)
            with self.lock:
                delay = self.random.uniform(0.0, 0.04)
                cut = b"/files/" in asked.split(b"\r\n", 1)[0] and self.cuts_left > 0
                self.cuts_left -= cut
            time.sleep(delay)
            server.sendall(asked)
            threading.Thread(target=_pipe, args=(client, server, None), daemon=True).start()
            if _pipe(server, client, CUT_AFTER if cut else None):
                with self.lock:
                    self.cut += 1

    def close(self) -> None:
        self.listener.close()


def _pipe(source: socket.socket, sink: socket.socket, limit: int | None) -> bool:
    """Forwards until the source closes (False) or `limit` bytes went through (True: the sink is cut off)."""
    sent = 0
    try:
        while data := source.recv(65536):
            if limit is not None and sent + len(data) >= limit:
                sink.sendall(data[: limit - sent])
                sink.shutdown(socket.SHUT_RDWR)
                return True
            sink.sendall(data)
            sent += len(data)
        sink.shutdown(socket.SHUT_WR)
    except OSError:
        pass
    return False


def held_files(folder: Path) -> dict[str, dict[str, bytes]]:
    """{day: {file: bytes}} of every day the agent holds (what its manifest names)."""
    found = {}
    for day in sorted((folder / "playlists").glob("????-??-??")):
        manifest = read_manifest(day)
        assert manifest is not None and len(manifest.stations) == 1, day
        entry = manifest.stations[0]
        base = day / entry.id
        found[day.name] = {i.file: (base / i.file).read_bytes() for s in entry.slots for i in s.items}
    return found


class Watcher:
    """Looks into every agent's days while they sync: a day folder is complete whenever it is there."""

    def __init__(self, folders: list[Path]) -> None:
        self.folders, self.partial, self.looks = folders, list[str](), 0
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        while not self.stop.wait(0.05):
            for folder in self.folders:
                for day in (folder / "playlists").glob("????-??-??"):
                    self._look(day)

    def _look(self, day: Path) -> None:
        self.looks += 1
        try:
            manifest = read_manifest(day)
        except (OSError, ValueError):
            manifest = None
        if manifest is None:
            if day.exists():
                self.partial.append(f"{day}: no manifest")
            return
        for slot in manifest.stations[0].slots:
            for item in slot.items:
                path = day / manifest.stations[0].id / item.file
                if not path.is_file() or sha256_file(path) != item.sha256:
                    self.partial.append(f"{path}: missing or not its checksum")

    def close(self) -> list[str]:
        self.stop.set()
        self.thread.join(timeout=10)
        return self.partial


@pytest.fixture
def district(tmp_path: Path) -> Iterator[tuple[Path, str, list[Path]]]:
    ws = fleet.workspace(tmp_path / "ws", AGENTS, datetime.now().date())
    fleet.publish(ws, fleet.today(ws))
    tokens = fleet.tokens(ws, AGENTS, tmp_path / "tokens")
    with fleet.serving(ws, tmp_path / "serve.log") as (url, _):
        yield ws, url, tokens


def wait_for(check: object, seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while not check():  # type: ignore[operator]
        assert time.monotonic() < deadline, what
        time.sleep(0.2)


@pytest.mark.slow
def test_ten_agent_processes_through_a_faulty_line_hold_identical_days_and_a_killed_one_goes_offline(
    district: tuple[Path, str, list[Path]], tmp_path: Path
) -> None:
    ws, url, tokens = district
    proxy = FaultyProxy(int(url.rsplit(":", 1)[1]))
    folders = [tmp_path / "agents" / fleet.station_id(n) for n in range(AGENTS)]
    watcher = Watcher(folders)
    logs = [(tmp_path / f"agent-{n}.log").open("wb") for n in range(AGENTS)]
    agents = [fleet.agent(f"http://127.0.0.1:{proxy.port}", n, tokens[n], folders[n], logs[n]) for n in range(AGENTS)]
    try:
        day = fleet.today(ws).isoformat()
        wanted = _district_days(ws, day)

        def all_synced() -> bool:
            states = station_status.status(ws, now(ws))
            return all(s.online and not s.behind for s in states)

        wait_for(all_synced, 60, "every agent holds the day and says so")
        assert watcher.close() == [] and watcher.looks > 0
        assert proxy.cut == CUTS  # the line did cut downloads mid-transfer, and the agents got over it
        for n, folder in enumerate(folders):
            assert held_files(folder) == {day: wanted[fleet.station_id(n)]}
        shown = subprocess.run(
            [*fleet.loa_command(), "station", "status", "-w", str(ws)], capture_output=True, text=True, timeout=60
        )
        assert shown.returncode == 0, shown.stdout + shown.stderr
        assert shown.stdout.count(": online;") == AGENTS, shown.stdout

        killed = fleet.station_id(3)
        agents[3].send_signal(signal.SIGKILL)
        agents[3].wait(timeout=10)
        killed_at = now(ws)
        others = [fleet.station_id(n) for n in range(AGENTS) if n != 3]

        def others_beat_since_kill() -> bool:
            return all(_seen(ws, s) > killed_at for s in others)

        wait_for(others_beat_since_kill, 45, "the live agents keep beating")  # their period is 30 s
        assert _seen(ws, killed) <= killed_at
        later = {s.station: s for s in station_status.status(ws, killed_at + timedelta(minutes=2))}
        assert not later[killed].online and later[killed].alarm
        assert all(s.online for s in station_status.status(ws, now(ws)) if s.station in others)
    finally:
        for agent in agents:
            agent.terminate()
        for agent in agents:
            agent.wait(timeout=20)
        for log in logs:
            log.close()
        proxy.close()


def _district_days(ws: Path, day: str) -> dict[str, dict[str, bytes]]:
    manifest = read_manifest(ws / "playlists" / day)
    assert manifest is not None
    base = ws / "playlists" / day
    return {e.id: {i.file: (base / e.id / i.file).read_bytes() for s in e.slots for i in s.items}
            for e in manifest.stations}  # fmt: skip


def _seen(ws: Path, station: str) -> datetime:
    beat = last_heartbeat(ws, station)
    assert beat is not None, station
    seen = datetime.fromisoformat(beat[0])
    return seen if seen.tzinfo else seen.replace(tzinfo=now(ws).tzinfo)
