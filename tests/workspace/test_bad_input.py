"""Every error a user can cause: one clear message with file and line, exit 1, nothing under playlists/."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import cli


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.output


def announcement(ws: Path) -> Path:
    return ws / "scripts_vi" / "announcements" / "hop-thon.md"


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def build_fails_cleanly(ws: Path) -> str:
    code, out = run("build", str(ws), "--date", "2021-08-10")
    assert code == 1, out
    assert "Traceback" not in out
    assert not any((ws / "playlists").iterdir())
    return out


def test_malformed_yaml(mini_ws: Path) -> None:
    edit(mini_ws / "stations.yaml", "name: Đài", "name: [Đài")
    out = build_fails_cleanly(mini_ws)
    assert f"error: {mini_ws / 'stations.yaml'}:4: this is not valid YAML" in out


def test_unknown_field_suggests_the_right_one(mini_ws: Path) -> None:
    edit(announcement(mini_ws), "title:", "titel:")
    out = build_fails_cleanly(mini_ws)
    assert f"{announcement(mini_ws)}:2: unknown field 'titel' — did you mean 'title'?" in out
    assert f"{announcement(mini_ws)}:2: 'title' is missing" in out


def test_unknown_station_id(mini_ws: Path) -> None:
    edit(announcement(mini_ws), "title:", "stations: [an-binh, khong-co]\ntitle:")
    out = build_fails_cleanly(mini_ws)
    assert f"{announcement(mini_ws)}:2: unknown station id 'khong-co' — use ids from stations.yaml: an-binh" in out


def test_unknown_template_variable(mini_ws: Path) -> None:
    edit(announcement(mini_ws), "Tối nay", "{{ station.ten }} tối nay")
    out = build_fails_cleanly(mini_ws)
    assert f"{announcement(mini_ws)}:6: unknown template variable:" in out
    assert "'ten'" in out


def test_invalid_date(mini_ws: Path) -> None:
    edit(announcement(mini_ws), "valid_until: 2021-08-31", "valid_until: 2021-13-01")
    out = build_fails_cleanly(mini_ws)
    assert f"{announcement(mini_ws)}:4: '2021-13-01' is not a valid date — write it as YYYY-MM-DD" in out


def test_missing_template(mini_ws: Path) -> None:
    edit(announcement(mini_ws), "title:", "template: khong-co\ntitle:")
    out = build_fails_cleanly(mini_ws)
    assert (
        "template 'khong-co' does not exist in scripts_vi/templates/ — use one of: ket-thuc, khan-cap, mo-dau, thong-bao"
        in out
    )


def test_missing_jingle(mini_ws: Path) -> None:
    edit(mini_ws / "loa.toml", 'opening = "builtin:chuong-ba-xuong"', 'opening = "jingles/mo-dau.mp3"')
    out = build_fails_cleanly(mini_ws)
    assert "the jingle file 'jingles/mo-dau.mp3' does not exist" in out


def test_jingle_outside_workspace_is_refused(mini_ws: Path) -> None:
    edit(mini_ws / "loa.toml", 'opening = "builtin:chuong-ba-xuong"', 'opening = "../../etc/passwd"')
    out = build_fails_cleanly(mini_ws)
    assert "the jingle '../../etc/passwd' is outside the workspace" in out


def test_duplicate_ids(mini_ws: Path) -> None:
    other = announcement(mini_ws).with_name("hop-thon-2.md")
    other.write_text(
        announcement(mini_ws).read_text(encoding="utf-8").replace("---\ntitle", "---\nid: hop-thon\ntitle"),
        encoding="utf-8",
    )
    out = build_fails_cleanly(mini_ws)
    assert "announcement id 'hop-thon' is also used by hop-thon-2.md" in out


def test_duplicate_yaml_key(mini_ws: Path) -> None:
    edit(announcement(mini_ws), "title: Họp thôn", "title: Họp thôn\ntitle: Họp")
    out = build_fails_cleanly(mini_ws)
    assert f"{announcement(mini_ws)}:3: 'title' is given twice" in out


def test_id_that_would_escape_the_workspace(mini_ws: Path) -> None:
    edit(announcement(mini_ws), "title:", "id: ../../thoat\ntitle:")
    out = build_fails_cleanly(mini_ws)
    assert "'../../thoat' is not a valid id — use only a-z, 0-9 and '-', e.g. 'thoat'" in out


def test_unquoted_slot_time(mini_ws: Path) -> None:
    edit(mini_ws / "stations.yaml", 'sang: "05:30-06:00"', "sang: 05:30")
    out = build_fails_cleanly(mini_ws)
    assert "slot 'sang' has an invalid time range '05:30' — write it in quotes" in out


def test_unknown_setting(mini_ws: Path) -> None:
    edit(mini_ws / "loa.toml", "target_lufs = -16.0", "target_lufz = -16.0")
    out = build_fails_cleanly(mini_ws)
    assert f"{mini_ws / 'loa.toml'}:9: unknown setting 'audio.target_lufz' — did you mean 'target_lufs'?" in out


def test_template_sandbox_blocks_unsafe_access(mini_ws: Path) -> None:
    edit(announcement(mini_ws), "Tối nay", "{{ ''.__class__.__mro__[1].__subclasses__() }}")
    out = build_fails_cleanly(mini_ws)
    assert "the template tried something unsafe" in out or "unknown template variable" in out


def test_all_problems_reported_at_once(mini_ws: Path) -> None:
    edit(announcement(mini_ws), "title:", "priority: rat-gap\nrepeat: 0\ntitle:")
    code, out = run("validate", str(mini_ws))
    assert code == 1
    assert (
        "'rat-gap' is not a valid priority — use one of: khan-cap, emergency, uu-tien, priority, thuong, normal" in out
    )
    assert "'repeat' must be a whole number from 1 to 10" in out


@pytest.mark.parametrize("missing", ["stations.yaml"])
def test_missing_file(mini_ws: Path, missing: str) -> None:
    (mini_ws / missing).unlink()
    out = build_fails_cleanly(mini_ws)
    assert "stations.yaml is missing — create it" in out


def test_unknown_builtin_chime(mini_ws: Path) -> None:
    edit(mini_ws / "loa.toml", 'between = "builtin:chuong-hai"', 'between = "builtin:chuong-bon"')
    out = build_fails_cleanly(mini_ws)
    assert (
        "there is no built-in chime 'builtin:chuong-bon' — use one of: builtin:chuong-ba-xuong, builtin:chuong-ba-len, builtin:chuong-hai"
        in out
    )


def test_include_of_an_unknown_announcement_names_the_body_line(mini_ws: Path) -> None:
    edit(announcement(mini_ws), "Tối nay", 'Tối nay {% include "announcement:khong-co" %}')
    out = build_fails_cleanly(mini_ws)
    assert (
        f"{announcement(mini_ws)}:6: the included announcement 'khong-co' does not exist"
        " — include one of these announcement ids: hop-thon" in out
    )


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ('# bitrate = "64k"', 'bitrate = "64zz"', ":13: '64zz' is not an MP3 bitrate — use one of: \"8k\""),
        ("# sample_rate = 44100", "sample_rate = 12345", ":12: 12345 Hz is not an MP3 sample rate"),
        ("# pitch = 50", "pitch = 150", ":19: 'speech.pitch' is 150, outside 0 to 99 — write a value from 0 to 99"),
        ("# rate_wpm = 115", "rate_wpm = 0", ":18: 'speech.rate_wpm' is 0, outside 80 to 450"),
        ("true_peak_db = -1.5", "true_peak_db = 3.0", ":10: 'audio.true_peak_db' is 3.0, outside -9 to 0"),
        ("[text]", '[gtts]\ntld = "evil.example/#"\n[text]', ":22: 'evil.example/#' is not a Google domain ending"),
        ('# quiet_hours = "22:00-05:00"', 'quiet_hours = "22h"', ":6: quiet_hours '22h' is not a span of local hours"),
        ("# gap_seconds = 0.4", "lowpass_hz = 30000", ":14: 'audio.lowpass_hz' is 30000, outside 1000 to 24000"),
    ],
)
def test_settings_the_tools_would_refuse_fail_validate(mini_ws: Path, old: str, new: str, message: str) -> None:
    edit(mini_ws / "loa.toml", old, new)
    code, out = run("validate", str(mini_ws))
    assert code == 1, out
    assert f"{mini_ws / 'loa.toml'}{message}" in out
    build_fails_cleanly(mini_ws)


NIGHT_SLOT = """\
    slots:
      sang: "05:30-06:00"
      toi: "21:45-22:15"
