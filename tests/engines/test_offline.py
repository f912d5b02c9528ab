"""Offline with gTTS first: one network attempt per build, then the offline voice.

From the fault campaign of issue 11 (its case numbers kept in the test names)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.build.steps import build

from ..build.test_programming import DAY
from ..engines.test_engines import FakeGoogle

# 13. offline with gTTS first costs what espeak alone costs


@pytest.mark.slow
def test_13_an_offline_gtts_first_build_asks_the_network_once(two_ws: Path) -> None:
    path = two_ws / "loa.toml"
    path.write_text(
        path.read_text(encoding="utf-8").replace('engines = ["espeak"]', 'engines = ["gtts", "espeak"]'),
        encoding="utf-8",
    )
    fake = FakeGoogle(b"", ["refused"] * 1000)
    report = build(two_ws, DAY, transport=fake, clock=fake)
    assert len(fake.sent_at) == 1 and fake.slept == []
    assert len(report.fallbacks) >= 4  # every speech segment, spoken by espeak at once
