"""Issue 29, round 224, from blind batches ip1 and ip2 after their scores: a solar date with a dot beside a lunar
one, and hPa as most annotators say it."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (  # was "tức chín phẩy hai dương lịch"
            "Ngày 13 tháng Giêng (tức 9.2 dương lịch),",
            "Ngày mười ba tháng Giêng, tức ngày mồng chín tháng hai dương lịch",
        ),
        (  # was "héc tô pa xcan"
            "áp suất thấp nhất 965 hPa",
            "áp suất thấp nhất chín trăm sáu mươi lăm héc tô pát xcan",
        ),
    ],
)
def test_what_ip1_and_ip2_showed(written: str, spoken: str) -> None:
    assert N.text(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("từ sáng 28.7 (16.6 âm lịch)", "từ sáng ngày hai mươi tám tháng bảy, ngày mười sáu tháng sáu âm lịch"),
        ("mức 9.2 mét", "mức chín phẩy hai mét"),  # a measure with a dot, no calendar's word: a decimal
    ],
)
def test_what_round_224_leaves(written: str, spoken: str) -> None:
    assert N.text(written) == spoken
