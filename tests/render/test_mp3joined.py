"""The measure pass reads its MP3s as one joined input, cut back by each file's frame count: every figure of every
Measure as the file measured alone; a group whose decoded count disagrees with its headers is measured again
file by file; a file that is not whole frames is read alone."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from pipeline.adapters import ffmpeg as audio
from pipeline.adapters.ffmpeg import mp3frames, mp3joined, passes
from pipeline.adapters.proc import Runner
from pipeline.domain.settings import AudioSettings

from ..conftest import Recorder, tone


def noise(path: Path, seconds: float, amplitude: float, color: str = "pink") -> Path:
    source = f"anoisesrc=color={color}:amplitude={amplitude}:duration={seconds}:sample_rate=44100:seed=7"
    subprocess.run(["ffmpeg", "-v", "error", "-y", "-f", "lavfi", "-i", source, str(path)], check=True)
    return path


def encoded(folder: Path, sources: list[Path], pad: float = 0.0) -> list[Path]:
    """Each source as the encode pass writes it; no padding by default, so a loud tail runs into the next file."""
    mp3s = [folder / f"{n}-{src.stem}.mp3" for n, src in enumerate(sources)]
    audio.encode_all(Runner(), [passes.Encode(s, m, 0.0, pad, ()) for s, m in zip(sources, mp3s, strict=True)],
                     AudioSettings())  # fmt: skip
    return mp3s


def alone(paths: list[Path]) -> list[audio.Measure]:
    return [passes.measure_encoded(Runner(), [p])[0] for p in paths]


def graphs(runner: Recorder) -> list[str]:
    return [args[args.index("-filter_complex") + 1] for args in runner.args]


def corrupted(src: Path, dst: Path, frame: int) -> Path:
    """`src` with frame `frame`'s side information overwritten: the decoder rejects that frame (1,152 samples fewer)
    while its header, and so the header count, is untouched. An `amovie` source stops there (and every other source
    of its graph with it); an `-i` input's decoder skips the frame."""
    data = bytearray(src.read_bytes())
    at = mp3frames._after_id3v2(bytes(data))
    for _ in range(frame):
        at += mp3frames._length(int.from_bytes(data[at : at + 4], "big"))
    data[at + 4 : at + 21] = b"\xff" * 17
    dst.write_bytes(bytes(data))
    return dst


@pytest.fixture(scope="module")
def mp3s(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("it's [a] mp3s")
    sources = [noise(folder / "a.wav", 2.0, 0.4), tone(folder / "b.wav", 1.3, -6.0, freq=3000),
               noise(folder / "c.wav", 3.1, 0.2, "white"), tone(folder / "d.wav", 2.2, -12.0)]  # fmt: skip
    return encoded(folder, sources)


def test_first_middle_and_last_measured_joined_equal_each_alone(mp3s: list[Path]) -> None:
    runner = Recorder()
    together = passes.measure_encoded(runner, mp3s)
    assert together == alone(mp3s)  # every figure: loudness, true peak, LRA, duration, rate, channels, windows
    assert len(runner.args) == 1 and graphs(runner)[0].count("amovie=") == 1 and "asegment=" in graphs(runner)[0]
    assert [m.duration for m in together] == [c.samples / 44100 for c in map(mp3frames.counted, mp3s) if c]


@pytest.mark.slow  # 2 to 7 s: out of the fast loop
def test_a_group_whose_decoded_count_disagrees_is_measured_again_file_by_file(mp3s: list[Path]) -> None:
    bad = corrupted(mp3s[1], mp3s[1].with_name("bad.mp3"), 20)
    paths = [mp3s[0], bad, *mp3s[2:]]
    runner = Recorder()
    found = passes.measure_encoded(runner, paths)
    assert found == [audio.measure(Runner(), p) for p in paths]  # each through its own input, alone
    assert found[0] == alone(mp3s[:1])[0] and found[1].duration == alone(mp3s[1:2])[0].duration - 1152 / 44100
    assert len(runner.args) == 2 and "-filter_complex" in runner.args[1] and runner.args[1].count("-i") == len(paths)


@pytest.mark.slow  # 2 to 7 s: out of the fast loop
def test_a_header_count_off_by_a_frame_sends_the_group_to_the_fallback(
    mp3s: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    real = mp3frames.counted

    def one_more(path: Path) -> mp3frames.Mp3 | None:
        found = real(path)
        return mp3frames.Mp3(path, found.header, found.frames + 1, 1152) if found and path == mp3s[0] else found

    monkeypatch.setattr(mp3joined, "counted", one_more)
    runner = Recorder()
    assert passes.measure_encoded(runner, mp3s) == alone(mp3s) and len(runner.args) == 2


def test_a_file_that_is_not_whole_frames_is_read_alone(mp3s: list[Path]) -> None:
    cut = mp3s[2].with_name("cut.mp3")
    cut.write_bytes(mp3s[2].read_bytes()[:-100])  # its last frame truncated
    paths = [mp3s[0], cut, mp3s[3]]
    runner = Recorder()
    assert passes.measure_encoded(runner, paths) == alone(paths)
    assert mp3frames.counted(cut) is None and graphs(runner)[0].count("amovie=") == 2  # the cut one alone


def test_frames_are_counted_from_the_headers_after_the_id3_tag(mp3s: list[Path]) -> None:
    decoded = subprocess.run(["ffmpeg", "-v", "error", "-f", "mp3", "-i", f"file:{mp3s[2]}", "-f", "s16le", "-"],
                             capture_output=True, check=True).stdout  # fmt: skip
    found = mp3frames.counted(mp3s[2])
    assert found is not None and found.samples * 2 == len(decoded) and mp3s[2].read_bytes()[:3] == b"ID3"
    assert mp3frames.counted(mp3s[2].with_name("a.wav")) is None


def test_the_separator_is_three_silent_frames_of_the_files_format(mp3s: list[Path], tmp_path: Path) -> None:
    found = mp3frames.counted(mp3s[0])
    assert found is not None
    silence = tmp_path / "s.mp3"
    silence.write_bytes(mp3frames.separator(found))
    assert len(silence.read_bytes()) == 3 * 208  # 64 kb/s at 44.1 kHz, no padding
    decoded = subprocess.run(["ffmpeg", "-v", "error", "-f", "mp3", "-i", f"file:{silence}", "-f", "s16le", "-"],
                             capture_output=True, check=True).stdout  # fmt: skip
    assert decoded == bytes(2 * 3 * 1152)
