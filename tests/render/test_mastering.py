"""Mastering measured on generated audio: noise, silence, beds and ducking, caps, rates, tags, slot files."""

from __future__ import annotations

import json
import re
import subprocess
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.adapters import ffmpeg as audio
from pipeline.adapters.proc import Runner
from pipeline.build.steps import build
from pipeline.build.warnings import worded_all
from pipeline.cli import cli
from pipeline.domain.settings import AudioSettings, Settings

from ..conftest import Kit, measured, reference_true_peak, tone

DAY = date(2021, 8, 10)


def lavfi(path: Path, source: str) -> Path:
    """Any ffmpeg lavfi graph to a WAV (noise, silence, sequences of tones)."""
    subprocess.run(["ffmpeg", "-v", "error", "-y", "-f", "lavfi", "-i", source, str(path)], check=True)
    return path


def renderer(ws: Path, **audio_settings: float) -> Kit:
    return Kit(ws, Settings(audio=AudioSettings(**audio_settings)))  # type: ignore[arg-type]


def band_level(path: Path, start: float, length: float, freq: int) -> float:
    """Mean level (dB) of one frequency band in a window of a file."""
    band = f"bandpass=f={freq}:width_type=q:w=4,bandpass=f={freq}:width_type=q:w=4,volumedetect"
    log = subprocess.run(
        ["ffmpeg", "-hide_banner", "-ss", str(start), "-t", str(length), "-i", str(path), "-af", band, "-f", "null", "-"],
        capture_output=True, text=True, check=True,
    ).stderr  # fmt: skip
    return float(log.split("mean_volume:")[1].split("dB")[0])


@pytest.mark.slow
def test_noise_reaches_the_target(tmp_path: Path) -> None:
    recording = lavfi(tmp_path / "noise.wav", "anoisesrc=color=pink:amplitude=0.05:duration=6:sample_rate=48000")
    path = renderer(tmp_path).recording(recording, {"title": "ồn"}).path
    assert abs(measured(path).lufs + 16.0) <= 0.5 and reference_true_peak(path) <= -1.5


def test_the_limiter_holds_its_ceiling_on_dense_noise(tmp_path: Path) -> None:
    """The hardest case for a limiter's true-peak hold: white noise through the horn filter, pushed 12 dB. At 2x
    oversampling the limiter leaks 0.2 dB over its level (LIMITER_UNDER_DB makes up for it); at 1x, 0.7 dB."""
    noise = lavfi(tmp_path / "noise.wav", "anoisesrc=color=white:amplitude=0.5:seed=7:r=22050:d=5")
    limit = audio.Limit(noise, tmp_path / "limited.wav", True, 12.0, -3.0)
    audio.limit_all(Runner(), [limit], AudioSettings())
    assert reference_true_peak(limit.dst) <= -3.0


@pytest.mark.slow
def test_silence_stays_silent_and_a_silent_recording_is_refused(tmp_path: Path) -> None:
    (tmp_path / "jingles").mkdir()
    lavfi(tmp_path / "jingles" / "lang.wav", "anullsrc=r=44100:cl=mono,atrim=0:3")
    m = measured(renderer(tmp_path).jingle("jingles/lang.wav").path)
    assert m.lufs < -60 and abs(m.duration - 3.0) < 0.1  # not raised by +∞ dB of gain
    from pipeline.render.renderer import ItemFailed

    with pytest.raises(ItemFailed, match="this recording is silent"):
        renderer(tmp_path).recording(tmp_path / "jingles" / "lang.wav", {"title": "lặng"})


@pytest.mark.slow
def test_output_rate_and_channels_follow_the_settings(tmp_path: Path) -> None:
    recording = tone(tmp_path / "in.wav", 4.0, -6.0, rate=22050, channels=2)
    m = measured(renderer(tmp_path, sample_rate=48000).recording(recording, {"title": "t"}).path)
    assert (m.sample_rate, m.channels) == (48000, 1)


@pytest.mark.slow
def test_chime_short_term_loudness_is_capped(tmp_path: Path) -> None:
    (tmp_path / "jingles").mkdir()
    # a loud 1 s burst, then 19 s of a tone 19 dB quieter: at -20 LUFS integrated, the burst would be 7 LU above it
    lavfi(
        tmp_path / "jingles" / "burst.wav",
        "sine=f=800:d=1,volume=0.9[a];sine=f=800:d=19,volume=0.1[b];[a][b]concat=n=2:v=0:a=1",
    )
    m = measured(renderer(tmp_path, jingle_lufs=-20.0).jingle("jingles/burst.wav").path)
    assert m.max_short_term <= -20.0 + 5.0 + 0.5
    assert m.lufs < -20.0  # the cap wins over the integrated target


def test_mix_ducks_the_bed_by_the_set_amount(tmp_path: Path) -> None:
    settings = AudioSettings()
    speech = tone(tmp_path / "speech.wav", 5.0, -6.0, freq=3000)
    bed = tone(tmp_path / "bed.wav", 3.0, -6.0, freq=1000)  # shorter than needed: it loops
    mixed = audio.mix_bed(Runner(), speech, 5.0, bed, tmp_path / "mixed.wav", -6.0, settings) or tmp_path / "mixed.wav"
    before = band_level(mixed, 0.5, 1.5, 1000)  # bed alone
    during = band_level(mixed, 4.0, 2.0, 1000)  # under the speech
    after = band_level(mixed, 2.5 + 5.0 + 1.2, 0.5, 1000)  # back up after the release
    assert abs((before - during) - settings.duck_db) <= 1.0
    assert abs(after - before) <= 1.5
    assert abs(measured(mixed).duration - (2.5 + 5.0 + 2.5)) < 0.05


