"""The play log rows waiting to reach the district: one JSON line each in playout/<station>/cho-gui.jsonl.

A row is added when the player ends it (with an id of its own, kept with it), and removed only when
the district lists that id as accepted. A row sent whose answer was lost is sent again with the same
id; the district stores a row once per id, so every row arrives exactly once.
"""

from __future__ import annotations

import json
import os
import threading
import uuid
from pathlib import Path
from typing import Any

BATCH = 100  # rows per request: well under the district's 64 KiB for a JSON body


class Outbox:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()  # the player's thread adds, the agent's thread sends and removes

    def add(self, row: dict[str, Any]) -> None:
        line = json.dumps({"id": uuid.uuid4().hex, **row}, ensure_ascii=False)
        with self._lock:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self.path.open("a", encoding="utf-8") as out:
                out.write(line + "\n")
                out.flush()
                os.fsync(out.fileno())

    def waiting(self, limit: int = BATCH) -> list[dict[str, Any]]:
        with self._lock:
            return self._rows()[:limit]

    def remove(self, accepted: list[str]) -> None:
        done = set(accepted)
        with self._lock:
            rows = [row for row in self._rows() if row.get("id") not in done]
            temp = self.path.with_name(f".tmp-{os.getpid()}-{self.path.name}")
            temp.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
            os.replace(temp, self.path)

    def _rows(self) -> list[dict[str, Any]]:
        try:
            lines = self.path.read_text(encoding="utf-8").splitlines()
        except FileNotFoundError:
            return []
        rows = []
        for line in lines:
            try:
                row = json.loads(line)
            except ValueError:
                continue  # a line cut by a power loss while it was written: the row is in the CSV log
            if isinstance(row, dict) and "id" in row:
                rows.append(row)
        return rows
