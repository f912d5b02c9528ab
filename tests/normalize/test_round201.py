"""Issue 29, round 201, from blind batches hh1, hh2, hi1 and hi2 after their scores: a route's line that opens on a
typed arrow, a road axis numbered in Roman, and two lexicon entries joined by a dot."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("-> quốc lộ 39 - đường tỉnh ĐT.456", "đến quốc lộ ba mươi chín, đường tỉnh bốn trăm năm mươi sáu"),  # hh1
        ("Lê Văn Lương -> đường Nguyễn Bình", "Lê Văn Lương đến đường Nguyễn Bình"),  # ax1, as before
        ("-> Chọn mục", "Chọn mục"),  # an arrow before a step's verb is a pause, as `→` is
    ],
)
def test_a_typed_arrow_opening_a_route_line_is_den(written: str, spoken: str) -> None:
    assert N.text(written) == spoken


def test_a_road_axis_numbered_in_roman() -> None:
    assert N.text("(đường trục I) -> quốc lộ 37") == "đường trục một, đến quốc lộ ba mươi bảy"  # hh1: "trục I"


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (
            "Nguyễn Văn Lưu – UVBTV, PCT.UBND huyện,",
            "Nguyễn Văn Lưu, ủy viên ban thường vụ, Phó Chủ tịch Ủy ban nhân dân huyện",
        ),
        ("TBDV - CT.UBMTTQVN huyện", "Trưởng ban Dân vận, Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam huyện"),  # bo2
        ("CTV.XTTM", "cộng tác viên xúc tiến thương mại"),  # fj2: was spelled with "chấm"
        ("TTH.VN", "tê tê hát chấm vê en"),  # a site's name stays as it was read
    ],
)
def test_two_entries_joined_by_a_dot(written: str, spoken: str) -> None:
    assert N.text(written) == spoken
