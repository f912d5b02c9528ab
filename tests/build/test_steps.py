"""The main job end to end, with the real espeak-ng and ffmpeg, and its failure modes."""

from __future__ import annotations

import errno
import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.build import assemble
from pipeline.cli import cli
from pipeline.onair.publish import verify, workspace_lock

from ..conftest import ROOT, SAMPLE, measured, reference_true_peak

DAY = "2021-08-10"


def build(ws: Path, *extra: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["build", str(ws), "--date", DAY, *extra])
    return result.exit_code, result.output


def published_files(ws: Path) -> dict[str, float]:
    folder = ws / "playlists" / DAY
    return {str(p.relative_to(folder)): p.stat().st_mtime for p in folder.rglob("*")}


@pytest.mark.slow
def test_mini_build_publishes_measured_playlists(mini_ws: Path) -> None:
    code, out = build(mini_ws)
    assert code == 0, out
    folder = mini_ws.resolve() / "playlists" / DAY
    assert out.endswith(f"rendered 6, reused 0 from cache\nPublished in {folder} (report: {folder / 'bao-cao.html'})\n")
    station = mini_ws / "playlists" / DAY / "an-binh"
    playlist = (station / "2021-08-10_0530_sang.m3u8").read_text(encoding="utf-8").splitlines()
    assert playlist[0] == "#EXTM3U"
    names = playlist[2::2]
    assert names == [
        "phan-doan/2021-08-10_0530_sang_01-nhac-hieu.mp3",
        "phan-doan/2021-08-10_0530_sang_02-mo-dau.mp3",
        "phan-doan/2021-08-10_0530_sang_03-hop-thon.mp3",
        "phan-doan/2021-08-10_0530_sang_04-ket-thuc.mp3",
        "phan-doan/2021-08-10_0530_sang_05-nhac-hieu-ket.mp3",
    ]
    for name in names:
        m = measured(station / name)
        target = -20.0 if "nhac-hieu" in name else -16.0
        assert abs(m.lufs - target) <= 1.0, name
        assert reference_true_peak(station / name) <= -1.5, name
    whole = measured(station / "2021-08-10_0530_sang.mp3")
    manifest = json.loads((mini_ws / "playlists" / DAY / "manifest.json").read_text(encoding="utf-8"))
    slot = manifest["stations"][0]["slots"][0]
    assert abs(whole.duration - sum(i["duration"] for i in slot["items"])) < 0.3
    assert [i["announcement_id"] for i in slot["items"]] == [None, None, "hop-thon", None, None]
    assert "Họp thôn" in (station / "lich-phat.html").read_text(encoding="utf-8")
    verify(mini_ws / "playlists" / DAY)


