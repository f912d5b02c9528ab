"""The announcements as `loa report` counts them, kept on disk for the next command: WORKSPACE/.loa/tin-da-doc.json.

A district's 10,000 announcement files took `loa report --month` two seconds to parse, every time, for four fields
an airing is counted by (its id, priority, language and origin). The store keeps, per file, the stamp (mtime,
size, inode) it was parsed at and what the report reads of it: those fields, and those the workspace's cross-check
looks at (stations, slots, supersedes, version_of). A file whose stamp changed is parsed again; a store that is
missing, damaged or of another VERSION counts as empty (bump VERSION when what a file reads as changes), and one
Loa cannot write is only a parse next time. The files stay the source: when one of them, stations.yaml or loa.toml
has a problem, or the cross-check finds one, the caller reads the workspace whole and reports it as before.
What this gives are announcements without their text, dates or approval: the plan of a day without a play log
or manifest reads the whole workspace.
"""

from __future__ import annotations

import json
import os
import threading
from contextlib import suppress
from pathlib import Path
from typing import Any

from ..adapters.files import stamp as file_stamp
from ..domain.model import Announcement, Priority, Workspace
from ..errors import LoaError
from ..workspace.announcements import announcement_names, load_announcement
from ..workspace.load import by_id, check_targets
from ..workspace.settings_file import load_settings
from ..workspace.stations import StationNames, load_stations

STORE = Path(".loa") / "tin-da-doc.json"
VERSION = 1
Fields = list[Any]  # id, priority, language, origin, stations, slots, supersedes, version_of (JSON's own types)
Kept = dict[str, tuple[list[int], Fields]]  # file name -> its stamp, its fields


def counted_workspace(root: Path) -> Workspace | None:
    """The workspace with each announcement's counted fields (from the store where its file is unchanged), or None
    when a file has a problem (read the workspace whole to say which)."""
    root = root.resolve()
    try:
        settings = load_settings(root)
        stations = load_stations(root / "stations.yaml", settings.quiet_hours)
        kept = _fields(root, root / "scripts_vi" / "announcements")
    except LoaError:
        return None
    names = StationNames.of(stations)
    folder = root / "scripts_vi" / "announcements"
    items = tuple(by_id(_announcement(folder / name, fields), names) for name, (_, fields) in kept.items())
    workspace = Workspace(root, settings, stations, items)
    return workspace if _checked(workspace) else None


def _fields(root: Path, folder: Path) -> Kept:
    """Every announcement file's stamp and fields: stored where the stamp matches, else parsed (LoaError on a
    problem); the store written again when anything changed."""
    stored, found = _read(root), {}
    for name in announcement_names(folder):
        stamp = list(file_stamp(os.path.join(folder, name)) or ())
        kept = stored.get(name)
        found[name] = kept if kept is not None and kept[0] == stamp else (stamp, _parsed(folder / name, root))
    if found != stored:
        _write(root, found)
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


def _read(root: Path) -> Kept:
    """The store as kept; {} when it is missing, damaged or of another version."""
    try:
        with open(root / STORE, "rb") as stored:
            data = json.load(stored)
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("version") != VERSION or not isinstance(data.get("files"), dict):
        return {}
    return {name: kept for name, entry in data["files"].items() if (kept := _entry(entry)) is not None}


def _entry(entry: Any) -> tuple[list[int], Fields] | None:
    """A stored file's stamp and fields, checked for their types (a damaged entry is parsed again)."""
    try:
        stamp, fields = [int(n) for n in entry[0]], list(entry[1])
        key, priority, language, origin, stations, slots, supersedes, version_of = fields
        Priority(priority)
    except (TypeError, ValueError, IndexError):
        return None
    texts = all(isinstance(v, str) for v in (key, language, origin)) and isinstance(priority, int)
    optional = all(v is None or isinstance(v, str) for v in (supersedes, version_of))
    lists = all(v is None or (isinstance(v, list) and all(isinstance(n, str) for n in v)) for v in (stations, slots))
    return (stamp, fields) if texts and optional and lists and len(stamp) == 3 else None


def _write(root: Path, found: Kept) -> None:
    """Keep the fields (written whole under a hidden name, then renamed: a reader never sees half a file)."""
    folder = root / STORE.parent
    hidden = folder / f".tmp-{os.getpid()}-{threading.get_ident()}-{STORE.name}"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with open(hidden, "w", encoding="utf-8") as out:
            json.dump({"version": VERSION, "files": found}, out, ensure_ascii=False, separators=(",", ":"))
        os.replace(hidden, root / STORE)
    except OSError:  # a read-only workspace: the files are parsed again next time, the figures are the same
        with suppress(OSError):
            os.unlink(hidden)
