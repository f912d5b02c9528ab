"""Continuous publishing end to end: `loa nightly` and `loa serve` as real processes, real builds.

Tomorrow is published; then an approval made afterwards must be on tomorrow's published day within 60 s,
a withdrawal must take it off within 60 s, and ten approvals in a burst must cost at most two builds.
Every approval goes through `approve_in_test` (one place to change when the approval code changes).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path

import pytest

from pipeline.app import approvals, commands, editing
from pipeline.app.accounts import User
from pipeline.app.keeper import STATUS
from pipeline.app.snapshot import Snapshot
from pipeline.build.steps import build
from pipeline.domain.manifest import Manifest

from ..conftest import ROOT, free_port, make_mini_ws

pytestmark = pytest.mark.realtime(seconds=50)  # about how long its tests wait on the wall clock

LIMIT_S = 60.0
BURST = 10


APPROVER = User("lanh-dao", "approver", ())


def approve_in_test(root: Path, item_id: str) -> None:
    """Approve one announcement with the approval use case every front end calls (the one place this test
    approves)."""
    path = root / "scripts_vi" / "announcements" / f"{item_id}.md"
    approvals.approve(Snapshot(root), item_id, editing.version_of(path), APPROVER, commands.now(root))


def withdraw_in_test(root: Path, item_id: str) -> None:
    """Take an approved announcement off the air (the approvals use case's withdrawal)."""
    path = root / "scripts_vi" / "announcements" / f"{item_id}.md"
    approvals.withdraw(Snapshot(root), item_id, editing.version_of(path), APPROVER, commands.now(root), "Hủy.")


def announcement(title: str, first: date, last: date) -> str:
    return f"---\ntitle: {title}\nvalid_from: {first.isoformat()}\nvalid_until: {last.isoformat()}\n---\n{title}.\n"


def live_ws(folder: Path) -> tuple[Path, date]:
    """A workspace valid around the real today, approval required, tomorrow published."""
    ws = make_mini_ws(folder)
    today = commands.today(ws)
    folder = ws / "scripts_vi" / "announcements"
    (ws / "loa.toml").write_text("require_approval = true\n" + (ws / "loa.toml").read_text("utf-8"), "utf-8")
    (folder / "hop-thon.md").write_text(announcement("Họp thôn", today - timedelta(days=1), today + timedelta(30)))
    (folder / "tiem-chung.md").write_text(announcement("Tiêm chủng", today, today + timedelta(days=30)))
    for n in range(1, BURST + 1):
        (folder / f"tin-{n:02}.md").write_text(announcement(f"Tin số {n}", today, today + timedelta(days=30)))
    approve_in_test(ws, "hop-thon")
    tomorrow = today + timedelta(days=1)
    build(ws, tomorrow, today=today)
    assert aired(ws, tomorrow) == {"hop-thon"}
    return ws, tomorrow


def aired(ws: Path, day: date) -> set[str]:
    """The announcements in the day's published manifest."""
    try:
        manifest = Manifest.from_json((ws / "playlists" / day.isoformat() / "manifest.json").read_text("utf-8"))
    except (OSError, ValueError):
        return set()  # read while being swapped: ask again
    return {i.announcement_id for s in manifest.stations for slot in s.slots for i in slot.items if i.announcement_id}


def waited(days: dict[str, tuple[Path, date]], done: object, limit: float = LIMIT_S) -> dict[str, float]:
    """Seconds until `done(aired)` holds for each keeper's published day (watched together); fails after `limit`."""
    start, took = time.monotonic(), {}
    while time.monotonic() - start < limit:
        for name, (ws, day) in days.items():
            if name not in took and done(aired(ws, day)):  # type: ignore[operator]
                took[name] = time.monotonic() - start
        if len(took) == len(days):
            return took
        time.sleep(0.25)
    pytest.fail(f"not published within {limit} s: {[sorted(aired(*days[n])) for n in days if n not in took]}")


def status(ws: Path) -> dict[str, object]:
    try:
        return dict(json.loads((ws / STATUS).read_text("utf-8")))
    except (OSError, ValueError):
        return {}


def builds(ws: Path) -> int:
    return int(status(ws).get("builds", 0))  # type: ignore[call-overload]


@contextmanager
def started(ws: Path, *args: str) -> Iterator[subprocess.Popen[bytes]]:
    log = (ws.parent / f"{args[0]}.log").open("wb")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "LOA_LANG": "en"}
    process = subprocess.Popen([sys.executable, "-m", "pipeline", *args], cwd=ROOT, env=env, stdout=log, stderr=log)
    try:
        deadline = time.monotonic() + 30
        while not status(ws) and time.monotonic() < deadline:  # the keeper's first look writes its status
            assert process.poll() is None, (ws.parent / f"{args[0]}.log").read_text()
            time.sleep(0.2)
        assert status(ws), "the keeper never started"
        yield process
    finally:
        process.terminate()
        process.wait(10)
        log.close()


