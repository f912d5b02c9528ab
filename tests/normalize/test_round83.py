"""Issue 29, round 83: what batches bq1 and bq2 (now development) showed, two of them errors of rounds 74 and 81."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Ngày mai 7/10 là sinh nhật", "Ngày mai ngày mồng bảy tháng mười là sinh nhật"),  # tomorrow, no page label
        (
            "Ngày đăng 17/04/2019",
            "Ngày đăng mười bảy tháng tư năm hai nghìn không trăm mười chín",
        ),  # a label, as before
        ("để chào mừng lễ 30.4 và 1.5 như", "để chào mừng lễ ba mươi tháng tư và mồng một tháng năm như"),
        ("tăng 2,5 và 1.5 lần", "tăng hai phẩy năm và một phẩy năm lần"),  # no month before: a number
        ("Đến 21 giờ cùng ngày (27.10), tuyến", "Đến hai mươi mốt giờ cùng ngày, ngày hai mươi bảy tháng mười, tuyến"),
    ],
)
def test_what_bq_showed(written: str, spoken: str) -> None:
    assert N.line(written) == spoken
