"""The announcement form: what it holds (as typed), an announcement shown in it, and what it can tell is wrong
field by field before the file is written (app/editing.py writes and saves it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

from ..domain.limits import LIMITS
from ..domain.model import WEEKDAYS, Announcement, Priority, Workspace
from ..domain.voice import ESPEAK_VARIANTS, RATE_WPM
from ..domain.warning import RISK_LEVELS, hazard
from ..errors import LoaError, Problem
from ..i18n import tr
from ..workspace.fields import whole_number
from .language_form import language_wrong

PRIORITIES = frozenset(level.slug for level in Priority)
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")  # no text file holds these (NUL ends YAML)


@dataclass(frozen=True)
class Form:
    """What the editor's form holds, as typed (strings: the form may be wrong, and is shown back as it was)."""

    title: str = ""
    priority: str = "thuong"
    valid_from: str = ""  # YYYY-MM-DD
    from_time: str = ""  # HH:MM, optional
    valid_until: str = ""
    until_time: str = ""
    stations: tuple[str, ...] = ()  # none: every station
    slots: tuple[str, ...] = ()  # none: every slot
    days: tuple[str, ...] = ()  # t2..cn; none: every day
    repeat: str = "1"
    template: str = ""
    issuer: str = ""
    body: str = ""
    hazard: str = ""  # a slug of domain/warning.py, "" for no disaster warning
    risk_level: str = ""  # "1" … "5", or ""
    responsible: str = ""
    language: str = "vi"  # an ISO 639 code of domain/languages.py
    version_of: str = ""  # a translation: the id of its Vietnamese original
    voice: str = ""  # domain/voice.py: nam, nu, a piper model; "" the district's default
    rate: str = ""  # words per minute, "" the district's default


class FormInvalid(LoaError):
    """Some fields are wrong; `fields` maps a form field ("_" for the whole form) to what to fix there."""

    def __init__(self, fields: dict[str, str]) -> None:
        super().__init__(*(Problem(None, None, what, key) for key, what in fields.items()))
        self.fields = fields


def form_of(item: Announcement) -> Form:
    until = item.until_time.strftime("%H:%M") if item.until_time else ""
    return Form(
        item.title,
        item.priority.slug,
        _day(item.valid_from),
        item.from_time.strftime("%H:%M") if item.from_time else "",
        _day(item.valid_until),
        until,
        item.stations or (),
        item.slots or (),
        tuple(code for code, number in WEEKDAYS.items() if number in (item.days or ())),
        str(item.repeat),
        item.template or "",
        item.issuer,
        item.body.strip("\n"),
        item.hazard,
        str(item.risk_level or ""),
        item.responsible,
        item.language,
        item.version_of or "",
        item.voice,
        str(item.rate or ""),
    )


def checked(form: Form, workspace: Workspace, recorded: bool = False) -> Form:
    """Field by field, what the form itself can tell (the file's own checks follow); with a recording (`recorded`)
    the text is optional: the recording is what airs."""
    wrong: dict[str, str] = {}
    if not form.title.strip():
        wrong["title"] = tr("write a title: it is read out before the text")
    if form.priority not in PRIORITIES:
        wrong["priority"] = tr("choose a priority from the list")
    start, end = _parsed_moment(form.valid_from, form.from_time), _parsed_moment(form.valid_until, form.until_time)
    for key, moment in (("valid_from", start), ("valid_until", end)):
        if moment is None:
            wrong[key] = tr("write the date as year-month-day (2021-08-31) and the time as 07:30, or leave both empty")
    if isinstance(start, datetime) and isinstance(end, datetime) and end < start:
        wrong["valid_until"] = tr("the last day is before the first day: swap them")
    if form.priority == "khan-cap" and not form.valid_until:
        wrong["valid_until"] = tr("an emergency needs a last day, or it airs every day forever")
    known = {s.id for s in workspace.stations}
    if set(form.stations) - known:
        wrong["stations"] = tr("choose stations from the list")
    if set(form.slots) - {slot.name for s in workspace.stations for slot in s.slots}:
        wrong["slots"] = tr("choose slots from the list")
    if set(form.days) - set(WEEKDAYS):
        wrong["days"] = tr("choose days from the list")
    if whole_number(form.repeat, 1, LIMITS.repeat) is None:
        wrong["repeat"] = tr(
            "write how many times a slot reads it: a number from 1 to {highest}", highest=LIMITS.repeat
        )
    if form.template and not (workspace.templates_dir / f"{form.template}.j2").is_file():
        wrong["template"] = tr("choose a template from the list")
    wrong |= _warning_wrong(form) | language_wrong(form.language, form.version_of, workspace, recorded)
    wrong |= _voice_wrong(form, workspace)
    for key in ("title", "issuer", "responsible", "body"):
        if CONTROL.search(getattr(form, key)):
            wrong[key] = tr("remove the invisible control characters (pasted from another program) from this field")
    if not form.body.strip() and not recorded:
        wrong["body"] = tr("write the text of the announcement, or choose a recording to air instead")
    elif len(form.body.encode()) > LIMITS.announcement_bytes:
        wrong["body"] = tr("the text is too long for one announcement: split it in two")
    if wrong:
        raise FormInvalid(wrong)
    return form


def voices(workspace: Workspace) -> tuple[str, ...]:
    """The voices an announcement may choose: a man's and a woman's (espeak-ng), and the workspace's piper models
    (voices/*.onnx with their .onnx.json)."""
    models = sorted(p for p in (workspace.root / "voices").glob("*.onnx") if Path(f"{p}.json").is_file())
    return (*ESPEAK_VARIANTS, *(p.relative_to(workspace.root).as_posix() for p in models))


def _voice_wrong(form: Form, workspace: Workspace) -> dict[str, str]:
    wrong = {}
    if form.voice and form.voice not in voices(workspace):
        wrong["voice"] = tr("choose a voice from the list")
    if form.rate.strip() and whole_number(form.rate, *RATE_WPM) is None:
        wrong["rate"] = tr("choose a reading speed from the list")
    return wrong


def _warning_wrong(form: Form) -> dict[str, str]:
    """A disaster warning's fields: a hazard from the list, a risk level 1–5 that comes with one."""
    wrong = {}
    if form.hazard and hazard(form.hazard) is None:
        wrong["hazard"] = tr("choose the type of natural hazard from the list")
    if form.risk_level.strip() and whole_number(form.risk_level, RISK_LEVELS[0], RISK_LEVELS[-1]) is None:
        wrong["risk_level"] = tr("choose a disaster risk level from 1 to 5 in the list")
    elif form.risk_level.strip() and not form.hazard:
        wrong["risk_level"] = tr("a risk level belongs to a hazard: choose the type of natural hazard too")
    return wrong


def _parsed_moment(day: str, clock: str) -> datetime | str | None:
    """The moment typed, "" when nothing was, None when it cannot be read."""
    if not day.strip():
        return "" if not clock.strip() else None
    try:
        return datetime.combine(
            date.fromisoformat(day.strip()), time.fromisoformat(clock.strip()) if clock.strip() else time()
        )
    except ValueError:
        return None


def _day(value: date | None) -> str:
    return value.isoformat() if value else ""
