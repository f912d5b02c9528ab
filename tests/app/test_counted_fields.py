"""`loa report` reads each announcement file once and keeps what it counts of it on disk (app/counted_fields.py,
.loa/tin-da-doc.json) until the file changes, and the words of them all while no file changes (app/counted_kinds.py,
.loa/loai-tin.json): the same figures as over the workspace read whole, a problem reported as before, a damaged store
read again."""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

import pytest

from pipeline.app import counted_kinds
from pipeline.app.counted_fields import STORE
from pipeline.app.statistics import period_of, statistics
from pipeline.errors import ValidationFailed
from pipeline.workspace.load import read_workspace

from ..conftest import ANNOUNCEMENTS
from .test_statistics import MORNING_ROWS, TODAY, figure, stats_ws, write_log

__all__ = ["stats_ws"]  # the fixture
LOGGED = "theo nhật ký phát"
MONTH = period_of("2021-08")
DAY = (date(2021, 8, 10), date(2021, 8, 10))  # with both_logged: nothing planned, so the workspace is not read whole


def both_logged(ws: Path) -> None:
    write_log(ws, "2021-08-10", "binh-an", MORNING_ROWS)


def whole(ws: Path) -> object:
    """The figures over the workspace as read_workspace reads it (the web's snapshot does the same)."""
    return statistics(ws, *MONTH, TODAY, workspace=read_workspace(ws)[0])


def test_the_figures_from_the_kept_fields_are_the_figures_over_the_whole_workspace(stats_ws: Path) -> None:
    first = statistics(stats_ws, *MONTH, TODAY)
    assert (stats_ws / STORE).is_file() and first == whole(stats_ws)
    assert statistics(stats_ws, *MONTH, TODAY) == first  # read from the store this time


def test_the_kept_fields_are_read_until_the_file_changes(stats_ws: Path) -> None:
    first = statistics(stats_ws, *MONTH, TODAY)
    storm = stats_ws / ANNOUNCEMENTS / "bao.md"
    before, text = storm.stat(), storm.read_text("utf-8")
    storm.write_text(text.replace("priority: khan-cap", "priority: uu-tien "), "utf-8")  # same size and file
    os.utime(storm, ns=(before.st_atime_ns, before.st_mtime_ns))  # and the same stamp: the kept fields are read
    assert statistics(stats_ws, *MONTH, TODAY) == first
    storm.write_text(text.replace("priority: khan-cap", "priority: uu-tien"), "utf-8")  # changed: parsed again
    again = statistics(stats_ws, *MONTH, TODAY)
    assert again == whole(stats_ws) and figure(again, "an-binh", LOGGED, "mức ưu tiên", "ưu tiên")[0] == 2


def test_a_damaged_or_older_store_is_read_again(stats_ws: Path) -> None:
    first = statistics(stats_ws, *MONTH, TODAY)
    for damaged in ('{"version": 1, "files": {"bao.md": [[1, 2, 3], ["bao", "x"]]}}', '{"version": 0}', "{"):
        (stats_ws / STORE).write_text(damaged, "utf-8")
        (stats_ws / counted_kinds.STORE).unlink()  # else the words kept of the unchanged files are read
        assert statistics(stats_ws, *MONTH, TODAY) == first


def same_stamp_edit(path: Path, old: str, new: str) -> None:
    """Change a file so that its stamp (mtime, size, inode) stays: a store keyed on it does not see the change."""
    before, text = path.stat(), path.read_text("utf-8")
    assert len(old) == len(new) and old in text
    path.write_text(text.replace(old, new), "utf-8")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))


def test_a_report_of_unchanged_files_reads_their_kept_words_and_not_the_kept_fields(stats_ws: Path) -> None:
    first = statistics(stats_ws, *MONTH, TODAY)
    assert (stats_ws / counted_kinds.STORE).is_file()
    same_stamp_edit(stats_ws / ANNOUNCEMENTS / "bao.md", "priority: khan-cap", "priority: uu-tien ")
    (stats_ws / STORE).unlink()  # the fields would be parsed again and say uu-tien: the kept words say khan-cap
    assert statistics(stats_ws, *MONTH, TODAY) == first


