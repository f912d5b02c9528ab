"""Issue 29, round 50: the misses of blind batches ar1 and ar2 (now development batches) any notice may hold."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("tăng cường,15 tỉnh, thành phố", "tăng cường, mười lăm tỉnh, thành phố"),  # ar1: "một năm" was heard
        ("Phường 1,2,3", "Phường một, hai, ba"),  # numbers on both sides: a list, as before
        ("đến trạm 500 kV Pleiku 2 trong", "đến trạm năm trăm ki lô vôn Plây Cu hai trong"),  # al2, ar1
        ("số điện thoại hotline", "số điện thoại hót lai"),  # 9 spans of 10 say the loanword
        ("tên miền quốc tế .com, .net, .vip, .cc.", "tên miền quốc tế chấm com, chấm nét, chấm víp, chấm xê xê."),
    ],
)
def test_round_50_commas_places_loanwords_and_domain_endings(written: str, spoken: str) -> None:
    assert N.line(written) == spoken
