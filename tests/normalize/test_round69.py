"""Issue 29, round 69: what batches bf1 and bf2 (now development) showed that any notice may hold."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("soạn tin nhắn theo cú pháp TCTM gửi", "soạn tin nhắn theo cú pháp tê xê tê em gửi"),  # M is "em", 13 to 6
        ("Ngoại giao ASEAN (AMM) lần thứ 56", "Ngoại giao A xê an, a em em, lần thứ năm mươi sáu"),
        (  # ay2, bf2: a page's date with its month as "Th"
            "31-Th7-2024 (Trước đó 3 tháng 23 ngày)",
            "ngày ba mươi mốt tháng bảy năm hai nghìn không trăm hai mươi tư, Trước đó ba tháng hai mươi ba ngày",
        ),
        ("Sáng nay, (30-12) Đài khí tượng", "Sáng nay, ngày ba mươi tháng mười hai, Đài khí tượng"),  # bf1
        ("nhóm (5-7) người", "nhóm, năm đến bảy, người"),  # a range in brackets, as before
        ("đại diện các đồng chí thương binh 1/4,", "đại diện các đồng chí thương binh một trên bốn"),  # bf2: a grade
    ],
)
def test_what_bf1_and_bf2_showed(written: str, spoken: str) -> None:
    assert N.line(written) == spoken
