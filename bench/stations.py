"""Stations on the line at scale: 10 and 50 agents against a real `loa serve` subprocess on this machine.

Run: .venv/bin/python -m bench.stations   (and `--heard 10`: emergency to audio heard, bench/heard.py)
The agents run in this process, one thread each (50 processes would measure Python start-up on 2 cores, not
the line), driven one step at a time (Agent.sync_once / report_once, Link.events), without a player: the
emergency figure is from starting `loa emergency` to each agent's long-poll returning the event (no
Liquidsoap, so no audio heard). Prints beside each figure its target: emergency <= 10 s p95 at 50 agents,
outage shown <= 2 min, next-day sync <= 1.1x the bytes of the files that changed.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from bench import fleet, heard
from pipeline.adapters.clock import VIETNAM
from pipeline.adapters.http import HttpRequest, HttpResponse, UrllibTransport
from pipeline.adapters.liquidsoap import Output
from pipeline.app import station_status
from pipeline.app.commands import now
from pipeline.onair.published import read_manifest
from pipeline.station.agent import Agent, Setup
from pipeline.station.link import Link

ROUNDS = 10  # heartbeats per agent for the server's CPU figure
EMERGENCY = "---\ntitle: Khẩn cấp bão số 5\npriority: khan-cap\n---\nBão số 5 sắp đổ bộ. Bà con chằng chống nhà cửa.\n"


class Counting:
    """The real transport, counting the bytes of file answers (what a sync downloads)."""

    def __init__(self) -> None:
        self.real, self.file_bytes, self.lock = UrllibTransport(), 0, threading.Lock()

    def send(self, request: HttpRequest) -> HttpResponse:
        answer = self.real.send(request)
        if "/files/" in request.url:
            with self.lock:
                self.file_bytes += len(answer.body)
        return answer


def each(agents: list[Agent], step: Callable[[Agent], object]) -> list[object]:
    """`step` for every agent at once, one thread each; the results in order."""
    results: list[object] = [None] * len(agents)

    def run(n: int) -> None:
        results[n] = step(agents[n])

    threads = [threading.Thread(target=run, args=(n,)) for n in range(len(agents))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def cpu_seconds(pid: int) -> float:
    """utime + stime of a process, from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / 100.0  # clock ticks (USER_HZ is 100 on Linux)


def _items(entry: object) -> list[tuple[str, str]]:
    return [(item.file, item.sha256) for slot in entry.slots for item in slot.items]  # type: ignore[attr-defined]


def emergency_latency(ws: Path, agents: list[Agent], folder: Path) -> tuple[list[float], float]:
    """Seconds from starting `loa emergency` to each agent's long-poll returning it; and the command's own time."""
    got: list[float] = []
    lock = threading.Lock()
    started = [0.0]

    def poll(agent: Agent) -> None:
        while True:
            answer = agent.link.events(0)
            if any(e.get("kind") == "emergency" for e in answer.get("events", [])):
                with lock:
                    got.append(time.monotonic() - started[0])
                return

    threads = [threading.Thread(target=poll, args=(a,), daemon=True) for a in agents]
    for thread in threads:
        thread.start()
    time.sleep(2.0)  # every long-poll is waiting at the district
    source = folder / "bao-so-5.md"
    source.write_text(EMERGENCY, encoding="utf-8")
    started[0] = time.monotonic()
    subprocess.run([*fleet.loa_command(), "emergency", str(ws), str(source)], check=True, capture_output=True)
    command = time.monotonic() - started[0]
    for thread in threads:
        thread.join(timeout=60)
    return got, command


def outage(ws: Path, station: str) -> float:
    """Seconds from an agent's stop (just after its last heartbeat: the worst case) until the status shows it
    offline, read from the district's status with its clock stepped a second at a time."""
    stopped = now(ws)
    for second in range(0, 600):
        at = stopped + timedelta(seconds=second)
        state = station_status.status(ws, at, (station,))[0]
        if not state.online:
            return float(second)
    return float("inf")


