"""Reading a workspace: every input file read within its bounds and checked on its own and against the others
(stations, slots, superseded announcements), every problem reported at once. Nothing here renders a template,
starts an engine or decodes audio: build/check.py adds those checks."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from ..domain.model import Announcement, Workspace
from ..domain.settings import Settings
from ..errors import LoaError, Problem, ValidationFailed
from ..i18n import tr
from .announcements import load_announcements, strangers
from .languages import check_version
from .ledger import verified
from .settings_file import load_settings
from .stations import StationNames, load_stations


def read_workspace(root: Path) -> tuple[Workspace, list[Problem]]:
    """The workspace as its files say, and every problem of those files (cross-file references only when each
    file reads well)."""
    root = root.resolve()
    if not root.is_dir():
        raise ValidationFailed(
            Problem(
                root,
                None,
                tr("this folder does not exist"),
                tr("give the path of a workspace, or create one with 'loa init DIR'"),
            )
        )
    problems: list[Problem] = []
    settings = collect(problems, lambda: load_settings(root)) or Settings()
    stations = collect(problems, lambda: load_stations(root / "stations.yaml", settings.quiet_hours)) or ()
    announcements = collect(problems, lambda: load_announcements(root / "scripts_vi" / "announcements", root)) or ()
    names = StationNames.of(stations)
    announcements = verified(root, tuple(by_id(a, names) for a in announcements))
    workspace = Workspace(root, settings, stations, announcements, strangers(root / "scripts_vi" / "announcements"))
    if not problems:
        known, slots = {a.id for a in announcements}, {s.id: {slot.name for slot in s.slots} for s in stations}
        problems += [p for item in announcements for p in check_targets(item, set(slots), workspace, known, slots)]
    return workspace, problems


def by_id(item: Announcement, names: StationNames) -> Announcement:
    """`stations:` as typed ("Tân Dĩnh") becomes ids; unknown names stay and are reported by the cross-check."""
    if item.stations is None:
        return item
    ids = names.ids_of(item.stations)
    return item if ids == item.stations else dataclasses.replace(item, stations=ids)  # mostly typed as ids already


def collect(problems: list[Problem], load):  # type: ignore[no-untyped-def]
    """What `load` returns, or None with its problems added to `problems`."""
    try:
        return load()
    except LoaError as err:
        problems.extend(err.problems)
        return None


def check_targets(
    item: Announcement,
    station_ids: set[str],
    workspace: Workspace,
    known: set[str] | None = None,
    slots: dict[str, set[str]] | None = None,
) -> list[Problem]:
    """Stations, superseded announcement, original (of a translation) and slots an announcement names all exist.
    `known`, `slots`: the announcements' ids and each station's slot names, when every announcement is checked
    (made once, not once for each: 10,000 announcements each looked through 200 stations)."""
    problems: list[Problem] = []

    def note(field: str, what: str, fix: str) -> None:
        problems.append(Problem(item.file, field_line(item, field), what, fix))

    for station_id in item.stations or ():
        if station_id not in station_ids:
            note(
                "stations",
                tr("unknown station id '{station_id}'", station_id=station_id),
                tr("use ids from stations.yaml: {station_ids}", station_ids=", ".join(sorted(station_ids))),
            )
    ids = known if known is not None else {a.id for a in workspace.announcements}
    if item.supersedes is not None and item.supersedes not in ids:
        fix = tr("use the id of an announcement: {ids}", ids=", ".join(sorted(ids - {item.id})))
        note("supersedes", tr("there is no announcement '{supersedes}' to supersede", supersedes=item.supersedes), fix)
    check_version(item, workspace.announcements, note)
    by_station = slots if slots is not None else {s.id: {slot.name for slot in s.slots} for s in workspace.stations}
    targeted = by_station if item.stations is None else {s: by_station[s] for s in item.stations if s in by_station}
    slot_names = set().union(*targeted.values())
    for slot in item.slots or ():
        if slot not in slot_names:
            note(
                "slots",
                tr("no targeted station has a slot '{slot}'", slot=slot),
                tr("use one of: {slot_names}", slot_names=", ".join(sorted(slot_names))),
            )
    return problems


def field_line(item: Announcement, field: str) -> int | None:
    for number, line in enumerate(item.file.read_text(encoding="utf-8").splitlines(), start=1):
        if line.startswith(f"{field}:"):
            return number
    return None
