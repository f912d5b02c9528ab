"""Every command's exact output (measured figures shown as #), and the data the command functions return."""

from __future__ import annotations

import re
import shutil
import time
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline import i18n, texts
from pipeline.adapters.clock import VIETNAM
from pipeline.adapters.ffmpeg import Measure
from pipeline.app import commands
from pipeline.app.emergency import emergency
from pipeline.build import history
from pipeline.cli import cli

from .build.test_programming import EMERGENCY
from .conftest import MINI_ANNOUNCEMENT, MINI_STATIONS, SAMPLE, copy_sample, slot_file

DAY = "2021-08-10"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """One mini workspace built once for the day; the tests read it (those that change it copy it)."""
    ws = copy_sample(tmp_path_factory.mktemp("cli") / "ws")
    (ws / "stations.yaml").write_text(MINI_STATIONS, encoding="utf-8")
    for old in (ws / "scripts_vi" / "announcements").glob("*.md"):
        old.unlink()
    (ws / "scripts_vi" / "announcements" / "hop-thon.md").write_text(MINI_ANNOUNCEMENT, encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(ws), "--date", DAY, "--workers", "1"])
    assert result.exit_code == 0, result.output
    yield ws


def run(*args: str, code: int = 0) -> tuple[str, str]:
    """(stdout, stderr) of a command that must end with `code`."""
    result = CliRunner(mix_stderr=False).invoke(cli, list(args))
    assert result.exit_code == code, (result.output, result.stderr)
    return result.stdout, result.stderr


def shape(text: str, ws: Path | None = None) -> str:
    """The output with the workspace as WS, every number as # and column padding as one space (figures vary a hair)."""
    if ws is not None:
        text = text.replace(str(ws.resolve()), "WS").replace(str(ws), "WS")
    return re.sub(r" +", " ", re.sub(r"\d+(?:\.\d+)?", "#", text))


@pytest.mark.slow
def test_init_builds_today_and_tomorrow_then_validates(tmp_path: Path) -> None:
    target = tmp_path / "xa-moi"
    out, err = run("init", str(target))
    assert err == f"Created workspace {target}; building today and tomorrow (some seconds)...\n"
    today = commands.today(target)
    days = [today.isoformat(), (today + timedelta(days=1)).isoformat()]
    day_line = "#-#-#: # stations, # slots, # items, # minutes of audio; rendered #, reused # from cache\n"
    assert shape(out, target) == (
        f"Built today and tomorrow in WS:\n{day_line}{day_line}"
        "Next: loa serve WS (the web pages), or loa build WS --date DD/MM/YYYY\n"
    )
    lines = out.splitlines()[1:3]
    assert [line[:10] for line in lines] == days and all("3 stations, 5 slots, 15 items" in line for line in lines)
    assert sorted(p.name for p in (target / "playlists").iterdir() if p.is_dir()) == days
    assert [(r.origin, r.day) for r in history.recent(target)] == [("init", days[1]), ("init", days[0])]
    assert run("validate", str(target)) == ("OK: 3 stations, 3 announcements\n", "")
    assert commands.validate(target) == commands.Validated(3, 3)


def test_init_with_the_users_commune_and_district(tmp_path: Path) -> None:
    from pipeline.build.check import load_workspace
    from pipeline.build.plan import make_plan

    target = tmp_path / "xa-tan-hung"
    out, _ = run("init", "--no-build", str(target), "--xa", "Tân Hưng", "--huyen", "Lạng Giang")
    assert out == f"Created workspace {target}. Next: loa build {target}\n"
    assert (target / "stations.yaml").read_text("utf-8").split("stations:\n", 1)[1] == (
        '  - id: tan-hung\n    name: "Đài Truyền thanh xã Tân Hưng"\n    district: "Lạng Giang"\n    dialect: bac\n'
        '    slots:\n      sang: "05:30-06:00"\n      chieu: "17:00-17:30"\n'
    )
    assert run("validate", str(target)) == ("OK: 1 stations, 3 announcements\n", "")
    plan = make_plan(load_workspace(target), commands.tomorrow(target))
    aired = {(p.station.id, i.announcement.id) for p in plan.stations for slot in p.slots for i in slot.items}
    assert aired == {("tan-hung", "5k-bluezone"), ("tan-hung", "tiem-vac-xin"), ("tan-hung", "tin-gia")}  # approved
    _, err = run("init", "--no-build", str(tmp_path / "khac"), "--huyen", "Lạng Giang", code=1)
    assert err == 'error: --huyen needs --xa — add --xa "Tên xã" (your commune\'s name)\n'


