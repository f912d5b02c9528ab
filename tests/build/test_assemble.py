"""Values written into playlists, HTML and CSV cannot inject: titles with line breaks refused, cells escaped.

From the fault campaign of issue 11 (its case numbers kept in the test names)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.build.steps import build

from ..build.test_programming import DAY
from ..conftest import ANNOUNCEMENTS, invoke, slot_file

# 9. values written into playlists, HTML and CSV cannot inject


def test_9_a_title_with_a_line_break_is_refused(mini_ws: Path) -> None:
    item = mini_ws / ANNOUNCEMENTS / "hop-thon.md"
    item.write_text(
        item.read_text(encoding="utf-8").replace("title: Họp thôn", 'title: "Họp\\nthon.mp3"'), encoding="utf-8"
    )
    code, output = invoke("validate", str(mini_ws))
    assert code == 1 and "hop-thon.md:2: 'title' must be one line" in output


@pytest.mark.slow
def test_9_playlist_and_csv_values_are_escaped(mini_ws: Path) -> None:
    item = mini_ws / ANNOUNCEMENTS / "hop-thon.md"
    item.write_text(
        item.read_text(encoding="utf-8").replace("title: Họp thôn", "title: '=HYPERLINK(\"x\") <b>'"), encoding="utf-8"
    )
    build(mini_ws, DAY)
    folder = mini_ws / "playlists" / DAY.isoformat()
    assert "'=HYPERLINK" in (folder / "bao-cao.csv").read_text(encoding="utf-8")
    assert "&lt;b&gt;" in (folder / "an-binh" / "lich-phat.html").read_text(encoding="utf-8")
    lines = slot_file(folder / "an-binh", ext="m3u8").read_text(encoding="utf-8").splitlines()
    assert all(line.startswith("#") or line.endswith(".mp3") for line in lines)
