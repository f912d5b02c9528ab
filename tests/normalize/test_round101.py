"""Issue 29, round 101: what blind batches cq1 and cq2 (now development) showed."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("liên hệ (024) 3825 5078", "liên hệ, không hai bốn, ba tám hai năm, năm không bảy tám"),
        ("ĐT: (0236) 3822 123", "đê tê, không hai ba sáu, ba tám hai hai, một hai ba"),
        ("số (028) 38.123.456 nhé", "số, không hai tám, ba tám, một hai ba, bốn năm sáu nhé"),
        ("tại Hà Nội (024) và TP.HCM (028)", "tại Hà Nội, không hai bốn, và Thành phố Hồ Chí Minh, không hai tám"),
        ("Hà Nội (024) 1.500 người", "Hà Nội, không hai bốn, một nghìn năm trăm người"),  # no phone's length
    ],
)
def test_a_phone_after_its_area_code_in_brackets_is_said_digit_by_digit(written: str, spoken: str) -> None:
    assert N.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (
            "Từ ngày 31.10 hoặc 1.11, siêu bão",
            "Từ ngày ba mươi mốt tháng mười hoặc ngày mồng một tháng mười một, siêu bão",
        ),
        (
            "Trong hai ngày cuối tuần (27 - 28.10) trời",
            "Trong hai ngày cuối tuần, ngày hai mươi bảy đến ngày hai mươi tám tháng mười, trời",
        ),
        ("từ 2 hoặc 3.5 lần", "từ hai hoặc ba phẩy năm lần"),  # an amount, as before
    ],
)
def test_a_dotted_day_after_hoac_or_in_a_weeks_brackets_is_a_date(written: str, spoken: str) -> None:
    assert N.line(written) == spoken
