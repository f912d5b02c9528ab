"""Only real announcement files are read: hidden and temporary files never, a failed copy leaves nothing behind.

From the fault campaign of issue 11 (its case numbers kept in the test names)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from pipeline.app.emergency import emergency

from ..build.test_programming import EMERGENCY
from ..conftest import ANNOUNCEMENTS, MORNING, announcements, invoke

# 6. temporary files are never announcements


def test_6_hidden_and_temporary_files_are_never_loaded(mini_ws: Path) -> None:
    folder = mini_ws / ANNOUNCEMENTS
    (folder / ".tmp-4242-bao.md").write_text(EMERGENCY, encoding="utf-8")
    (folder / "~$bao.md").write_text("junk", encoding="utf-8")
    (folder / "hop-thon.md~").write_text("junk", encoding="utf-8")
    code, output = invoke("validate", str(mini_ws))
    assert (code, output.strip()) == (0, "OK: 1 stations, 1 announcements")


def test_6_a_failed_copy_leaves_no_partial_file(mini_ws: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = tmp_path / "bao.md"
    source.write_text(EMERGENCY, encoding="utf-8")

    def full_disk(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "link", full_disk)
    with pytest.raises(OSError):
        emergency(mini_ws, source, (), MORNING)
    assert announcements(mini_ws) == ["hop-thon.md"]
