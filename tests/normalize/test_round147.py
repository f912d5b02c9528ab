"""Issue 29, round 147: a junction's two roads joined by a plus (fa1); rubber's dry content, TSC (fa2)."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "said"),
    [
        (
            "từ ngã ba QL21+ TL486 đến cầu Họ:",
            "từ ngã ba quốc lộ hai mươi mốt và tỉnh lộ bốn trăm tám mươi sáu đến cầu Họ",
        ),
        ("ngã tư QL1A + ĐT 743", "ngã tư quốc lộ một a và đường tỉnh bảy trăm bốn mươi ba"),
    ],
)
def test_a_plus_between_two_roads_is_and(written: str, said: str) -> None:
    assert N.line(written) == said


def test_a_plus_before_a_distance_is_still_plus() -> None:
    assert N.line("QL1A + 5 km") == "quốc lộ một a cộng năm ki lô mét"


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("dao động ở mức 323 đồng/độ TSC.", "dao động ở mức ba trăm hai mươi ba đồng một độ tê ét xê."),
        ("giá 452 đồng/độ TSC/kg", "giá bốn trăm năm mươi hai đồng một độ tê ét xê một ki lô gam"),
    ],
)
def test_tsc_is_spelled_as_rubber_bulletins_mean_it(written: str, said: str) -> None:
    assert N.line(written) == said
