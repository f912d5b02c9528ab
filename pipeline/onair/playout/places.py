"""Where a station's player keeps its files in the workspace: playout/<station>/, and its control socket."""

from __future__ import annotations

import hashlib
import tempfile
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Places:
    """Where a station's player keeps its files: playout/<station>/ in the workspace, its socket in /tmp."""

    root: Path
    station: str

    @property
    def folder(self) -> Path:
        return self.root / "playout" / self.station

    @property
    def program(self) -> Path:
        return self.folder / "chuong-trinh.liq"

    @property
    def timetable(self) -> Path:
        return self.folder / "lich-phat.tsv"

    @property
    def socket(self) -> Path:
        """Short on purpose: a Unix socket's path has at most 107 bytes, a workspace's path may be longer."""
        digest = hashlib.sha256(f"{self.root.resolve()}\0{self.station}".encode()).hexdigest()[:16]
        return Path(tempfile.gettempdir()) / f"loa-{digest}.sock"
