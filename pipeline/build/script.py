"""Jinja2 templating of broadcast scripts, in the sandbox, with StrictUndefined.

Announcement bodies are templates too; they are loaded under the name
`announcement:<id>` padded with blank lines, so a line number in a template
error is the line in the announcement's file.
"""

from __future__ import annotations

import re
import sys
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import jinja2
from jinja2.exceptions import SecurityError

from ..adapters.files import read_text
from ..domain.limits import LIMITS
from ..domain.model import Announcement, Priority, Slot, Station, Workspace
from ..domain.warning import hazard, warning_words
from ..errors import LoaError, Problem
from ..i18n import tr
from .frame_parts import FramePart, frame_parts
from .sandbox import BoundedSandbox, TemplateLimit

EMERGENCY_TEMPLATE = "khan-cap"  # the shape of an emergency bulletin, used when an emergency names no template
TEMPLATE_NAME = re.compile(r"^[A-Za-z0-9_-]+(?:\.j2)?$")  # a file right in scripts_vi/templates/, nothing else

WEEKDAYS = ("thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật")


class ScriptWriter:
    """Renders opening, item and closing scripts for one workspace."""

    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self.bodies = {a.id: a for a in workspace.announcements}
        loader = jinja2.FunctionLoader(self._load)
        self.env = BoundedSandbox(LIMITS, loader=loader, undefined=jinja2.StrictUndefined, autoescape=False)

    def item(self, announcement: Announcement, station: Station, day: date, slot: Slot, repeat_index: int = 0) -> str:
        """The script of one announcement as read at `station` on `day` in `slot`."""
        context = context_for(station, day, slot)
        context |= {"announcement": _announcement_vars(announcement), "title": announcement.title}
        context |= {"repeat_index": repeat_index, "is_repeat": repeat_index > 0}
        body = self._render(f"announcement:{announcement.id}", context, announcement)
        return self._render(f"{self.template_of(announcement)}.j2", context | {"body": body}, announcement)

    def template_of(self, announcement: Announcement) -> str:
        """Its own template; for an emergency the khẩn-cấp shape ("Thông báo khẩn…") when the workspace has it."""
        if announcement.template:
            return announcement.template
        if (
            announcement.priority == Priority.KHAN_CAP
            and (self.workspace.templates_dir / f"{EMERGENCY_TEMPLATE}.j2").is_file()
        ):
            return EMERGENCY_TEMPLATE
        return self.workspace.settings.default_template

    def frame(self, template: str, station: Station, day: date, slot: Slot) -> str:
        """An opening or closing script (station identification, farewell)."""
        return self._render(f"{template}.j2", context_for(station, day, slot), None)

    def frame_parts(self, template: str, station: Station, day: date, slot: Slot) -> tuple[FramePart, ...]:
        """The frame in its station part and its day part (see frame_parts), each rendered and stored alone."""
        tomorrow = self.frame(template, station, day + timedelta(days=1), slot)
        elsewhere = self.frame(template, replace(station, id="~", name="~ ~", district="~ ~"), day, slot)
        return frame_parts(self.frame(template, station, day, slot), tomorrow, elsewhere)

    def _load(self, name: str) -> tuple[str, str, Any] | None:
        """An announcement's body, or a template file of scripts_vi/templates/ (bounded, never outside it)."""
        if name.startswith("announcement:"):
            item = self.bodies.get(name.removeprefix("announcement:"))
            if item is None:
                return None  # an include of an id no file has: TemplateNotFound, reported at the include's line
            return "\n" * (item.body_line - 1) + item.body, str(item.file), lambda: True
        path = self.workspace.templates_dir / name
        if not TEMPLATE_NAME.match(name) or not (path.exists() or path.is_symlink()):
            return None
        # read once per writer (one build, one emergency): 200 stations rendering one template compile it once
        return read_text(path, self.workspace.root, LIMITS.template_bytes), str(path), lambda: True

    def _render(self, name: str, context: dict[str, Any], source: Announcement | None) -> str:
        try:
            text = self.env.render(self.env.get_template(name), context)
        except TemplateLimit as err:
            what = tr("template stopped: {err}", err=err)
            raise self._at(name, source, what, tr("simplify the template: fewer or shorter loops")) from None
        except jinja2.TemplateNotFound as err:
            if str(err.name).startswith("announcement:"):
                raise self._no_announcement(name, str(err.name), source) from None
            raise self._missing(str(err.name), source) from None
        except jinja2.TemplateSyntaxError as err:
            in_body = source is not None and (err.name or name).startswith("announcement:")
            raise LoaError(
                Problem(
                    source.file
                    if in_body and source
                    else Path(err.filename or self.workspace.templates_dir / (err.name or name)),
                    err.lineno,
                    tr("template syntax error: {message}", message=err.message),
                    tr("check the {{ }} and {% %} tags on this line"),
                )
            ) from None
        except jinja2.UndefinedError as err:
            fix = tr(
                "use one of the variables listed in README (station.name, date, weekday, slot.name, title, body, ...)"
            )
            raise self._at(name, source, tr("unknown template variable: {message}", message=err.message), fix) from None
        except SecurityError as err:
            what = tr("the template tried something unsafe ({err})", err=err)
            raise self._at(name, source, what, tr("use only plain variables and filters")) from None
        return tidy(text)

    def _at(self, name: str, source: Announcement | None, what: str, fix: str) -> LoaError:
        """The error, at the file and line the editor must open: the template's, or the announcement body's."""
        file, line = _template_position(name, source, self.workspace.templates_dir)
        return LoaError(Problem(file, line, what, fix))

    def _no_announcement(self, name: str, included: str, source: Announcement | None) -> LoaError:
        """An `{% include "announcement:<id>" %}` of an id no announcement has."""
        what = tr("the included announcement '{id}' does not exist", id=included.removeprefix("announcement:"))
        known = ", ".join(sorted(self.bodies)) or "(none yet)"
        return self._at(name, source, what, tr("include one of these announcement ids: {known}", known=known))

    def _missing(self, name: str, source: Announcement | None) -> LoaError:
        known = sorted(p.stem for p in self.workspace.templates_dir.glob("*.j2"))
        file = source.file if source else self.workspace.root / "loa.toml"
        what = tr("template '{template}' does not exist in scripts_vi/templates/", template=name.removesuffix(".j2"))
        return LoaError(
            Problem(
                file, 2 if source else None, what, tr("use one of: {known}", known=", ".join(known) or "(none yet)")
            )
        )


