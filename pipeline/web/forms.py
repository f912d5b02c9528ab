"""Reading the announcement form every page posts (editor, live preview, listen, emergency), and its recording."""

from __future__ import annotations

from flask import g, request

from ..app import held
from ..app.announcement_form import Form
from ..app.held import Held
from ..app.recordings import Upload
from ..errors import LoaError
from .words import SAID


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
        language=take.get("language", "vi")[:8],
        version_of=take.get("version_of", "")[:100],
        voice=take.get("voice", "")[:200],
        rate=take.get("rate", "")[:4],
    )


def posted_recording() -> tuple[Upload | None, str]:
    """The recording of the form: the file chosen now (the server bounds its size: MAX_CONTENT_LENGTH), else the
    one held for this user under the page's token; and that token when the held one is used."""
    sent, token = request.files.get("recording"), request.form.get("held_recording", "")[:40]
    if sent is not None and sent.filename:
        return Upload(sent.filename, sent.read()), ""
    return (upload, token) if token and (upload := held.take(g.root, token, g.user.name, g.now())) else (None, "")


def lost_recording() -> dict[str, str]:
    """The page carried a held recording that is no longer held (it expired): say so on its field."""
    token = request.form.get("held_recording", "")
    if not token or held.find(g.root, token[:40], g.user.name, g.now()) is not None:
        return {}
    return {"recording": SAID["held-expired"]}


def held_back(errors: dict[str, str], upload: Upload | None, token: str) -> tuple[dict[str, str], Held | None]:
    """A browser never fills a file field again: when a form that carried a valid recording is refused, the
    recording is held under a token the page carries back (its own error said on its field when it is not valid)."""
    if upload is None or "recording" in errors:
        return errors, None
    if token and (found := held.find(g.root, token, g.user.name, g.now())) is not None:
        return errors, found
    try:
        return errors, held.hold(g.root, upload, g.user.name, g.now())
    except LoaError as err:
        return {**errors, "recording": err.plain}, None
