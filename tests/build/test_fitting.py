"""Slots are fitted from the rendered, normalized text, not from the announcement source.

From the fault campaign of issue 11 (its case numbers kept in the test names)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ..build.test_programming import DAY
from ..conftest import ANNOUNCEMENTS, invoke

# 14. slots are fitted from the rendered, normalized text


@pytest.mark.slow
def test_14_a_short_template_that_expands_to_minutes_does_not_fit_on_paper(mini_ws: Path) -> None:
    (mini_ws / "scripts_vi" / "templates" / "dai.j2").write_text(
        "{{ body }}\n{% for i in range(600) %}Bà con chú ý thực hiện đúng quy định phòng chống dịch bệnh.\n{% endfor %}\n",
        encoding="utf-8",
    )
    (mini_ws / ANNOUNCEMENTS / "dai.md").write_text("---\ntitle: Dài\ntemplate: dai\n---\nNgắn.\n", encoding="utf-8")
    code, output = invoke("build", str(mini_ws), "--date", "2021-08-10")
    assert code == 0, output
    rows = (mini_ws / "playlists" / DAY.isoformat() / "bao-cao.csv").read_text(encoding="utf-8")
    assert "dai,note,,,did not fit the slot; waits for a later day" in rows


# exit codes: busy and usage differ
