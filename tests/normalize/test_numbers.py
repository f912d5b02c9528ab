"""Reading numbers: input/output pairs for each convention."""

from __future__ import annotations

import pytest

from pipeline.normalize.numbers import NumberStyle, read_decimal, read_digits, read_int, read_month, read_ordinal

NAM = NumberStyle.for_dialect("nam")


@pytest.mark.parametrize(
    ("number", "words"),
    [
        (0, "không"), (5, "năm"), (10, "mười"), (11, "mười một"), (14, "mười bốn"), (15, "mười lăm"),
        (20, "hai mươi"), (21, "hai mươi mốt"), (24, "hai mươi tư"), (25, "hai mươi lăm"), (55, "năm mươi lăm"),
        (101, "một trăm linh một"), (105, "một trăm linh năm"), (110, "một trăm mười"), (115, "một trăm mười lăm"),
        (1000, "một nghìn"), (1005, "một nghìn không trăm linh năm"), (2000, "hai nghìn"),
        (2021, "hai nghìn không trăm hai mươi mốt"), (1969, "một nghìn chín trăm sáu mươi chín"),
        (10000, "mười nghìn"), (50000, "năm mươi nghìn"), (1500000, "một triệu năm trăm nghìn"),
        (1000005, "một triệu không trăm linh năm"), (1000000000, "một tỷ"), (1000000000000, "một nghìn tỷ"),
        (-5, "âm năm"),
    ],
)  # fmt: skip
def test_cardinals_northern(number: int, words: str) -> None:
    assert read_int(number) == words


def test_southern_style_uses_le_and_ngan() -> None:
    assert read_int(2021, NAM) == "hai ngàn không trăm hai mươi mốt"
    assert read_int(105, NAM) == "một trăm lẻ năm"


def test_decimals() -> None:
    assert read_decimal("3", "5") == "ba phẩy năm"
    assert read_decimal("95", "25") == "chín mươi lăm phẩy hai mươi lăm"
    assert read_decimal("3", "05") == "ba phẩy không năm"


def test_digits_ordinals_months() -> None:
    assert read_digits("0912") == "không chín một hai"
    assert [read_ordinal(n) for n in (1, 2, 4, 10)] == ["nhất", "hai", "tư", "mười"]
    assert [read_month(m) for m in (1, 4, 5, 12)] == ["một", "tư", "năm", "mười hai"]
