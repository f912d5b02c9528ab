"""Mistakes and unbounded input are refused with a clear message, before anything is written.

From the fault campaign of issue 11 (its case numbers kept in the test names)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from pipeline.build.steps import build
from pipeline.build.warnings import worded_all
from pipeline.errors import ValidationFailed

from ..build.test_programming import DAY, manifest
from ..conftest import ANNOUNCEMENTS, invoke

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


@pytest.mark.slow
def test_12_a_damaged_published_manifest_is_rebuilt_not_a_crash(two_ws: Path) -> None:
    build(two_ws, DAY)
    (two_ws / "playlists" / DAY.isoformat() / "manifest.json").write_text("{broken", encoding="utf-8")
    report = build(two_ws, DAY, ["an-binh"])
    assert {s["id"] for s in manifest(two_ws)["stations"]} == {"an-binh", "binh-an"}  # type: ignore[attr-defined]
    assert any("manifest of 2021-08-10 was damaged" in w for w in worded_all(report.warnings))
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


@pytest.mark.slow
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


def test_validation_failed_is_raised_before_anything_is_written(mini_ws: Path) -> None:
    (mini_ws / "stations.yaml").write_text("stations: [", encoding="utf-8")
    with pytest.raises(ValidationFailed):
        build(mini_ws, DAY)
    assert not list((mini_ws / "playlists").iterdir())


# issue 13: safe emergencies
