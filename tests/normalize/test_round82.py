"""Issue 29, round 82: what batch bp2 (now development) showed that any notice may hold."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (
            "đạt 220 triệu/254 triệu 700 nghìn đồng",
            "đạt hai trăm hai mươi triệu trên hai trăm năm mươi tư triệu bảy trăm nghìn đồng",
        ),
        ("có trên 1,6 triệu/ 2,6 triệu khách hàng", "có trên một phẩy sáu triệu trên hai phẩy sáu triệu khách hàng"),
        ("giá 500 nghìn/tháng", "giá năm trăm nghìn một tháng"),  # per a period, as before
        ("Điện lực TP HCM (EVNHCMC), cho biết", "Điện lực thành phố Hồ Chí Minh, cho biết"),
    ],
)
def test_what_bp2_showed(written: str, spoken: str) -> None:
    assert N.line(written) == spoken
