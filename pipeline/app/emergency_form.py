"""An emergency from the web form: the approver's text becomes a khẩn-cấp file and takes the emergency path."""

from __future__ import annotations

import dataclasses
import shutil
import tempfile
from datetime import datetime
from pathlib import Path

from ..errors import WouldNotAir
from ..i18n import tr
from ..workspace.fields import slugify
from . import recordings
from .accounts import User
from .announcement_form import Form, FormInvalid, checked
from .editing import file_text, kept_upload
from .emergency import EmergencyReport
from .emergency import emergency as run_emergency
from .snapshot import Snapshot


def send(
    snapshot: Snapshot, form: Form, by: User, now: datetime, upload: recordings.Upload | None = None
) -> EmergencyReport:
    """Air `form` (its end is required) at its stations from now, signed off by the approver `by`; the report
    says where.

    The form is checked field by field as the editors' form is (FormInvalid), then the emergency path checks
    that it reaches the air before anything is saved. With `upload`, the recording airs instead of the text.
    """
    form = dataclasses.replace(form, priority="khan-cap", valid_from=now.date().isoformat(), from_time=f"{now:%H:%M}")
    checked(form, snapshot.view().workspace, upload is not None)
    (snapshot.root / ".loa").mkdir(exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="khan-cap-", dir=snapshot.root / ".loa"))
    draft = folder / f"{slugify(form.title)[:60].strip('-') or 'khan-cap'}.md"  # the file's name in the workspace
    try:
        with kept_upload(snapshot.root, upload, form.title) as kept:
            draft.write_text(file_text(form, "", [f'audio: "{kept.path}"'] if kept else []), encoding="utf-8")
            return run_emergency(snapshot.root, draft, form.stations, now, approver=by)
    except WouldNotAir as err:  # said on the form's field, not on a file the approver never saw
        station = snapshot.view().workspace.station(err.station)
        what = tr(
            "it would not air at {station} before the end you chose", station=station.name if station else err.station
        )
        fix = tr("choose a later end")
        raise FormInvalid({"valid_until": f"{what}: {fix}"}) from None
    finally:
        shutil.rmtree(folder, ignore_errors=True)
