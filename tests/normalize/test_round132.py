"""Issue 29, round 132: what blind batches ed1 and ed2 (now development) showed."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Khối 10,11: Các môn Lý", "Khối mười, mười một, Các môn Lý"),  # was "mười phẩy mười một"
        ("lớp 10,11 và 12", "lớp mười, mười một và mười hai"),
        ("đạt 10,11 tấn", "đạt mười phẩy mười một tấn"),  # a decimal, as before
    ],
)
def test_two_grades_listed_with_a_comma(written: str, spoken: str) -> None:
    """`Khối 10,11` (ed1: 2 lines): grades of a school listed without a space after the comma, no decimal."""
    assert N.line(written) == spoken


def test_a_bank_account_after_the_banks_name() -> None:
    """`số tài khoản Ngân hàng BIDV 2153095091` (ed2): the bank's name between kept the account rule off."""
    assert N.line("số tài khoản Ngân hàng BIDV 2153095091") == (
        "số tài khoản Ngân hàng bê i dê vê hai một năm ba không chín năm không chín một"
    )
