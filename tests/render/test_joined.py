"""A pass's WAVs of one format read as one joined input (the concat demuxer), each item cut back from it: the same
bytes and figures as the item mastered alone; files of another format keep their own input."""

from __future__ import annotations

import itertools
import subprocess
from pathlib import Path

import pytest

from pipeline.adapters.ffmpeg import joined
from pipeline.adapters.proc import Runner
from pipeline.domain.settings import AudioSettings
from pipeline.render.mastering import Item, master_all

from ..conftest import Recorder, tone


def spoken(path: Path, text: str) -> Path:
    subprocess.run(["espeak-ng", "-v", "vi", "-w", str(path), text], check=True)
    return path


def items(folder: Path, raws: list[Path]) -> list[Item]:
    folder.mkdir()
    return [Item(raw, folder / f"{n}.wav", folder / f"{n}.mp3", -16.0, 0.5, raw.stem != "chime", (("title", raw.stem),))
            for n, raw in enumerate(raws)]  # fmt: skip


def inputs(args: list[str]) -> list[str]:
    return [a for before, a in itertools.pairwise(args) if before == "-i"]


@pytest.mark.slow
def test_speech_wavs_of_one_format_are_one_input_and_come_out_as_mastered_alone(tmp_path: Path) -> None:
    texts = ("Kính thưa bà con.", "Nhân dân xã.", "Đeo khẩu trang khi ra khỏi nhà.")
    raws = [spoken(tmp_path / f"s{n}.wav", t) for n, t in enumerate(texts)] + [tone(tmp_path / "chime.wav", 1.0, -9.0)]
    runner, together = Recorder(), items(tmp_path / "it's scratch", raws)  # a quote in the list file's paths
    finals = master_all(runner, AudioSettings(), together)
    analyse, limit, encode = (inputs(a) for a in runner.args[:3])
    assert len(analyse) == len(limit) == 2 and analyse[1].endswith("chime.wav")  # 22 kHz speech joined; the chime
    assert len(encode) == 1 and "-f" in runner.args[2] and "concat" in runner.args[2]  # 44.1 kHz limited WAVs
    assert list((tmp_path / "it's scratch").glob("joined-*")) == []  # the list files are removed
    middle = items(tmp_path / "alone", raws)[1]  # cut from the joined input at both ends
    assert master_all(Runner(), AudioSettings(), [middle]) == [finals[1]]
    assert middle.dst.read_bytes() == together[1].dst.read_bytes()


def test_wavs_are_joined_by_format_in_batches_of_at_most_the_cap(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(joined, "MOST_JOINED", 2)
    wavs = [tone(tmp_path / f"{n}.wav", 0.1, -9.0, rate=22050) for n in range(3)]
    other = [tone(tmp_path / "stereo.wav", 0.1, -9.0, channels=2), tmp_path / "not-a-wav.wav"]
    other[1].write_bytes(b"ID3 not a wave file")
    _, lists = joined.sources([*wavs, *other], tmp_path)
    assert [p.read_text().count("\nfile ") for p in lists] == [2]  # the third WAV alone: its own input, as the others
