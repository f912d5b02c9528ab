"""A district with many stations on the line, for tests/onair/test_station_fleet.py and bench/stations.py.

A workspace of N stations (one northern voice, one slot, one short announcement, the same opening for all, so
a build renders a handful of files whatever N is) built for a real day, a real `loa serve` subprocess on
127.0.0.1, and one token file per station.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import BinaryIO

from pipeline.app import station_link
from pipeline.app.commands import now
from pipeline.build.steps import build

SAMPLE = Path(__file__).resolve().parent.parent / "pipeline" / "sample"
ANNOUNCEMENT = "---\ntitle: {title}\nvalid_from: {first}\nvalid_until: {last}\n---\n{text}\n"


def station_id(n: int) -> str:
    return f"xa-{n:03d}"


def workspace(folder: Path, stations: int, first: date) -> Path:
    """A workspace of `stations` stations and one announcement valid from `first` for a week."""
    shutil.copytree(SAMPLE, folder, ignore=shutil.ignore_patterns("__pycache__"))
    for generated in ("audio_out", "playlists"):
        (folder / generated).mkdir(exist_ok=True)
    rows = "".join(f"  - id: {station_id(n)}\n    name: Đài xã số {n}\n    district: Lạng Giang\n    dialect: bac\n"
                   f'    slots:\n      sang: "05:30-06:00"\n' for n in range(stations))  # fmt: skip
    (folder / "stations.yaml").write_text("stations:\n" + rows, encoding="utf-8")
    for old in (folder / "scripts_vi" / "announcements").glob("*.md"):
        old.unlink()
    templates = folder / "scripts_vi" / "templates"
    (templates / "mo-dau.j2").write_text("Đây là đài truyền thanh xã.\n", encoding="utf-8")
    (templates / "ket-thuc.j2").write_text("Xin hết.\n", encoding="utf-8")
    announce(folder, "hop-thon", "Họp thôn", "Tối nay họp thôn lúc 19h30.", first, 7)
    return folder


def announce(folder: Path, name: str, title: str, text: str, first: date, days: int) -> Path:
    path = folder / "scripts_vi" / "announcements" / f"{name}.md"
    last = date.fromordinal(first.toordinal() + days - 1)
    path.write_text(ANNOUNCEMENT.format(title=title, first=first, last=last, text=text), encoding="utf-8")
    return path


def today(ws: Path) -> date:
    """Today in the workspace's zone: the first day the district lists to its stations."""
    return now(ws).date()


def publish(ws: Path, day: date) -> None:
    build(ws, day)


def tokens(ws: Path, stations: int, folder: Path) -> list[Path]:
    """A token file per station (as the district's admin would hand them out)."""
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    for n in range(stations):
        path = folder / f"{station_id(n)}.token"
        path.write_text(station_link.add_token(ws, station_id(n), now(ws)) + "\n", encoding="utf-8")
        files.append(path)
    return files


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def loa_command() -> list[str]:
    """`loa` as this interpreter runs it (the package of this tree)."""
    return [sys.executable, "-m", "pipeline"]


def loa(*args: str, **kwargs: object) -> subprocess.Popen[bytes]:
    """`loa ARGS…` as a process of its own."""
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    return subprocess.Popen([*loa_command(), *args], env=env, **kwargs)  # type: ignore[call-overload]


def agent(url: str, n: int, token: Path, folder: Path, log: BinaryIO) -> subprocess.Popen[bytes]:
    """`loa station run` for station n, without a player (one Liquidsoap per agent is too much for a test PC)."""
    return loa("station", "run", url, "--station", station_id(n), "--token-file", str(token), "--dir", str(folder),
               "--no-play", stdout=log, stderr=subprocess.STDOUT)  # fmt: skip


@contextlib.contextmanager
def serving(ws: Path, log: Path) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """`loa serve WS` on a free port of 127.0.0.1 until the block ends: (its address, its process)."""
    port = free_port()
    with log.open("wb") as out:
        server = loa("serve", str(ws), "--port", str(port), stdout=out, stderr=subprocess.STDOUT)
        try:
            wait_listening(port, server)
            yield f"http://127.0.0.1:{port}", server
        finally:
            server.terminate()
            server.wait(timeout=20)


def wait_listening(port: int, process: subprocess.Popen[bytes], seconds: float = 60.0) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"loa serve stopped with {process.returncode}")
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=1):
            return
        time.sleep(0.1)
    raise RuntimeError("loa serve did not listen in time")
