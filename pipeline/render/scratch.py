"""The store's housekeeping: scratch space of dead processes, and the ffmpeg version every key includes."""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
from pathlib import Path

from ..adapters.proc import Runner
from .store import Store


def remembered_version(note: Path, runner: Runner) -> str:
    """`ffmpeg -version`'s first line, asked once per installed program (keyed by its path, size and time)."""
    program = Path(runner.tool("ffmpeg"))
    info = program.stat()
    stamp = f"{program}:{info.st_size}:{info.st_mtime_ns}"
    with contextlib.suppress(OSError, ValueError, KeyError):
        saved = json.loads(note.read_text(encoding="utf-8"))
        if saved["stamp"] == stamp:
            return str(saved["version"])
    version = runner.run(["ffmpeg", "-version"], "reporting its version").stdout.decode().split("\n", 1)[0]
    note.parent.mkdir(parents=True, exist_ok=True)
    temp = note.with_suffix(f".{os.getpid()}.tmp")
    temp.write_text(json.dumps({"stamp": stamp, "version": version}), encoding="utf-8")
    os.replace(temp, note)
    return version


OWNER = re.compile(r"^(?:render|\.tmp)-(\d+)-")  # scratch folders and temporary files name the process that made them


def clean_work(store: Store) -> None:
    """Remove scratch folders and temporary files that killed processes left behind.

    Those of a process still running (a `loa preview` beside the build) are left alone.
    """
    for leftover in [*store.root.glob(".work/render-*"), *store.root.glob("*/*/.tmp-*")]:
        owner = OWNER.match(leftover.name)
        if owner and not _alive(int(owner.group(1))):
            if leftover.is_dir():
                shutil.rmtree(leftover, ignore_errors=True)
            else:
                leftover.unlink(missing_ok=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's process
    return pid != 0
