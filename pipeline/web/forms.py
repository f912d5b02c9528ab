"""Reading the announcement form every page posts (editor, live preview, listen, emergency), and its recording."""

from __future__ import annotations

from flask import request

from ..app.editing import Form
from ..app.recordings import Upload


def posted_form() -> Form:
    """The form as sent, each field bounded; absent fields take the form's defaults."""
    take = request.form
    return Form(
        title=take.get("title", "")[:300],
        priority=take.get("priority", "thuong"),
        valid_from=take.get("valid_from", "")[:10],
        from_time=take.get("from_time", "")[:5],
        valid_until=take.get("valid_until", "")[:10],
        until_time=take.get("until_time", "")[:5],
        stations=tuple(take.getlist("stations"))[:1000],
        slots=tuple(take.getlist("slots"))[:50],
        days=tuple(take.getlist("days"))[:7],
        repeat=take.get("repeat", "1")[:4],
        template=take.get("template", "")[:60],
        issuer=take.get("issuer", "")[:200],
        body=take.get("body", ""),
        hazard=take.get("hazard", "")[:40],
        risk_level=take.get("risk_level", "")[:2],
        responsible=take.get("responsible", "")[:200],
    )


def posted_recording() -> Upload | None:
    """The recording chosen in the form's file field, if any (the server bounds its size: MAX_CONTENT_LENGTH)."""
    sent = request.files.get("recording")
    return Upload(sent.filename, sent.read()) if sent is not None and sent.filename else None


def with_upload_hint(errors: dict[str, str], upload: Upload | None) -> dict[str, str]:
    """A browser never fills a file field again: when a form that carried a file is sent back, say to choose it
    again (unless the file itself is what was wrong)."""
    if upload is None or "recording" in errors:
        return errors
    return {**errors, "recording": "Chưa lưu. Sửa các ô báo lỗi, rồi chọn lại tệp ghi âm trước khi gửi."}
