"""The voice an announcement chooses (issue 32.8): `voice: nam|nu` and `rate:` in its front matter, rendered by real
espeak-ng through the whole chain (front matter → segment → engine → mastering), measured."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import numpy as np
import pytest

from pipeline.app import commands
from pipeline.build.check import load_workspace
from pipeline.build.plan import make_plan
from pipeline.build.program import ProgramWriter
from pipeline.domain.segments import Speech
from pipeline.errors import ValidationFailed

from ..app.test_approvals import _aired, _approve, _require_approval
from ..conftest import ANNOUNCEMENTS, make_mini_ws, measured

DAY = date(2021, 8, 10)
TEXT = "Tối nay họp thôn lúc mười chín giờ ba mươi tại nhà văn hóa, mời bà con đến đầy đủ và đúng giờ."


def centroid(path: Path) -> float:
    """The spectral centroid (Hz) of the voiced frames: a woman's voice sits higher than a man's."""
    raw = subprocess.run(["ffmpeg", "-v", "error", "-i", str(path), "-ac", "1", "-ar", "16000", "-f", "s16le", "-"],
                         check=True, capture_output=True).stdout  # fmt: skip
    samples = np.frombuffer(raw, dtype=np.int16).astype(np.float64)
    frames = samples[: len(samples) // 512 * 512].reshape(-1, 512)
    loud = frames[np.sqrt((frames**2).mean(axis=1)) > 500]
    spectrum = np.abs(np.fft.rfft(loud * np.hanning(512), axis=1))
    freqs = np.fft.rfftfreq(512, 1 / 16000)
    return float((spectrum * freqs).sum() / spectrum.sum())


def heard(ws: Path, front: str, name: str) -> tuple[float, float]:
    """(length in seconds, spectral centroid) of the announcement with `front` as "Nghe thử" renders it."""
    item = ws / ANNOUNCEMENTS / "hop-thon.md"
    item.write_text(f"---\ntitle: Họp thôn\nvalid_from: 2021-08-01\nvalid_until: 2021-08-31\n{front}---\n{TEXT}\n",
                    encoding="utf-8")  # fmt: skip
    out = ws / f"{name}.mp3"
    commands.preview(ws, "hop-thon", "an-binh", DAY, out)
    return measured(out).duration, centroid(out)


@pytest.fixture(scope="module")
def ws(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_mini_ws(tmp_path_factory.mktemp("voice") / "ws")


@pytest.mark.slow
def test_a_womans_and_a_mans_voice_read_the_same_text_differently(ws: Path) -> None:
    man, woman, default = heard(ws, "voice: nam\n", "nam"), heard(ws, "voice: nu\n", "nu"), heard(ws, "", "mac-dinh")
    assert woman[1] > man[1] * 1.1, (man, woman)  # measured: 1668 Hz against 1435 Hz
    assert abs(woman[0] - man[0]) < 0.25 * man[0]  # the same words: about the same length
    assert default != man and default != woman


@pytest.mark.slow
def test_a_rate_of_its_own_changes_how_long_it_takes(ws: Path) -> None:
    slow, fast = heard(ws, "rate: 90\n", "cham")[0], heard(ws, "rate: 180\n", "nhanh")[0]
    assert fast < slow * 0.7, (slow, fast)


def test_the_district_default_voice_is_taken_from_loa_toml(tmp_path: Path) -> None:
    ws = make_mini_ws(tmp_path / "ws")
    (ws / "loa.toml").write_text('[speech]\nvoice = "nu"\n', encoding="utf-8")
    assert commands.validate(ws).announcements == 1
    (ws / "loa.toml").write_text('[speech]\nvoice = "tre-em"\n', encoding="utf-8")
    with pytest.raises(ValidationFailed, match="'tre-em' is not a voice") as err:
        commands.validate(ws)
    assert err.value.problems[0].line == 2


def test_a_voice_or_rate_the_engines_cannot_read_with_is_refused_at_its_line(tmp_path: Path) -> None:
    ws = make_mini_ws(tmp_path / "ws")
    item = ws / ANNOUNCEMENTS / "hop-thon.md"
    item.write_text("---\ntitle: Họp thôn\nvoice: voices/khong-co.onnx\nrate: 900\n---\nHọp.\n", encoding="utf-8")
    with pytest.raises(ValidationFailed) as err:
        commands.validate(ws)
    found = {(p.line, p.what) for p in err.value.problems}
    assert (3, "the piper voice 'voices/khong-co.onnx' is not in the workspace") in found
    assert (4, "'rate' must be a whole number from 80 to 450") in found


def test_the_approval_covers_the_voice_the_build_reads_in(tmp_path: Path) -> None:
    """Approved as read by a woman, it airs read by a woman; another voice written in afterwards is not approved."""
    ws = make_mini_ws(tmp_path / "ws")
    item = _require_approval(ws)
    item.write_text(item.read_text(encoding="utf-8").replace("title:", "voice: nu\nrate: 100\ntitle:"), "utf-8")
    _approve(ws)
    workspace = load_workspace(ws)
    programs = ProgramWriter(workspace).programs(make_plan(workspace, DAY), DAY)
    read = [(s.voice, s.rate) for p in programs for slot in p.slots for s in slot.segments
            if isinstance(s, Speech) and s.announcement_id]  # fmt: skip
    assert read == [("nu", 100)] and _aired(ws) == ["hop-thon"]
    item.write_text(item.read_text(encoding="utf-8").replace("voice: nu", "voice: nam"), "utf-8")
    assert _aired(ws) == []  # the file changed since it was approved: it waits for an approver
