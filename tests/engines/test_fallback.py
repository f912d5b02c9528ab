"""Engine chains in a build: fallback, items left out, recordings, per-station engines."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.build.steps import build
from pipeline.build.warnings import worded, worded_all
from pipeline.cli import cli
from pipeline.errors import EXIT_FALLBACK, EXIT_ITEMS_LEFT_OUT
from pipeline.texts import summary

from ..conftest import measured, tone
from ..piper_model import make_voice
from .test_engines import FakeGoogle

DAY = date(2021, 8, 10)


def _settings(ws: Path, speech: str, extra: str = "") -> None:
    path = ws / "loa.toml"
    text = path.read_text(encoding="utf-8").replace('engines = ["espeak"]', speech)
    path.write_text(text + extra, encoding="utf-8")


def _items(ws: Path) -> list[dict[str, object]]:
    manifest = json.loads((ws / "playlists" / DAY.isoformat() / "manifest.json").read_text(encoding="utf-8"))
    return [item for station in manifest["stations"] for slot in station["slots"] for item in slot["items"]]


def _offline() -> dict[str, FakeGoogle]:
    """The network down: every request refused (time simulated)."""
    fake = FakeGoogle(b"", ["refused"] * 1000)
    return {"transport": fake, "clock": fake}


@pytest.mark.slow
def test_network_down_falls_back_to_espeak(mini_ws: Path) -> None:
    _settings(mini_ws, 'engines = ["gtts", "espeak"]')
    report = build(mini_ws, DAY, **_offline())
    assert report.exit_code == EXIT_FALLBACK
    assert len(report.fallbacks) == 3  # identification, the item, the closing
    assert "gtts: Google TTS: the network is down" in report.fallbacks[0].reasons
    assert "not asked again" in report.fallbacks[1].reasons
    speech = [i for i in _items(mini_ws) if i["kind"] == "speech"]
    assert {i["engine"] for i in speech} == {"espeak"}
    assert "3 spoken by a fallback engine" in summary(report)


@pytest.mark.slow
def test_gtts_when_the_network_works(mini_ws: Path, tone_mp3: bytes) -> None:
    _settings(mini_ws, 'engines = ["gtts", "espeak"]')
    fake = FakeGoogle(tone_mp3, [429])
    report = build(mini_ws, DAY, transport=fake, clock=fake)
    assert report.exit_code == 0 and not report.fallbacks
    speech = [i for i in _items(mini_ws) if i["kind"] == "speech"]
    assert {i["engine"] for i in speech} == {"gtts"}
    assert all(abs(float(str(i["lufs"])) + 16) <= 1.0 for i in speech)


@pytest.mark.slow
def test_a_station_chain_overrides_the_workspace_chain(mini_ws: Path) -> None:
    _settings(mini_ws, 'engines = ["gtts"]')
    stations = mini_ws / "stations.yaml"
    stations.write_text(stations.read_text(encoding="utf-8") + "    engines: [espeak]\n", encoding="utf-8")
    report = build(mini_ws, DAY, **_offline())
    assert report.exit_code == 0 and not report.fallbacks


@pytest.mark.slow  # 2 to 7 s: out of the fast loop
def test_every_engine_failing_leaves_the_item_out_and_publishes_the_rest(mini_ws: Path) -> None:
    _settings(mini_ws, 'engines = ["gtts"]')
    report = build(mini_ws, DAY, **_offline())
    assert report.exit_code == EXIT_ITEMS_LEFT_OUT
    assert len(report.left_out) == 3 and "no engine could speak 'Họp thôn'" in worded(report.left_out[1])
    assert _items(mini_ws) == []  # a slot of chimes only is never published
    assert any("NO SPEECH could be made for sang" in w for w in worded_all(report.warnings))


@pytest.mark.slow
def test_build_command_exit_code_says_a_fallback_happened(mini_ws: Path) -> None:
    _settings(mini_ws, 'engines = ["piper", "espeak"]')
    result = CliRunner(mix_stderr=False).invoke(cli, ["build", str(mini_ws), "--date", DAY.isoformat()])
    assert result.exit_code == EXIT_FALLBACK
    assert "warning: 'Họp thôn' was spoken by espeak because piper: no piper voice model is set" in result.stderr


@pytest.mark.slow
def test_a_recording_airs_instead_of_synthesized_speech(mini_ws: Path) -> None:
    (mini_ws / "recordings").mkdir()
    tone(mini_ws / "recordings" / "bao-bao.wav", 4.0, -30.0, rate=48000, channels=2)
    item = mini_ws / "scripts_vi" / "announcements" / "hop-thon.md"
    item.write_text(
        item.read_text(encoding="utf-8").replace("title: Họp thôn", "title: Họp thôn\naudio: recordings/bao-bao.wav")
    )
    assert build(mini_ws, DAY).exit_code == 0
    recorded = next(i for i in _items(mini_ws) if i["announcement_id"] == "hop-thon")
    assert recorded["engine"] == "recorded"
    assert abs(float(str(recorded["lufs"])) + 16) <= 0.5 and float(str(recorded["true_peak"])) <= -1.5
    assert abs(float(str(recorded["duration"])) - (4.0 + 2 * 0.4)) < 0.1  # the recording plus the gaps


def test_missing_or_undecodable_recording_is_a_validation_error(mini_ws: Path) -> None:
    item = mini_ws / "scripts_vi" / "announcements" / "hop-thon.md"
    item.write_text(
        item.read_text(encoding="utf-8").replace("title: Họp thôn", "title: Họp thôn\naudio: recordings/none.mp3")
    )
    result = CliRunner().invoke(cli, ["validate", str(mini_ws)])
    assert result.exit_code == 1
    assert f"{item}:3: the recording 'recordings/none.mp3' does not exist" in result.output
    (mini_ws / "recordings").mkdir()
    (mini_ws / "recordings" / "none.mp3").write_text("not audio")
    result = CliRunner().invoke(cli, ["validate", str(mini_ws)])
    assert f"{item}:3: the recording 'recordings/none.mp3' cannot be decoded" in result.output


def test_unknown_engine_in_settings_is_a_validation_error(mini_ws: Path) -> None:
    _settings(mini_ws, 'engines = ["festival", "espeak"]')
    result = CliRunner().invoke(cli, ["validate", str(mini_ws)])
    line = next(
        n for n, text in enumerate((mini_ws / "loa.toml").read_text().splitlines(), 1) if text.startswith("engines")
    )
    assert result.exit_code == 1
    assert (
        result.output
        == f"error: {mini_ws / 'loa.toml'}:{line}: unknown speech engine 'festival' — use one of: espeak, gtts, piper\n"
    )


@pytest.mark.slow
def test_a_station_can_use_a_piper_voice(mini_ws: Path) -> None:
    (mini_ws / "voices").mkdir()
    make_voice(mini_ws / "voices" / "tiny.onnx")
    stations = (mini_ws / "stations.yaml").read_text(encoding="utf-8")
    (mini_ws / "stations.yaml").write_text(
        stations + "    engines: [piper, espeak]\n    voices:\n      piper: voices/tiny.onnx\n", encoding="utf-8"
    )
    report = build(mini_ws, DAY)
    assert report.exit_code == 0
    speech = [i for i in _items(mini_ws) if i["kind"] == "speech"]
    assert {i["engine"] for i in speech} == {"piper"}
    published = mini_ws / "playlists" / DAY.isoformat() / "an-binh"
    first = sorted(published.glob("phan-doan/*-mo-dau.mp3"))[0]
    assert abs(measured(first).lufs + 16) <= 1.0


@pytest.mark.slow
def test_missing_piper_model_falls_back(mini_ws: Path) -> None:
    _settings(mini_ws, 'engines = ["piper", "espeak"]', '\n[piper]\nmodel = "voices/none.onnx"\n')
    report = build(mini_ws, DAY)
    assert report.exit_code == EXIT_FALLBACK
    assert "piper: this piper voice file is missing" in report.fallbacks[0].reasons