def test_a_commune_named_with_its_kind_is_not_named_twice() -> None:
    from pipeline.app.own_station import station_yaml

    assert '  - id: an-thanh\n    name: "Đài Truyền thanh thị trấn An Thạnh"\n' in station_yaml("thị trấn An Thạnh", "")
    assert "district:" not in station_yaml("Xã Bình An", "") and "id: binh-an" in station_yaml("Xã Bình An", "")


@pytest.mark.slow
def test_script(built: Path) -> None:
    out, _ = run("script", "hop-thon", "--station", "an-binh", "--date", DAY, "-w", str(built))
    assert out == (
        "--- written ---\nHọp thôn.\nTối nay họp thôn lúc 19h30.\n"
        "--- spoken ---\nHọp thôn.\nTối nay họp thôn lúc mười chín giờ ba mươi phút.\n"
    )
    data = commands.script(built, "hop-thon", "an-binh", date(2021, 8, 10))
    assert (
        data == commands.ScriptText("Họp thôn.\nTối nay họp thôn lúc 19h30.", data.spoken)
        and "mười chín" in data.spoken
    )


def test_build_says_what_it_did_and_where(built: Path) -> None:
    out, err = run("build", str(built), "--date", DAY, "--workers", "1")
    assert shape(out) == "#-#-#: # stations, # slots, # items, # minutes of audio; rendered #, reused # from cache\n"
    assert out.startswith("2021-08-10: 1 stations, 1 slots, 1 items,") and "rendered 0, reused 7 from cache" in out
    folder = built.resolve() / "playlists" / DAY
    assert err == f"Published in {folder} (report: {folder / 'bao-cao.html'})\n"


def test_lint_verify_report_normalize(built: Path) -> None:
    assert run("lint", str(built)) == ("OK: every word is speakable\n", "")
    assert run("verify", str(built)) == (
        "Checked 1 days (7 files) and 7 stored files: 0 problems, 0 repaired, 0 left\n",
        "",
    )
    out, _ = run("report", str(built), "--from", DAY, "--to", DAY)
    heads = f"{'announcement':30} {'station':32} {'airings':>12} {'minutes':>8} {'aired':>12} {'minutes aired':>13}"
    assert out.splitlines()[0] == heads
    row = "Họp thôn Đài Truyền thanh xã An Bình # # — —"  # titles and names, not ids
    assert shape(out) == f"announcement station airings minutes aired minutes aired\n{row}\n"
    rows = commands.period_report(built, date(2021, 8, 10), date(2021, 8, 10))
    assert [(r.announcement, r.station, r.airings) for r in rows] == [("hop-thon", "an-binh", 1)]
    result = CliRunner().invoke(cli, ["normalize", "--dialect", "nam"], input="Ngày 05/8/2021, 1.500.000đ\n")
    assert (
        result.output == "Ngày mùng năm tháng tám năm hai ngàn không trăm hai mươi mốt, một triệu năm trăm ngàn đồng\n"
    )


def test_cache_stats_and_prune(built: Path, tmp_path: Path) -> None:
    out, _ = run("cache", "stats", str(built))
    assert shape(out) == (
        "speech # files # MB # min\njingle # files # MB # min\nslot # files # MB # min\ntotal # files # MB\n"
        "speech by engine: espeak #\n"
    )
    stats = commands.cache_stats(built)
    assert (stats.files["speech"], stats.files["jingle"], stats.files["slot"], stats.engines["espeak"]) == (4, 2, 1, 4)
    ws = tmp_path / "ws"
    shutil.copytree(built, ws)
    assert run("cache", "prune", str(ws), "--older-than", "0") == (
        "Removed 0 files (0.0 MB) not used for 0 days; kept 7 old files that published playlists use\n",
        "",
    )


