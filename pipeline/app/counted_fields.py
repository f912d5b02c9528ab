"""The announcements as `loa report` counts them, kept on disk for the next command: WORKSPACE/.loa/tin-da-doc.json.

A district's 10,000 announcement files took `loa report --month` two seconds to parse, every time, for four fields
an airing is counted by (its id, priority, language and origin). The store keeps, per file, the stamp (mtime,
size, inode) it was parsed at and what the report reads of it: those fields, and those the workspace's cross-check
looks at (stations, slots, supersedes, version_of), and whether that check passed over these files with loa.toml
and stations.yaml as they are (then it is not made again). A file whose stamp changed is parsed again; a store
that is missing, damaged or of another VERSION counts as empty (bump VERSION when what a file reads as changes),
and one Loa cannot write is only a parse next time. The files stay the source: when one of them, stations.yaml or
loa.toml has a problem, or the cross-check finds one, the caller reads the workspace whole and reports it as before.
What this gives are announcements without their text, dates or approval: the plan of a day without a play log
or manifest reads the whole workspace.
"""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path
from types import MappingProxyType
from typing import Any

from ..adapters.files import keep, read_kept
from ..adapters.files import stamp as file_stamp
from ..build.airings import PRIORITY_WORDS, Words, origin_of
from ..domain.model import Announcement, Priority, Workspace
from ..errors import LoaError
from ..workspace.announcements import announcement_names, load_announcement
from ..workspace.load import by_id, check_targets
from ..workspace.settings_file import load_settings
from ..workspace.stations import StationNames
from . import counted_kinds
from .counted_stations import kept_stations

STORE = Path(".loa") / "tin-da-doc.json"
VERSION = 1
Fields = list[Any]  # id, priority, language, origin, stations, slots, supersedes, version_of (JSON's own types)
Kept = dict[str, tuple[list[int], Fields]]  # file name -> its stamp, its fields
PRIORITIES = MappingProxyType(
    {int(p): words for p, words in PRIORITY_WORDS.items()}
)  # a stored priority's words (no Enum call)


def counted_words(root: Path) -> tuple[Workspace, dict[str, Words]] | None:
    """The workspace without its announcements, and each announcement's words (what its airings count under) from
    the store where its file is unchanged; None when a file has a problem (read the workspace whole to say which).
    No Announcement is made unless the files must be cross-checked: a district's 10,000 were half the report."""
    root, folder = root.resolve(), root.resolve() / "scripts_vi" / "announcements"
    around = [list(file_stamp(root / name) or ()) for name in ("loa.toml", "stations.yaml")]  # before reading them
    try:
        settings = load_settings(root)
        stations = kept_stations(root, settings.quiet_hours)
        stamps = _stamps(folder)
        files = counted_kinds.files_digest(around, stamps)
        kept = counted_kinds.read_words(root, files)  # nothing changed since the last report: its words
        if kept is not None:
            return Workspace(root, settings, stations, ()), kept
        stored, checked = _read(root)
        found = _fields(root, folder, stored, stamps)
    except LoaError:
        return None
    workspace = Workspace(root, settings, stations, ())
    if found != stored or checked != around:  # the cross-check has not passed over these very files
        names, ids = StationNames.of(stations), {s.id for s in stations}
        items = tuple(
            _resolved(_announcement(folder / name, fields), names, ids) for name, (_, fields) in found.items()
        )
        sound = _checked(dataclasses.replace(workspace, announcements=items))
        _write(root, found, around if sound else None)
        if not sound:
            return None
    words = {key: (PRIORITIES[p], language, origin_of(origin))
             for key, p, language, origin, *_ in (fields for _, fields in found.values())}  # fmt: skip
    counted_kinds.write_words(root, files, words)
    return workspace, words


