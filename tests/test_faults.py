"""The fault suite: kill -9 (parent and workers), a full disk, read-only folders, missing tools, damaged store files.

After each fault the published day passes `loa verify` and the next build succeeds. Disk and
read-only cases mount a small tmpfs or a read-only bind mount, which needs root: skipped with
the reason otherwise.
"""

from __future__ import annotations

import contextlib
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from pipeline.adapters.clock import now_in

from .conftest import copy_sample, flip_in_place

DAY = (
    now_in("Asia/Ho_Chi_Minh").date() + timedelta(days=2)
).isoformat()  # a day to come: verify --repair may rebuild it
STATIONS = "stations:\n" + "".join(
    f'  - id: xa-{n}\n    name: Đài Truyền thanh xã Số {n}\n    dialect: {"bac" if n % 2 else "nam"}\n    slots:\n      sang: "05:30-06:00"\n'
    for n in range(1, 5)
)
ITEM = "---\ntitle: Lịch tiêm chủng\n---\nBà con đưa trẻ đi tiêm chủng tại trạm y tế xã lúc 7 giờ 30 sáng thứ Hai.\n"


@pytest.fixture
def ws(tmp_path: Path) -> Path:
    """Four stations of two dialects, one announcement valid every day."""
    return make_ws(tmp_path / "ws")


def make_ws(where: Path) -> Path:
    ws = copy_sample(where)
    (ws / "stations.yaml").write_text(STATIONS, encoding="utf-8")
    for old in (ws / "scripts_vi" / "announcements").glob("*.md"):
        old.unlink()
    (ws / "scripts_vi" / "announcements" / "tiem-chung.md").write_text(ITEM, encoding="utf-8")
    return ws


def loa(*args: str, env: dict[str, str] | None = None, timeout: float = 300) -> tuple[int, str]:
    done = subprocess.run(
        [sys.executable, "-m", "pipeline", *args], capture_output=True, text=True, env=env, timeout=timeout, check=False
    )
    return done.returncode, done.stdout + done.stderr


def healthy(ws: Path) -> None:
    """What every fault must leave: verify passes and the next build succeeds."""
    code, output = loa("verify", str(ws), "--repair")
    assert code == 0, output
    code, output = loa("build", str(ws), "--date", DAY)
    assert code == 0, output
    code, output = loa("verify", str(ws))
    assert code == 0 and "0 problems" in output, output


def change(ws: Path, text: str) -> None:
    path = ws / "scripts_vi" / "announcements" / "tiem-chung.md"
    path.write_text(path.read_text(encoding="utf-8") + text + "\n", encoding="utf-8")


