"""Never wrong on air: one test per defect of the fault campaign (issue 11), numbered as there."""

from __future__ import annotations

import json
import os
import shutil
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline import texts
from pipeline.adapters.clock import VIETNAM, now_in
from pipeline.app import commands
from pipeline.app.emergency import emergency
from pipeline.build.check import load_workspace
from pipeline.build.steps import build
from pipeline.cli import cli
from pipeline.errors import EXIT_BUSY, EXIT_DAMAGE, EXIT_ITEMS_LEFT_OUT, LoaError, NotOnAir, ValidationFailed
from pipeline.onair.publish import verify

from .build.test_programming import DAY, EMERGENCY, items_of, manifest
from .conftest import slot_file
from .engines.test_engines import FakeGoogle

MORNING = datetime(2021, 8, 10, 5, 40, tzinfo=VIETNAM)
ANNOUNCEMENTS = Path("scripts_vi") / "announcements"


def announcements(ws: Path) -> list[str]:
    return sorted(p.name for p in (ws / ANNOUNCEMENTS).iterdir())


def offline() -> dict[str, FakeGoogle]:
    """The network down: every request refused (time simulated)."""
    fake = FakeGoogle(b"", ["refused"] * 1000)
    return {"transport": fake, "clock": fake}


def only_gtts(ws: Path) -> None:
    path = ws / "loa.toml"
    path.write_text(
        path.read_text(encoding="utf-8").replace('engines = ["espeak"]', 'engines = ["gtts"]'), encoding="utf-8"
    )


