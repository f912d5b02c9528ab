"""The statistics' counted days kept between requests (build/airings.py DayCounts, as `loa serve` keeps them): the
same figures as counted afresh, after a play log, an announcement or a published day changed."""

from __future__ import annotations

from pathlib import Path

from pipeline.app.statistics import DayCounts, Statistics, period_of, statistics
from pipeline.domain.manifest import Manifest

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