def _stamps(folder: Path) -> dict[str, list[int]]:
    """Every announcement file's stamp, by name."""
    prefix = f"{folder}{os.sep}"  # not a Path per file: 10,000 of them on every report
    return {name: list(file_stamp(prefix + name) or ()) for name in announcement_names(folder)}


def _fields(root: Path, folder: Path, stored: Kept, stamps: dict[str, list[int]]) -> Kept:
    """Every announcement file's stamp and fields: stored where the stamp matches, else parsed (LoaError on a
    problem)."""
    found = {}
    for name, stamp in stamps.items():
        kept = stored.get(name)
        found[name] = kept if kept is not None and kept[0] == stamp else (stamp, _parsed(folder / name, root))
    return found


def _parsed(path: Path, root: Path) -> Fields:
    item = load_announcement(path, root)
    return [item.id, int(item.priority), item.language, item.origin, _listed(item.stations), _listed(item.slots),
            item.supersedes, item.version_of]  # fmt: skip


def _listed(names: tuple[str, ...] | None) -> list[str] | None:
    return None if names is None else list(names)


def _announcement(path: Path, fields: Fields) -> Announcement:
    key, priority, language, origin, stations, slots, supersedes, version_of = fields
    return Announcement(key, "", Priority(priority), None, None, _tuple(stations), _tuple(slots), 1, None, "", path,
                        0, supersedes=supersedes, version_of=version_of, language=language, origin=origin)  # fmt: skip


def _resolved(item: Announcement, names: StationNames, ids: set[str]) -> Announcement:
    """by_id, without looking up the names of stations typed as their ids (nearly all: a name costs a search)."""
    return item if item.stations is None or ids.issuperset(item.stations) else by_id(item, names)


def _tuple(names: list[str] | None) -> tuple[str, ...] | None:
    return None if names is None else tuple(names)


def _checked(workspace: Workspace) -> bool:
    """No two files share an id, and every station, slot, superseded and translated announcement named exists."""
    known = {a.id for a in workspace.announcements}
    if len(known) < len(workspace.announcements):
        return False
    slots = {s.id: {slot.name for slot in s.slots} for s in workspace.stations}
    ids = set(slots)
    return not any(check_targets(a, ids, workspace, known, slots) for a in workspace.announcements)


def _read(root: Path) -> tuple[Kept, object]:
    """The store as kept, and the stamps of loa.toml and stations.yaml its files were last cross-checked with;
    nothing when it is missing, damaged or of another version."""
    data = read_kept(root / STORE, VERSION)
    if data is None or not isinstance(data.get("files"), dict):
        return {}, None
    files = {name: kept for name, entry in data["files"].items() if (kept := _entry(entry)) is not None}
    return files, data.get("checked")


def _entry(entry: Any) -> tuple[list[int], Fields] | None:
    """A stored file's stamp and fields, checked for their types (a damaged entry is parsed again). Inline checks:
    10,000 entries are read on every report."""
    try:
        stamp, fields = entry
        key, priority, language, origin, stations, slots, supersedes, version_of = fields
    except (TypeError, ValueError):
        return None
    sound = type(key) is str and type(language) is str and type(origin) is str and type(priority) is int
    sound = sound and priority in PRIORITIES and (supersedes is None or type(supersedes) is str)
    sound = sound and (version_of is None or type(version_of) is str)
    return (stamp, fields) if sound and _names(stations) and _names(slots) and _stamp(stamp) else None


def _names(value: Any) -> bool:
    if value is None:
        return True
    try:
        return type(value) is list and "".join(value) is not None  # join refuses anything but strings
    except TypeError:
        return False


def _stamp(value: Any) -> bool:
    return type(value) is list and len(value) == 3 and [type(n) for n in value] == [int, int, int]


def _write(root: Path, found: Kept, checked: list[list[int]] | None) -> None:
    """Keep the fields (a read-only workspace: the files are parsed again next time, the figures are the same)."""
    keep(root / STORE, VERSION, {"checked": checked, "files": found})
