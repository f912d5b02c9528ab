# ruff: noqa: F811  (the fixtures app and ws come from test_web)
"""The Vietnamese user guide (issue 32.9): every role opens "Hướng dẫn sử dụng" from the menu, finds its own section
and the common messages explained, and the guide names the app's parts with the words the pages really use."""

from __future__ import annotations

import re
from pathlib import Path

from flask import Flask

from pipeline.web import words

from .test_web import USERS, app, login, ws  # noqa: F401 (fixtures)

TEMPLATES = Path(words.__file__).parent / "templates"
GUIDE_MD = Path(__file__).parents[2] / "docs" / "huong-dan.md"  # the same guide, read outside the app
SECTIONS = {"bien-tap": "Biên tập viên", "duyet": "Người duyệt", "van-hanh": "Người vận hành đài",
            "quan-tri": "Quản trị", "su-co": "Khi có sự cố"}  # fmt: skip


def test_every_role_opens_the_guide_from_the_menu_and_finds_each_roles_section(app: Flask) -> None:
    for name in USERS.values():
        client, _ = login(app, name)
        menu = client.get("/", follow_redirects=True).text
        assert 'href="/huong-dan" id="guide-link">Hướng dẫn</a>' in menu, name
        page = client.get("/huong-dan")
        assert page.status_code == 200 and "<h1>Hướng dẫn sử dụng</h1>" in page.text
        for anchor, heading in SECTIONS.items():
            assert f'id="{anchor}"' in page.text and f"<h2>{heading}" in page.text, (name, anchor)
            assert f'href="#{anchor}"' in page.text


def test_the_guide_names_pages_buttons_and_messages_as_the_app_shows_them() -> None:
    guide = (TEMPLATES / "huong-dan.html").read_text(encoding="utf-8")
    named = set(re.findall(r"<b>(.*?)</b>", guide, re.DOTALL))
    app_words = "".join(p.read_text(encoding="utf-8") for p in TEMPLATES.glob("*.html") if p.name != "huong-dan.html")
    app_words += Path(words.__file__).read_text(encoding="utf-8")
    assert len(named) > 40
    assert sorted(n for n in named if " ".join(n.split()) not in " ".join(app_words.split())) == []


def test_the_guide_has_no_inline_style_the_apps_policy_would_block() -> None:
    guide = (TEMPLATES / "huong-dan.html").read_text(encoding="utf-8")
    assert "style=" not in guide and "<style" not in guide


def test_the_markdown_guide_has_the_pages_sections_and_names() -> None:
    page = (TEMPLATES / "huong-dan.html").read_text(encoding="utf-8")
    text = GUIDE_MD.read_text(encoding="utf-8")
    assert re.findall(r"<h2>(.*?)</h2>", page) == re.findall(r"^## (.*)$", text, re.MULTILINE)
    named = {" ".join(n.split()) for n in re.findall(r"<b>(.*?)</b>", page, re.DOTALL)}
    assert named <= {" ".join(n.split()) for n in re.findall(r"\*\*(.*?)\*\*", text)}
