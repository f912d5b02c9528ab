"""Issue 29, round 189, from gr1 and gr2: a Greek ch before r, a rice mill's NMXX, a misspelt network."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context
from pipeline.normalize.guess import guess_reading

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "said"),
    [("Christian", "crít ti an"), ("Chrysler", "crít lơ"), ("Chro", "chờ rô"), ("Charles", "chác lét")],
)
def test_a_greek_ch_before_r_is_k(written: str, said: str) -> None:
    assert guess_reading(written) == said


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("Tại trạm NMXX Trương Thị Xuyến", "Tại trạm nhà máy xay xát Trương Thị Xuyến"),
        ("Trung tâm mạng lưới Mobiphone, đường", "Trung tâm mạng lưới mô bi phôn, đường"),
    ],
)
def test_a_rice_mill_and_a_misspelt_network(written: str, said: str) -> None:
    assert N.line(written) == said
