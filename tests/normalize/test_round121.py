"""Issue 29, round 121: what blind batches dn1 and dn2 (now development) showed."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (
            "(tức 4-10 đến ngày 7-10 - Âm lịch).",
            "tức ngày mồng bốn tháng mười đến ngày mồng bảy tháng mười, Âm lịch.",
        ),  # was "tức bốn đến mười đến ngày mồng bảy tháng mười"
        ("từ 4-10 đến ngày 7-10", "từ ngày mồng bốn tháng mười đến ngày mồng bảy tháng mười"),  # as before
        ("tức 2.5 đến 3.5 mét", "tức hai phẩy năm đến ba phẩy năm mét"),  # an amount, as before
    ],
)
def test_a_lunar_span_given_in_apposition_after_tuc(written: str, spoken: str) -> None:
    """`(tức 4-10 đến ngày 7-10 - Âm lịch)` (dn1): a festival's lunar dates, given after "tức" ("that is"), open a
    span of days as "từ" does; read as a range the first said "bốn đến mười"."""
    assert N.line(written) == spoken
