"""Issue 29, round 227, from blind batches ja1 and ja2 after their scores: a parallel's degree sign lost, a
photo's file name glued to a sentence, a full stop glued to a site's name, and `AN-QP`."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (  # was "một trăm bốn mươi", "một nghìn một trăm hai mươi"
            "phía bắc vĩ tuyến 140 và phía đông kinh tuyến 1120.",
            "phía bắc vĩ tuyến mười bốn độ và phía đông kinh tuyến một trăm mười hai độ.",
        ),
        ("VĨ TUYẾN 200", "vĩ tuyến hai mươi độ"),
        (  # was forty numbers and letters after the year
            "nhiệm kỳ 2021-2026.z4555149186459_7fa22815d19dc12446a3c8ad904a44ab (1).jpg",
            "nhiệm kỳ hai nghìn không trăm hai mươi mốt đến hai nghìn không trăm hai mươi sáu.",
        ),
        ("quan trọng khác.z4564665138451_d56e62ec23708da5d863e4f73203466f.jpg", "quan trọng khác."),
        ("Ảnh: IMG_20210416_071126.jpg", "Ảnh"),
        (  # was "thu mua chấm Việt Nam nét"
            "thu mua.Vietnamnet.vn dẫn lời anh Vui",
            "thu mua. Việt Nam nét chấm vê en dẫn lời anh Vui",
        ),
        ("tình hình KT-XH, AN-QP 6 tháng", "tình hình kinh tế, xã hội, an ninh, quốc phòng sáu tháng"),
    ],
)
def test_what_ja1_and_ja2_showed(written: str, spoken: str) -> None:
    assert N.text(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("vĩ tuyến 17 và kinh tuyến 105.", "vĩ tuyến mười bảy và kinh tuyến một trăm linh năm."),  # in range
        ("vĩ tuyến 100,5 độ", "vĩ tuyến một trăm phẩy năm độ"),  # a decimal: not a lost degree
        ("kinh tuyến 1150E", "kinh tuyến một trăm mười lăm độ Đông"),  # the letter's rule, as before
        ("gửi file anh1.jpg", "gửi phai anh một chấm gi pê giê"),  # a short name the editor wrote: read
    ],
)
def test_what_round_227_leaves(written: str, spoken: str) -> None:
    assert N.text(written) == spoken


def test_an_address_opening_on_www_keeps_it_before_a_capital() -> None:
    assert N.text("xem www.VnExpress.net nhé").startswith("xem vê kép vê kép vê kép chấm ")