def test_inspect(built: Path) -> None:
    path = slot_file(built / "playlists" / DAY / "an-binh")
    out, _ = run("inspect", str(path))
    assert shape(out, built) == (
        "WS/playlists/#-#-#/an-binh/#-#-#_#_sang.mp#: # s, -# LUFS, true peak -# dBTP, LRA # LU, "
        "max short-term -# LUFS, # Hz mono, longest silence # s\n"
    )
    [(found, measure)] = list(commands.inspect([path]))
    assert found == path and isinstance(measure, Measure) and abs(measure.lufs + 16) < 1.5


def test_doctor(built: Path) -> None:
    out, _ = run("doctor", str(built))
    lines = out.splitlines()
    assert len(lines) == 5 and lines[0].startswith("ok    ffmpeg: ffmpeg version ")
    assert re.fullmatch(r"ok    espeak: spoke \d\.\d s of 'xin chào bà con' \(voice vi, .+\)", lines[1])
    assert lines[2].startswith("ok    liquidsoap: Liquidsoap 2.")
    assert lines[3].startswith(("ok    sound card: ", "FAIL  sound card: none found — only a station PC"))
    assert lines[4] == "Every station can speak."


def test_preview(built: Path, tmp_path: Path) -> None:
    out_file = tmp_path / "nghe.mp3"
    out, err = run("preview", "hop-thon", "--station", "an-binh", "-o", str(out_file), "--date", DAY, "-w", str(built))
    assert (shape(out), err) == (shape(f"Wrote {out_file} (1.0 s)\n"), "")
    out, err = run("preview", "hop-thon", "--station", "an-binh", "-o", str(out_file), "--date", "2021-09-01",
                   "-w", str(built))  # fmt: skip
    assert shape(out) == shape(f"Wrote {out_file} (1.0 s)\n")
    assert err == "warning: this announcement does not air on 01/09/2021: expired after 31/08\n"


@pytest.mark.parametrize(
    ("day", "english", "vietnamese"),
    [
        ("2021-09-01", "expired after 31/08", "đã hết hạn sau ngày 31/08"),
        ("2021-07-31", "not yet started; it starts on 01/08", "chưa đến ngày bắt đầu 01/08"),
    ],
)
def test_script_says_when_the_day_is_outside_the_announcement(
    built: Path, day: str, english: str, vietnamese: str
) -> None:
    out, err = run("script", "hop-thon", "--station", "an-binh", "--date", day, "-w", str(built))
    assert out.startswith("--- written ---\nHọp thôn.")  # the text is still shown
    written = f"{date.fromisoformat(day):%d/%m/%Y}"
    assert err == f"warning: this announcement does not air on {written}: {english}\n"
    _, err = run("--lang", "vi", "script", "hop-thon", "--station", "an-binh", "--date", day, "-w", str(built))
    assert err == f"cảnh báo: tin này không phát ngày {written}: {vietnamese}\n"
    _, err = run("script", "hop-thon", "--station", "an-binh", "--date", DAY, "-w", str(built))
    assert err == ""


