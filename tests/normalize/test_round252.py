"""Issue 29, round 252, from blind batches ke1 and ke2 after their scores: a phone with its country's code in
brackets, and rows."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (
            "Đường dây nóng: (+84-28) 38 653 050",
            "Đường dây nóng, cộng tám bốn, hai tám, ba tám, sáu năm ba, không năm không",
        ),
        ("Điện thoại: (+84) 28 3822 1234", "Điện thoại, cộng tám bốn, hai tám, ba tám hai hai, một hai ba bốn"),
        (
            "giữa Tổng thống Putin, Tổng thống (Volodymyr) Zelensky và tôi,",
            "giữa Tổng thống Pu tin, Tổng thống, Vô lô đi mia, Dê len xki và tôi",
        ),
        ("Lễ Ooc om bok và", "Lễ Óc Om Bóc và"),
        ("Theo Báo cáo số 03/BC-TCTL-QLCT ngày", "Theo Báo cáo số ba, Tổng cục Thủy lợi Quản lý công trình ngày"),
    ],
)
def test_what_ke1_and_ke2_showed(written: str, spoken: str) -> None:
    assert N.text(written) == spoken


def test_a_bracketed_plus_before_an_amount_is_left_to_the_signs() -> None:
    assert "cộng tám bốn" not in N.text("tăng (+84) điểm")
