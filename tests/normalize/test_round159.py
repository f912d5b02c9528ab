"""Issue 29, round 159, from fn1 and fn2: an hour and its date with a space after the slash; VIP, THPL, THPT QG."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("và số 4 (16h/ 21/7).", "và số bốn, mười sáu giờ ngày hai mươi mốt tháng bảy."),
        ("lúc 7h/20/7", "lúc bảy giờ ngày hai mươi tháng bảy"),
        (
            "hàng VIP 85.000 - 95.000 đồng/kg.",
            "hàng víp tám mươi lăm nghìn đến chín mươi lăm nghìn đồng một ki lô gam.",
        ),
        ("(THPL) - Trung tâm cảnh báo", "Thương hiệu và Pháp luật, Trung tâm cảnh báo"),
        (
            "Trong kỳ thi THPT QG năm 2015,",
            "Trong kỳ thi trung học phổ thông quốc gia năm hai nghìn không trăm mười lăm",
        ),
    ],
)
def test_an_hour_before_its_date_and_words_the_fn_batches_met(written: str, said: str) -> None:
    assert N.line(written) == said
