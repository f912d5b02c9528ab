"""`loa new`: a new announcement with complete front matter, from a few answers, ready to edit and approve.

The file is checked like any other before it is left in the folder (a mistyped station or date is an
error now, not at the nightly build) and never replaces another file.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from ..build.check import load_workspace
from ..domain.model import PRIORITY_NAMES, Priority, Station
from ..errors import LoaError, Problem
from ..i18n import tr
from ..workspace.announcements import load_announcement
from ..workspace.fields import slugify
from ..workspace.saving import save_new, yaml_quoted
from ..workspace.stations import station_id


@dataclass(frozen=True)
class Draft:
    """What the editor said: the rest is Loa's default (all stations and slots, from today, once a slot)."""

    title: str
    text: str
    priority: str = "thuong"
    valid_from: date | None = None
    valid_until: date | None = None
    stations: tuple[str, ...] = ()  # ids or names as typed; empty: every station
    slots: tuple[str, ...] = ()
    emergency: bool = False


def new_announcement(root: Path, draft: Draft, now: datetime) -> Path:
    """Write the announcement into scripts_vi/announcements/ and return its path."""
    workspace = load_workspace(root)
    stations = tuple(_station(workspace.stations, typed) for typed in draft.stations)
    folder = workspace.root / "scripts_vi" / "announcements"
    text = front_matter(draft, stations, now) + draft.text.strip() + "\n"
    path = save_new(folder, slugify(draft.title), text.encode("utf-8")).path
    try:
        load_announcement(path, workspace.root)
        load_workspace(root)  # its stations and slots exist
    except LoaError:
        path.unlink()
        raise
    return path


def front_matter(draft: Draft, stations: tuple[str, ...], now: datetime) -> str:
    """Every field an editor may want to change, filled in; an emergency airs from now to the end of the day."""
    level = Priority.KHAN_CAP if draft.emergency else PRIORITY_NAMES.get(slugify(draft.priority), Priority.THUONG)
    name = next(key for key, value in PRIORITY_NAMES.items() if value == level)
    start = f'"{now:%Y-%m-%d %H:%M}"' if draft.emergency else (draft.valid_from or now.date()).isoformat()
    end = draft.valid_until.isoformat() if draft.valid_until else ""
    if draft.emergency:
        end = f'"{(draft.valid_until or now.date()).isoformat()} 23:59"'
    lines = [
        "---",
        f'title: "{yaml_quoted(" ".join(draft.title.split()))}"',
        f"priority: {name}",
        f"valid_from: {start}",
        f"valid_until: {end}"
        if end
        else "# valid_until: 2021-08-31   (ngày cuối cùng phát; bỏ trống: phát đến khi xóa tệp)",
        f"stations: [{', '.join(stations)}]" if stations else "stations: all",
        f"slots: [{', '.join(draft.slots)}]" if draft.slots else "slots: all",
        "repeat: 1",
        f"created: {now.date().isoformat()}",
        *(["template: khan-cap"] if draft.emergency else []),
        "---",
    ]
    return "\n".join(lines) + "\n"


def _station(known: tuple[Station, ...], typed: str) -> str:
    found = station_id(known, typed)
    if found is None:
        ids = ", ".join(s.id for s in known)
        raise LoaError(Problem(None, None, tr("unknown station {unknown}", unknown=repr(typed)),
                               tr("use ids from stations.yaml: {known}", known=ids)))  # fmt: skip
    return found