@pytest.mark.slow
def test_the_station_folder_explains_itself(mini_ws: Path) -> None:
    """On top only what an operator plays (dated, timed, one per slot), the sheet and the guide; items below."""
    build(mini_ws)
    station = mini_ws / "playlists" / DAY / "an-binh"
    assert sorted(p.name for p in station.iterdir()) == [
        "2021-08-10_0530_sang.m3u8",
        "2021-08-10_0530_sang.mp3",
        "HUONG-DAN.txt",
        "lich-phat.html",
        "phan-doan",
    ]
    guide = (station / "HUONG-DAN.txt").read_text(encoding="utf-8").splitlines()
    assert guide[:3] == ["HƯỚNG DẪN PHÁT — Đài Truyền thanh xã An Bình", "Thứ Ba, ngày 10/08/2021", ""]
    assert re.fullmatch(r"  05:30  Buổi sáng   phát tệp 2021-08-10_0530_sang\.mp3  \(dài \d+ giây\)", guide[4])
    probe = subprocess.run(
        ["ffprobe", "-v", "error", "-show_entries", "format_tags=title", "-of", "json", str(station / "2021-08-10_0530_sang.mp3")],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert {k.lower(): v for k, v in json.loads(probe.stdout)["format"]["tags"].items()}[
        "title"
    ] == "Buổi sáng 10/08/2021 — Đài Truyền thanh xã An Bình"
    manifest = json.loads((mini_ws / "playlists" / DAY / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["schema_version"] == 2 and manifest["stations"][0]["slots"][0]["label"] == "Buổi sáng"
    assert not any(i["emergency"] for i in manifest["stations"][0]["slots"][0]["items"])


@pytest.mark.slow
@pytest.mark.slow
@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("en", ["rendering 5 segments", "joining 1 slot files"]),
        ("vi", ["đang tạo âm thanh cho 5 đoạn", "đang ghép 1 tệp buổi phát"]),
    ],
)
def test_the_progress_lines_of_a_build_are_worded_for_people(mini_ws: Path, language: str, said: list[str]) -> None:
    """What the web's build page shows while it runs (the lines the build passes to `progress`)."""
    from datetime import date

    from pipeline import i18n
    from pipeline.app import commands

    lines: list[str] = []
    i18n.use(language)
    commands.build(mini_ws, date.fromisoformat(DAY), (), lines.append, workers=1)
    assert lines == said


@pytest.mark.slow  # 2 to 7 s: out of the fast loop
def test_second_build_renders_nothing(mini_ws: Path) -> None:
    build(mini_ws)
    code, out = build(mini_ws)
    assert code == 0
    published = mini_ws.resolve() / "playlists" / DAY
    assert out == (
        f"{DAY}: 1 stations, 1 slots, 1 items, 0.3 minutes of audio; rendered 0, reused 6 from cache\n"
        f"Published in {published} (report: {published / 'bao-cao.html'})\n"
    )


def test_outside_validity_nothing_airs(mini_ws: Path) -> None:
    result = CliRunner().invoke(cli, ["build", str(mini_ws), "--date", "2021-09-01"])
    assert result.output == (
        "warning: nothing airs on 2021-09-01: the published day is empty (see the report for why)\n"
        "warning: an-binh: nothing to air on this day: all announcements have expired\n"
        "2021-09-01: 0 stations, 0 slots, 0 items, 0.0 minutes of audio; rendered 0, reused 0 from cache\n"
        f"Published in {mini_ws.resolve() / 'playlists' / '2021-09-01'} "
        f"(report: {mini_ws.resolve() / 'playlists' / '2021-09-01' / 'bao-cao.html'})\n"
    )
    assert (
        json.loads((mini_ws / "playlists" / "2021-09-01" / "manifest.json").read_text(encoding="utf-8"))["stations"]
        == []
    )


def test_second_build_at_once_is_refused(mini_ws: Path) -> None:
    with workspace_lock(mini_ws.resolve()):
        code, out = build(mini_ws)
    assert code == 75
    assert "another build is running in this workspace (pid " in out
    assert "wait for it to finish, then run again" in out


@pytest.mark.slow
def test_full_disk_keeps_previous_playlists(mini_ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    build(mini_ws)
    before = published_files(mini_ws)
    (mini_ws / "scripts_vi" / "announcements" / "hop-thon.md").write_text(
        (mini_ws / "scripts_vi" / "announcements" / "hop-thon.md").read_text(encoding="utf-8").replace("19h30", "20h"),
        encoding="utf-8",
    )

    def full(src: Path, dst: Path) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", str(dst))

    monkeypatch.setattr(assemble, "link_or_copy", full)
    code, out = build(mini_ws)
    assert code == 1
    assert "error: the disk is full" in out and "published playlists were not changed" in out
    assert published_files(mini_ws) == before


@pytest.mark.slow
def test_killed_build_leaves_previous_version_and_next_run_recovers(mini_ws: Path) -> None:
    build(mini_ws)
    before = published_files(mini_ws)
    announcement = mini_ws / "scripts_vi" / "announcements" / "hop-thon.md"
    for delay in (0.3, 0.8, 1.5):
        announcement.write_text(announcement.read_text(encoding="utf-8") + f"\nThêm {delay}.", encoding="utf-8")
        proc = subprocess.Popen(
            [sys.executable, "-m", "pipeline", "build", str(mini_ws), "--date", DAY],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(delay)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        after = published_files(mini_ws)
        assert after == before or set(after) == set(before)  # the old day, or (killed after the swap) the new one
        verify(mini_ws / "playlists" / DAY)
        before = after
    code, out = build(mini_ws)
    assert code == 0, out
    assert not list((mini_ws / "playlists").glob(".*"))
    verify(mini_ws / "playlists" / DAY)


@pytest.mark.slow
def test_sample_workspace_builds_every_station_within_target(sample_ws: Path) -> None:
    code, out = build(sample_ws)
    assert code == 0, out
    assert out.startswith(f"{DAY}: 3 stations, 5 slots, 15 items")
    for mp3 in (sample_ws / "playlists" / DAY).rglob("[0-9]*.mp3"):
        target = -20.0 if ("nhac-hieu" in mp3.name or "chuong" in mp3.name) else -16.0
        assert abs(measured(mp3).lufs - target) <= 1.0, mp3


def test_repository_root_is_the_sample_workspace() -> None:
    for path in SAMPLE.rglob("*"):
        if path.is_file() and "__pycache__" not in path.parts:
            twin = ROOT / path.relative_to(SAMPLE)
            assert twin.read_bytes() == path.read_bytes(), twin


def test_init_creates_a_workspace_that_validates(tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(cli, ["init", "--no-build", str(tmp_path / "moi")])
    assert result.output == f"Created workspace {tmp_path / 'moi'}. Next: loa build {tmp_path / 'moi'}\n"
    result = runner.invoke(cli, ["validate", str(tmp_path / "moi")])
    assert result.output == "OK: 3 stations, 3 announcements\n"
    assert runner.invoke(cli, ["init", "--no-build", str(tmp_path / "moi")]).output.startswith("error: ")


def test_script_shows_written_and_spoken(mini_ws: Path) -> None:
    result = CliRunner().invoke(cli, ["script", "hop-thon", "--station", "an-binh", "--date", DAY, "-w", str(mini_ws)])
    assert (
        result.output
        == "--- written ---\nHọp thôn.\nTối nay họp thôn lúc 19h30.\n--- spoken ---\nHọp thôn.\nTối nay họp thôn lúc mười chín giờ ba mươi phút.\n"
    )


def test_normalize_command_reads_stdin() -> None:
    result = CliRunner().invoke(cli, ["normalize"], input="Ngày 05/8/2021, UBND xã\n5K\n")
    assert (
        result.output == "Ngày mồng năm tháng tám năm hai nghìn không trăm hai mươi mốt, Ủy ban nhân dân xã\nnăm ca\n"
    )


@pytest.mark.slow
def test_preview_writes_an_mp3(mini_ws: Path, tmp_path: Path) -> None:
    out = tmp_path / "nghe.mp3"
    result = CliRunner().invoke(
        cli, ["preview", "hop-thon", "--station", "an-binh", "-o", str(out), "-w", str(mini_ws)]
    )
    assert result.exit_code == 0, result.output
    assert abs(measured(out).lufs + 16.0) <= 1.0
