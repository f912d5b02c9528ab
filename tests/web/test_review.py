"""The approver's side of a bound approval on the web: "Cần duyệt lại" in the list, the spoken text old against
new on the review page, and approving again; the same use case and audit row as `loa approve`."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from flask import Flask

from pipeline.app import accounts

from .test_web import app, login, ws  # noqa: F401  (fixtures)


def _require_approval(ws: Path) -> None:  # noqa: F811
    settings = ws / "loa.toml"
    settings.write_text("require_approval = true\n" + settings.read_text("utf-8"), encoding="utf-8")


def _approve(client, csrf: str, item_id: str = "hop-thon") -> None:  # type: ignore[no-untyped-def]
    page = client.get(f"/duyet/{item_id}").text
    version = re.search(r'name="version" value="([^"]+)"', page)[1]  # type: ignore[index]
    assert (
        client.post(f"/duyet/{item_id}", data={"csrf": csrf, "version": version, "action": "duyet"}).status_code == 302
    )


@pytest.mark.slow
def test_a_lexicon_line_sends_an_approved_item_back_to_the_approver_with_the_spoken_diff(app: Flask, ws: Path) -> None:  # noqa: F811
    _require_approval(ws)
    approver, csrf = login(app, "lanh-dao")
    _approve(approver, csrf)
    assert 'class="status s-da-duyet"' in approver.get("/tin").text
    editor, ecsrf = login(app, "bien-tap")
    added = editor.post("/tu-dien", data={"csrf": ecsrf, "written": "họp", "spoken": "không họp"})
    assert added.status_code == 200
    listed = approver.get("/tin").text
    assert '<span class="status s-can-duyet-lai">Cần duyệt lại</span>' in listed and 'href="/duyet/hop-thon"' in listed
    page = approver.get("/duyet/hop-thon").text
    assert "Cần duyệt lại: lời đọc đã khác bản được duyệt" in page
    assert "<del>-Tối nay họp thôn lúc mười chín giờ ba mươi phút.</del>" in page
    assert "<ins>+Tối nay không họp thôn lúc mười chín giờ ba mươi phút.</ins>" in page
    other, ocsrf = login(app, "lanh-dao-2")
    _approve(other, ocsrf)
    assert 'class="status s-da-duyet"' in approver.get("/tin").text
    assert "Cần duyệt lại: lời đọc" not in approver.get("/duyet/hop-thon").text
    actions = [(e.user, e.action) for e in accounts.history(ws, "hop-thon")]
    assert actions == [("lanh-dao-2", "duyet"), ("lanh-dao", "duyet")]
