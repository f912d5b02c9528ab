"""Issue 29, round 218, from blind batch ih1 after its score: a range over an amount with its unit, and de Gaulle."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (  # was "mười ba phẩy bảy mười ba phẩy tám, hai mươi ki lô gam": the dash lost, the slash a pause
            "thu hồi thấp 13,7-13,8/20kg có giá",
            "thu hồi thấp mười ba phẩy bảy đến mười ba phẩy tám trên hai mươi ki lô gam có giá",
        ),
        ("năng suất 13 - 14/20 kg", "năng suất mười ba đến mười bốn trên hai mươi ki lô gam"),
        ("thời đó là Charles de Gaulle đã ký", "thời đó là Sác lơ Đờ Gôn đã ký"),
    ],
)
def test_what_ih1_showed(written: str, spoken: str) -> None:
    assert N.text(written) == spoken


def test_a_day_range_before_its_month_stays_a_date() -> None:
    assert N.text("từ 12-15/10 tại xã") == "từ ngày mười hai đến ngày mười lăm tháng mười tại xã"
