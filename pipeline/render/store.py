"""Content-addressed store of rendered audio under audio_out/.

A file's name is the hash of everything that determines it, so every station
airing the same audio shares one file. A sidecar JSON holds its checksum and
measurements; a file whose checksum does not match is deleted and re-rendered.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from ..adapters.ffmpeg import Measure
from ..adapters.files import sha256_file


@dataclass(frozen=True)
class Stored:
    """One file in the store.

    Attributes:
        path: where it is (audio_out/<kind>/<key[:2]>/<key>.mp3).
        sha256: checksum of the file's bytes.
        measure: loudness, peak and duration measured on this very file.
        info: what made it (engine, text...), for the manifest and `cache stats`.
    """

    path: Path
    sha256: str
    measure: Measure
    info: dict[str, str]


def key_of(identity: dict[str, Any]) -> str:
    """Stable hash of a JSON-able description of the output."""
    return hashlib.sha256(json.dumps(identity, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


class Store:
    """Files by key under `root`; writes are temp-then-rename, so never half-written."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._seen: dict[tuple[str, str], Stored] = {}  # entries already checked by this build
        self._stats: dict[tuple[str, str], tuple[int, int] | None] = {}  # their size and mtime then
        self.distrusted: set[tuple[int, int]] = set()  # (device, inode) found damaged elsewhere: always hashed

    def checked_inodes(self) -> dict[tuple[int, int], str]:
        """(device, inode) -> checksum of every entry this build checked or wrote: links to them need no rehash."""
        found = {}
        for stored in self._seen.values():
            with contextlib.suppress(OSError):
                info = stored.path.stat()
                found[info.st_dev, info.st_ino] = stored.sha256
        return found

    def path(self, kind: str, key: str, ext: str = "mp3") -> Path:
        return self.root / kind / key[:2] / f"{key}.{ext}"

    def temp(self, kind: str, key: str, ext: str) -> Path:
        final = self.path(kind, key, ext)
        final.parent.mkdir(parents=True, exist_ok=True)
        return final.with_name(f".tmp-{os.getpid()}-{key}.{ext}")

    def get(self, kind: str, key: str) -> Stored | None:
        """The stored file, or None if absent or damaged (then it is removed).

        A file whose size and modification time are those recorded when it was stored is
        trusted without hashing it again (as git's index does); any other is hashed.
        """
        path = self.path(kind, key)
        if (kind, key) in self._seen and self._stat(path) == self._stats.get((kind, key)):
            return self._seen[kind, key]
        sidecar = path.with_suffix(".json")
        try:
            meta = json.loads(sidecar.read_text(encoding="utf-8"))
            stored = Stored(path, meta["sha256"], Measure(**meta["measure"]), meta["info"])
            info = path.stat()
        except (OSError, ValueError, KeyError, TypeError):
            return None
        unchanged = (info.st_size, info.st_mtime_ns) == (meta.get("size"), meta.get("mtime_ns"))
        unchanged = unchanged and (info.st_dev, info.st_ino) not in self.distrusted
        if not unchanged and sha256_file(path) != stored.sha256:
            path.unlink(missing_ok=True)
            sidecar.unlink(missing_ok=True)
            return None
        os.utime(sidecar)  # last use, for `loa cache prune`
        self._remember(kind, key, stored)
        return stored

    def put(self, kind: str, key: str, temp_file: Path, measure: Measure, info: dict[str, str]) -> Stored:
        """Move a finished temp file into place, then write its sidecar."""
        path = self.path(kind, key)
        stored = Stored(path, sha256_file(temp_file), measure, info)
        os.chmod(
            temp_file, 0o444
        )  # read-only: a tag editor run on a published copy (a hard link) cannot change it in place
        os.replace(temp_file, path)
        stat = path.stat()
        meta = {
            "sha256": stored.sha256,
            "size": stat.st_size,
            "mtime_ns": stat.st_mtime_ns,
            "measure": asdict(measure),
            "info": info,
        }
        sidecar_tmp = path.with_name(f".tmp-{os.getpid()}-{key}.json")
        sidecar_tmp.write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
        os.replace(sidecar_tmp, path.with_suffix(".json"))
        self._remember(kind, key, stored)
        return stored

    def _remember(self, kind: str, key: str, stored: Stored) -> None:
        self._seen[kind, key] = stored
        self._stats[kind, key] = self._stat(stored.path)

    @staticmethod
    def _stat(path: Path) -> tuple[int, int] | None:
        try:
            info = path.stat()
        except OSError:
            return None
        return info.st_size, info.st_mtime_ns
