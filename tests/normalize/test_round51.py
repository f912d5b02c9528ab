"""Issue 29, round 51: the misses of blind batch as1 (now development) any notice may hold."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("đã thông xe 1/7 vị trí, còn lại", "đã thông xe một trên bảy vị trí, còn lại"),  # as1: read as dates
        ("còn lại 6/7 vị trí đang tắc đường.", "còn lại sáu trên bảy vị trí đang tắc đường."),
        ("ngày 1/7 tại vị trí", "ngày mồng một tháng bảy tại vị trí"),  # "ngày" says it is a date
        ("VPCP", "Văn phòng Chính phủ"),  # as1: bare in a table
    ],
)
def test_a_count_of_places_and_the_government_office(written: str, spoken: str) -> None:
    assert N.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("tại km146 tuyến Quốc lộ 6", "tại ki lô mét một trăm bốn mươi sáu tuyến Quốc lộ sáu"),  # at1
        ("tại km350 quốc lộ 32", "tại ki lô mét ba trăm năm mươi quốc lộ ba mươi hai"),  # ao1
        ("diện tích 5 km2", "diện tích năm ki lô mét vuông"),  # after an amount: an area
        ("đường Vành đai II, Q.2", "đường Vành đai hai, quận hai"),  # at1: a ring road's number
    ],
)
def test_a_small_km_glued_to_a_post_and_a_ring_road_numeral(written: str, spoken: str) -> None:
    assert N.line(written) == spoken
