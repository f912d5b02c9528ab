"""The station agent against the real district (`loa serve`'s api/v1 in a real HTTP server), not the tests'
stand-in: the contract both sides were written to is kept."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from werkzeug.serving import make_server

from pipeline.adapters.clock import VIETNAM
from pipeline.adapters.http import UrllibTransport
from pipeline.adapters.liquidsoap import Output
from pipeline.app import station_link, station_status
from pipeline.station.agent import Agent, Setup
from pipeline.station.link import Link
from pipeline.web import create_app

from .test_station_agent import DAY, MORNING, STATION, built, items, ws  # noqa: F401  (fixtures)

NOW = datetime(2021, 8, 10, 5, 0, tzinfo=VIETNAM)


@pytest.fixture
def district_url(ws: Path) -> Iterator[str]:  # noqa: F811
    server = make_server("127.0.0.1", 0, create_app(ws, now=lambda: NOW.replace(tzinfo=None)), threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
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