def children(pid: int) -> list[int]:
    """The build's rendering workers: processes whose parent is `pid`, started by multiprocessing's spawn.

    The build's own short ffmpeg runs are children too, but they end by themselves within seconds.
    """
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            command = (stat.parent / "cmdline").read_bytes()
        except OSError:
            continue
        if int(fields[1]) == pid and b"spawn_main" in command:
            found.append(int(stat.parent.name))
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.slow
def test_kill_9_of_the_parent_at_random_moments_leaves_a_whole_day_and_no_orphan_workers(ws: Path) -> None:
    assert loa("build", str(ws), "--date", DAY)[0] == 0
    rng = random.Random(11)
    for attempt in range(4):
        change(ws, f"Lần thứ {attempt}: bà con chú ý lắng nghe.")
        proc = subprocess.Popen([sys.executable, "-m", "pipeline", "build", str(ws), "--date", DAY, "--workers", "2"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
        deadline = time.monotonic() + rng.uniform(0.5, 4.0)
        workers: set[int] = set()
        while time.monotonic() < deadline and proc.poll() is None:
            workers |= set(children(proc.pid))
            time.sleep(0.05)
        with contextlib.suppress(ProcessLookupError):  # the build may have finished first: a whole day too
            os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        end = time.monotonic() + 5
        while any(alive(w) for w in workers) and time.monotonic() < end:
            time.sleep(0.1)
        assert not [w for w in workers if alive(w)], "rendering workers outlived their killed build"
        code, output = loa("verify", str(ws))
        assert code == 0, output
    healthy(ws)


@pytest.mark.slow
def test_kill_9_of_a_worker_ends_the_build_clearly_and_the_next_one_succeeds(ws: Path) -> None:
    assert loa("build", str(ws), "--date", DAY)[0] == 0
    for n in range(3):
        change(ws, f"Câu mới số {n} cho mọi đài.")
    (ws / "stations.yaml").write_text(
        STATIONS.replace("Số", "Mới"), encoding="utf-8"
    )  # every identification changes: many renders
    proc = subprocess.Popen([sys.executable, "-m", "pipeline", "build", str(ws), "--date", DAY, "--workers", "2"],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)  # fmt: skip
    end = time.monotonic() + 60
    while not children(proc.pid) and proc.poll() is None and time.monotonic() < end:
        time.sleep(0.05)
    time.sleep(0.5)
    for worker in children(proc.pid):
        with contextlib.suppress(ProcessLookupError):  # it may have finished its last job meanwhile
            os.kill(worker, signal.SIGKILL)
    output = proc.communicate(timeout=300)[0]
    assert proc.returncode in (0, 1), output  # 0 when the pool had already finished
    assert "internal problem" not in output
    if proc.returncode == 1:
        assert "a rendering process stopped unexpectedly" in output
    healthy(ws)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 16 MB tmpfs to fill up (root only)."""
    mount = tmp_path / "disk"
    mount.mkdir()
    if (
        os.geteuid() != 0
        or subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", str(mount)], capture_output=True
        ).returncode
    ):
        pytest.skip("needs root to mount a small tmpfs")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


@pytest.mark.slow
def test_a_full_disk_keeps_the_published_day_and_the_next_build_succeeds(small_disk: Path) -> None:
    ws = make_ws(small_disk / "ws")
    assert loa("build", str(ws), "--date", DAY)[0] == 0
    free = shutil.disk_usage(small_disk).free
    filler = small_disk / "filler"
    filler.write_bytes(b"\0" * (free - 20_000))
    change(ws, "Bà con lưu ý lịch tiêm chủng đã thay đổi sang buổi chiều thứ Ba tuần sau.")
    code, output = loa("build", str(ws), "--date", DAY)
    assert code == 1 and "the disk is full" in output and "internal" not in output, output
    assert loa("verify", str(ws))[0] == 0  # the previous day, whole
    code, output = loa("emergency", str(ws), str(write_emergency(small_disk.parent)))
    assert code == 1 and "disk is full" in output, output
    assert not [
        p for p in (ws / "scripts_vi" / "announcements").iterdir() if p.name.startswith(".")
    ]  # no partial copy left
    filler.unlink()
    healthy(ws)


def write_emergency(folder: Path) -> Path:
    path = folder / "bao-khan.md"
    path.write_text(
        "---\ntitle: Bão khẩn cấp\npriority: khan-cap\n---\nBão số 9 đang vào bờ, bà con không ra khơi.\n",
        encoding="utf-8",
    )
    return path


@pytest.mark.slow
def test_a_read_only_playlists_folder_is_a_clear_message(ws: Path) -> None:
    playlists = ws / "playlists"
    if (
        os.geteuid() != 0
        or subprocess.run(["mount", "--bind", str(playlists), str(playlists)], capture_output=True).returncode
    ):
        pytest.skip("needs root for a read-only bind mount")
    try:
        subprocess.run(["mount", "-o", "remount,ro,bind", str(playlists)], check=True)
        code, output = loa("build", str(ws), "--date", DAY)
        assert code == 1 and "read-only" in output and "internal" not in output, output
    finally:
        subprocess.run(["umount", str(playlists)], check=False)
    healthy(ws)


@pytest.mark.slow
def test_missing_ffmpeg_is_a_clear_message_and_missing_espeak_ng_uses_the_bundled_voice(
    ws: Path, tmp_path: Path
) -> None:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    env = dict(os.environ, PATH=str(bin_dir))
    code, output = loa("build", str(ws), "--date", DAY, env=env)
    assert code == 1 and "the program 'ffmpeg' is not installed" in output and "apt-get install ffmpeg" in output, (
        output
    )
    (bin_dir / "ffmpeg").symlink_to(shutil.which("ffmpeg") or "ffmpeg")
    code, output = loa(
        "build", str(ws), "--date", DAY, "--workers", "1", env=env
    )  # no espeak-ng program: the wheel's library speaks
    assert code == 0, output
    healthy(ws)


@pytest.mark.slow
def test_damaged_store_files_are_rendered_again(ws: Path) -> None:
    assert loa("build", str(ws), "--date", DAY)[0] == 0
    store = sorted((ws / "audio_out" / "speech").glob("*/*.mp3"))
    store[0].chmod(0o644)
    store[0].write_bytes(store[0].read_bytes()[:500])  # truncated: size changed
    store[1].with_suffix(".json").write_text("{not json", encoding="utf-8")  # sidecar damaged
    flip_in_place(store[2])  # bit rot: same size and time
    code, output = loa("verify", str(ws))
    assert code == 6 and output.count("damaged") >= 3, output
    healthy(ws)
    assert date.fromisoformat(DAY)


def test_a_worker_whose_build_died_while_it_started_exits_at_once() -> None:
    """The parent's pid is handed to the worker: one read in the worker would already be init's after a kill -9."""
    script = "from pipeline.backends.pool import _die_with_parent; _die_with_parent(1); import time; time.sleep(5); print('alive')"
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=60, check=False)
    assert done.returncode == 1 and b"alive" not in done.stdout
