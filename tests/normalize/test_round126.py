"""Issue 29, round 126: what blind batches dv1 and dv2 (now development) showed."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (
            "hôm nay 13.11, ngày mai đến 20.11",
            "hôm nay ngày mười ba tháng mười một, ngày mai đến ngày hai mươi tháng mười một",
        ),  # was "đến hai mươi tháng mười một"
        ("từ nay đến 22.3", "từ nay đến ngày hai mươi hai tháng ba"),
        ("từ nay đến 2.5 mét", "từ nay đến hai phẩy năm mét"),  # an amount, as before
    ],
)
def test_a_dotted_day_after_den_says_ngay(written: str, spoken: str) -> None:
    """`ngày mai đến 20.11` (dv1 and nine power-cut pages): 17 spans of 19 say "ngày" after "đến"."""
    assert N.line(written) == spoken


def test_tpct_is_can_tho() -> None:
    """`ranh giới Phong Điền TPCT` (dv2 and an older batch): Cần Thơ's power company writes its city so."""
    assert N.line("Phường An Bình TPCT.") == "Phường An Bình thành phố Cần Thơ."
