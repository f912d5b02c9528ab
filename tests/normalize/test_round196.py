"""Issue 29, round 196, from gu1 (found while writing the stop's note): the second date of a pair says "ngày" as
the first did."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "said"),
    [
        (
            "lừa đảo qua mạng trong dịp lễ 30/4 - 1/5",
            "lừa đảo qua mạng trong dịp lễ ba mươi tháng tư đến mồng một tháng năm",
        ),
        ("trong dịp nghỉ lễ 30/4 và 1/5, Công an", "trong dịp nghỉ lễ ba mươi tháng tư và mồng một tháng năm, Công an"),
        ("trong 02 ngày 19/11 và 20/11", "trong hai ngày mười chín tháng mười một và hai mươi tháng mười một"),
        ("từ ngày 16/02 đến 20/02", "từ ngày mười sáu tháng hai đến ngày hai mươi tháng hai"),  # the first said it
        (
            "Cụ thể từ ngày (17/7 – 29/7), toàn tỉnh",
            "Cụ thể từ ngày, mười bảy tháng bảy đến ngày hai mươi chín tháng bảy, toàn tỉnh",
        ),
        ("sáng 5/9 và 6/9", "sáng ngày mồng năm tháng chín và ngày mồng sáu tháng chín"),  # the first took it
    ],
)
def test_the_second_date_of_a_pair_mirrors_the_first(written: str, said: str) -> None:
    assert N.line(written) == said
