"""Approval (a keyed signature of the file, bound to what the voice says, one path for every front end) and
first-seen days (nothing airs or is counted before a file existed)."""

from __future__ import annotations

import json
import stat
from datetime import date, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.app import accounts, approvals, commands
from pipeline.app.accounts import User
from pipeline.app.editing import version_of
from pipeline.app.snapshot import Snapshot
from pipeline.build.check import load_workspace
from pipeline.build.plan import make_plan
from pipeline.build.program import ProgramWriter
from pipeline.build.steps import build
from pipeline.build.warnings import worded_all
from pipeline.cli import cli
from pipeline.domain.segments import Speech
from pipeline.workspace import approval, ledger
from pipeline.workspace.first_seen import LEDGER, dated, read_ledger, remember

from ..test_cli import run

DAY = date(2021, 8, 10)
NOON = datetime(2021, 8, 9, 12, 0)
PASSWORD = "mat-khau-du-dai"
APPROVER = User("lanh-dao", "approver", ())


def _require_approval(ws: Path) -> Path:
    settings = ws / "loa.toml"
    settings.write_text("require_approval = true\n" + settings.read_text("utf-8"), encoding="utf-8")
    accounts.add_user(ws, "lanh-dao", "approver", (), PASSWORD, NOON)
    accounts.add_user(ws, "pho-chu-tich", "approver", (), PASSWORD, NOON)
    accounts.add_user(ws, "bien-tap", "editor", (), PASSWORD, NOON)
    return ws / "scripts_vi" / "announcements" / "hop-thon.md"


def _approve(ws: Path, item_id: str = "hop-thon", user: User = APPROVER) -> str:
    snapshot = Snapshot(ws)
    item = snapshot.view().workspace.announcement(item_id)
    assert item is not None
    return approvals.approve(snapshot, item_id, version_of(item.file), user, NOON)


def _aired(ws: Path) -> list[str]:
    plan = make_plan(load_workspace(ws), DAY)
    return [i.announcement.id for s in plan.stations for slot in s.slots for i in slot.items]


def _said(ws: Path, day: date = DAY) -> tuple[list[str], ProgramWriter]:
    """What the voice says of each announcement at every station on `day`, and the writer (its drifts)."""
    workspace = load_workspace(ws)
    writer = ProgramWriter(workspace)
    programs = writer.programs(make_plan(workspace, day), day)
    spoken = [s.spoken for p in programs for slot in p.slots for s in slot.segments
              if isinstance(s, Speech) and s.announcement_id]  # fmt: skip
    return spoken, writer


def _cli_approve(ws: Path, file: Path, name: str, password: str = PASSWORD, code: int = 0) -> tuple[str, str]:
    result = CliRunner(mix_stderr=False).invoke(cli, ["approve", str(file), "--as", name], input=password + "\n")
    assert result.exit_code == code, (result.output, result.stderr)
    return result.stdout, result.stderr


def test_signing_adds_front_matter_lines_and_never_touches_the_body() -> None:
    text = "---\ntitle: Họp\nstatus: cho-duyet\n---\nTối nay họp.\napproved_by: kẻ giả mạo\n"
    stamped = approval.signed(text, "Nguyễn Văn A", NOON, "7-abc")
    assert stamped == (
        '---\ntitle: Họp\napproved_by: "Nguyễn Văn A"\napproved_at: "2021-08-09 12:00"\napproved_checksum: "7-abc"\n'
        "---\nTối nay họp.\napproved_by: kẻ giả mạo\n"
    )
    assert approval.digest(stamped) == approval.digest(text.replace("status: cho-duyet\n", ""))
    assert approval.digest(stamped) != approval.digest(stamped.replace("kẻ giả mạo", "ai đó"))  # the body is covered
    assert approval.digest(text) == approval.digest(text.replace("\n", "\r\n"))
    assert approval.signed(stamped, "B", NOON, "8-def").count("approved_by:") == 2  # one in front, the body's own
    key = b"k" * 32
    value = approval.signature_value(key, "hop", 7, "A", NOON, "d1")
    assert value.startswith("7-") and value != approval.signature_value(key, "hop", 8, "A", NOON, "d1")
    assert value != approval.signature_value(b"x" * 32, "hop", 7, "A", NOON, "d1")


