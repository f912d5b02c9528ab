"""`loa emergency` as an operator runs it (issue 31.4, bench/emergency.py --command): the real command in its own
process, from the process's start (the interpreter, the CLI's imports, the password) to the bulletin playable by
every station, (a), and to its exit, (b).

The child is `python -c LAUNCH ...`: Python running `pipeline`'s `__main__` (what `python -m pipeline` runs) with
`emergency WS FILE --as ACCOUNT`, the password on its standard input, and the workspace's clock pinned to the
bench's morning (the province is published for 2021-08-10; pinning costs one small import, done anyway by the CLI).
(a) is when the bulletin's events for every station are in the workspace's database (WAL: read without stopping the
writer); its CPU is the child's own and its reaped tools' (/proc/PID/stat). With `full` False the child is then
killed (the rebuild takes minutes at 200 stations) and (b) = (a); else (b) is its exit, CPU from os.wait4's rusage.

The child finds its modules compiled, as in an installed Loa (pip writes the bytecode at install): the code is
compiled beforehand into a cache of the bench's own (PYTHONPYCACHEPREFIX, nothing written in the tree), and
PYTHONDONTWRITEBYTECODE, if set around the bench, is dropped for the child. Without it every start compiles some
330 modules again, about 0.16 CPU s more per command.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from datetime import datetime
from pathlib import Path
from typing import Any

from pipeline.app.accounts import add_user

ACCOUNT, PASSWORD = "chi-huy-bench", "mat-khau-bench-31"
LAUNCH = """
import runpy, sys
from datetime import datetime
import pipeline.adapters.clock as clock
pinned = datetime.fromisoformat(sys.argv.pop(1))
clock.now_in = lambda name: pinned.astimezone(clock.zone(name))
sys.argv[0] = "loa"
runpy.run_module("pipeline", run_name="__main__", alter_sys=True)
"""
TICK = os.sysconf("SC_CLK_TCK")


def compiled(code: Path, cache: Path) -> dict[str, str]:
    """The child's environment, its modules (the code's and the libraries it imports) compiled into `cache`."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env |= {"PYTHONPATH": str(code), "PYTHONPYCACHEPREFIX": str(cache)}
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(code / "pipeline")], env=env, check=True)
    warm = "import pipeline.cli, pipeline.app.commands.onair, pipeline.texts.onair"
    subprocess.run([sys.executable, "-c", warm], cwd=code, env=env, check=True)
    return env


def commanded(
    code: Path, copy: Path, source: Path, now: datetime, stations: int, full: bool, account: str
) -> dict[str, Any]:
    """Run `loa emergency` (the code at `code`) on the workspace `copy`; its marks as bench/emergency.py's."""
    if account:
        add_user(copy, account, "approver", (), PASSWORD, now)
    argv = [sys.executable, "-c", LAUNCH, now.isoformat(), "emergency", str(copy), str(source)]
    argv += ["--as", account] if account else []
    env = compiled(code, copy.parent / f"pycache-{code.name}")
    typed = copy.parent / f"{copy.name}.password"
    typed.write_text(f"{PASSWORD}\n", encoding="utf-8")
    with open(typed, "rb") as keys, open(copy.parent / f"{copy.name}.out", "wb") as out:
        began = time.perf_counter()
        child = subprocess.Popen(argv, cwd=code, env=env, stdin=keys, stdout=out, stderr=out, start_new_session=True)
        marks = _followed(child, began, copy / ".loa" / "web.sqlite3", stations, full)
    if marks.pop("status") and full:
        raise SystemExit(f"loa emergency failed:\n{(copy.parent / f'{copy.name}.out').read_text()}")
    return marks


def _followed(child: subprocess.Popen[bytes], began: float, db: Path, stations: int, full: bool) -> dict[str, Any]:
    """Wall and CPU at (a) (every station told) and at (b) (the exit, or (a) when not `full`)."""
    a: tuple[float, float] | None = None
    seen = 0
    while True:
        pid, status, usage = os.wait4(child.pid, os.WNOHANG)
        if pid:
            break
        if a is None and (seen := _told(db)) >= stations:
            a = (time.perf_counter() - began, _cpu_so_far(child.pid))
            if not full:
                os.killpg(child.pid, signal.SIGKILL)
                pid, status, usage = os.wait4(child.pid, 0)
                break
        time.sleep(0.005)
    b = (time.perf_counter() - began, usage.ru_utime + usage.ru_stime)
    child.returncode = os.waitstatus_to_exitcode(status)
    seen = max(seen, _told(db))
    a = a or b
    if not full:
        b = a
    return {"a": a[0], "cpu_a": a[1], "b": b[0], "cpu_b": b[1], "ahead": seen, "events": seen,
            "airs": float("nan"), "status": 0 if not full else child.returncode}  # fmt: skip


def _told(db: Path) -> int:
    """The stations that have the bulletin's event queued (the moment it is playable by each)."""
    try:
        with closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)) as read:
            return int(read.execute("SELECT COUNT(DISTINCT station) FROM station_events").fetchone()[0])
    except sqlite3.Error:
        return 0


def _cpu_so_far(pid: int) -> float:
    """The process's CPU and its reaped children's (utime, stime, cutime, cstime of /proc/PID/stat), in seconds."""
    fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    return sum(int(f) for f in fields[11:15]) / TICK
