"""Issue 29, round 131: what blind batches ec1 and ec2 (now development) showed."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("đã chuyển cho ông M 200 triệu đồng", "đã chuyển cho ông em mờ hai trăm triệu đồng"),  # was "hai không không"
        ("giống OM 5451", "giống o em mờ năm bốn năm một"),  # a rice code, as before
    ],
)
def test_a_persons_initial_before_an_amount_is_no_code(written: str, spoken: str) -> None:
    """`ông M 200 triệu` (ec2): an initial after "ông" and an amount were read as a code, digit by digit."""
    assert N.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Tổ đại biểu HĐND tỉnh có 06/06 đại biểu;", "Tổ đại biểu Hội đồng nhân dân tỉnh có sáu trên sáu đại biểu"),
        ("ngân hàng Thương mại CP Bưu điện", "ngân hàng Thương mại cổ phần Bưu điện"),  # was "Chính phủ"
        ("Nghị định của CP", "Nghị định của Chính phủ"),  # as before
    ],
)
def test_counted_delegates_and_a_joint_stock_bank(written: str, spoken: str) -> None:
    """`06/06 đại biểu` (ec1): delegates counted over their number, not a date; `Thương mại CP` (ec2)."""
    assert N.line(written) == spoken
