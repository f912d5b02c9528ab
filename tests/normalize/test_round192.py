"""Issue 29, round 192, from gx1 and gx2: pests per light trap per night, and three table rows."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("phổ biến từ 01- 56 con/bẩy/đêm, cao nhất", "phổ biến từ một đến năm mươi sáu con một bẩy một đêm, cao nhất"),
        ("trung bình 5 con/bẫy/đêm", "trung bình năm con một bẫy một đêm"),
        ("107 quận/huyện", "một trăm linh bảy quận, huyện"),  # two kinds of place: either, a pause
    ],
)
def test_a_count_per_trap_per_night(written: str, said: str) -> None:
    assert N.line(written) == said


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("muỗi hành, rầy zigzag có xuất hiện", "muỗi hành, rầy dích dắc có xuất hiện"),
        ("một con gấu túi koala vừa bò", "một con gấu túi cô a la vừa bò"),
        (
            "Đinh Chung Phụng, TVTU, Phó Chủ tịch UBND tỉnh;",
            "Đinh Chung Phụng, Thường vụ Tỉnh ủy, Phó Chủ tịch Ủy ban nhân dân tỉnh",
        ),
    ],
)
def test_a_pest_an_animal_and_a_title(written: str, said: str) -> None:
    assert N.line(written) == said
