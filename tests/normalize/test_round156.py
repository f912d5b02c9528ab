"""Issue 29, round 156, from fk1 and fk2: a price table's cells with commas the English way, a lexicon entry opening
a line, a score after a team's name, and names the two batches met."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("Bình Phước | 51,500 |", "Bình Phước, năm mươi mốt nghìn năm trăm"),
        ("Hà Nội 54,000", "Hà Nội năm mươi tư nghìn"),
        ("lên đến 1,300 m3.", "lên đến một nghìn ba trăm mét khối."),
        ("khoảng 1,500 tỷ đồng", "khoảng một phẩy năm trăm tỷ đồng"),
        ("tại vĩ độ 16,100° Bắc", "tại vĩ độ mười sáu phẩy một trăm độ Bắc"),
        ("mực nước 0,500 m", "mực nước không phẩy năm trăm mét"),
        ("tăng 1,25 lần", "tăng một phẩy hai mươi lăm lần"),
    ],
)
def test_three_decimals_ending_in_two_zeros_are_thousands(written: str, said: str) -> None:
    assert N.line(written) == said


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("Man City thắng dễ Everton 2-0", "Man xi ti thắng dễ E vơ tơn hai không"),
        ("HAGL vs Sài Gòn 1-0", "Hoàng Anh Gia Lai gặp Sài Gòn một không"),
        ("trong 7-10 ngày", "trong bảy đến mười ngày"),
    ],
)
def test_no_range_ends_at_a_lone_zero(written: str, said: str) -> None:
    assert N.line(written) == said


@pytest.mark.parametrize(
    ("written", "said"),
    [
        (
            "Gạo TP IR ở mức 8.850 đồng/kg;",
            "Gạo thành phẩm i e rờ ở mức tám nghìn tám trăm năm mươi đồng một ki lô gam",
        ),
        ("giá gạo TP IR 504", "giá gạo thành phẩm i e rờ năm không bốn"),
        (
            "Thủ tướng Qatar Sheikh Mohammed bin Abdulrahman Al Thani",
            "Thủ tướng Ca ta Sếch Mô ha mét bin Áp đun ra man An Tha ni",
        ),
        ('Một hàng dài "barie người"', "Một hàng dài ba ri e người"),
    ],
)
def test_an_entry_opening_a_line_and_names_the_fk_batches_met(written: str, said: str) -> None:
    assert N.line(written) == said
