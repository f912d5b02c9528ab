"""Official statistics (`loa report --month/--year`, /thong-ke): per station and in total, bulletins and seconds by
priority, language and origin, from the stations' play logs where they sent them (written by the player's own
log_line), from the plan otherwise; the figures reconcile with the logs to the second."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from openpyxl import load_workbook

from pipeline.app import accounts
from pipeline.app.statistics import COLUMNS, csv_bytes, period_of, statistics, xlsx_bytes
from pipeline.domain.playout import PLAY_LOG
from pipeline.onair.playout.playlog import log_line
from pipeline.web import create_app

from ..conftest import ANNOUNCEMENTS, MORNING, invoke, tone
from ..web.test_web import PASSWORD, login

TODAY = MORNING.date()
CAP_STORM = """\
---
title: Bão số 5
priority: khan-cap
valid_from: 2021-08-10
valid_until: 2021-08-11
stations: [an-binh]
created: 2021-08-01
origin: "cap:kttv@example.gov.vn/BAO-5"
---
Bão số 5 sắp đổ bộ.
"""
HMONG = """\
---
title: Tiêm chủng
priority: uu-tien
valid_from: 2021-08-20
valid_until: 2021-08-21
stations: [binh-an]
slots: [sang]
created: 2021-08-01
language: hmn
audio: recordings/tiem.wav
origin: "province:bacgiang"
---
Lời tiếng Mông đã ghi âm.
"""
# (started, file, announcement, kind, seconds, result): the rows a player writes for one morning
MORNING_ROWS = [
    ("05:30:00", "mo-dau.mp3", "", "jingle", "4.0", "trọn vẹn"),
    ("05:30:04", "hop-thon.mp3", "hop-thon", "speech", "42.3", "trọn vẹn"),
    ("05:30:47", "bao.mp3", "bao", "speech", "10.2", "bị ngắt"),
    ("05:31:00", "bao.mp3", "bao", "speech", "20.1", "trọn vẹn (tiếp)"),
    ("05:31:20", "thieu.mp3", "hop-thon", "speech", "0.0", "bỏ qua (tệp thiếu hoặc hỏng)"),
    ("05:32:00", "vov.mp3", "", "relay", "600.0", "trọn vẹn"),
]


@pytest.fixture
def stats_ws(two_ws: Path) -> Path:
    """an-binh sent its logs of 10 and 11 August; binh-an sent none."""
    folder = two_ws / ANNOUNCEMENTS
    (folder / "hop-thon.md").write_text(
        (folder / "hop-thon.md").read_text(encoding="utf-8").replace("---\nTối", "created: 2021-08-01\n---\nTối"),
        encoding="utf-8",
    )
    (folder / "bao.md").write_text(CAP_STORM, encoding="utf-8")
    (folder / "tiem.md").write_text(HMONG, encoding="utf-8")
    (two_ws / "recordings").mkdir()
    tone(two_ws / "recordings" / "tiem.wav", 2.0, -20)  # Loa has no Hmong voice: it airs from a recording
    stations = two_ws / "stations.yaml"  # binh-an broadcasts in Hmong too
    stations.write_text(
        stations.read_text("utf-8").replace("  - id: binh-an\n", "  - id: binh-an\n    languages: [vi, hmn]\n"), "utf-8"
    )
    for day in ("2021-08-10", "2021-08-11"):
        write_log(two_ws, day, "an-binh", MORNING_ROWS)
    return two_ws


def write_log(ws: Path, day: str, station: str, rows: list[tuple[str, ...]]) -> Path:
    log = ws / "playlists" / day / station / PLAY_LOG
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("w", encoding="utf-8", newline="") as out:
        for n, (at, file, item, kind, seconds, result) in enumerate(rows):
            cells = (f"{day}T{at}.000+07:00", f"{day}T{at}.500+07:00", f"phan-doan/{file}", file, item, kind, "sang",
                     seconds, result)  # fmt: skip
            out.write(log_line(cells, header=n == 0))
    return log


def figure(stats, station: str, basis: str, group: str, value: str = "") -> tuple[int, float]:  # type: ignore[no-untyped-def]
    (found,) = [f for f in stats.figures if (f.station, f.basis, f.group, f.value) == (station, basis, group, value)]
    return found.bulletins, found.seconds


def test_a_stations_logged_figures_reconcile_with_its_play_logs_to_the_second(stats_ws: Path) -> None:
    stats = statistics(stats_ws, *period_of(month="2021-08"), TODAY)
    logged = "theo nhật ký phát"
    seconds = 0.0
    for log in sorted((stats_ws / "playlists").glob(f"*/an-binh/{PLAY_LOG}")):
        with log.open(encoding="utf-8", newline="") as rows:
            seconds += sum(float(r["seconds"]) for r in csv.DictReader(rows) if r["kind"] in ("speech", "relay")
                           and not r["result"].startswith("bỏ qua"))  # fmt: skip
    bulletins, total = figure(stats, "an-binh", logged, "tổng")
    assert round(total) == round(seconds) == 1345 and bulletins == 6  # 2 days × (hop-thon, bao once, relay)
    assert figure(stats, "an-binh", logged, "mức ưu tiên", "khẩn cấp") == (2, pytest.approx(60.6))
    assert figure(stats, "an-binh", logged, "nguồn", "CAP") == (2, pytest.approx(60.6))
    assert figure(stats, "an-binh", logged, "nguồn", "tiếp sóng") == (2, 1200.0)
    assert figure(stats, "an-binh", logged, "nguồn", "tự soạn") == (2, pytest.approx(84.6))
    assert figure(stats, "an-binh", logged, "ngôn ngữ", "vi") == (4, pytest.approx(145.2))


def test_days_without_a_log_count_from_the_plan_and_say_so(stats_ws: Path) -> None:
    stats = statistics(stats_ws, *period_of(month="2021-08"), TODAY)
    planned = "theo kế hoạch"
    assert figure(stats, "an-binh", planned, "tổng")[0] == 29  # hop-thon once a day on the 29 days without a log
    assert figure(stats, "binh-an", planned, "tổng")[0] == 31 * 2 + 2  # two slots a day, and the Hmong item twice
    assert figure(stats, "binh-an", planned, "ngôn ngữ", "hmn")[0] == 2
    assert figure(stats, "binh-an", planned, "nguồn", "tỉnh")[0] == 2
    assert not [f for f in stats.figures if f.station == "binh-an" and f.basis == "theo nhật ký phát"]
    for basis in ("theo nhật ký phát", "theo kế hoạch"):
        stations = [figure(stats, s, basis, "tổng") for s in ("an-binh", "binh-an") if
                    any(f.station == s and f.basis == basis for f in stats.figures)]  # fmt: skip
        assert figure(stats, "Tổng", basis, "tổng") == (
            sum(b for b, _ in stations),
            pytest.approx(sum(s for _, s in stations)),
        )


def test_the_csv_and_the_xlsx_hold_the_same_figures(stats_ws: Path, tmp_path: Path) -> None:
    stats = statistics(stats_ws, *period_of(month="2021-08"), TODAY)
    table = list(csv.reader(io.StringIO(csv_bytes(stats).decode("utf-8-sig"))))
    (tmp_path / "t.xlsx").write_bytes(xlsx_bytes(stats))
    sheet = load_workbook(tmp_path / "t.xlsx").active
    assert sheet.title == "thong-ke-2021-08"
    cells = [[("" if c is None else str(c)) for c in row] for row in sheet.iter_rows(values_only=True)]
    assert cells[0] == list(COLUMNS) == table[0]
    as_read = lambda rows: [[*r[:5], *map(float, r[5:])] for r in rows[1:]]  # Excel keeps 1.0 as 1
    assert as_read(cells) == as_read(table) and len(cells) == len(stats.figures) + 1
    assert ["an-binh", "Đài Truyền thanh xã An Bình", "theo nhật ký phát", "tổng", "", "6", "1345", "22.4"] in table
    assert isinstance(sheet["G2"].value, int)  # numbers stay numbers in the workbook


def test_loa_report_month_prints_the_figures_and_writes_both_files(stats_ws: Path, tmp_path: Path) -> None:
    code, out = invoke("report", str(stats_ws), "--from", "2021-08-10", "--to", "2021-08-11", "--month", "2021-08")
    assert code == 2 and "--month 2026-11" in out
    code, out = invoke("report", str(stats_ws), "--month", "2021-13")
    assert code == 1 and "'2021-13' is not a month or a year" in out
    code, out = invoke("report", str(stats_ws), "--month", "2021-08", "--csv", str(tmp_path / "t.csv"),
                       "--xlsx", str(tmp_path / "t.xlsx"))  # fmt: skip
    assert code == 0, out
    assert out == EXPECTED.format(csv=tmp_path / "t.csv", xlsx=tmp_path / "t.xlsx")
    assert (tmp_path / "t.csv").read_bytes() == csv_bytes(statistics(stats_ws, *period_of("2021-08"), TODAY))


def test_a_year_is_its_twelve_months() -> None:
    assert [str(d) for d in period_of(year="2026")] == ["2026-01-01", "2026-12-31"]
    assert [str(d) for d in period_of(month="2026-02")] == ["2026-02-01", "2026-02-28"]


@pytest.mark.slow
def test_the_statistics_page_is_for_admins_and_approvers_with_the_same_figures(stats_ws: Path) -> None:
    now = MORNING.replace(tzinfo=None)
    for name, role in (
        ("quan-tri", "admin"),
        ("lanh-dao", "approver"),
        ("bien-tap", "editor"),
        ("van-hanh", "operator"),
    ):
        accounts.add_user(stats_ws, name, role, ("an-binh",) if role == "operator" else (), PASSWORD, now)
    app = create_app(stats_ws, now=lambda: now)
    for name in ("bien-tap", "van-hanh"):
        client, _ = login(app, name)
        assert client.get("/thong-ke?thang=2021-08").status_code == 403
        assert client.get("/thong-ke.csv?thang=2021-08").status_code == 403
        assert client.get("/thong-ke.xlsx?thang=2021-08").status_code == 403
    assert app.test_client().get("/thong-ke").status_code in (302, 401, 403)
    stats = statistics(stats_ws, *period_of("2021-08"), TODAY)
    for name in ("quan-tri", "lanh-dao"):
        client, _ = login(app, name)
        page = client.get("/thong-ke?thang=2021-08")
        assert page.status_code == 200
        assert "theo nhật ký phát" in page.text and "theo kế hoạch" in page.text and "1345" in page.text
        assert 'href="/thong-ke.xlsx?thang=2021-08"' in page.text and 'href="/thong-ke.csv?thang=2021-08"' in page.text
        assert page.text.count('<tr class="figure') == len(stats.figures)
        got = client.get("/thong-ke.csv?thang=2021-08")
        assert got.data == csv_bytes(stats) and "thong-ke-2021-08.csv" in got.headers["Content-Disposition"]
        assert client.get("/thong-ke.xlsx?nam=2021").status_code == 200
    bad = login(app, "quan-tri")[0].get("/thong-ke?thang=2021-13")
    assert bad.status_code == 400 and "2026-11" in bad.text


EXPECTED = """\
station              figures           group                    bulletins  minutes  seconds
an-binh              theo nhật ký phát tổng                           6     22.4     1345
an-binh              theo nhật ký phát mức ưu tiên: khẩn cấp          2      1.0       61
an-binh              theo nhật ký phát mức ưu tiên: thường            4     21.4     1285
an-binh              theo nhật ký phát ngôn ngữ: vi                   4      2.4      145
an-binh              theo nhật ký phát ngôn ngữ: không rõ             2     20.0     1200
an-binh              theo nhật ký phát nguồn: tự soạn                 2      1.4       85
an-binh              theo nhật ký phát nguồn: CAP                     2      1.0       61
an-binh              theo nhật ký phát nguồn: tiếp sóng               2     20.0     1200
an-binh              theo kế hoạch     tổng                          29      6.8      406
an-binh              theo kế hoạch     mức ưu tiên: thường           29      6.8      406
an-binh              theo kế hoạch     ngôn ngữ: vi                  29      6.8      406
an-binh              theo kế hoạch     nguồn: tự soạn                29      6.8      406
binh-an              theo kế hoạch     tổng                          64     14.9      896
binh-an              theo kế hoạch     mức ưu tiên: ưu tiên           2      0.5       28
binh-an              theo kế hoạch     mức ưu tiên: thường           62     14.5      868
binh-an              theo kế hoạch     ngôn ngữ: vi                  62     14.5      868
binh-an              theo kế hoạch     ngôn ngữ: hmn                  2      0.5       28
binh-an              theo kế hoạch     nguồn: tự soạn                62     14.5      868
binh-an              theo kế hoạch     nguồn: tỉnh                    2      0.5       28
Tổng                 theo nhật ký phát tổng                           6     22.4     1345
Tổng                 theo nhật ký phát mức ưu tiên: khẩn cấp          2      1.0       61
Tổng                 theo nhật ký phát mức ưu tiên: thường            4     21.4     1285
Tổng                 theo nhật ký phát ngôn ngữ: vi                   4      2.4      145
Tổng                 theo nhật ký phát ngôn ngữ: không rõ             2     20.0     1200
Tổng                 theo nhật ký phát nguồn: tự soạn                 2      1.4       85
Tổng                 theo nhật ký phát nguồn: CAP                     2      1.0       61
Tổng                 theo nhật ký phát nguồn: tiếp sóng               2     20.0     1200
Tổng                 theo kế hoạch     tổng                          93     21.7     1302
Tổng                 theo kế hoạch     mức ưu tiên: ưu tiên           2      0.5       28
Tổng                 theo kế hoạch     mức ưu tiên: thường           91     21.2     1274
Tổng                 theo kế hoạch     ngôn ngữ: vi                  91     21.2     1274
Tổng                 theo kế hoạch     ngôn ngữ: hmn                  2      0.5       28
Tổng                 theo kế hoạch     nguồn: tự soạn                91     21.2     1274
Tổng                 theo kế hoạch     nguồn: tỉnh                    2      0.5       28
Written: {csv}
Written: {xlsx}
"""