def context_for(station: Station, day: date, slot: Slot) -> dict[str, Any]:
    """The variables every template may use (documented in README)."""
    return {
        "station": {"id": station.id, "name": station.name, "district": station.district, "dialect": station.dialect},
        "date": day.strftime("%d/%m/%Y"),
        "weekday": WEEKDAYS[day.weekday()],
        "slot": {"name": slot.name, "start": slot.start.strftime("%H:%M"), "end": slot.end.strftime("%H:%M")},
    }


def _announcement_vars(item: Announcement) -> dict[str, Any]:
    found = hazard(item.hazard)
    return {
        "id": item.id,
        "title": item.title,
        "priority": item.priority.slug,
        "hazard": found.name if found else "",
        "risk_level": item.risk_level or "",
        "responsible": item.responsible,
        "warning": warning_words(item.hazard, item.risk_level),
    }


def _template_position(name: str, source: Announcement | None, templates: Path) -> tuple[Path, int | None]:
    """File and line of the template frame in the traceback Jinja rewrote."""
    file = source.file if source and name.startswith("announcement:") else templates / name
    line = None
    tb = sys.exc_info()[2]
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == str(file):
            line = tb.tb_lineno
        tb = tb.tb_next
    return file, line


def tidy(text: str) -> str:
    """Strip template whitespace: one blank-free paragraph per line."""
    lines = (re.sub(r"[ \t]+", " ", line).strip() for line in text.splitlines())
    return "\n".join(line for line in lines if line)
