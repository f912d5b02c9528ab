"""Issue 29, round 71: what batches bg1 and bg2 (now development) showed that any notice may hold."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("khoảng từ 3-5Km và", "khoảng từ ba đến năm ki lô mét và"),  # bg1: Km capitalized after an amount
        ("cách cửa sông 39Km", "cách cửa sông ba mươi chín ki lô mét"),
        (
            "sạt lở tại Km224+650",
            "sạt lở tại ki lô mét hai trăm hai mươi tư cộng sáu trăm năm mươi",
        ),  # a post, as before
        ("rất nhỏ 10 - 30nm, dễ", "rất nhỏ mười đến ba mươi na nô mét, dễ"),  # bg2
        ("hiện ở mức 16.680 NDT/tấn", "hiện ở mức mười sáu nghìn sáu trăm tám mươi nhân dân tệ một tấn"),
        ("nếu ở 370C được 22 ngày", "nếu ở ba mươi bảy độ xê được hai mươi hai ngày"),  # a degree typed as a zero
        ("(-200C đến -700C) tồn tại", "âm hai mươi độ xê đến âm bảy mươi độ xê, tồn tại"),
        ("đun 50C", "đun năm mươi xê"),  # fifty or five degrees: left
        ("Từ ngày 11.7 đến 13.7: Tiến hành", "Từ ngày mười một tháng bảy đến ngày mười ba tháng bảy, Tiến hành"),
        (
            "từ chiều qua 8.6 đến sáng sớm nay 9.6,",  # bg1: "chín phẩy sáu" had been read
            "từ chiều qua ngày mồng tám tháng sáu đến sáng sớm nay ngày mồng chín tháng sáu",  # "ngày": round 81
        ),
        (
            "vào 10 giờ sáng, thứ ba, 13-11.",
            "vào mười giờ sáng, thứ ba, ngày mười ba tháng mười một.",
        ),  # a weekday's day
        ("từ 3-5 ngày", "từ ba đến năm ngày"),  # a range, as before
    ],
)
def test_what_bg1_and_bg2_showed(written: str, spoken: str) -> None:
    assert N.line(written) == spoken
