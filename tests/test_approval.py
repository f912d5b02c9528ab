"""Approval (who signed off exactly this text) and first-seen days (nothing airs or counts before a file existed)."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

from pipeline.stages.plan import make_plan
from pipeline.usecases import commands
from pipeline.workspace.approval import checksum, signed
from pipeline.workspace.first_seen import LEDGER, dated, read_ledger, remember
from pipeline.workspace.load import load_workspace

from .test_cli import run

DAY = date(2021, 8, 10)
NOON = datetime(2021, 8, 9, 12, 0)


def _require_approval(ws: Path) -> Path:
    settings = ws / "loa.toml"
    settings.write_text("require_approval = true\n" + settings.read_text("utf-8"), encoding="utf-8")
    return ws / "scripts_vi" / "announcements" / "hop-thon.md"


def _aired(ws: Path) -> list[str]:
    plan = make_plan(load_workspace(ws), DAY)
    return [i.announcement.id for s in plan.stations for slot in s.slots for i in slot.items]


def test_the_checksum_ignores_only_the_approval_lines() -> None:
    text = "---\ntitle: Họp\n---\nTối nay họp.\n"
    stamped = signed(text, "Nguyễn Văn A", NOON)
    assert 'approved_by: "Nguyễn Văn A"\napproved_at: "2021-08-09 12:00"\n' in stamped
    assert checksum(stamped) == checksum(text) == checksum(text.replace("\n", "\r\n"))
    assert checksum(text.replace("Tối nay", "Sáng mai")) != checksum(text)
    assert signed(stamped, "Trần Thị B", NOON).count("approved_by") == 1  # approving again replaces, never stacks


def test_an_unapproved_announcement_does_not_air_and_the_report_says_why(mini_ws: Path) -> None:
    _require_approval(mini_ws)
    assert _aired(mini_ws) == []
    notes = make_plan(load_workspace(mini_ws), DAY).notes
    assert [(n.announcement_id, n.what) for n in notes] == [
        ("hop-thon", "not approved; does not air until approved"),
        ("", "nothing to air on this day"),
    ]


def test_approve_then_edit_makes_it_unapproved_again(mini_ws: Path) -> None:
    item = _require_approval(mini_ws)
    out, _ = run("approve", str(item), "--by", "Nguyễn Văn A", "-w", str(mini_ws))
    assert out.startswith("Approved: hop-thon.md (hop-thon) by Nguyễn Văn A at ")
    loaded = load_workspace(mini_ws).announcement("hop-thon")
    assert loaded is not None and loaded.approved_by == "Nguyễn Văn A" and loaded.approved_at is not None
    assert _aired(mini_ws) == ["hop-thon"]
    item.write_text(item.read_text("utf-8").replace("19h30", "20h00"), encoding="utf-8")
    assert _aired(mini_ws) == []
    notes = make_plan(load_workspace(mini_ws), DAY).notes
    assert next(n.what for n in notes) == "changed after approval; does not air until approved again"


def test_approve_refuses_an_invalid_workspace_and_a_file_that_is_not_an_announcement(mini_ws: Path) -> None:
    stray = mini_ws / "ghi-chu.md"
    stray.write_text("x", encoding="utf-8")
    _, err = run("approve", str(stray), "--by", "A", "-w", str(mini_ws), code=1)
    assert err == f"error: {stray}: this file is not an announcement — give a file in {mini_ws.resolve()}/scripts_vi/announcements\n"
    item = mini_ws / "scripts_vi" / "announcements" / "hop-thon.md"
    item.write_text(item.read_text("utf-8").replace("valid_until: 2021-08-31", "valid_until: 31/31/2021"), "utf-8")
    _, err = run("approve", str(item), "--by", "A", "-w", str(mini_ws), code=1)
    assert "'31/31/2021' is not a valid date" in err and "approved_by" not in item.read_text("utf-8")


def test_new_workspaces_require_approval_and_their_samples_are_approved(tmp_path: Path) -> None:
    commands.init_workspace(tmp_path / "moi", datetime(2026, 11, 23, 9, 0))
    workspace = load_workspace(tmp_path / "moi")
    assert workspace.settings.require_approval
    assert {a.approved_by for a in workspace.announcements} == {"Loa (mẫu)"}


def test_a_file_is_first_seen_once_and_nothing_airs_before(mini_ws: Path) -> None:
    workspace = remember(load_workspace(mini_ws), date(2021, 8, 12))
    assert read_ledger(mini_ws) == {"hop-thon": date(2021, 8, 12)}
    assert workspace.announcements[0].created == date(2021, 8, 12)
    again = remember(load_workspace(mini_ws), date(2021, 8, 20))  # seen again later: the first day stays
    assert again.announcements[0].created == date(2021, 8, 12)
    assert json.loads((mini_ws / LEDGER).read_text("utf-8")) == {"hop-thon": "2021-08-12"}
    assert make_plan(again, DAY).stations == ()
    assert make_plan(again, date(2021, 8, 12)).stations != ()


def test_the_period_report_counts_nothing_before_the_file_existed(mini_ws: Path) -> None:
    """The announcement is valid all August; Loa first saw it on the 10th: 22 airings, not 31."""
    remember(load_workspace(mini_ws), DAY)
    out, _ = run("report", str(mini_ws), "--from", "2021-08-01", "--to", "2021-08-31")
    assert out.splitlines()[1].split()[:3] == ["hop-thon", "an-binh", "22"]
    never_seen = dated(load_workspace(mini_ws), {}, date(2021, 8, 30))
    assert never_seen.announcements[0].created == date(2021, 8, 30)


def test_created_in_the_front_matter_wins(mini_ws: Path) -> None:
    item = mini_ws / "scripts_vi" / "announcements" / "hop-thon.md"
    item.write_text(item.read_text("utf-8").replace("title:", "created: 2021-08-11\ntitle:"), encoding="utf-8")
    assert remember(load_workspace(mini_ws), DAY).announcements[0].created == date(2021, 8, 11)
    assert _aired(mini_ws) == []


def test_an_emergency_needs_an_approver_where_approval_is_required(mini_ws: Path, tmp_path: Path) -> None:
    from pipeline.adapters.clock import VIETNAM
    from pipeline.usecases.emergency import emergency

    from .test_programming import EMERGENCY

    _require_approval(mini_ws)
    source = tmp_path / "bao.md"
    source.write_text(EMERGENCY, encoding="utf-8")
    morning = datetime(2021, 8, 10, 5, 0, tzinfo=VIETNAM)
    _, err = run("emergency", str(mini_ws), str(source), code=1)
    assert "this workspace airs only approved announcements" in err
    assert not (mini_ws / "scripts_vi" / "announcements" / "bao.md").exists()  # nothing installed
    done = emergency(mini_ws, source, (), morning, approved_by="Chủ tịch UBND xã")
    assert [a.station for a in done.airs] == ["an-binh"]
    installed = load_workspace(mini_ws).announcement("bao")
    assert installed is not None and installed.approved_by == "Chủ tịch UBND xã"