def run(stations: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        ws = fleet.workspace(folder / "ws", stations, date.today())
        today = fleet.today(ws)
        fleet.publish(ws, today)
        tokens = fleet.tokens(ws, stations, folder / "tokens")
        with fleet.serving(ws, folder / "serve.log") as (url, server):
            counting = Counting()
            agents = [_agent(url, n, tokens[n], folder / "a", counting) for n in range(stations)]
            each(agents, lambda a: a.sync_once())
            before = cpu_seconds(server.pid)
            for _ in range(ROUNDS):
                each(agents, lambda a: a.link.heartbeat(a.heartbeat()))
            per_beat = (cpu_seconds(server.pid) - before) / (ROUNDS * stations)
            tomorrow = today + timedelta(days=1)
            fleet.announce(ws, "ngay-mai", "Lịch tiêm", "Sáng mai tiêm vắc xin ở trạm y tế.", tomorrow, 1)
            fleet.publish(ws, tomorrow)
            new = [_new_bytes(a, tomorrow.isoformat(), ws) for a in agents]
            counting.file_bytes = 0
            each(agents, lambda a: a.sync_once())
            ratio = counting.file_bytes / max(1, sum(new))
            latencies, command = emergency_latency(ws, agents, folder)
            each(agents, lambda a: a.report_once())
            down = outage(ws, fleet.station_id(0))
        _print(stations, latencies, command, counting.file_bytes, sum(new), ratio, per_beat, down)


def _agent(url: str, n: int, token: Path, folder: Path, transport: Counting) -> Agent:
    station = fleet.station_id(n)
    link = Link(url, station, token.read_text(encoding="utf-8").strip(), transport)
    return Agent(Setup(folder / station, station, link, Output("soundcard"), VIETNAM), time.time, lambda _: None)


def _new_bytes(agent: Agent, day: str, ws: Path) -> int:
    """Bytes of the district's `day` for the agent's station whose checksums the agent holds nowhere."""
    held = {sha for d in agent.days.held() if (e := agent.days.entry(d)) for _, sha in _items(e)}
    manifest = read_manifest(ws / "playlists" / day)
    entry = manifest.station(agent.setup.station) if manifest else None
    assert entry is not None, day
    base = ws / "playlists" / day / agent.setup.station
    return sum((base / name).stat().st_size for name, sha in _items(entry) if sha not in held)


def _print(stations: int, latencies: list[float], command: float, got: int, new: int, ratio: float, per_beat: float,
           down: float) -> None:  # fmt: skip
    p50 = statistics.median(latencies) if latencies else float("nan")
    p95 = statistics.quantiles(latencies, n=20)[18] if len(latencies) >= 2 else float("nan")
    print(f"{stations} agents:")
    print(f"  emergency -> event received: p50 {p50:.2f} s, p95 {p95:.2f} s over {len(latencies)}/{stations} agents "
          f"(loa emergency itself {command:.2f} s, p95 {p95 - command:+.2f} s after it returned; no audio: "
          "agents do not play; --heard N measures it)   target p95 <= 10 s at 50")  # fmt: skip
    print(f"  next-day sync: {got} bytes downloaded for {new} bytes of changed files = {ratio:.3f}x   target <= 1.1x")
    print(f"  server CPU per heartbeat: {per_beat * 1000:.2f} ms ({ROUNDS} rounds of {stations})")
    print(f"  outage shown after: {down:.0f} s from the last heartbeat (worst case)   target <= 120 s")


def main() -> None:
    """`--heard N`: emergency to audio heard with N agent processes, each with its Liquidsoap (bench/heard.py)."""
    parser = argparse.ArgumentParser(prog="python -m bench.stations")
    parser.add_argument("--heard", type=int, nargs="?", const=10, default=None, metavar="N",
                        help="N agent processes playing and recording (default 10), emergency to audio heard")  # fmt: skip
    heard_agents = parser.parse_args().heard
    if heard_agents is not None:
        heard.run(heard_agents)
        return
    for stations in (10, 50):
        run(stations)


if __name__ == "__main__":
    main()