def test_an_unapproved_announcement_does_not_air_and_the_report_says_why(mini_ws: Path) -> None:
    _require_approval(mini_ws)
    assert _aired(mini_ws) == []
    notes = make_plan(load_workspace(mini_ws), DAY).notes
    assert [(n.announcement_id, n.what) for n in notes] == [
        ("hop-thon", "not approved; does not air until approved"),
        ("", "nothing to air on this day: all 1 announcements valid on this day wait for approval"),
    ]


def test_approve_on_the_command_line_as_an_approver_then_edit(mini_ws: Path) -> None:
    item = _require_approval(mini_ws)
    out, _ = _cli_approve(mini_ws, item, "lanh-dao")
    assert out.startswith("Password: \nApproved: hop-thon.md (hop-thon) by lanh-dao at ")
    loaded = load_workspace(mini_ws).announcement("hop-thon")
    assert loaded is not None and loaded.approved_by == "lanh-dao" and loaded.approved_at is not None
    assert [(e.user, e.action, e.target) for e in accounts.history(mini_ws)] == [("lanh-dao", "duyet", "hop-thon")]
    assert _aired(mini_ws) == ["hop-thon"]
    item.write_text(item.read_text("utf-8").replace("19h30", "20h00"), encoding="utf-8")
    assert _aired(mini_ws) == []
    notes = make_plan(load_workspace(mini_ws), DAY).notes
    assert next(n.what for n in notes) == "changed after approval; does not air until approved again"


@pytest.mark.slow
def test_the_command_line_follows_the_webs_rules(mini_ws: Path) -> None:
    item = _require_approval(mini_ws)
    _, err = _cli_approve(mini_ws, item, "lanh-dao", "sai-mat-khau", code=1)
    assert (
        err
        == "error: wrong account name or password for 'lanh-dao' — use your web account; an admin makes one with 'loa user add'\n"
    )
    _, err = _cli_approve(mini_ws, item, "bien-tap", code=1)
    assert err == "error: your account may not do this — ask an admin for an approver's account\n"
    accounts.record(mini_ws, "lanh-dao", "sua", "hop-thon", NOON)  # lanh-dao edited it last (on the web)
    _, err = _cli_approve(mini_ws, item, "lanh-dao", code=1)
    assert err == "error: you may not approve or reject a text you edited yourself — ask another approver\n"
    assert "approved_by" not in item.read_text("utf-8")
    _cli_approve(mini_ws, item, "pho-chu-tich")
    assert _aired(mini_ws) == ["hop-thon"]


def test_approve_refuses_an_invalid_file_and_a_file_that_is_not_an_announcement(mini_ws: Path) -> None:
    _require_approval(mini_ws)
    stray = mini_ws / "ghi-chu.md"
    stray.write_text("x", encoding="utf-8")
    _, err = _cli_approve(mini_ws, stray, "lanh-dao", code=1)
    assert (
        err
        == f"error: {stray}: this file is not an announcement — give a file in {mini_ws.resolve()}/scripts_vi/announcements\n"
    )
    item = mini_ws / "scripts_vi" / "announcements" / "hop-thon.md"
    item.write_text(item.read_text("utf-8").replace("valid_until: 2021-08-31", "valid_until: 31/31/2021"), "utf-8")
    _, err = _cli_approve(mini_ws, item, "lanh-dao", code=1)
    assert "'31/31/2021' is not a valid date" in err and "approved_by" not in item.read_text("utf-8")


def test_the_key_is_the_workspaces_own_and_readable_only_by_loa(mini_ws: Path) -> None:
    _require_approval(mini_ws)
    _approve(mini_ws)
    key = mini_ws / ".loa" / "approval.key"
    assert stat.S_IMODE(key.stat().st_mode) == 0o600 and len(bytes.fromhex(key.read_text())) == 32