@pytest.fixture
def keepers(tmp_path: Path) -> Iterator[dict[str, tuple[Path, date]]]:
    """`loa nightly` and `loa serve`, each keeping a workspace of its own, running side by side (their waits
    overlap, so the two front ends cost the time of one)."""
    (nightly_ws, tomorrow), (serve_ws, _) = live_ws(tmp_path / "nightly"), live_ws(tmp_path / "serve")
    # --at 00:00: today's run is over (tomorrow is published), so it stays out
    serve = ("serve", str(serve_ws), "--host", "127.0.0.1", "--port", str(free_port()))
    with started(nightly_ws, "nightly", str(nightly_ws), "--at", "00:00"), started(serve_ws, *serve):
        yield {"nightly": (nightly_ws, tomorrow), "serve": (serve_ws, tomorrow)}


@pytest.mark.slow
def test_published_days_follow_approvals_withdrawals_and_bursts(keepers: dict[str, tuple[Path, date]]) -> None:
    time.sleep(4)  # each keeper has looked at the inputs as they are (tomorrow is current: nothing to build)
    assert {name: builds(ws) for name, (ws, _) in keepers.items()} == {"nightly": 0, "serve": 0}

    for ws, _ in keepers.values():  # after tomorrow was published
        approve_in_test(ws, "tiem-chung")
    approved_s = waited(keepers, lambda ids: "tiem-chung" in ids)

    for ws, _ in keepers.values():
        withdraw_in_test(ws, "tiem-chung")
    withdrawn_s = waited(keepers, lambda ids: "tiem-chung" not in ids)

    before = {name: builds(ws) for name, (ws, _) in keepers.items()}
    start = time.monotonic()
    for ws, _ in keepers.values():
        for n in range(1, BURST + 1):
            approve_in_test(ws, f"tin-{n:02}")
    approvals_s = time.monotonic() - start
    burst_s = waited(keepers, lambda ids: {f"tin-{n:02}" for n in range(1, BURST + 1)} <= ids)
    time.sleep(8)  # a second pass, if any, has started by now
    while any(status(ws).get("building") for ws, _ in keepers.values()):
        time.sleep(0.5)
    for name, (ws, tomorrow) in keepers.items():
        burst_builds = builds(ws) - before[name]
        print(f"\n{name}: approval on tomorrow after {approved_s[name]:.1f} s, withdrawal gone after "
              f"{withdrawn_s[name]:.1f} s, {BURST} approvals ({approvals_s:.1f} s for both) all on tomorrow "
              f"{burst_s[name]:.1f} s after the last, in {burst_builds} builds")  # fmt: skip
        assert approved_s[name] < LIMIT_S and withdrawn_s[name] < LIMIT_S
        assert 1 <= burst_builds <= 2
        assert aired(ws, tomorrow) == {"hop-thon", *(f"tin-{n:02}" for n in range(1, BURST + 1))}