def test_the_kept_words_follow_a_changed_added_or_removed_file_and_stations_yaml(stats_ws: Path) -> None:
    statistics(stats_ws, *MONTH, TODAY)
    storm = stats_ws / ANNOUNCEMENTS / "bao.md"
    storm.write_text(storm.read_text("utf-8").replace("priority: khan-cap", "priority: uu-tien"), "utf-8")
    again = statistics(stats_ws, *MONTH, TODAY)
    assert again == whole(stats_ws) and figure(again, "an-binh", LOGGED, "mức ưu tiên", "ưu tiên")[0] == 2
    copy = stats_ws / ANNOUNCEMENTS / "bao-2.md"
    copy.write_text(storm.read_text("utf-8").replace("[an-binh]", "[xa-la]"), "utf-8")  # no such station: a problem
    with pytest.raises(ValidationFailed):
        statistics(stats_ws, *MONTH, TODAY)
    copy.unlink()
    assert statistics(stats_ws, *MONTH, TODAY) == again
    stations = stats_ws / "stations.yaml"
    stations.write_text(stations.read_text("utf-8").replace('sang: "06:00-06:30"', 'som: "06:00-06:30"'), "utf-8")
    with pytest.raises(ValidationFailed):
        statistics(stats_ws, *MONTH, TODAY)


@pytest.mark.parametrize(
    "damaged",
    ['{"version": 1, "files": "x"}', '{"version": 0}', "{", '"files": 1', '{"ids": "a", "kinds": [["x"]], "at": [0]}',
     '{"ids": "a\\nb", "kinds": [["x", "y", "z"]], "at": [0]}', '{"ids": "a", "kinds": [["x", "y", "z"]], "at": [-1]}'],
)  # fmt: skip
def test_damaged_or_older_kept_words_are_read_again(stats_ws: Path, damaged: str) -> None:
    first = statistics(stats_ws, *MONTH, TODAY)
    store = stats_ws / counted_kinds.STORE
    files = json.loads(store.read_text("utf-8"))["files"]
    if damaged.startswith('{"ids"'):  # kept for these very files, but its words damaged
        damaged = damaged.replace("{", f'{{"version": 1, "files": "{files}", ', 1)
    store.write_text(damaged, "utf-8")
    same_stamp_edit(stats_ws / ANNOUNCEMENTS / "bao.md", "priority: khan-cap", "priority: uu-tien ")
    (stats_ws / STORE).unlink()  # read again: the fields parsed again say uu-tien
    assert figure(statistics(stats_ws, *MONTH, TODAY), "an-binh", LOGGED, "mức ưu tiên", "ưu tiên")[0] == 2
    assert first != statistics(stats_ws, *MONTH, TODAY)


def test_a_file_with_a_problem_is_reported_as_the_workspace_read_whole_reports_it(stats_ws: Path) -> None:
    both_logged(stats_ws)
    statistics(stats_ws, *DAY, TODAY)
    storm = stats_ws / ANNOUNCEMENTS / "bao.md"
    storm.write_text(storm.read_text("utf-8").replace("stations: [an-binh]", "stations: [an-binh, xa-la]"), "utf-8")
    with pytest.raises(ValidationFailed) as raised:
        statistics(stats_ws, *DAY, TODAY)
    assert raised.value.problems == tuple(read_workspace(stats_ws)[1])


def test_the_cross_check_is_made_again_when_stations_yaml_changes(stats_ws: Path) -> None:
    both_logged(stats_ws)
    statistics(stats_ws, *DAY, TODAY)
    statistics(stats_ws, *DAY, TODAY)  # the files as checked last time: not checked again
    stations = stats_ws / "stations.yaml"
    text = stations.read_text("utf-8")  # binh-an's morning renamed: tiem.md's slot [sang] is no slot of binh-an
    stations.write_text(text.replace('      sang: "06:00-06:30"', '      som: "06:00-06:30"'), "utf-8")
    with pytest.raises(ValidationFailed) as raised:
        statistics(stats_ws, *DAY, TODAY)
    assert raised.value.problems == tuple(read_workspace(stats_ws)[1])