@pytest.mark.parametrize(
    ("change", "before", "after"),
    [
        (("scripts_vi/lexicon.tsv", "\nhọp\tkhông họp\n"), "tối nay họp thôn", "tối nay không họp thôn"),
        (("scripts_vi/templates/thong-bao.j2", "Tin hủy: {{ body }}\n", "w"), "Họp thôn.", "Tin hủy"),
        (("stations.yaml", "name: Đài Truyền thanh xã An Bình", "name: Đài Giả Mạo"), "xã An Bình", "Đài Giả Mạo"),
        (("loa.toml", "[text]\n", "[text]\nsay_mong = false\n"), "ngày mồng mười", "ngày mười"),
    ],
    ids=["lexicon", "template", "station-name", "settings"],
)
@pytest.mark.slow
def test_a_change_of_what_an_approved_item_says_does_not_reach_the_air(
    mini_ws: Path, change: tuple[str, ...], before: str, after: str
) -> None:
    item = _require_approval(mini_ws)
    body = "{{ station.name }}: tối nay họp thôn lúc 19h30, ngày 10/8/2021.\n"
    item.write_text(item.read_text("utf-8").replace("Tối nay họp thôn lúc 19h30.\n", body), encoding="utf-8")
    _approve(mini_ws)
    approved, _ = _said(mini_ws)
    assert before in approved[0] and after not in approved[0]
    path = mini_ws / change[0]
    if len(change) == 2:
        path.write_text(path.read_text("utf-8") + change[1], encoding="utf-8")
    elif change[2] == "w":
        path.write_text(change[1], encoding="utf-8")
    else:
        path.write_text(path.read_text("utf-8").replace(change[1], change[2]), encoding="utf-8")
    now, writer = _said(mini_ws)
    assert now == approved  # the approved words, exactly
    drift = writer.binding.drifts["hop-thon", "an-binh"]
    assert drift.approved == approved[0] and after in drift.now
    _approve(mini_ws, user=User("pho-chu-tich", "approver", ()))  # approved again: the new words air
    again, writer = _said(mini_ws)
    assert after in again[0] and not writer.binding.drifts


@pytest.mark.slow
def test_a_lexicon_line_keeps_the_approved_audio_on_air_and_the_build_says_so(mini_ws: Path) -> None:
    _require_approval(mini_ws)
    _approve(mini_ws)
    first = build(mini_ws, DAY)
    sha = _item_sha(mini_ws)
    (mini_ws / "scripts_vi" / "lexicon.tsv").write_text("họp\tkhông họp\n", encoding="utf-8")
    second = build(mini_ws, DAY)
    assert _item_sha(mini_ws) == sha and second.rendered == 0 and not first.warnings
    assert tuple(worded_all(second.warnings)) == (
        "hop-thon: what it says at an-binh changed since it was approved (lexicon, template, "
        "station or settings); it airs as approved until an approver approves it again",
    )
    report = (mini_ws / "playlists" / DAY.isoformat() / "bao-cao.html").read_text("utf-8")
    assert "changed since it was approved" in report


def _item_sha(ws: Path) -> str:
    data = json.loads((ws / "playlists" / DAY.isoformat() / "manifest.json").read_text("utf-8"))
    items = [i for s in data["stations"] for slot in s["slots"] for i in slot["items"] if i["announcement_id"]]
    return str(items[0]["sha256"])


def test_a_body_line_that_looks_like_an_approval_is_covered_and_kept(mini_ws: Path) -> None:
    item = _require_approval(mini_ws)
    item.write_text(item.read_text("utf-8") + "approved_checksum: trong thân bài\n", encoding="utf-8")
    _approve(mini_ws)
    assert item.read_text("utf-8").endswith("19h30.\napproved_checksum: trong thân bài\n")  # approving kept it
    assert _aired(mini_ws) == ["hop-thon"]
    item.write_text(item.read_text("utf-8") + "approved_by: Tin thêm sau khi duyệt\n", encoding="utf-8")
    assert _aired(mini_ws) == []  # a line added below the approval is part of what was approved: now changed


def test_a_restored_older_copy_is_not_approved(mini_ws: Path) -> None:
    item = _require_approval(mini_ws)
    _approve(mini_ws)
    old = item.read_text("utf-8")
    item.write_text(old.replace("19h30", "20h00"), encoding="utf-8")
    _approve(mini_ws, user=User("pho-chu-tich", "approver", ()))
    item.write_text(old, encoding="utf-8")  # the older, once approved, copy put back
    loaded = load_workspace(mini_ws).announcement("hop-thon")
    assert loaded is not None and loaded.approval_issue == "superseded" and _aired(mini_ws) == []
    note = next(n.what for n in make_plan(load_workspace(mini_ws), DAY).notes)
    assert note == "an older approved copy (approved again or withdrawn since); does not air until approved again"


def test_a_withdrawn_announcement_does_not_come_back_with_its_old_file(mini_ws: Path) -> None:
    item = _require_approval(mini_ws)
    _approve(mini_ws)
    approved_text = item.read_text("utf-8")
    snapshot = Snapshot(mini_ws)
    approvals.withdraw(snapshot, "hop-thon", version_of(item), User("bien-tap", "editor", ()), NOON, "hủy họp")
    assert "status: nhap" in item.read_text("utf-8") and _aired(mini_ws) == []
    item.write_text(approved_text, encoding="utf-8")
    assert _aired(mini_ws) == []
    assert ("bien-tap", "rut", "hủy họp") in [(e.user, e.action, e.detail) for e in accounts.history(mini_ws)]


