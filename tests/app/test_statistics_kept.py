"""The statistics' counted days kept between requests (build/airings.py DayCounts, as `loa serve` keeps them) and
between commands (build/day_store.py, .loa/dem-ngay/): the same figures as counted afresh, after a play log, an
announcement or a published day changed."""

from __future__ import annotations

import os
from pathlib import Path

from pipeline.app.statistics import DayCounts, Statistics, period_of, statistics
from pipeline.domain.manifest import Manifest
from pipeline.domain.playout import PLAY_LOG

from ..conftest import ANNOUNCEMENTS
from .test_statistics import MORNING_ROWS, TODAY, figure, stats_ws, write_log

__all__ = ["stats_ws"]  # the fixture
LOGGED, PLANNED = "theo nhật ký phát", "theo kế hoạch"


def both(ws: Path, kept: DayCounts) -> tuple[Statistics, Statistics]:
    return statistics(ws, *period_of("2021-08"), TODAY, kept=kept), statistics(ws, *period_of("2021-08"), TODAY)


def test_kept_counts_follow_a_rewritten_play_log_and_an_announcements_changed_priority(stats_ws: Path) -> None:
    kept = DayCounts()
    again, fresh = both(stats_ws, kept)
    assert again == fresh and figure(again, "an-binh", LOGGED, "tổng")[0] == 6
    write_log(stats_ws, "2021-08-10", "an-binh", MORNING_ROWS[:2])  # the agent sent the day again: one item
    again, fresh = both(stats_ws, kept)
    assert again == fresh and figure(again, "an-binh", LOGGED, "tổng")[0] == 4
    storm = stats_ws / ANNOUNCEMENTS / "bao.md"
    storm.write_text(storm.read_text("utf-8").replace("priority: khan-cap", "priority: uu-tien"), "utf-8")
    again, fresh = both(stats_ws, kept)
    assert again == fresh and figure(again, "an-binh", LOGGED, "mức ưu tiên", "ưu tiên")[0] == 1


def test_kept_counts_follow_a_published_day_and_a_log_sent_later(stats_ws: Path) -> None:
    kept = DayCounts()
    folder = stats_ws / "playlists" / "2021-08-12"
    folder.mkdir(parents=True)
    (folder / "manifest.json").write_text(Manifest("2021-08-12", ()).to_json(), "utf-8")  # published: airs nothing
    again, fresh = both(stats_ws, kept)
    assert again == fresh and figure(again, "binh-an", PLANNED, "tổng")[0] == 30 * 2 + 2
    (folder / "manifest.json").unlink()  # withdrawn: the plan counts again
    again, fresh = both(stats_ws, kept)
    assert again == fresh and figure(again, "binh-an", PLANNED, "tổng")[0] == 31 * 2 + 2
    write_log(stats_ws, "2021-08-12", "binh-an", MORNING_ROWS)
    again, fresh = both(stats_ws, kept)
    assert again == fresh and figure(again, "binh-an", LOGGED, "tổng")[0] == 3


def test_a_command_reuses_the_day_counts_kept_on_disk_until_the_play_log_changes(stats_ws: Path) -> None:
    first = statistics(stats_ws, *period_of("2021-08"), TODAY)
    assert (stats_ws / ".loa" / "dem-ngay" / "2021-08-10.json").is_file()
    log = stats_ws / "playlists" / "2021-08-10" / "an-binh" / PLAY_LOG
    before = log.stat()
    text = log.read_text("utf-8")
    assert "trọn vẹn\n" in text
    log.write_text(text.replace("trọn vẹn\n", "trọn vẹm\n"), "utf-8")  # same size and file: none aired to the end
    os.utime(log, ns=(before.st_atime_ns, before.st_mtime_ns))  # and the same stamp: the kept count is read
    assert statistics(stats_ws, *period_of("2021-08"), TODAY) == first
    write_log(stats_ws, "2021-08-10", "an-binh", MORNING_ROWS[:2])  # the agent sent the day again: one item
    again = statistics(stats_ws, *period_of("2021-08"), TODAY)
    assert figure(again, "an-binh", LOGGED, "tổng")[0] == figure(first, "an-binh", LOGGED, "tổng")[0] - 2
    assert again == statistics(stats_ws, *period_of("2021-08"), TODAY, kept=DayCounts())


def test_a_damaged_day_count_on_disk_is_counted_again(stats_ws: Path) -> None:
    first = statistics(stats_ws, *period_of("2021-08"), TODAY)
    for kept in (stats_ws / ".loa" / "dem-ngay").glob("*.json"):
        kept.write_text('{"version": 1, "logs": {"an-binh": {"stamp": "x"}}', "utf-8")
    assert statistics(stats_ws, *period_of("2021-08"), TODAY) == first


def afresh(ws: Path) -> Statistics:
    """The figures with nothing kept on disk: every play log and announcement read again."""
    for kept in (*(ws / ".loa").glob("dem-*/*.json"), ws / ".loa" / "tin-da-doc.json", ws / ".loa" / "loai-tin.json"):
        kept.unlink()
    return statistics(ws, *period_of("2021-08"), TODAY)


def test_a_months_sum_kept_on_disk_follows_a_log_sent_again_and_a_changed_priority(stats_ws: Path) -> None:
    first = statistics(stats_ws, *period_of("2021-08"), TODAY)
    assert (stats_ws / ".loa" / "dem-thang" / "2021-08.json").is_file()
    assert statistics(stats_ws, *period_of("2021-08"), TODAY) == first  # from the month's file
    assert first == afresh(stats_ws)  # the same as counted from the logs and the announcements
    write_log(stats_ws, "2021-08-10", "an-binh", MORNING_ROWS[:2])  # the agent sent the day again: one item
    again = statistics(stats_ws, *period_of("2021-08"), TODAY)
    assert figure(again, "an-binh", LOGGED, "tổng")[0] == figure(first, "an-binh", LOGGED, "tổng")[0] - 2
    storm = stats_ws / ANNOUNCEMENTS / "bao.md"
    storm.write_text(storm.read_text("utf-8").replace("priority: khan-cap", "priority: uu-tien"), "utf-8")
    changed = statistics(stats_ws, *period_of("2021-08"), TODAY)
    assert figure(changed, "an-binh", LOGGED, "mức ưu tiên", "ưu tiên")[0] == 1
    assert changed == afresh(stats_ws)


def test_a_damaged_month_on_disk_is_summed_again(stats_ws: Path) -> None:
    first = statistics(stats_ws, *period_of("2021-08"), TODAY)
    month = stats_ws / ".loa" / "dem-thang" / "2021-08.json"
    text = month.read_text("utf-8")
    for damaged in (text.replace('"counts":[[', '"counts":[[1,'), text.replace("]]}", ',["x"]]}'), "{"):
        month.write_text(damaged, "utf-8")
        assert statistics(stats_ws, *period_of("2021-08"), TODAY) == first
