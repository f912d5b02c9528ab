"""One stat of each announcement file per calendar page: the web's snapshot hands the stamps it read to the inputs'
fingerprint (workspace/inputs.py), which must be the fingerprint a build records, and follow a changed file."""

from __future__ import annotations

import os
import time
from pathlib import Path

from pipeline.adapters.folders import RACY_NS, Folders
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


# The listings and fingerprint lines the snapshot keeps between requests (adapters/folders.py, inputs.Kept): each
# must follow a file added, removed, renamed or written in place. The folder is made old first: a listing taken
# within RACY_NS of its last change is never kept, and a test that wrote the folder just now would keep nothing.


def _aged(folder: Path) -> Path:
    old = time.time_ns() - 10 * RACY_NS
    os.utime(folder, ns=(old, old))
    return folder


def _announcements(ws: Path) -> Path:
    return _aged(ws.resolve() / "scripts_vi" / "announcements")


def test_a_folder_listing_is_kept_while_the_folder_is_unchanged_and_follows_an_added_file(tmp_path: Path) -> None:
    (tmp_path / "cu.md").write_text("x")
    folders, folder = Folders(), _aged(tmp_path)
    first = folders.entries(str(folder))
    assert folders.entries(str(folder)) is first and [e.name for e in first] == ["cu.md"]
    (folder / "moi.md").write_text("x")
    assert [e.name for e in folders.entries(str(folder))] == ["cu.md", "moi.md"]


def test_a_listing_taken_in_the_tick_of_the_folders_last_change_is_not_kept(tmp_path: Path) -> None:
    (tmp_path / "moi.md").write_text("x")
    changed = os.stat(tmp_path).st_mtime_ns
    folders = Folders(clock=lambda: changed + RACY_NS // 2)  # a file added later in the same tick leaves its time
    assert folders.entries(str(tmp_path)) is not folders.entries(str(tmp_path))


def test_the_snapshot_sees_an_announcement_added_removed_or_renamed_in_a_kept_folder(mini_ws: Path) -> None:
    snapshot, folder = Snapshot(mini_ws), _announcements(mini_ws)
    assert [a.id for a in snapshot.view().workspace.announcements] == ["hop-thon"]
    (folder / "hop-xom.md").write_text((folder / "hop-thon.md").read_text(encoding="utf-8"), encoding="utf-8")
    assert [a.id for a in snapshot.view().workspace.announcements] == ["hop-thon", "hop-xom"]
    (folder / "hop-xom.md").rename(folder / "a-hop.md")
    assert [a.id for a in snapshot.view().workspace.announcements] == ["a-hop", "hop-thon"]
    (folder / "a-hop.md").unlink()
    assert [a.id for a in snapshot.view().workspace.announcements] == ["hop-thon"]


def test_the_snapshot_hands_the_same_stamps_while_nothing_changed_and_new_ones_after_a_write(mini_ws: Path) -> None:
    snapshot, folder = Snapshot(mini_ws), _announcements(mini_ws)
    first = snapshot.view().stamps
    assert snapshot.view().stamps is first
    with (folder / "hop-thon.md").open("a", encoding="utf-8") as same_inode:
        same_inode.write("Mời bà con đến đúng giờ.\n")
    assert snapshot.view().stamps is not first


def test_the_kept_fingerprint_follows_every_change_and_stays_the_builds(mini_ws: Path) -> None:
    snapshot, folder = Snapshot(mini_ws), _announcements(mini_ws)

    def kept() -> str:
        view = snapshot.view()
        return fingerprint(mini_ws.resolve(), view.stamps, view.kept)

    seen = [kept()]
    assert kept() == seen[0] == fingerprint(mini_ws)  # the second from the kept lines
    changes = [
        lambda: (folder / "hop-thon.md").open("a", encoding="utf-8").write("Thêm.\n"),  # in place: same folder time
        lambda: (folder / "hop-xom.md").write_text((folder / "hop-thon.md").read_text(encoding="utf-8")),
        lambda: (folder / "hop-xom.md").rename(folder / "hop-ap.md"),
        lambda: (folder / "ghi-chu.txt").write_text("not an announcement"),  # not the snapshot's: stat-ed each time
        lambda: _aged(folder) and (folder / "ghi-chu.txt").open("a").write("more"),
        lambda: (folder / "hop-ap.md").unlink(),
    ]
    for change in changes:
        change()
        seen.append(kept())
        assert seen[-1] == fingerprint(mini_ws) and kept() == seen[-1]
    assert len(set(seen)) == len(seen)
