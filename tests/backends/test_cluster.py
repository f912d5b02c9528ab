"""Rendering on a real Dask cluster of worker processes on this machine (LocalCluster, or `dask` processes)."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest

distributed = pytest.importorskip("distributed")

from pipeline.adapters.clock import VIETNAM  # noqa: E402
from pipeline.build.steps import build  # noqa: E402
from pipeline.errors import LoaError  # noqa: E402

from ..conftest import make_mini_ws  # noqa: E402

DAY = date(2021, 8, 10)
NOW = datetime(2021, 8, 9, 22, 0, tzinfo=VIETNAM)
MORE = "---\ntitle: Tin {n}\n---\nBà con thôn {n} lưu ý lịch họp tổ dân phố số {n} vào tối thứ Sáu tuần này.\n"


@pytest.fixture(scope="module")
def cluster() -> Iterator[object]:
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=50
    ) as local:
        yield local


def workspace(folder: Path, items: int = 1) -> Path:
    ws = make_mini_ws(folder, stations=2)
    for n in range(2, items + 1):
        (ws / "scripts_vi" / "announcements" / f"tin-{n}.md").write_text(MORE.format(n=n), encoding="utf-8")
    return ws


def manifest(ws: Path) -> bytes:
    return (ws / "playlists" / DAY.isoformat() / "manifest.json").read_bytes()


@pytest.mark.slow
def test_serial_pool_and_dask_builds_publish_the_same_manifest(cluster: object, tmp_path: Path) -> None:
    serial, pooled, dask = (workspace(tmp_path / name, items=3) for name in ("serial", "pool", "dask"))
    reports = [
        build(serial, DAY, workers=1, now=NOW),
        build(pooled, DAY, workers=2, now=NOW),
        build(dask, DAY, cluster=cluster.scheduler_address, now=NOW),  # type: ignore[attr-defined]
    ]
    assert [(r.exit_code, r.rendered, r.reused) for r in reports] == [(0, reports[0].rendered, reports[0].reused)] * 3
    assert manifest(serial) == manifest(pooled) == manifest(dask)
    again = build(dask, DAY, cluster=cluster.scheduler_address, now=NOW)  # type: ignore[attr-defined]
    assert again.rendered == 0 and manifest(dask) == manifest(serial)  # nothing left to do: no task is sent


@pytest.mark.slow
def test_a_worker_killed_mid_build_is_survived(cluster: object, tmp_path: Path) -> None:
    serial, dask = workspace(tmp_path / "serial", items=6), workspace(tmp_path / "dask", items=6)
    build(serial, DAY, workers=1, now=NOW)
    with distributed.Client(cluster.scheduler_address) as client:  # type: ignore[attr-defined]
        victim = next(iter(client.run(os.getpid).values()))
    work = dask / "audio_out" / ".work"
    killer = threading.Thread(target=kill_when_rendering, args=(work, victim))
    killer.start()
    report = build(dask, DAY, cluster=cluster.scheduler_address, now=NOW)  # type: ignore[attr-defined]
    killer.join()
    assert not alive(victim)
    assert report.exit_code == 0 and manifest(dask) == manifest(serial)


def kill_when_rendering(work: Path, pid: int, limit: float = 60.0) -> None:
    """SIGKILL `pid` as soon as some worker has a render under way (its scratch folder exists)."""
    end = time.monotonic() + limit
    while time.monotonic() < end and not (work.is_dir() and any(work.glob("render-*"))):
        time.sleep(0.02)
    os.kill(pid, signal.SIGKILL)


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


@pytest.fixture
def scheduler(tmp_path: Path) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """A `dask scheduler` process of its own (a test may kill it), and its address."""
    info = tmp_path / "scheduler.json"
    proc = dask_process("scheduler", "--port", "0", "--no-dashboard", "--scheduler-file", str(info))
    end = time.monotonic() + 30
    while not info.exists() and time.monotonic() < end:
        time.sleep(0.1)
    yield json.loads(info.read_text())["address"], proc
    proc.kill()
    proc.wait()


def dask_process(*args: str, env: dict[str, str] | None = None) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "dask", *args]
    return subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


@pytest.mark.slow
def test_a_worker_without_ffmpeg_is_named_and_nothing_is_published(
    scheduler: tuple[str, subprocess.Popen[bytes]], tmp_path: Path
) -> None:
    address, _ = scheduler
    bare = {**os.environ, "PATH": str(Path(sys.executable).parent)}  # python, but no ffmpeg nor espeak-ng
    assert shutil.which("ffmpeg", path=bare["PATH"]) is None
    worker = dask_process("worker", address, "--nthreads", "1", "--no-dashboard", "--name", "may-thieu", env=bare)
    try:
        ws = workspace(tmp_path / "ws")
        done = subprocess.run(
            [sys.executable, "-m", "pipeline", "--lang", "en", "build", str(ws), "--date", DAY.isoformat(),
             "--cluster", address], capture_output=True, text=True, timeout=120,
        )  # fmt: skip
    finally:
        worker.kill()
        worker.wait()
    assert done.returncode != 0
    assert "the worker tcp://" in done.stderr and "has no ffmpeg, espeak-ng" in done.stderr, done.stderr
    assert "Traceback" not in done.stderr
    assert not (ws / "playlists" / DAY.isoformat()).exists()


@pytest.mark.slow
def test_a_scheduler_that_goes_away_ends_the_build_and_keeps_the_published_day(
    scheduler: tuple[str, subprocess.Popen[bytes]], tmp_path: Path
) -> None:
    address, proc = scheduler
    worker = dask_process("worker", address, "--nthreads", "1", "--no-dashboard")
    try:
        ws = workspace(tmp_path / "ws", items=6)
        build(ws, DAY, workers=1, now=NOW)  # yesterday's build: what stations have now
        before = manifest(ws)
        (ws / "scripts_vi" / "announcements" / "tin-2.md").write_text(MORE.format(n=22), encoding="utf-8")
        killer = threading.Thread(target=kill_when_rendering, args=(ws / "audio_out" / ".work", proc.pid))
        killer.start()
        with pytest.raises(LoaError, match="stopped answering") as stopped:
            build(ws, DAY, cluster=address, now=NOW)
        killer.join()
    finally:
        worker.kill()
        worker.wait()
    assert address in stopped.value.problems[0].what
    assert manifest(ws) == before  # the published day is whole, and unchanged
