"""Issue 29, round 235, from blind batches ji1 and ji2 after their scores: `=>` to a road is "đến" as `→` and `->`
already were, `SN:` with its colon, and `CCVC`."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (  # the arrows were dropped as pauses
            "(đoạn phía trước Quán hoa) => đường Trần Phú => đường Hoàng Diệu",
            "đoạn phía trước Quán hoa, đến đường Trần Phú đến đường Hoàng Diệu",
        ),
        (  # was "hát ét en nờ"
            "anh Vũ Văn H. (SN: 1995, trú tại",
            "anh Vũ Văn hát sinh năm một nghìn chín trăm chín mươi lăm, trú tại",
        ),
        ("Cán bộ, CCVC, cán bộ chiến sĩ", "Cán bộ, công chức, viên chức, cán bộ chiến sĩ"),
    ],
)
def test_what_ji1_and_ji2_showed(written: str, spoken: str) -> None:
    assert N.text(written) == spoken


def test_an_arrow_before_a_step_with_a_capital_is_still_a_pause() -> None:
    assert N.text("thủ tục => Chọn “CƠ QUAN”") == "thủ tục, Chọn cơ quan"