def invoke(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.output


# 1. loa emergency confirms only what the published manifest contains


def test_1_an_emergency_file_not_named_md_is_installed_as_md_and_airs(two_ws: Path, tmp_path: Path) -> None:
    source = tmp_path / "bao-so-5.txt"
    source.write_text(EMERGENCY, encoding="utf-8")
    done = emergency(two_ws, source, (), MORNING)
    assert [(a.station, a.day, a.slot) for a in done.airs] == [("an-binh", "2021-08-10", "sang")]
    assert "bao-so-5.md" in announcements(two_ws)
    assert items_of(two_ws, "an-binh", "sang")[0] == "bao-so-5"


def test_1_an_emergency_for_a_station_the_item_excludes_is_refused_and_nothing_installed(
    two_ws: Path, tmp_path: Path
) -> None:
    source = tmp_path / "bao.md"
    source.write_text(EMERGENCY, encoding="utf-8")
    before = announcements(two_ws)
    with pytest.raises(LoaError, match="does not include binh-an"):
        emergency(two_ws, source, ("binh-an",), MORNING)
    assert announcements(two_ws) == before
    assert not (two_ws / "playlists" / DAY.isoformat()).exists()


def test_1_an_emergency_whose_validity_starts_later_is_refused(two_ws: Path, tmp_path: Path) -> None:
    source = tmp_path / "bao.md"
    source.write_text(
        EMERGENCY.replace(
            "stations: [an-binh]", "stations: [an-binh]\nvalid_from: 2021-08-20\nvalid_until: 2021-08-31"
        ),
        encoding="utf-8",
    )
    before = announcements(two_ws)
    with pytest.raises(LoaError, match="would not air at an-binh today or tomorrow"):
        emergency(two_ws, source, (), MORNING)
    assert announcements(two_ws) == before


def test_1_an_emergency_for_an_unknown_station_fails_with_a_clear_message(two_ws: Path, tmp_path: Path) -> None:
    source = tmp_path / "bao.md"
    source.write_text(EMERGENCY.replace("stations: [an-binh]\n", ""), encoding="utf-8")
    code, output = invoke("emergency", str(two_ws), str(source), "--stations", "khong-co")
    assert code == 1 and "unknown station 'khong-co'" in output and "an-binh, binh-an" in output
    assert "Published" not in output and "bao.md" not in announcements(two_ws)


def test_1_an_emergency_no_engine_could_speak_is_reported_as_not_on_air(two_ws: Path, tmp_path: Path) -> None:
    only_gtts(two_ws)
    source = tmp_path / "bao.md"
    source.write_text(EMERGENCY, encoding="utf-8")
    with pytest.raises(NotOnAir, match="NOT ON AIR at an-binh") as failed:
        emergency(two_ws, source, (), MORNING, **offline())
    assert failed.value.exit_code == EXIT_ITEMS_LEFT_OUT


# 2. an emergency never replaces an announcement of the same name


def test_2_an_emergency_named_like_an_existing_announcement_gets_a_new_name(two_ws: Path, tmp_path: Path) -> None:
    existing = (two_ws / ANNOUNCEMENTS / "hop-thon.md").read_bytes()
    source = tmp_path / "hop-thon.md"
    source.write_text(EMERGENCY, encoding="utf-8")
    done = emergency(two_ws, source, (), MORNING)
    assert done.renamed and done.file.name == "hop-thon-2.md" and done.announcement_id == "hop-thon-2"
    assert (two_ws / ANNOUNCEMENTS / "hop-thon.md").read_bytes() == existing
    assert items_of(two_ws, "an-binh", "sang") == ["hop-thon-2", "hop-thon"]


# 3. the published day always reflects the current plan


def test_3_a_withdrawn_announcement_leaves_the_air(two_ws: Path) -> None:
    build(two_ws, DAY)
    (two_ws / ANNOUNCEMENTS / "hop-thon.md").unlink()
    (two_ws / ANNOUNCEMENTS / "khac.md").write_text(
        "---\ntitle: Khác\nvalid_from: 2021-09-01\n---\nMột tin.\n", encoding="utf-8"
    )
    report = build(two_ws, DAY)
    assert manifest(two_ws)["stations"] == []
    assert any("nothing airs on 2021-08-10" in w for w in report.warnings)
    page = (two_ws / "playlists" / DAY.isoformat() / "bao-cao.html").read_text(encoding="utf-8")
    assert "Nothing airs on this day." in page and "nothing to air on this day" in page
    verify(two_ws / "playlists" / DAY.isoformat())


def test_3_a_station_whose_plan_became_empty_is_removed_by_a_station_build(two_ws: Path) -> None:
    build(two_ws, DAY)
    item = two_ws / ANNOUNCEMENTS / "hop-thon.md"
    item.write_text(
        item.read_text(encoding="utf-8").replace("valid_until", "stations: [binh-an]\nvalid_until"), encoding="utf-8"
    )
    build(two_ws, DAY, ["an-binh"])
    assert [s["id"] for s in manifest(two_ws)["stations"]] == ["binh-an"]  # type: ignore[index]


# 4. no engine can speak: a good published day is kept


def test_4_when_no_engine_can_speak_the_previous_day_stays_and_the_report_says_so(mini_ws: Path) -> None:
    build(mini_ws, DAY)
    before = manifest(mini_ws)
    only_gtts(mini_ws)
    item = mini_ws / ANNOUNCEMENTS / "hop-thon.md"
    item.write_text(item.read_text(encoding="utf-8") + "Thêm một câu.\n", encoding="utf-8")
    report = build(mini_ws, DAY, **offline())
    assert report.exit_code == EXIT_ITEMS_LEFT_OUT
    assert manifest(mini_ws) == before
    assert any("NO SPEECH could be made for sang; the previous version stays on air" in w for w in report.warnings)
    html = (mini_ws / "playlists" / DAY.isoformat() / "bao-cao.html").read_text(encoding="utf-8")
    assert "NO SPEECH" in html


def test_4_without_a_previous_day_no_chimes_only_slot_is_published(mini_ws: Path) -> None:
    only_gtts(mini_ws)
    report = build(mini_ws, DAY, **offline())
    assert report.exit_code == EXIT_ITEMS_LEFT_OUT
    assert manifest(mini_ws)["stations"] == []
    assert any("nothing is published for it" in w for w in report.warnings)


# 5. damage in another station's folder is repaired, not a reason to refuse


def test_5_a_damaged_file_of_another_station_is_repaired_from_the_store(two_ws: Path) -> None:
    build(two_ws, DAY)
    victim = slot_file(two_ws / "playlists" / DAY.isoformat() / "binh-an")
    victim.unlink()
    victim.write_bytes(b"not audio")  # a new file in its place: the store's copy is intact
    report = build(two_ws, DAY, ["an-binh"])
    assert any(w.startswith("binh-an: repaired 2021-08-10_0600_sang.mp3 from the store") for w in report.warnings), report.warnings
    verify(two_ws / "playlists" / DAY.isoformat())


def test_5_damage_shared_with_the_store_rebuilds_that_station(two_ws: Path, tmp_path: Path) -> None:
    build(two_ws, DAY)
    victim = next((two_ws / "playlists" / DAY.isoformat() / "binh-an").glob("phan-doan/*_03-hop-thon.mp3"))  # the store's only copy
    flip_in_place(victim)
    source = tmp_path / "bao.md"
    source.write_text(EMERGENCY, encoding="utf-8")
    done = emergency(two_ws, source, (), MORNING)
    assert [a.station for a in done.airs] == ["an-binh"]
    assert any("binh-an" in w and "built again" in w for w in done.builds[0].warnings)
    verify(two_ws / "playlists" / DAY.isoformat())


# 6. temporary files are never announcements


def test_6_hidden_and_temporary_files_are_never_loaded(mini_ws: Path) -> None:
    folder = mini_ws / ANNOUNCEMENTS
    (folder / ".tmp-4242-bao.md").write_text(EMERGENCY, encoding="utf-8")
    (folder / "~$bao.md").write_text("junk", encoding="utf-8")
    (folder / "hop-thon.md~").write_text("junk", encoding="utf-8")
    code, output = invoke("validate", str(mini_ws))
    assert (code, output.strip()) == (0, "OK: 1 stations, 1 announcements")


def test_6_a_failed_copy_leaves_no_partial_file(mini_ws: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = tmp_path / "bao.md"
    source.write_text(EMERGENCY, encoding="utf-8")

    def full_disk(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "link", full_disk)
    with pytest.raises(OSError):
        emergency(mini_ws, source, (), MORNING)
    assert announcements(mini_ws) == ["hop-thon.md"]


def flip_in_place(path: Path) -> None:
    """Bit rot: flip bytes in the middle of the file, keeping its size and modification time."""
    info = path.stat()
    os.chmod(path, 0o644)
    with path.open("r+b") as handle:
        handle.seek(info.st_size // 2)
        data = handle.read(16)
        handle.seek(info.st_size // 2)
        handle.write(bytes(b ^ 0xFF for b in data))
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns))


# 8. bit rot: loa verify reads every byte; --repair fixes it


def test_8_bit_rot_in_the_store_is_found_by_verify_and_repaired(mini_ws: Path) -> None:
    build(mini_ws, DAY)
    shared = slot_file(mini_ws / "playlists" / DAY.isoformat() / "an-binh")
    flip_in_place(shared)  # the store file is the same inode
    assert build(mini_ws, DAY).rendered == 0  # size and time unchanged: the build trusts it (fast path)
    code, output = invoke("verify", str(mini_ws))
    assert code == EXIT_DAMAGE and "sang.mp3: the file is damaged" in output and "a stored file is damaged" in output
    code, output = invoke("verify", str(mini_ws), "--repair")
    assert "removed from the store; the next build renders it again" in output
    assert (
        code == EXIT_DAMAGE and ": built again (" not in output
    )  # a day that has aired is not planned anew: its record stays
    assert "restore this day's folder from a backup" in output


def test_8_verify_repair_rebuilds_a_day_to_come(mini_ws: Path) -> None:
    day = now_in("Asia/Ho_Chi_Minh").date() + timedelta(days=1)
    item = mini_ws / ANNOUNCEMENTS / "hop-thon.md"
    item.write_text(
        item.read_text(encoding="utf-8").replace("valid_until: 2021-08-31", "valid_until: 2099-12-31"), encoding="utf-8"
    )
    build(mini_ws, day)
    flip_in_place(slot_file(mini_ws / "playlists" / day.isoformat() / "an-binh"))
    code, output = invoke("verify", str(mini_ws), "--repair")
    assert code == 0 and f"{day}: built again (an-binh)" in output, output
    code, output = invoke("verify", str(mini_ws))
    assert code == 0 and "0 problems" in output


def test_8_published_files_are_read_only(mini_ws: Path) -> None:
    build(mini_ws, DAY)
    for path in (mini_ws / "playlists" / DAY.isoformat() / "an-binh").rglob("*.mp3"):
        assert path.stat().st_mode & 0o222 == 0


# 9. values written into playlists, HTML and CSV cannot inject


def test_9_a_title_with_a_line_break_is_refused(mini_ws: Path) -> None:
    item = mini_ws / ANNOUNCEMENTS / "hop-thon.md"
    item.write_text(
        item.read_text(encoding="utf-8").replace("title: Họp thôn", 'title: "Họp\\nthon.mp3"'), encoding="utf-8"
    )
    code, output = invoke("validate", str(mini_ws))
    assert code == 1 and "hop-thon.md:2: 'title' must be one line" in output


def test_9_playlist_and_csv_values_are_escaped(mini_ws: Path) -> None:
    item = mini_ws / ANNOUNCEMENTS / "hop-thon.md"
    item.write_text(
        item.read_text(encoding="utf-8").replace("title: Họp thôn", "title: '=HYPERLINK(\"x\") <b>'"), encoding="utf-8"
    )
    build(mini_ws, DAY)
    folder = mini_ws / "playlists" / DAY.isoformat()
    assert "'=HYPERLINK" in (folder / "bao-cao.csv").read_text(encoding="utf-8")
    assert "&lt;b&gt;" in (folder / "an-binh" / "lich-phat.html").read_text(encoding="utf-8")
    lines = slot_file(folder / "an-binh", ext="m3u8").read_text(encoding="utf-8").splitlines()
    assert all(line.startswith("#") or line.endswith(".mp3") for line in lines)


# 10. no silent success where the user made a mistake


def test_10_a_mistyped_station_is_an_error(mini_ws: Path) -> None:
    code, output = invoke("build", str(mini_ws), "--date", "2021-08-10", "--station", "an-bin")
    assert code == 1 and "unknown station 'an-bin'" in output and "use ids from stations.yaml: an-binh" in output


def test_10_doctor_without_ffmpeg_fails(mini_ws: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    espeak = shutil.which("espeak-ng")
    if espeak:
        (bin_dir / "espeak-ng").symlink_to(espeak)
    monkeypatch.setenv("PATH", str(bin_dir))
    code, output = invoke("doctor", str(mini_ws))
    assert code == 1 and "FAIL  ffmpeg" in output and "No working engine for: an-binh" in output


@pytest.mark.parametrize(
    ("file", "old", "new", "message"),
    [
        ("loa.toml", "[audio]", 'timezone = "Asia/Hanoi_City"\n[audio]', "'Asia/Hanoi_City' is not a time zone"),
        (
            "stations.yaml",
            'sang: "05:30-06:00"',
            'sang: "05:30-06:00"\n      trua: "05:50-06:10"',
            "slots 'sang' and 'trua' overlap",
        ),
        (
            str(ANNOUNCEMENTS / "hop-thon.md"),
            "title:",
            "supersedes: hop-thon\ntitle:",
            "an announcement cannot supersede itself",
        ),
        (
            str(ANNOUNCEMENTS / "hop-thon.md"),
            "title:",
            "repeat: 1000000\ntitle:",
            "'repeat' must be a whole number from 1 to 10",
        ),
    ],
)
def test_10_and_7_mistakes_and_unbounded_values_are_refused(
    mini_ws: Path, file: str, old: str, new: str, message: str
) -> None:
    path = mini_ws / file
    path.write_text(path.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")
    code, output = invoke("validate", str(mini_ws))
    assert code == 1 and message in output, output


def test_10_links_pointing_outside_the_workspace_are_refused(mini_ws: Path, tmp_path: Path) -> None:
    outside = tmp_path / "secret.j2"
    outside.write_text("bí mật", encoding="utf-8")
    (mini_ws / "scripts_vi" / "templates" / "la.j2").symlink_to(outside)
    code, output = invoke("validate", str(mini_ws))
    assert code == 1 and "la.j2: this is a link to" in output and "outside the workspace" in output
    (mini_ws / ANNOUNCEMENTS / "la.md").symlink_to(tmp_path / "secret.j2")
    code, output = invoke("validate", str(mini_ws))
    assert code == 1 and "la.md: this is a link to" in output


# 7. every input is bounded


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (
            "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}",
            "the template loops too many times",
        ),
        ("{{ 'x' * 10**9 }}", "the template repeats text too many times"),
        ("{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}", "a macro or include calls itself without end"),
        ("{% include 'thong-bao.j2' %}", "a macro or include calls itself without end"),
        ("{{ range(10**9)|list }}", "the template loops too many times"),
    ],
)
def test_7_templates_render_within_bounds(mini_ws: Path, body: str, message: str) -> None:
    if "include" in body:
        (mini_ws / "scripts_vi" / "templates" / "thong-bao.j2").write_text(
            "{% include 'thong-bao.j2' %}\n", encoding="utf-8"
        )
    else:
        (mini_ws / ANNOUNCEMENTS / "hop-thon.md").write_text(f"---\ntitle: Lặp\n---\nTin.\n{body}\n", encoding="utf-8")
    code, output = invoke("validate", str(mini_ws))
    assert code == 1 and message in output and "template stopped" in output, output


def test_7_a_fifo_named_md_does_not_hang(mini_ws: Path) -> None:
    os.mkfifo(mini_ws / ANNOUNCEMENTS / "ong.md")
    code, output = invoke("validate", str(mini_ws))
    assert code == 1 and "ong.md: this is not a regular file" in output


def test_7_a_report_over_ten_thousand_years_is_refused_at_once(mini_ws: Path) -> None:
    code, output = invoke("report", str(mini_ws), "--from", "0001-01-01", "--to", "9999-12-31")
    assert code == 1 and "a report covers at most 366" in output


# 11. leaks


def test_11_scratch_files_of_dead_builds_are_removed_and_a_running_preview_is_left_alone(mini_ws: Path) -> None:
    build(mini_ws, DAY)
    store = mini_ws / "audio_out"
    dead = store / "speech" / "ab" / ".tmp-999999-abc.mp3"
    dead.parent.mkdir(parents=True, exist_ok=True)
    dead.write_bytes(b"half")
    live = store / ".work" / f"render-{os.getpid()}-x"
    live.mkdir(parents=True)
    (store / ".work" / "render-999999-y").mkdir()
    build(mini_ws, DAY)
    assert not dead.exists() and live.exists() and not (store / ".work" / "render-999999-y").exists()


# 12. clear messages where there were internal errors


@pytest.mark.parametrize(
    ("file", "content", "message"),
    [
        ("loa.toml", b"\xff\xfe[audio]\n", "loa.toml:1: the file is not UTF-8 text"),
        ("stations.yaml", b"stations:\n  - id: a\x00b\n", "stations.yaml:2: the file contains NUL bytes"),
        ("stations.yaml", b"stations: &a\n  - *a\n", "YAML anchors and aliases"),
        ("stations.yaml", b"stations: " + b"[" * 200 + b"]" * 200 + b"\n", "nests more than 20 levels"),
    ],
)
def test_12_damaged_settings_and_stations_files_give_clear_messages(
    mini_ws: Path, file: str, content: bytes, message: str
) -> None:
    (mini_ws / file).write_bytes(content)
    code, output = invoke("validate", str(mini_ws))
    assert code == 1 and message in output, output


def test_12_a_bom_in_settings_and_stations_is_accepted(mini_ws: Path) -> None:
    for name in ("loa.toml", "stations.yaml"):
        (mini_ws / name).write_bytes(b"\xef\xbb\xbf" + (mini_ws / name).read_bytes())
    assert invoke("validate", str(mini_ws))[0] == 0


def test_12_a_folder_or_dangling_link_named_md_is_reported(mini_ws: Path) -> None:
    (mini_ws / ANNOUNCEMENTS / "thu-muc.md").mkdir()
    (mini_ws / ANNOUNCEMENTS / "gay.md").symlink_to(mini_ws / ANNOUNCEMENTS / "khong-co.md")
    code, output = invoke("validate", str(mini_ws))
    assert (
        code == 1
        and "thu-muc.md: this is a folder" in output
        and "gay.md: this link points to a file that does not exist" in output
    )


def test_12_a_damaged_published_manifest_is_rebuilt_not_a_crash(two_ws: Path) -> None:
    build(two_ws, DAY)
    (two_ws / "playlists" / DAY.isoformat() / "manifest.json").write_text("{broken", encoding="utf-8")
    report = build(two_ws, DAY, ["an-binh"])
    assert {s["id"] for s in manifest(two_ws)["stations"]} == {"an-binh", "binh-an"}  # type: ignore[attr-defined]
    assert any("manifest of 2021-08-10 was damaged" in w for w in report.warnings)
    assert invoke("report", str(two_ws), "--from", "2021-08-10", "--to", "2021-08-10")[0] == 0


def test_12_a_read_only_folder_is_a_clear_message(mini_ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied", str(mini_ws / "playlists"))

    monkeypatch.setattr("pipeline.onair.publish.staging_dir", refuse)
    monkeypatch.setattr("pipeline.build.steps.staging_dir", refuse)
    code, output = invoke("build", str(mini_ws), "--date", "2021-08-10")
    assert (
        code == 1 and "Loa may not write or read here" in output and "playlists" in output and "internal" not in output
    )


def test_12_disk_full_inside_ffmpeg_stops_the_build_with_a_clear_message(
    mini_ws: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = tmp_path / "bin" / "ffmpeg"
    fake.parent.mkdir()
    real = shutil.which("ffmpeg")
    fake.write_text(f'#!/bin/sh\nfor a; do [ "$a" = -version ] && exec {real} "$@"; done\n'
                    'echo "Error writing trailer: No space left on device" >&2; echo "Conversion failed!" >&2; exit 1\n')  # fmt: skip
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", f"{fake.parent}:{os.environ['PATH']}")
    code, output = invoke("build", str(mini_ws), "--date", "2021-08-10")
    assert code == 1 and "the disk is full" in output and "internal" not in output
    assert not (mini_ws / "playlists" / DAY.isoformat()).exists()


# 13. offline with gTTS first costs what espeak alone costs


def test_13_an_offline_gtts_first_build_asks_the_network_once(two_ws: Path) -> None:
    path = two_ws / "loa.toml"
    path.write_text(
        path.read_text(encoding="utf-8").replace('engines = ["espeak"]', 'engines = ["gtts", "espeak"]'),
        encoding="utf-8",
    )
    fake = FakeGoogle(b"", ["refused"] * 1000)
    report = build(two_ws, DAY, transport=fake, clock=fake)
    assert len(fake.sent_at) == 1 and fake.slept == []
    assert len(report.fallbacks) >= 4  # every speech segment, spoken by espeak at once


# 14. slots are fitted from the rendered, normalized text


def test_14_a_short_template_that_expands_to_minutes_does_not_fit_on_paper(mini_ws: Path) -> None:
    (mini_ws / "scripts_vi" / "templates" / "dai.j2").write_text(
        "{{ body }}\n{% for i in range(600) %}Bà con chú ý thực hiện đúng quy định phòng chống dịch bệnh.\n{% endfor %}\n",
        encoding="utf-8",
    )
    (mini_ws / ANNOUNCEMENTS / "dai.md").write_text("---\ntitle: Dài\ntemplate: dai\n---\nNgắn.\n", encoding="utf-8")
    code, output = invoke("build", str(mini_ws), "--date", "2021-08-10")
    assert code == 0, output
    rows = (mini_ws / "playlists" / DAY.isoformat() / "bao-cao.csv").read_text(encoding="utf-8")
    assert "dai,note,,,did not fit the slot; waits for a later day" in rows


# exit codes: busy and usage differ


def test_exit_codes_busy_and_usage_differ(mini_ws: Path) -> None:
    from pipeline.onair.publish import workspace_lock

    with workspace_lock(mini_ws.resolve()):
        code, output = invoke("build", str(mini_ws), "--date", "2021-08-10")
    assert code == EXIT_BUSY and "another build is running" in output
    assert invoke("build", str(mini_ws), "--bogus")[0] == 2


def test_manifest_is_json_with_the_current_plan_only(two_ws: Path) -> None:
    build(two_ws, DAY)
    data = json.loads((two_ws / "playlists" / DAY.isoformat() / "manifest.json").read_text(encoding="utf-8"))
    assert {s["id"] for s in data["stations"]} == {"an-binh", "binh-an"}


def test_validation_failed_is_raised_before_anything_is_written(mini_ws: Path) -> None:
    (mini_ws / "stations.yaml").write_text("stations: [", encoding="utf-8")
    with pytest.raises(ValidationFailed):
        build(mini_ws, DAY)
    assert not list((mini_ws / "playlists").iterdir())


# issue 13: safe emergencies


def test_an_emergency_without_an_end_airs_until_the_end_of_today_and_says_so(mini_ws: Path, tmp_path: Path) -> None:
    source = tmp_path / "bao.md"
    source.write_text(EMERGENCY, encoding="utf-8")
    done = emergency(mini_ws, source, (), MORNING)
    assert done.ended == "2021-08-10 23:59"
    installed = (mini_ws / ANNOUNCEMENTS / "bao.md").read_text(encoding="utf-8")
    assert 'valid_until: "2021-08-10 23:59"' in installed
    assert texts.emergency(done, source, 1.0)[0] == (
        "warning: bao.md had no valid_until: it airs until 2021-08-10 23:59; add valid_until to keep it longer"
    )
    assert not any(a.airs_on(date(2021, 8, 11)) for a in [load_workspace(mini_ws).announcement("bao")] if a)


def test_an_emergency_file_dropped_in_without_an_end_is_refused(mini_ws: Path) -> None:
    (mini_ws / ANNOUNCEMENTS / "bao.md").write_text(EMERGENCY, encoding="utf-8")
    code, output = invoke("validate", str(mini_ws))
    assert code == 1 and "bao.md:3: an emergency (khan-cap) must have an end" in output


def test_an_emergency_is_read_in_the_emergency_shape_by_default(mini_ws: Path) -> None:
    item = mini_ws / ANNOUNCEMENTS / "bao.md"
    item.write_text(
        EMERGENCY.replace("priority: khan-cap", "priority: khan-cap\nvalid_until: 2021-08-31"), encoding="utf-8"
    )
    script = commands.script(mini_ws, "bao", "an-binh", date(2021, 8, 10))
    assert script.written.startswith("Thông báo khẩn. Thông báo khẩn. Khẩn cấp bão số 5.")


def test_an_emergency_is_marked_in_the_playlist_and_on_the_program_sheet(mini_ws: Path, tmp_path: Path) -> None:
    source = tmp_path / "bao.md"
    source.write_text(EMERGENCY, encoding="utf-8")
    emergency(mini_ws, source, (), MORNING)
    folder = mini_ws / "playlists" / DAY.isoformat() / "an-binh"
    playlist = slot_file(folder, ext="m3u8").read_text(encoding="utf-8")
    assert ",KHẨN CẤP: Khẩn cấp bão số 5\n" in playlist and ",KHẨN CẤP: Họp thôn" not in playlist
    assert '<span class="badge khan">KHẨN CẤP</span> Khẩn cấp bão số 5' in (folder / "lich-phat.html").read_text(
        encoding="utf-8"
    )
