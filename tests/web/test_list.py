"""The editors' list at a district's size: fifty announcements a page, the search and the filter over all of them,
the pages' links keeping both (bench/web.py measures it on 10,000)."""

from __future__ import annotations

import re
from pathlib import Path

from flask import Flask

from .test_web import ANNOUNCEMENTS, app, login, ws  # noqa: F401


def _many(root: Path, count: int) -> None:
    for n in range(count):
        draft = "status: nhap\n" if n % 2 else ""
        (root / ANNOUNCEMENTS / f"tin-{n:03d}.md").write_text(
            f"---\ntitle: Thông báo số {n}\nvalid_from: 2021-08-01\nvalid_until: 2021-08-31\n{draft}---\nNội dung {n}.\n",
            encoding="utf-8",
        )


def _titles(page: str) -> list[str]:
    return re.findall(r'<a href="/tin/[^"]+">([^<]+)</a>', page)


def test_the_list_shows_fifty_announcements_a_page_with_links_to_the_others(app: Flask, ws: Path) -> None:  # noqa: F811
    _many(ws, 120)  # and the workspace's hop-thon: 121, in file order (hop-thon first)
    editor, _ = login(app, "bien-tap")
    first = editor.get("/tin").text
    assert 'id="found">121 thông báo, đang xem 1–50' in first and "Trang 1/3" in first
    assert _titles(first) == ["Họp thôn", *(f"Thông báo số {n}" for n in range(49))]
    assert 'rel="next" href="/tin?trang=2"' in first and 'rel="prev"' not in first
    last = editor.get("/tin?trang=3").text
    assert 'id="found">121 thông báo, đang xem 101–121' in last and _titles(last)[-1] == "Thông báo số 119"
    assert 'rel="prev" href="/tin?trang=2"' in last and 'rel="next"' not in last
    assert editor.get("/tin?trang=99").text.count("Trang 3/3") == 2  # past the end: the last page, pager twice
    assert "Trang 1/3" in editor.get("/tin?trang=abc").text


def test_the_search_and_the_filter_look_at_every_page_and_the_links_keep_them(app: Flask, ws: Path) -> None:  # noqa: F811
    _many(ws, 120)
    editor, _ = login(app, "bien-tap")
    found = editor.get("/tin?q=thong+bao+so+11").text  # without accents, as typed on a phone: 11, 110-119
    assert 'id="found">Tìm thấy 11 thông báo</p>' in found and "Trang 1/" not in found
    assert _titles(found) == ["Thông báo số 11", *(f"Thông báo số {n}" for n in range(110, 120))]
    drafts = editor.get("/tin?trang-thai=nhap&trang=2").text
    assert 'id="found">Tìm thấy 60 thông báo, đang xem 51–60' in drafts
    assert _titles(drafts) == [f"Thông báo số {n}" for n in range(101, 120, 2)]
    assert 'rel="prev" href="/tin?trang-thai=nhap&amp;trang=1"' in drafts
    assert 'href="/tin?q=bao&amp;trang=2"' in editor.get("/tin?q=bao").text
