"""Issue 29, round 228, from blind batches jb1 and jb2 after their scores: an alarm's level or a flood's year and a
height after a dash are two figures, not a range; three abbreviations and a country as annotators say them."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (  # was "ba đến sáu phẩy bốn mươi chín mét"
            "trên báo động 3 - 6,49 mét, vượt mức",
            "trên báo động ba, sáu phẩy bốn mươi chín mét, vượt mức",
        ),
        (
            "vượt lũ lịch sử năm 1993 - 0,19 mét.",
            "vượt lũ lịch sử năm một nghìn chín trăm chín mươi ba, không phẩy mười chín mét.",
        ),
        ("lừa đảo mới. Ảnh: ĐVCC", "lừa đảo mới. Ảnh, đơn vị cung cấp"),
        ("các đồng chí trong HĐNVQS xã", "các đồng chí trong Hội đồng nghĩa vụ quân sự xã"),
        (
            "Thông tư liên tịch số 19/2012/TTLT-BTC-BKH&ĐT-BTTTT ngày",
            "Thông tư liên tịch số mười chín, năm hai nghìn không trăm mười hai, Bộ Tài chính Bộ Kế hoạch và Đầu tư"
            " Bộ Thông tin và Truyền thông ngày",
        ),
        ("Tajikistan và Uzbekistan", "Tát gi ki xtan và U dơ bê ki xtan"),
    ],
)
def test_what_jb1_and_jb2_showed(written: str, spoken: str) -> None:
    assert N.text(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("báo động 2 - 3 trên sông", "báo động hai đến ba trên sông"),  # two levels: a range
        ("năm 2020 - 2025 tăng", "năm hai nghìn không trăm hai mươi đến hai nghìn không trăm hai mươi lăm tăng"),
        ("mực nước 1,2 - 1,5 mét", "mực nước một phẩy hai đến một phẩy năm mét"),  # two heights: a range
    ],
)
def test_what_round_228_leaves(written: str, spoken: str) -> None:
    assert N.text(written) == spoken
