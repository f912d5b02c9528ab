"""The measure pass's branches end in `anullsink` inside the graph, their rate and layout read from the MP3s'
headers: every MP3 is measured whole even where the process's only outputs (another item's limit) end first, and
only an MP3 without headers to read keeps an output."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from pipeline.adapters.ffmpeg import mp3frames, mp3joined, passes
from pipeline.adapters.proc import Runner
from pipeline.domain.settings import AudioSettings

from ..conftest import Recorder, tone


def mp3(src: Path, channels: int, rate: int) -> Path:
    """`src` as an MP3 of `channels` at `rate`, whole frames and no Xing header (as the encode pass writes)."""
    dst = src.with_suffix(".mp3")
    subprocess.run(["ffmpeg", "-v", "error", "-y", "-i", str(src), "-ac", str(channels), "-ar", str(rate),
                    "-c:a", "libmp3lame", "-b:a", "64k", "-write_xing", "0", str(dst)], check=True)  # fmt: skip
    return dst


@pytest.fixture
def mp3s(tmp_path: Path) -> list[Path]:
    """Two mono MP3s of one format (read joined), a stereo one of another (alone), one cut short (no headers)."""
    paths = [mp3(tone(tmp_path / "a.wav", 3.0, -12.0), 1, 44100), mp3(tone(tmp_path / "b.wav", 2.5, -6.0), 1, 44100),
             mp3(tone(tmp_path / "c.wav", 2.0, -9.0, freq=900, channels=2), 2, 22050)]  # fmt: skip
    cut = tmp_path / "cut.mp3"
    cut.write_bytes(paths[0].read_bytes()[:-100])  # no longer whole frames: its format comes from its output
    return [*paths, cut]


def test_every_mp3_is_measured_whole_beside_a_shorter_output(mp3s: list[Path], tmp_path: Path) -> None:
    limit = passes.Limit(tone(tmp_path / "short.wav", 0.3, -20.0), tmp_path / "short-limited.wav", True, 0.0, -1.5)
    runner = Recorder()
    found = passes.round_all(runner, passes.Round((limit,), measures=tuple(mp3s)), AudioSettings())[1]
    assert found == [passes.measure_encoded(Runner(), [p])[0] for p in mp3s]
    assert [(m.sample_rate, m.channels) for m in found] == [(44100, 1), (44100, 1), (22050, 2), (44100, 1)]
    assert [m.duration for m in found[:3]] == [c.samples / c.rate for c in map(mp3frames.counted, mp3s[:3]) if c]
    assert len(runner.args) == 1 and runner.args[0].count("-map") == 2  # the limited WAV's and the cut MP3's


def test_only_an_mp3_without_headers_keeps_an_output_or_the_first_when_nothing_else_has_one(
    mp3s: list[Path], tmp_path: Path
) -> None:
    whole = mp3s[:3]
    assert mp3joined.planned(mp3s, tmp_path, 1).outputs == ("-map", "[o3]", "-f", "null", "-")
    assert mp3joined.planned(whole, tmp_path, 1).outputs == ()
    assert mp3joined.planned(whole, tmp_path).outputs == ("-map", "[o0]", "-f", "null", "-")
    assert mp3joined.planned([], tmp_path).outputs == ()
