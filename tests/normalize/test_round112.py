"""Issue 29, round 112: what blind batches db1 and db2 (now development) showed."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Âu Lâu (TP.Yên Bái); TT.Cổ Phúc, xã", "Âu Lâu, thành phố Yên Bái, thị trấn Cổ Phúc, xã"),
        ("sông Bồ (TT.Huế), Vu Gia", "sông Bồ, Thừa Thiên Huế, Vu Gia"),
        ("TT.HĐND- UBND-", "Thường trực Hội đồng nhân dân, Ủy ban nhân dân"),  # capitals: a body, as before
        ("ủng hộ 100 triệu đồng/một nhà văn hóa.", "ủng hộ một trăm triệu đồng một nhà văn hóa."),
        ("200.000 đồng/người", "hai trăm nghìn đồng một người"),  # as before
        ("tại Điện Elysée, Paris", "tại Điện Ê li dê, Pa ri"),
        ("Điện Élysée", "Điện Ê li dê"),
    ],
)
def test_round_112(written: str, spoken: str) -> None:
    assert N.line(written) == spoken
