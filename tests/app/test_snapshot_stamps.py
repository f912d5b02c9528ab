"""One stat of each announcement file per calendar page: the web's snapshot hands the stamps it read to the inputs'
fingerprint (workspace/inputs.py), which must be the fingerprint a build records, and follow a changed file."""

from __future__ import annotations

from pathlib import Path

from pipeline.app.snapshot import Snapshot
from pipeline.workspace.inputs import fingerprint


def test_the_fingerprint_over_the_snapshots_stamps_is_the_builds_fingerprint(mini_ws: Path) -> None:
    view = Snapshot(mini_ws).view()
    assert len(view.stamps) == 1 and fingerprint(mini_ws, view.stamps) == fingerprint(mini_ws)


def test_the_fingerprint_over_the_snapshots_stamps_follows_a_file_written_in_place(mini_ws: Path) -> None:
    snapshot = Snapshot(mini_ws)
    before = fingerprint(mini_ws, snapshot.view().stamps)
    hop_thon = mini_ws / "scripts_vi" / "announcements" / "hop-thon.md"
    with hop_thon.open("a", encoding="utf-8") as same_inode:  # an editor that writes in place: the folder is unchanged
        same_inode.write("Mời bà con đến đúng giờ.\n")
    after = fingerprint(mini_ws, snapshot.view().stamps)
    assert after != before and after == fingerprint(mini_ws)


def test_a_stamp_the_snapshot_has_is_not_taken_again(mini_ws: Path) -> None:
    view = Snapshot(mini_ws).view()
    told = {path: (stamp[0], stamp[1] + 1, stamp[2]) for path, stamp in view.stamps.items()}
    assert fingerprint(mini_ws, told) != fingerprint(mini_ws, view.stamps)


def test_a_file_gone_when_the_snapshot_looked_is_looked_at_again(mini_ws: Path) -> None:
    gone = {str(mini_ws.resolve() / "scripts_vi" / "announcements" / "hop-thon.md"): (0, -1, 0)}
    assert fingerprint(mini_ws.resolve(), gone) == fingerprint(mini_ws.resolve())