@pytest.mark.slow
def test_a_recording_over_a_bed_keeps_the_bed_under_the_speech(tmp_path: Path) -> None:
    speech = tone(tmp_path / "speech.wav", 5.0, -6.0, freq=3000)
    bed = tone(tmp_path / "bed.wav", 12.0, -6.0, freq=1000)
    m_path = renderer(tmp_path).recording(speech, {"title": "t"}, bed).path
    gap = 0.4
    before = band_level(m_path, gap + 0.5, 1.5, 1000)
    during = band_level(m_path, gap + 2.5 + 1.5, 2.0, 1000)
    assert before - during >= 15.0 - 1.0  # the horn compressor can only deepen the duck
    assert abs(measured(m_path).lufs + 16.0) <= 0.5 and reference_true_peak(m_path) <= -1.5


@pytest.mark.slow
def test_slot_file_has_the_items_in_order_with_their_gaps(mini_ws: Path) -> None:
    assert build(mini_ws, DAY).exit_code == 0
    day = mini_ws / "playlists" / DAY.isoformat()
    slot = json.loads((day / "manifest.json").read_text(encoding="utf-8"))["stations"][0]["slots"][0]
    whole = day / "an-binh" / slot["file"]
    assert abs(measured(whole).duration - sum(i["duration"] for i in slot["items"])) < 0.1
    for item in slot["items"]:
        window = day / "an-binh" / f"{item['file']}.window.wav"
        subprocess.run(
            [
                "ffmpeg",
                "-v",
                "error",
                "-ss",
                str(item["start"]),
                "-t",
                str(item["duration"]),
                "-i",
                str(whole),
                str(window),
            ],
            check=True,
        )
        assert abs(measured(window).lufs - item["lufs"]) <= 1.0, item["file"]  # the right item at the right offset
        if item["kind"] == "speech":
            lead = band_level(whole, item["start"] + 0.05, 0.25, 1000)
            assert lead < -60, item["file"]  # the configured gap of silence before each spoken item


@pytest.mark.slow
def test_id3_tags_name_the_item_and_issuer_not_the_station(mini_ws: Path) -> None:
    item = mini_ws / "scripts_vi" / "announcements" / "hop-thon.md"
    item.write_text(
        item.read_text(encoding="utf-8").replace("title: Họp thôn", "title: Họp thôn\nissuer: UBND xã An Bình")
    )
    build(mini_ws, DAY)
    mp3 = next((mini_ws / "playlists" / DAY.isoformat() / "an-binh").glob("phan-doan/*-hop-thon.mp3"))
    probe = subprocess.run(
        ["ffprobe", "-v", "error", "-show_entries", "format_tags", "-of", "json", str(mp3)],
        capture_output=True,
        text=True,
        check=True,
    )
    tags = {k.lower(): v for k, v in json.loads(probe.stdout)["format"]["tags"].items()}
    assert (tags["title"], tags["album"], tags["artist"]) == ("Họp thôn", "hop-thon", "UBND xã An Bình")
    assert "An Bình" not in tags["title"] and DAY.isoformat() not in json.dumps(tags)


@pytest.mark.slow
def test_an_item_can_have_its_own_intro_and_outro(mini_ws: Path) -> None:
    item = mini_ws / "scripts_vi" / "announcements" / "hop-thon.md"
    extra = "intro: builtin:chuong-hai\noutro: builtin:chuong-ba-len"
    item.write_text(item.read_text(encoding="utf-8").replace("title: Họp thôn", f"title: Họp thôn\n{extra}"))
    build(mini_ws, DAY)
    slot = json.loads((mini_ws / "playlists" / DAY.isoformat() / "manifest.json").read_text())["stations"][0]["slots"][
        0
    ]
    labels = [re.sub(r"^phan-doan/.*_\d+-|\.mp3$", "", i["file"]) for i in slot["items"]]
    assert labels == ["nhac-hieu", "mo-dau", "mo-tin", "hop-thon", "ket-tin", "ket-thuc", "nhac-hieu-ket"]


@pytest.mark.slow
def test_long_silence_inside_an_item_is_reported(mini_ws: Path) -> None:
    (mini_ws / "recordings").mkdir()
    lavfi(
        mini_ws / "recordings" / "r.wav",
        "sine=f=500:d=2[a];anullsrc=r=44100:cl=mono,atrim=0:5[b];sine=f=500:d=2[c];[a][b][c]concat=n=3:v=0:a=1",
    )
    item = mini_ws / "scripts_vi" / "announcements" / "hop-thon.md"
    item.write_text(
        item.read_text(encoding="utf-8").replace("title: Họp thôn", "title: Họp thôn\naudio: recordings/r.wav")
    )
    report = build(mini_ws, DAY)
    assert any(re.match(r"'Họp thôn' has 5\.\d s of silence inside", w) for w in worded_all(report.warnings)), (
        report.warnings
    )


def test_inspect_prints_what_an_engineer_checks(tmp_path: Path) -> None:
    path = tone(tmp_path / "t.wav", 4.0, -6.0)
    result = CliRunner().invoke(cli, ["inspect", str(path)])
    assert result.exit_code == 0
    pattern = (
        rf"{re.escape(str(path))}: 4\.00 s, -\d+\.\d LUFS, true peak -\d+\.\d dBTP, LRA \d+\.\d LU, "
        r"max short-term -\d+\.\d LUFS, 44100 Hz mono, longest silence 0\.0 s\n"
    )
    assert re.fullmatch(pattern, result.output)
