"""Issue 29, round 115: what blind batches df1 and df2 (now development) showed, and a foreign row recounted."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Phó Chủ tịch HDND tỉnh;", "Phó Chủ tịch Hội đồng nhân dân tỉnh"),  # HĐND typed without its Đ (df1)
        ("Bí thư đoàn TNCSHCM", "Bí thư đoàn thanh niên cộng sản Hồ Chí Minh"),
        # "Em ma nu en" 21 spans to 17 "Ê ma nu en", recounted when de1 wrote it twice
        ("Tổng thống Pháp Emmanuel Macron.", "Tổng thống Pháp Em ma nu en Ma crông."),
    ],
)
def test_round_115(written: str, spoken: str) -> None:
    assert N.line(written) == spoken
