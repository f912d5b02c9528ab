"""Issue 29, round 80: abbreviations of Mặt trận and school life that batch bo2 (now development) showed."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("trường PTDT Bán trú", "trường phổ thông dân tộc Bán trú"),
        ("Ngày thành lập MTDT thống nhất Việt Nam", "Ngày thành lập Mặt trận Dân tộc thống nhất Việt Nam"),
        ("bà Linh - UVBTV - TBDV huyện", "bà Linh, ủy viên ban thường vụ, Trưởng ban Dân vận huyện"),
        ("Kính thưa các đ/c trong ban CTMT thôn", "Kính thưa các đồng chí trong ban Công tác Mặt trận thôn"),
        ("toàn dân đoàn kết Xd đời sống", "toàn dân đoàn kết xây dựng đời sống"),
    ],
)
def test_what_bo2_showed(written: str, spoken: str) -> None:
    assert N.line(written) == spoken
