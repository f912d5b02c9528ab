"""Shared fixtures: sample workspaces, generated tones, real measurements."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from pipeline.adapters.ffmpeg import Measure, measure
from pipeline.adapters.proc import Runner

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "pipeline" / "sample"

MINI_STATIONS = """\
stations:
  - id: an-binh
    name: Đài Truyền thanh xã An Bình
    district: Lạng Giang
    dialect: bac
    slots:
      sang: "05:30-06:00"
"""

MINI_ANNOUNCEMENT = """\
---
title: Họp thôn
valid_from: 2021-08-01
valid_until: 2021-08-31
---
Tối nay họp thôn lúc 19h30.
"""


SECOND_STATION = """\
  - id: binh-an
    name: Đài Truyền thanh xã Bình An
    district: Lạng Giang
    dialect: nam
    slots:
      sang: "06:00-06:30"
      chieu: "17:00-17:30"
"""

def copy_sample(dst: Path) -> Path:
    shutil.copytree(SAMPLE, dst, ignore=shutil.ignore_patterns("__pycache__"))
    for generated in ("audio_out", "playlists"):
        (dst / generated).mkdir()
    return dst


@pytest.fixture
def sample_ws(tmp_path: Path) -> Path:
    """A copy of the full sample workspace."""
    return copy_sample(tmp_path / "ws")


@pytest.fixture
def mini_ws(tmp_path: Path) -> Path:
    """The sample's templates and settings with one station and one short announcement (fast to build)."""
    ws = copy_sample(tmp_path / "ws")
    (ws / "stations.yaml").write_text(MINI_STATIONS, encoding="utf-8")
    for old in (ws / "scripts_vi" / "announcements").glob("*.md"):
        old.unlink()
    (ws / "scripts_vi" / "announcements" / "hop-thon.md").write_text(MINI_ANNOUNCEMENT, encoding="utf-8")
    (ws / "scripts_vi" / "templates" / "mo-dau.j2").write_text("Đây là {{ station.name }}.\n", encoding="utf-8")
    (ws / "scripts_vi" / "templates" / "ket-thuc.j2").write_text("Xin hết.\n", encoding="utf-8")
    return ws


@pytest.fixture
def two_ws(mini_ws: Path) -> Path:
    """The mini workspace with a second station of the southern dialect."""
    stations = mini_ws / "stations.yaml"
    stations.write_text(stations.read_text(encoding="utf-8") + SECOND_STATION, encoding="utf-8")
    return mini_ws



def tone(path: Path, seconds: float, volume_db: float, freq: float = 440.0, rate: int = 44100, channels: int = 1) -> Path:
    """A sine test tone made by ffmpeg (no audio files are shipped)."""
    layout = "mono" if channels == 1 else "stereo"
    source = f"sine=frequency={freq}:duration={seconds}:sample_rate={rate}"
    subprocess.run(
        ["ffmpeg", "-hide_banner", "-loglevel", "error", "-y", "-f", "lavfi", "-i", source,
         "-af", f"volume={volume_db}dB,aformat=channel_layouts={layout}", str(path)],
        check=True,
    )  # fmt: skip
    return path


def measured(path: Path) -> Measure:
    return measure(Runner(), path)


@pytest.fixture(scope="session")
def tone_mp3(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """What the service sends back for one request: a real MP3 (0.8 s, 24 kHz mono, like Google's)."""
    path = tmp_path_factory.mktemp("g") / "t.mp3"
    subprocess.run(
        ["ffmpeg", "-v", "error", "-f", "lavfi", "-i", "sine=frequency=300:duration=0.8:sample_rate=24000", "-ac", "1", "-b:a", "32k", str(path)],
        check=True,
    )
    return path.read_bytes()
