"""Issue 29, round 113: what blind batch dc1 (now development) showed."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Sáng sớm nay 8-8, vùng áp thấp", "Sáng sớm nay ngày mồng tám tháng tám, vùng áp thấp"),
        ("sáng nay 8-8", "sáng nay ngày mồng tám tháng tám"),  # as before
        ("hoạt chất Chlorine70%) trước khi", "hoạt chất chờ lô ri nê bảy mươi phần trăm, trước khi"),
        ("tỷ lệ % phân chia", "tỷ lệ phần trăm phân chia"),  # as before
    ],
)
def test_round_113(written: str, spoken: str) -> None:
    assert N.line(written) == spoken
    assert "%" not in N.line(written)
