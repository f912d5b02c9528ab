"""When Loa first saw each announcement: nothing airs or is counted on a day before it existed.

An editor rarely writes `created:`; so the first build that sees a file records the day in
`audio_out/first-seen.json` (the earlier of today and the day built: rebuilding a past day is
rebuilding history). A `created:` line in the front matter always wins.
"""

from __future__ import annotations

import dataclasses
import json
from datetime import date
from pathlib import Path

from ..domain.model import Workspace
from .saving import replace_text

LEDGER = Path("audio_out") / "first-seen.json"


def read_ledger(root: Path) -> dict[str, date]:
    """id → first day seen; an unreadable ledger counts as empty (it only ever moves days later, never earlier)."""
    try:
        raw = json.loads((root / LEDGER).read_text("utf-8"))
        return {str(key): date.fromisoformat(str(value)) for key, value in raw.items()}
    except (OSError, ValueError, AttributeError):
        return {}


def remember(workspace: Workspace, seen: date) -> Workspace:
    """Record announcements seen for the first time (on `seen`); the workspace with every `created` filled in."""
    ledger = read_ledger(workspace.root)
    new = {a.id: seen for a in workspace.announcements if a.id not in ledger}
    if new:
        ledger.update(new)
        (workspace.root / LEDGER).parent.mkdir(parents=True, exist_ok=True)  # a workspace copied without audio_out/
        replace_text(
            workspace.root / LEDGER, json.dumps({k: v.isoformat() for k, v in sorted(ledger.items())}, indent=1)
        )
    return dated(workspace, ledger, seen)


def dated(workspace: Workspace, ledger: dict[str, date], unseen: date) -> Workspace:
    """Each announcement with its `created` day: its own, else the ledger's, else `unseen` (never seen yet)."""
    items = tuple(
        a if a.created is not None else dataclasses.replace(a, created=ledger.get(a.id, unseen))
        for a in workspace.announcements
    )
    return dataclasses.replace(workspace, announcements=items)
