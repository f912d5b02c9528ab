"""Issue 29, round 158, from fm1 and fm2: one letter glued to two digits says its number; a quarter is "tư" in
every fraction rule; Arab, Saudi, size, riyal, Tx and a paper's tag."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context
from pipeline.normalize.numbers import read_share

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("Đảng D66 và đảng PVV", "Đảng dê sáu mươi sáu và đảng pê vê vê"),
        ("Trường bắn Z95", "Trường bắn dét chín mươi lăm"),
        ("Quốc khánh 2/9 (A80).", "Quốc khánh mồng hai tháng chín, a tám mươi."),
        ("tuyển thủ U20", "tuyển thủ u hai mươi"),
        ("Cục C06", "Cục xê không sáu"),
        ("giống OM 5451", "giống o em mờ năm bốn năm một"),
        ("đường dây 471F15", "đường dây bốn bảy một ép mười lăm"),
    ],
)
def test_one_letter_glued_to_two_digits_says_its_number(written: str, said: str) -> None:
    assert N.line(written) == said


@pytest.mark.parametrize(("bottom", "said"), [(2, "hai"), (3, "ba"), (4, "tư"), (8, "tám"), (16, "mười sáu")])
def test_the_bottom_of_a_fraction(bottom: int, said: str) -> None:
    assert read_share(bottom) == said


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("khoảng 1/4 số hộ", "khoảng một phần tư số hộ"),
        ("vòng 1/8", "vòng một phần tám"),
        ("tới Arab Saudi", "tới A rập Xau đi"),
        ("loại size 15 – 30 con/kg", "loại sai mười lăm đến ba mươi con một ki lô gam"),
        ("hơn 110 tỷ riyal", "hơn một trăm mười tỷ ri an"),
        ("huyện Kông Chro, Tx An Khê", "huyện Kông chờ rô, thị xã An Khê"),
        ("(QBĐT) - Do ảnh hưởng", "Quảng Bình điện tử, Do ảnh hưởng"),
    ],
)
def test_shares_and_words_the_fm_batches_met(written: str, said: str) -> None:
    assert N.line(written) == said
