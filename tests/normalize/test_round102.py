"""Issue 29, round 102: what blind batches cr1 and cr2 (now development) showed."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("thỏa thuận ngừng bắn Thái Lan - Campuchia.", "thỏa thuận ngừng bắn Thái Lan, Campuchia."),
        ("Thủ tướng Campuchia Hun Manet", "Thủ tướng Campuchia Hun Ma nét"),  # whole, as Vietnamese writes it
        ("giá Arabica trên sàn NewYork – Mỹ", "giá a ra bi ca trên sàn Niu Oóc, Mỹ"),
        ("huyện An Lão 3/4 hồ bị cạn,", "huyện An Lão ba trên bốn hồ bị cạn"),  # three of four reservoirs
        ("ngày 3/4 hồ Gươm", "ngày mồng ba tháng tư hồ Gươm"),  # a date after "ngày", as before
    ],
)
def test_round_102(written: str, spoken: str) -> None:
    assert N.line(written) == spoken
