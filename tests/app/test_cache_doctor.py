"""`loa cache stats|prune` and `loa doctor`."""

from __future__ import annotations

import os
import re
import time
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.adapters.proc import Runner
from pipeline.app import cache
from pipeline.app.doctor import diagnose
from pipeline.build.check import load_workspace
from pipeline.build.steps import build
from pipeline.cli import cli

from ..engines.test_engines import FakeGoogle

DAY = date(2021, 8, 10)


@pytest.mark.slow
def test_stats_count_what_a_build_rendered(mini_ws: Path) -> None:
    build(mini_ws, DAY)
    result = CliRunner().invoke(cli, ["cache", "stats", str(mini_ws)])
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert (
        re.match(r"speech\s+3 files", lines[0])
        and re.match(r"jingle\s+2 files", lines[1])
        and re.match(r"slot\s+1 files", lines[2])
    )
    assert lines[-1] == "speech by engine: espeak 3"


@pytest.mark.slow
def test_prune_removes_only_old_unpublished_files(mini_ws: Path) -> None:
    build(mini_ws, DAY)
    audio_out = mini_ws / "audio_out"
    old = audio_out / "speech" / "zz" / ("z" * 64 + ".json")  # an entry no playlist uses, last used 40 days ago
    old.parent.mkdir()
    old.write_text('{"sha256": "unused", "measure": {"duration": 1.0}, "info": {}}')
    old.with_suffix(".mp3").write_bytes(b"x" * 1000)
    long_ago = time.time() - 40 * 86400
    for _, _, sidecar in cache.entries(audio_out):
        os.utime(sidecar, (long_ago, long_ago))
    done = cache.prune(audio_out, mini_ws / "playlists", 30, datetime.now())
    assert (done.files, done.kept_published) == (1, 6)  # 3 speech + 2 chimes + 1 slot file are published
    assert not old.exists()
    assert cache.prune(audio_out, mini_ws / "playlists", 30, datetime.now() + timedelta(days=1)).files == 0


def test_prune_command(mini_ws: Path) -> None:
    result = CliRunner().invoke(cli, ["cache", "prune", str(mini_ws), "--older-than", "30"])
    assert (result.exit_code, result.output) == (0, "Removed 0 files (0.0 MB) not used for 30 days\n")


@pytest.mark.slow
def test_a_reused_entry_counts_as_used(mini_ws: Path) -> None:
    build(mini_ws, DAY)
    long_ago = time.time() - 40 * 86400
    for _, _, sidecar in cache.entries(mini_ws / "audio_out"):
        os.utime(sidecar, (long_ago, long_ago))
    build(mini_ws, DAY)  # reuses everything
    assert all(sidecar.stat().st_mtime > time.time() - 60 for _, _, sidecar in cache.entries(mini_ws / "audio_out"))


def test_doctor_says_what_works(mini_ws: Path) -> None:
    result = CliRunner().invoke(cli, ["doctor", str(mini_ws)])
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[0].startswith("ok    ffmpeg: ffmpeg version")
    assert re.match(r"ok    espeak: spoke \d\.\d s of 'xin chào bà con' \(voice vi, ", lines[1])
    assert lines[-1] == "Every station can speak."


def test_doctor_reports_an_unreachable_online_voice(mini_ws: Path) -> None:
    toml = mini_ws / "loa.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace('engines = ["espeak"]', 'engines = ["gtts"]'))
    fake = FakeGoogle(b"", ["refused"] * 10)
    checks, silent = diagnose(load_workspace(mini_ws), Runner(), fake, fake)
    gtts = next(c for c in checks if c.name == "gtts")
    assert not gtts.ok and "Google TTS: the network is down" in gtts.detail
    assert silent == ["an-binh"]
    assert len(fake.sent_at) == 1  # one quick try, no retries