"""


def test_a_slot_in_the_quiet_hours_is_refused_at_its_line_with_the_fix(mini_ws: Path) -> None:
    edit(mini_ws / "stations.yaml", '    slots:\n      sang: "05:30-06:00"\n', NIGHT_SLOT)
    code, out = run("validate", str(mini_ws))
    assert (code, out) == (
        1,
        f"error: {mini_ws / 'stations.yaml'}:8: slot 'toi' (21:45-22:15) of station 'an-binh' falls in the quiet"
        " hours 22:00-05:00, when no slot may air — move the slot outside 22:00-05:00; or, if this district airs"
        ' at night, change quiet_hours in loa.toml (quiet_hours = "" allows night slots)\n',
    )
    build_fails_cleanly(mini_ws)


def test_the_quiet_hours_message_is_said_in_vietnamese(mini_ws: Path) -> None:
    edit(mini_ws / "stations.yaml", '      sang: "05:30-06:00"', '      sang: "04:30-05:15"')
    code, out = run("--lang", "vi", "validate", str(mini_ws))
    assert code == 1 and f"{mini_ws / 'stations.yaml'}:7: buổi 'sang' (04:30-05:15) của đài 'an-binh'" in out
    assert "giờ nghỉ ban đêm 22:00-05:00" in out and 'quiet_hours = "" cho phép phát ban đêm' in out


@pytest.mark.parametrize(
    ("setting", "slot"),
    [
        ('quiet_hours = ""', "23:00-23:30"),  # the workspace airs at night
        ('quiet_hours = "23:00-04:00"', "22:00-22:30"),  # its own quiet hours
        ('quiet_hours = "22:00-05:00"', "21:30-22:00"),  # ends as they begin
        ('quiet_hours = "22:00-05:00"', "05:00-05:30"),  # begins as they end
        ('quiet_hours = "12:00-13:00"', "05:00-05:30"),  # a span within a day
    ],
)
def test_slots_outside_the_quiet_hours_or_where_night_slots_are_allowed_pass(
    mini_ws: Path, setting: str, slot: str
) -> None:
    edit(mini_ws / "loa.toml", '# quiet_hours = "22:00-05:00"', setting)
    edit(mini_ws / "stations.yaml", "05:30-06:00", slot)
    code, out = run("validate", str(mini_ws))
    assert code == 0, out


def test_a_span_within_a_day_refuses_a_slot_inside_it(mini_ws: Path) -> None:
    edit(mini_ws / "loa.toml", '# quiet_hours = "22:00-05:00"', 'quiet_hours = "12:00-13:00"')
    edit(mini_ws / "stations.yaml", "05:30-06:00", "12:50-13:10")
    code, out = run("validate", str(mini_ws))
    assert (
        code == 1 and ":7: slot 'sang' (12:50-13:10) of station 'an-binh' falls in the quiet hours 12:00-13:00" in out
    )


def test_the_sample_workspace_is_valid_under_the_default_quiet_hours(sample_ws: Path) -> None:
    code, out = run("validate", str(sample_ws))
    assert code == 0, out
