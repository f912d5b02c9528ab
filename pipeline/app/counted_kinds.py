"""Each announcement's words (what its airings count under) as the last `loa report` found them, with a digest of
what they were read from: WORKSPACE/.loa/loai-tin.json.

app/counted_fields.py keeps every announcement file's fields (1.1 MB for a district's 10,000): decoding and
checking it was half of a `loa report --month` that had nothing new to read. When the stamp of every announcement
file, loa.toml and stations.yaml is as it was (`files`: their digest), the words are those kept here, and the
files passed the cross-check then (this file is written only after they did). A file that is missing, damaged or
of another VERSION, or a digest that differs, counts as nothing kept: the fields are read as before.
"""

from __future__ import annotations

import hashlib
import json
from array import array
from collections.abc import Iterable, Mapping
from itertools import chain
from pathlib import Path
from typing import Any

from ..adapters.files import keep, read_kept
from ..build.airings import Words

STORE = Path(".loa") / "loai-tin.json"
VERSION = 1
GONE = (-1, -1, -1)  # the stamp of a file that went while being listed: no stamp reads so


def files_digest(around: Iterable[list[int]], stamps: Mapping[str, list[int]]) -> str:
    """The digest of the stamps of loa.toml and stations.yaml (`around`) and of every announcement file: the names,
    then the stamps' numbers as machine words (10,000 stamps as JSON took 5-10 ms, formatted one by one 20 ms)."""
    found = hashlib.sha256(json.dumps([*around, "\n".join(stamps)]).encode("utf-8", "surrogateescape"))
    found.update(array("q", chain.from_iterable(stamp or GONE for stamp in stamps.values())).tobytes())
    return found.hexdigest()


def read_words(root: Path, files: str) -> dict[str, Words] | None:
    """The words kept for the files of digest `files`; None when not kept for them, damaged or of another version."""
    data = read_kept(root / STORE, VERSION)
    if data is None or data.get("files") != files:
        return None
    try:
        return _words(data["ids"], data["kinds"], data["at"])
    except (KeyError, TypeError, ValueError, IndexError):
        return None


def _words(ids: Any, kinds: Any, at: Any) -> dict[str, Words]:
    """ids one a line, the distinct words, and for each id the index of its own (a few kinds for 10,000 ids)."""
    table = [_kind(kind) for kind in kinds]
    if type(ids) is not str or type(at) is not list or not all(type(n) is int and n >= 0 for n in at):
        raise ValueError(at)
    return dict(zip(ids.split("\n") if ids else [], [table[n] for n in at], strict=True))


def _kind(kind: Any) -> Words:
    if type(kind) is not list or len(kind) != 3 or not all(type(word) is str for word in kind):
        raise ValueError(kind)
    return kind[0], kind[1], kind[2]


def write_words(root: Path, files: str, words: Mapping[str, Words]) -> None:
    """Keep the words of the files of digest `files` (a read-only workspace: read from the fields next time)."""
    table: dict[Words, int] = {}
    at = [table.setdefault(kind, len(table)) for kind in words.values()]
    keep(root / STORE, VERSION, {"files": files, "ids": "\n".join(words), "kinds": [*table], "at": at})
