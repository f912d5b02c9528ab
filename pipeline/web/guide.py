""" "Hướng dẫn sử dụng": the user guide in Vietnamese, one section per role, open to everyone signed in.

The guide is a template (templates/huong-dan.html) so it reads like the app's other pages and names their parts
with the same words; docs/huong-dan.md is the same text for reading outside the app.
"""

from __future__ import annotations

from flask import Blueprint, render_template

from .guard import allow

pages = Blueprint("guide", __name__)


@pages.get("/huong-dan")
@allow("editor", "approver", "operator", "admin")
def show() -> str:
    return render_template("huong-dan.html")
