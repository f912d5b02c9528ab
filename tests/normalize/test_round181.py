"""Issue 29, round 181, from gi1 and gi2: months listed after one "tháng"; high technology in farming; a price table's
average."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("trong tháng 3 và 4, bằng nhiều", "trong tháng ba và tư, bằng nhiều"),
        ("vào các tháng 3, 4, 5, mưa đá", "vào các tháng ba, tư, năm, mưa đá"),
        ("tháng 3 và 4 ngày", "tháng ba và bốn ngày"),
        (
            "thêm ít nhất 560ha nuôi tôm ứng dụng CNC.",
            "thêm ít nhất năm trăm sáu mươi héc ta nuôi tôm ứng dụng công nghệ cao.",
        ),
        ("kỹ thuật CNC, phiên dịch", "kỹ thuật xê en nờ xê, phiên dịch"),
        ("Giá BQ", "Giá bình quân"),
    ],
)
def test_months_technology_and_averages(written: str, said: str) -> None:
    assert N.line(written) == said
