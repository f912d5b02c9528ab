"""Scratch files of dead builds are removed; a running preview is left alone.

From the fault campaign of issue 11 (its case numbers kept in the test names)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from pipeline.build.steps import build

from ..build.test_programming import DAY

# 11. leaks


@pytest.mark.slow
def test_11_scratch_files_of_dead_builds_are_removed_and_a_running_preview_is_left_alone(mini_ws: Path) -> None:
    build(mini_ws, DAY)
    store = mini_ws / "audio_out"
    dead = store / "speech" / "ab" / ".tmp-999999-abc.mp3"
    dead.parent.mkdir(parents=True, exist_ok=True)
    dead.write_bytes(b"half")
    live = store / ".work" / f"render-{os.getpid()}-x"
    live.mkdir(parents=True)
    (store / ".work" / "render-999999-y").mkdir()
    build(mini_ws, DAY)
    assert not dead.exists() and live.exists() and not (store / ".work" / "render-999999-y").exists()
