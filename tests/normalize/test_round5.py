"""General shapes of any notice (issue 29, round 5): dates, document numbers, web addresses, foreign words."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

READ = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("từ 22-1 đến 2-2-2017", "từ ngày hai mươi hai tháng một đến ngày mồng hai tháng hai năm hai nghìn không trăm mười bảy"),
        ("từ 7.12 đến 10.12.2024", "từ ngày mồng bảy tháng mười hai đến ngày mồng mười tháng mười hai năm hai nghìn không trăm hai mươi tư"),
        ("từ ngày 4 đến 6-12-2022", "từ ngày mồng bốn đến ngày mồng sáu tháng mười hai năm hai nghìn không trăm hai mươi hai"),
    ],
)  # fmt: skip
def test_the_first_date_of_a_span_takes_the_year_of_the_last(written: str, spoken: str) -> None:
    assert READ.text(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("từ đêm mai 7.1, trời rét", "từ đêm mai mồng bảy tháng một, trời rét"),
        ("chiều qua 15-3", "chiều qua mười lăm tháng ba"),
    ],
)
def test_a_dotted_or_dashed_date_after_a_part_of_tomorrow_or_yesterday(written: str, spoken: str) -> None:
    assert READ.text(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("đến ngày (04/11)", "đến ngày, mồng bốn tháng mười một"),
        ("trong 2 ngày (26/6)", "trong hai ngày, ngày hai mươi sáu tháng sáu"),  # "ngày" counts here
    ],
)
def test_a_bracketed_date_after_ngay_does_not_say_ngay_twice(written: str, spoken: str) -> None:
    assert READ.text(written) == spoken
