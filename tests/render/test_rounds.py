"""Mastering in rounds: each process takes every item one step, whichever step each is at (an item limited again
shares the process of another's encode, an MP3 is measured beside another's encode), and each item comes out as
it does mastered alone."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from pipeline.adapters.proc import Runner
from pipeline.domain.settings import AudioSettings
from pipeline.render.mastering import Item, master_all

from ..conftest import Recorder, reference_true_peak, tone


def bursts(path: Path) -> Path:
    """Short loud tone bursts over a faint tone: the limiter takes more than the first gain expects."""
    shape = "aevalsrc=if(lt(mod(t\\,0.3)\\,0.02)\\,0.9\\,0.003)*sin(2*PI*1000*t):d=4:s=44100"
    subprocess.run(["ffmpeg", "-v", "error", "-y", "-f", "lavfi", "-i", shape, str(path)], check=True)
    return path


def items(folder: Path, raws: list[Path]) -> list[Item]:
    folder.mkdir()
    return [Item(raw, folder / f"{n}.wav", folder / f"{n}.mp3", -16.0, 0.5, True, (("title", raw.stem),))
            for n, raw in enumerate(raws)]  # fmt: skip


@pytest.mark.slow
def test_an_item_limited_again_shares_the_processes_of_the_others_steps(tmp_path: Path) -> None:
    raws = [bursts(tmp_path / "bursts.wav"), tone(tmp_path / "tone.wav", 2.0, -20.0, freq=700)]
    runner, together = Recorder(), items(tmp_path / "together", raws)
    finals = master_all(runner, AudioSettings(), together)
    assert runner.done[:3] == ["analysing 2 items", "limiting 2 items", "limiting 1 items, encoding 1 items"]
    assert "measuring" not in runner.done[:3] and len(runner.done) <= 6  # one process a step: 7 or more
    alone = [master_all(Runner(), AudioSettings(), [item])[0] for item in items(tmp_path / "alone", raws)]
    assert finals == alone
    assert [i.dst.read_bytes() for i in together] == [(tmp_path / "alone" / i.dst.name).read_bytes() for i in together]
    assert all(abs(f.lufs + 16.0) <= 0.5 for f in finals)
    assert all(reference_true_peak(i.dst) <= -1.5 for i in together)