@pytest.mark.slow
def test_emergency(built: Path, tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    shutil.copytree(built, ws)
    source = tmp_path / "bao-so-5.md"
    source.write_text(
        EMERGENCY.replace("priority: khan-cap", f"priority: khan-cap\nvalid_from: {DAY}"), encoding="utf-8"
    )
    report = emergency(ws, source, (), datetime(2021, 8, 10, 5, 40, tzinfo=VIETNAM))
    assert [(a.station, a.day, a.slot, a.start) for a in report.airs] == [("an-binh", DAY, "sang", "05:30")]
    lines = texts.emergency(report, source, 1.25)
    assert lines == [
        "warning: bao-so-5.md had no valid_until: it airs until 2021-08-10 23:59; add valid_until to keep it longer",
        "an-binh: waiting for the station to confirm it aired; in slot sang of 2021-08-10 (slot starts 05:30)",
        "stations sent it ahead of their slots' rebuild: 1 (their players can cut it in now)",
        "Published in 1.2 s",
    ]


def test_errors_are_one_line_each_with_exit_codes(built: Path, tmp_path: Path) -> None:
    _, err = run("script", "khong-co", "--station", "an-binh", "-w", str(built), code=1)
    assert err == "error: no announcement with id 'khong-co' — use one of: hop-thon\n"
    _, err = run("build", str(tmp_path / "khong-co"), code=1)
    assert (
        err
        == f"error: {tmp_path / 'khong-co'}: this folder does not exist — give the path of a workspace, or create one with 'loa init DIR'\n"
    )
    _, err = run("build", str(built), "--workers", "x", code=2)
    assert err == "error: --workers: 'x' is not a number — write digits only, e.g. 2\n"


USAGE_ERRORS = [  # (what was typed, English, Vietnamese): no "Usage:", no "Try …", no "Error: Invalid value for"
    (["bogus"], "error: there is no command 'bogus' in 'loa' — use one of: approve, build, cache, cap, doctor, emergency, "
     "emergency-stop, init, inspect, lint, new, nightly, normalize, playout, preview, report, script, serve, station, "
     "user, validate, verify", "lỗi: 'loa' không có lệnh 'bogus' — dùng một trong: approve, build, cache, cap, doctor, "
     "emergency, emergency-stop, init, inspect, lint, new, nightly, normalize, playout, preview, report, script, serve, "
     "station, user, validate, verify"),
    (["user", "bogus"], "error: there is no command 'bogus' in 'loa user' — use one of: add, list, passwd",
     "lỗi: 'loa user' không có lệnh 'bogus' — dùng một trong: add, list, passwd"),
    (["user", "add", "a"], "error: the option --role is missing — add --role with one of: editor, approver, operator, "
     "admin", "lỗi: thiếu tùy chọn --role — thêm --role với một trong: editor, approver, operator, admin"),
    (["user", "add", "a", "--role", "boss"], "error: --role: 'boss' is not a choice — write one of: editor, approver, "
     "operator, admin", "lỗi: --role: 'boss' không phải giá trị được chọn — viết một trong: editor, approver, operator, "
     "admin"),
    (["user", "add"], "error: NAME is missing — write it after the command; see 'loa user add --help'",
     "lỗi: thiếu NAME — viết nó sau tên lệnh; xem 'loa user add --help'"),
    (["build", "--date", "hom-nay"], "error: --date: 'hom-nay' is not a date — write it as 2021-08-15 or 15/08/2021",
     "lỗi: --date: 'hom-nay' không phải ngày — viết dạng 15/08/2021 hoặc 2021-08-15"),
    (["build", "--wokers", "2"], "error: there is no option --wokers — did you mean --workers?",
     "lỗi: không có tùy chọn --wokers — có phải bạn định viết --workers?"),
    (["build", "--bogus"], "error: there is no option --bogus — see the options with 'loa build --help'",
     "lỗi: không có tùy chọn --bogus — xem các tùy chọn bằng 'loa build --help'"),
    (["build", "--workers"], "error: the option --workers needs a value — write it right after --workers",
     "lỗi: tùy chọn --workers cần một giá trị — viết giá trị ngay sau --workers"),
    (["validate", ".", "b"], "error: too many arguments: b — see 'loa validate --help'",
     "lỗi: thừa đối số: b — xem 'loa validate --help'"),
]  # fmt: skip


@pytest.mark.parametrize(("typed", "english", "vietnamese"), USAGE_ERRORS)
def test_usage_errors_say_what_which_option_and_how_to_fix(typed: list[str], english: str, vietnamese: str) -> None:
    assert run("--lang", "en", *typed, code=2) == ("", english + "\n")
    assert run("--lang", "vi", *typed, code=2) == ("", vietnamese + "\n")


def test_a_mistyped_language_is_said_in_vietnamese_the_default() -> None:
    i18n.use("vi")  # what a process starts with when LOA_LANG is not set (the tests' fixture sets English)
    assert run("--lang", "xx", "validate", code=2) == (
        "",
        "lỗi: --lang: 'xx' không phải giá trị được chọn — viết một trong: vi, en\n",
    )


HELP_HEAD = {  # `loa --help` down to the list of commands (the list itself grows with each command)
    "vi": "Cách dùng: loa [OPTIONS] COMMAND [ARGS]...\n\n"
    "  Loa: từ thông báo đến danh sách phát cho đài truyền thanh cơ sở.\n\n"
    "Tùy chọn:\n"
    "  --version       Hiện phiên bản rồi thoát.\n"
    "  --lang [vi|en]  Ngôn ngữ thông báo: vi (mặc định) hoặc en; hoặc đặt\n"
    "                  LOA_LANG.\n"
    "  --help          Hiện hướng dẫn này rồi thoát.\n\n"
    "Lệnh:\n",
    "en": "Usage: loa [OPTIONS] COMMAND [ARGS]...\n\n"
    "  Loa: announcements to playlists for commune loudspeaker stations.\n\n"
    "Options:\n"
    "  --version       Show the version and exit.\n"
    "  --lang [vi|en]  Language of messages: vi (default) or en; or set LOA_LANG.\n"
    "  --help          Show this message and exit.\n\n"
    "Commands:\n",
}
CACHE_HELP = {  # a subcommand's help: all three headings
    "vi": "Cách dùng: loa cache [OPTIONS] COMMAND [ARGS]...\n\n"
    "  Nội dung của audio_out/, và xóa những gì không còn dùng.\n\n"
    "Tùy chọn:\n"
    "  --help  Hiện hướng dẫn này rồi thoát.\n\n"
    "Lệnh:\n"
    "  prune  Xóa âm thanh đã dựng không dùng trong DAYS ngày (danh sách phát...\n"
    "  stats  Số tệp, dung lượng và số phút âm thanh theo loại; giọng đọc theo...\n",
    "en": "Usage: loa cache [OPTIONS] COMMAND [ARGS]...\n\n"
    "  What audio_out/ holds, and removing what is no longer used.\n\n"
    "Options:\n"
    "  --help  Show this message and exit.\n\n"
    "Commands:\n"
    "  prune  Remove rendered audio not used for DAYS days (published...\n"
    "  stats  Files, size and minutes of audio per kind; speech per engine.\n",
}


@pytest.mark.parametrize("language", ["vi", "en"])
def test_help_pages_say_usage_options_and_commands_in_the_chosen_language(
    monkeypatch: pytest.MonkeyPatch, language: str
) -> None:
    monkeypatch.setenv("LOA_LANG", language)
    i18n.use(language)  # what a process starts with under LOA_LANG: `loa --help` stops before --lang is read
    out = helped("--help")
    assert out.startswith(HELP_HEAD[language])
    listed = [line.split()[0] for line in out[len(HELP_HEAD[language]) :].splitlines()]
    assert listed == sorted(cli.commands)
    i18n.use("en" if language == "vi" else "vi")  # the option wins over what the process started with
    assert helped("--lang", language, "cache", "--help") == CACHE_HELP[language]


def helped(*args: str) -> str:
    """A help page as `loa` prints it in an 80-column terminal (click leaves 2 columns free; the test runner would
    name the program after the function, `cli`)."""
    result = CliRunner(mix_stderr=False).invoke(cli, list(args), prog_name="loa", terminal_width=78)
    assert result.exit_code == 0 and result.stderr == "", result.output
    return result.stdout


@pytest.mark.parametrize(("language", "said"), [("en", "Added nguyen-van-a (editor).\n"),
                                                ("vi", "Đã thêm nguyen-van-a (biên tập viên).\n")])  # fmt: skip
def test_user_add_and_list_name_the_role_as_people_say_it(tmp_path: Path, language: str, said: str) -> None:
    ws = copy_sample(tmp_path / "ws")
    added = CliRunner(mix_stderr=False).invoke(
        cli, ["--lang", language, "user", "add", "nguyen-van-a", "--role", "editor", "-w", str(ws)],
        input="mat-khau-123\nmat-khau-123\n",
    )  # fmt: skip
    assert added.exit_code == 0 and added.stdout.endswith(said), added.output
    listed, _ = run("--lang", language, "user", "list", "-w", str(ws))
    assert listed == f"nguyen-van-a\t{said.split('(')[1].split(')')[0]}\t\n"


def test_every_command_is_covered() -> None:
    names = set(cli.commands) | {f"cache {c}" for c in cli.commands["cache"].commands}  # type: ignore[attr-defined]
    tested = {"init", "validate", "script", "build", "lint", "verify", "report", "normalize", "cache", "cache stats",
              "cache prune", "inspect", "doctor", "preview", "emergency", "nightly",
              "approve", "new", "user", "serve", "playout", "station", "cap", "emergency-stop"}  # fmt: skip  # emergency-stop: tests/web/test_emergency_stop.py; cap: tests/app/test_cap.py; playout: tests/onair/test_playout.py; approve: tests/app/test_approvals.py; new: tests/workspace/test_typed_as_known.py; user, serve: tests/web/; station: tests/app/test_stations.py, tests/web/test_api.py
    assert names <= tested, names - tested


def test_nightly_help_and_a_mistyped_time(built: Path) -> None:
    out, _ = run("nightly", "--help")
    assert "Run the build every night, forever" in out
    _, err = run("nightly", str(built), "--at", "25:00", code=2)
    assert err == "error: --at: '25:00' is not a time of day; write HH:MM, e.g. 01:30\n"


def test_init_writes_samples_valid_around_today(tmp_path: Path) -> None:
    from pipeline.build.check import load_workspace
    from pipeline.build.plan import make_plan

    target = tmp_path / "moi"
    commands.init_workspace(target, datetime(2026, 11, 23, 9, 0))
    plan = make_plan(load_workspace(target), date(2026, 11, 24))
    assert sum(len(slot.items) for station in plan.stations for slot in station.slots) >= 3


def test_dates_as_editors_type_them(built: Path) -> None:
    out, _ = run("script", "hop-thon", "--station", "an-binh", "--date", "10/08/2021", "-w", str(built))
    assert out.startswith("--- written ---\nHọp thôn.")
    out, _ = run("report", str(built), "--from", "01/08/2021", "--to", "11/08/2021")
    assert out.splitlines()[1].split()[:2] + out.splitlines()[1].split()[-4:-3] == [
        "Họp",
        "thôn",
        "2",
    ]  # first seen on the 10th: 10th and 11th


@pytest.mark.parametrize(("typed", "level"), [("ưu tiên", "UU_TIEN"), ("Khẩn cấp", "KHAN_CAP"), ("THƯỜNG", "THUONG")])
def test_priorities_with_diacritics(tmp_path: Path, typed: str, level: str) -> None:
    from pipeline.build.check import load_workspace
    from pipeline.domain.model import Priority

    ws = copy_sample(tmp_path / "ws")
    item = ws / "scripts_vi" / "announcements" / "tin-gia.md"
    text = item.read_text(encoding="utf-8")
    item.write_text(text.replace(text.split("priority:", 1)[1].split("\n", 1)[0], f" {typed}", 1), encoding="utf-8")
    loaded = load_workspace(ws).announcement("tin-gia")
    assert loaded is not None and loaded.priority == Priority[level]


@pytest.mark.slow
def test_a_workspace_copied_without_audio_out_builds(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    shutil.copytree(SAMPLE, ws)  # as a user copies a workspace: no audio_out/ or playlists/ yet
    (ws / "stations.yaml").write_text(MINI_STATIONS, encoding="utf-8")
    for old in (ws / "scripts_vi" / "announcements").glob("*.md"):
        old.unlink()
    (ws / "scripts_vi" / "announcements" / "hop-thon.md").write_text(MINI_ANNOUNCEMENT, encoding="utf-8")
    assert not (ws / "audio_out").exists()
    result = CliRunner().invoke(cli, ["build", str(ws), "--date", DAY, "--workers", "1"])
    assert result.exit_code == 0, result.output


def test_nightly_days_ahead_out_of_range_is_refused_at_once(built: Path) -> None:
    _, err = run("nightly", str(built), "--days-ahead", "9999999", code=2)
    assert err == "error: --days-ahead: 9999999 days is out of range; write a number from 0 to 30\n"
    _, err = run("nightly", str(built), "--days-ahead", "-1", code=2)
    assert "-1 days is out of range" in err


def test_report_of_all_time_is_refused_before_any_day_is_read(built: Path) -> None:
    started = time.monotonic()
    _, err = run("report", str(built), "--from", "0001-01-01", "--to", "9999-12-31", code=1)
    assert "the period has 3652059 days; a report covers at most 366 — ask for one year at a time" in err
    assert time.monotonic() - started < 5  # it scanned 3.6 million day folders first: 97 s and more
