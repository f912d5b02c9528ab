"""Issue 29, round 210, from blind batch hu1 after its score: a weekday written short before a date, a day after
"đến hết" with a dotted month, centimetres with a capital."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (
            "T2, 06/07/2020 12:55",
            "Thứ hai, ngày mồng sáu tháng bảy năm hai nghìn không trăm hai mươi, mười hai giờ năm mươi lăm phút",
        ),  # was "tê hai"
        ("mã T2 của", "mã tê hai của"),  # no date after it: letters, as before
        ("kéo dài đến hết 28.2, sau đó", "kéo dài đến hết ngày hai mươi tám tháng hai, sau đó"),  # was a decimal
        ("đến hết 2.5 tấn", "đến hết hai phẩy năm tấn"),  # an amount, however written
        ("sâu nhất khoảng 20Cm.", "sâu nhất khoảng hai mươi xăng ti mét."),  # was "hai mươi Cm"
    ],
)
def test_what_hu1_showed(written: str, spoken: str) -> None:
    assert N.text(written) == spoken