def test_a_forged_signature_is_not_approved(mini_ws: Path, tmp_path: Path) -> None:
    item = _require_approval(mini_ws)
    text = item.read_text("utf-8")
    forged = approval.signed(text, "Chủ tịch", NOON, "1-" + "0" * 32)
    item.write_text(forged, encoding="utf-8")
    assert load_workspace(mini_ws).announcement("hop-thon").approval_issue == "unknown"  # type: ignore[union-attr]
    assert _aired(mini_ws) == []
    _approve(mini_ws)  # a real approval, serial 1; then the same serial signed with another key
    other = approval.signature_value(b"x" * 32, "hop-thon", 1, "lanh-dao", NOON, approval.digest(text))
    item.write_text(approval.signed(text, "lanh-dao", NOON, other), encoding="utf-8")
    assert load_workspace(mini_ws).announcement("hop-thon").approval_issue == "unknown"  # type: ignore[union-attr]
    (mini_ws / ".loa" / "approval.key").unlink()  # without the key nothing counts
    _approve(mini_ws)
    (mini_ws / ".loa" / "approval.key").write_text("ab" * 32)
    assert _aired(mini_ws) == []


def test_a_station_added_since_airs_the_item_only_where_it_reads_as_approved(mini_ws: Path) -> None:
    item = _require_approval(mini_ws)
    _approve(mini_ws)
    stations = mini_ws / "stations.yaml"
    third = stations.read_text("utf-8").replace("an-binh", "an-ha").replace("An Bình", "An Hà")
    stations.write_text(stations.read_text("utf-8") + third.split("stations:\n")[1], encoding="utf-8")
    said, writer = _said(mini_ws)
    assert len(said) == 2 and not writer.binding.drifts  # the same words: it airs at the new station too
    item.write_text(item.read_text("utf-8").replace("Tối nay", "{{ station.name }}: tối nay"), encoding="utf-8")
    _approve(mini_ws)
    stations.write_text(stations.read_text("utf-8") + third.split("stations:\n")[1].replace("an-ha", "an-lac")
                        .replace("An Hà", "An Lạc"), encoding="utf-8")  # fmt: skip
    said, writer = _said(mini_ws)
    assert len(said) == 2 and set(writer.binding.drifts) == {("hop-thon", "an-lac")}  # not aired where new words
    workspace = load_workspace(mini_ws)  # and the editors' and approvers' list says so: "Cần duyệt lại"
    assert approvals.needs_review(Snapshot(mini_ws), workspace, workspace.announcement("hop-thon"))  # type: ignore[arg-type]


def test_new_workspaces_require_approval_and_their_samples_are_approved(tmp_path: Path) -> None:
    commands.init_workspace(tmp_path / "moi", datetime(2026, 11, 23, 9, 0))
    workspace = load_workspace(tmp_path / "moi")
    assert workspace.settings.require_approval
    assert {a.approved_by for a in workspace.announcements} == {"Loa (mẫu)"}
    assert (tmp_path / "moi" / ".loa" / "approval.key").is_file()


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
    assert out.splitlines()[1].split()[:2] + out.splitlines()[1].split()[-4:-3] == ["Họp", "thôn", "22"]
    never_seen = dated(load_workspace(mini_ws), {}, date(2021, 8, 30))
    assert never_seen.announcements[0].created == date(2021, 8, 30)


def test_created_in_the_front_matter_wins(mini_ws: Path) -> None:
    item = mini_ws / "scripts_vi" / "announcements" / "hop-thon.md"
    item.write_text(item.read_text("utf-8").replace("title:", "created: 2021-08-11\ntitle:"), encoding="utf-8")
    assert remember(load_workspace(mini_ws), DAY).announcements[0].created == date(2021, 8, 11)
    assert _aired(mini_ws) == []


