"""The station agent against the real district (`loa serve`'s api/v1 in a real HTTP server), not the tests'
stand-in: the contract both sides were written to is kept."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from werkzeug.serving import BaseWSGIServer, make_server

from pipeline.adapters.clock import VIETNAM
from pipeline.adapters.http import UrllibTransport
from pipeline.adapters.liquidsoap import Output
from pipeline.app import station_link, station_status
from pipeline.build.steps import build
from pipeline.station.agent import PERIOD, Agent, Setup, _pause
from pipeline.station.link import Link
from pipeline.web import create_app

from .test_station_agent import DAY, MORNING, STATION, built, items, ws  # noqa: F401  (fixtures)

NOW = datetime(2021, 8, 10, 5, 0, tzinfo=VIETNAM)


def serving(root: Path, port: int = 0) -> BaseWSGIServer:
    """The district's `loa serve` app in a real HTTP server on loopback (`port` 0: a free one)."""
    server = make_server("127.0.0.1", port, create_app(root, now=lambda: NOW.replace(tzinfo=None)), threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


@pytest.fixture
def district_url(ws: Path) -> Iterator[str]:  # noqa: F811
    server = serving(ws)
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()


@pytest.mark.slow
def test_the_agent_syncs_reports_and_is_seen_by_the_real_district(
    ws: Path,  # noqa: F811
    district_url: str,
    tmp_path: Path,
) -> None:
    token = station_link.add_token(ws, STATION, NOW)
    link = Link(district_url, STATION, token, UrllibTransport())
    lines: list[str] = []
    agent = Agent(Setup(tmp_path / "dai", STATION, link, Output("soundcard"), VIETNAM, keep_days=2), lambda: MORNING,
                  lines.append)  # fmt: skip
    agent.sync_once()
    assert items(tmp_path / "dai") == items(ws)  # byte for byte what the district published
    entry = agent.days.entry(DAY.isoformat())
    assert entry is not None
    first = entry.slots[0].items[0]
    rows = [{"day": DAY.isoformat(), "started": "2021-08-10T05:30:00+07:00", "ended": "2021-08-10T05:30:03+07:00",
             "file": first.file, "title": first.title, "announcement_id": first.announcement_id or "",
             "kind": first.kind, "slot": entry.slots[0].slot, "seconds": 3.0, "result": result}
            for result in ("trọn vẹn", "bỏ qua (tệp thiếu hoặc hỏng)")]  # fmt: skip
    for row in rows:
        agent.outbox.add(row)
    agent.report_once()  # a heartbeat, then the rows
    agent.report_once()  # sent again: stored once
    assert agent.outbox.waiting() == []
    logged = (ws / "playlists" / DAY.isoformat() / STATION / "phat-thuc-te.csv").read_text(encoding="utf-8")
    assert logged.count(first.file) == 2, logged
    state = {s.station: s for s in station_status.status(ws, NOW)}[STATION]
    assert state.online and state.behind == () and state.last_aired is not None, (state, lines)


def _rows(entry: object, results: tuple[str, ...]) -> list[dict[str, object]]:
    first, slot = entry.slots[0].items[0], entry.slots[0].slot  # type: ignore[attr-defined]
    return [{"day": DAY.isoformat(), "started": f"2021-08-10T05:30:0{n}+07:00", "ended": f"2021-08-10T05:30:0{n + 1}+07:00",
             "file": first.file, "title": first.title, "announcement_id": first.announcement_id or "",
             "kind": first.kind, "slot": slot, "seconds": 1.0, "result": result}
            for n, result in enumerate(results)]  # fmt: skip


@pytest.mark.slow
def test_a_day_offline_keeps_the_last_day_then_catches_up_within_a_minute_and_sends_its_log_once(
    ws: Path,  # noqa: F811
    tmp_path: Path,
) -> None:
    server = serving(ws)
    port, token = server.server_port, station_link.add_token(ws, STATION, NOW)
    link = Link(f"http://127.0.0.1:{port}", STATION, token, UrllibTransport())
    lines: list[str] = []
    agent = Agent(Setup(tmp_path / "dai", STATION, link, Output("soundcard"), VIETNAM, keep_days=2), lambda: MORNING,
                  lines.append)  # fmt: skip
    agent.sync_once()
    server.shutdown()
    server.server_close()  # the district is gone for the day
    for row in _rows(agent.days.entry(DAY.isoformat()), ("trọn vẹn", "trọn vẹn", "bị ngắt")):
        agent.outbox.add(row)  # what aired meanwhile, from the last complete day it holds
    failures = 0
    for _ in range(int(24 * 3600 / 45)):  # a day of rounds at the longest pause
        failures = 0 if agent._guarded(agent._round) else failures + 1
    assert failures == 1920 and len(agent.outbox.waiting()) == 3 and items(tmp_path / "dai") == items(ws)
    assert lines and all("http://127.0.0.1" in line for line in lines[-3:])  # said, in the agent's log
    build(ws, DAY + timedelta(days=1), today=DAY)  # the district published the next day meanwhile

    server = serving(ws, port)  # back on the same address
    try:
        start = time.monotonic()
        assert agent._guarded(agent._round)  # the round after the longest pause
        caught_up = _pause(failures, PERIOD) + time.monotonic() - start
        assert caught_up < 60, caught_up
        assert items(tmp_path / "dai", DAY + timedelta(days=1)) == items(ws, DAY + timedelta(days=1))
        assert agent.outbox.waiting() == []
        agent._guarded(agent._round)  # and again: nothing sent twice
        logged = (ws / "playlists" / DAY.isoformat() / STATION / "phat-thuc-te.csv").read_text(encoding="utf-8")
        assert len(logged.splitlines()) == 1 + 3, logged  # the header and each row once
    finally:
        server.shutdown()
