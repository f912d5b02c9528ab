"""The opening and closing in the station's part and the day's part, each rendered once."""

from __future__ import annotations

import json
import shutil
from datetime import date, timedelta
from pathlib import Path

import pytest

from pipeline.build.frame_parts import FramePart, frame_parts
from pipeline.build.steps import build

from ..conftest import SAMPLE

DAY = date(2021, 8, 10)
TODAY = "Đây là Đài A, huyện B.\nHôm nay, thứ Ba, ngày 10/08/2021. Mời bà con nghe các tin sau."
TOMORROW = "Đây là Đài A, huyện B.\nHôm nay, thứ Tư, ngày 11/08/2021. Mời bà con nghe các tin sau."
ELSEWHERE = "Đây là ~ ~, huyện ~ ~.\nHôm nay, thứ Ba, ngày 10/08/2021. Mời bà con nghe các tin sau."


def test_the_sample_opening_is_the_station_sentence_then_the_date_with_what_follows_it() -> None:
    assert frame_parts(TODAY, TOMORROW, ELSEWHERE) == (
        FramePart("Đây là Đài A, huyện B.", daily=False, local=True),
        FramePart("Hôm nay, thứ Ba, ngày 10/08/2021. Mời bà con nghe các tin sau.", daily=True, local=False),
    )


def test_a_frame_that_never_changes_with_the_day_is_one_part() -> None:
    text = "Buổi phát thanh của Đài A đến đây là kết thúc. Cảm ơn bà con đã lắng nghe."
    other = text.replace("Đài A", "~ ~")
    assert frame_parts(text, text, other) == (FramePart(text, daily=False, local=True),)


def test_a_sentence_common_to_all_goes_with_the_next_when_it_comes_first() -> None:
    today, tomorrow = "Kính thưa bà con. Hôm nay ngày 10/08/2021.", "Kính thưa bà con. Hôm nay ngày 11/08/2021."
    assert frame_parts(today, tomorrow, today) == (FramePart(today, daily=True, local=False),)


def test_a_date_inside_the_station_sentence_keeps_the_sentence_whole() -> None:
    today = "Đài A xin chào bà con ngày 10/08/2021."
    parts = frame_parts(today, today.replace("10/08", "11/08"), today.replace("Đài A", "~ ~"))
    assert parts == (FramePart(today, daily=True, local=True),)


def test_dots_inside_dates_and_numbers_do_not_end_a_sentence() -> None:
    today = "Ngày 10.08.2021 lúc 5.30 sáng. Đây là Đài A."
    parts = frame_parts(today, today.replace("10.08", "11.08"), today.replace("Đài A", "~ ~"))
    assert [p.text for p in parts] == ["Ngày 10.08.2021 lúc 5.30 sáng.", "Đây là Đài A."]


def test_an_empty_frame_has_no_parts() -> None:
    assert frame_parts("", "", "") == ()


def _speech_titles(ws: Path) -> dict[Path, str]:
    return {
        p: json.loads(p.read_text(encoding="utf-8"))["info"]["title"]
        for p in (ws / "audio_out" / "speech").rglob("*.json")
    }


@pytest.mark.slow
def test_a_next_day_build_renders_the_date_once_per_dialect_and_no_station_speech(two_ws: Path) -> None:
    """Three stations (two northern, one southern): the next day only the day's part of the opening is new."""
    for name in ("mo-dau.j2", "ket-thuc.j2"):
        shutil.copy(SAMPLE / "scripts_vi" / "templates" / name, two_ws / "scripts_vi" / "templates" / name)
    stations = two_ws / "stations.yaml"
    third = "  - id: an-lac\n    name: Đài Truyền thanh xã An Lạc\n    district: Yên Dũng\n    dialect: bac\n"
    stations.write_text(stations.read_text(encoding="utf-8") + third + '    slots:\n      sang: "05:30-06:00"\n')
    build(two_ws, DAY)
    before = _speech_titles(two_ws)
    assert sorted(set(before.values())) == ["Giới thiệu", "Giới thiệu (ngày)", "Họp thôn", "Lời kết"]
    report = build(two_ws, DAY + timedelta(days=1))
    new = [title for path, title in _speech_titles(two_ws).items() if path not in before]
    assert new == ["Giới thiệu (ngày)"] * 2  # "Hôm nay, thứ Tư, ngày 11/08/2021…" in the bac and the nam voice
    assert report.rendered == 2 + 4  # and the 4 slot files