@pytest.mark.slow
def test_an_emergency_needs_an_approver_where_approval_is_required(mini_ws: Path, tmp_path: Path) -> None:
    from pipeline.adapters.clock import VIETNAM
    from pipeline.app.emergency import emergency

    from ..build.test_programming import EMERGENCY

    _require_approval(mini_ws)
    source = tmp_path / "bao.md"
    source.write_text(EMERGENCY, encoding="utf-8")
    morning = datetime(2021, 8, 10, 5, 0, tzinfo=VIETNAM)
    _, err = run("emergency", str(mini_ws), str(source), code=1)
    assert "this workspace airs only approved announcements" in err and "--as" in err
    assert not (mini_ws / "scripts_vi" / "announcements" / "bao.md").exists()  # nothing installed
    done = emergency(mini_ws, source, (), morning, approver=APPROVER)
    assert [a.station for a in done.airs] == ["an-binh"]
    installed = load_workspace(mini_ws).announcement("bao")
    assert installed is not None and installed.approved_by == "lanh-dao"
    assert ("lanh-dao", "khan-cap", "bao") in [(e.user, e.action, e.target) for e in accounts.history(mini_ws)]


def test_an_approval_racing_an_edit_approves_nothing(mini_ws: Path) -> None:
    """The approver opened version 1; an editor saved version 2 meanwhile: the approval is refused, and
    nothing is signed (neither the text the approver never saw nor the one they saw)."""
    from pipeline.app.editing import EditConflict

    item = _require_approval(mini_ws)
    seen = version_of(item)
    item.write_text(item.read_text("utf-8").replace("19h30", "20h00"), encoding="utf-8")
    edited = item.read_text("utf-8")
    with pytest.raises(EditConflict):
        approvals.approve(Snapshot(mini_ws), "hop-thon", seen, APPROVER, NOON)
    assert item.read_text("utf-8") == edited and _aired(mini_ws) == []
    assert accounts.history(mini_ws) == [] and approval.read_key(mini_ws) is None


def test_a_recording_replaced_after_approval_is_no_longer_approved(mini_ws: Path) -> None:
    """The approval covers the recording's bytes, not only its name: a file swapped in under the same name
    does not air on the old approval."""
    from ..conftest import tone

    item = _require_approval(mini_ws)
    (mini_ws / "recordings").mkdir()
    tone(mini_ws / "recordings" / "ban-tin.wav", 2.0, -20)
    item.write_text(item.read_text("utf-8").replace("title:", 'audio: "recordings/ban-tin.wav"\ntitle:'), "utf-8")
    _approve(mini_ws)
    assert _aired(mini_ws) == ["hop-thon"]
    tone(mini_ws / "recordings" / "ban-tin.wav", 2.0, -20, freq=880.0)  # another recording, same name
    loaded = load_workspace(mini_ws).announcement("hop-thon")
    assert loaded is not None and loaded.approval_issue == "changed" and _aired(mini_ws) == []


def test_a_title_only_recording_is_approved_by_its_bytes(mini_ws: Path) -> None:
    """An announcement with a recording and no text loads, airs once approved, and stops when its bytes change."""
    from ..conftest import tone

    item = _require_approval(mini_ws)
    (mini_ws / "recordings").mkdir()
    tone(mini_ws / "recordings" / "ban-tin.wav", 2.0, -20)
    head = item.read_text("utf-8").split("\n---\n")[0].replace("title:", 'audio: "recordings/ban-tin.wav"\ntitle:')
    item.write_text(head + "\n---\n", "utf-8")  # the title and the recording, no text
    _approve(mini_ws)
    assert _aired(mini_ws) == ["hop-thon"]
    tone(mini_ws / "recordings" / "ban-tin.wav", 2.0, -20, freq=880.0)
    loaded = load_workspace(mini_ws).announcement("hop-thon")
    assert loaded is not None and loaded.approval_issue == "changed" and _aired(mini_ws) == []


def test_the_snapshot_keeps_a_signed_announcement_as_one_object_until_the_ledger_or_its_file_changes(
    mini_ws: Path,
) -> None:
    item = _require_approval(mini_ws)
    _approve(mini_ws)
    snapshot = Snapshot(mini_ws)
    first = snapshot.view().workspace.announcement("hop-thon")
    assert first is not None and first.approved_by == "lanh-dao"
    assert snapshot.view().workspace.announcement("hop-thon") is first  # the calendar's and statistics' caches hold
    ledger.withdraw(mini_ws, "hop-thon", "lanh-dao", NOON)  # the file still carries its signature
    withdrawn = snapshot.view().workspace.announcement("hop-thon")
    assert withdrawn is not None and (withdrawn.approved_by, withdrawn.approval_issue) == ("", "superseded")
    item.write_text(item.read_text("utf-8").replace("19h30", "20h00"), encoding="utf-8")
    edited = snapshot.view().workspace.announcement("hop-thon")
    assert edited is not None and edited is not withdrawn and "20h00" in edited.body
