"""Issue 29, round 179, from gg1 and gg2: a Spanish name's particle; a unit alone at a line's start; four names and
words as the annotators say them."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("thành phố Cagayan de Oro.", "thành phố Ca ga dan đê ô rô."),
        ("Lanao del Sur.", "la nao đen xơ."),
        ("Rio de Janeiro", "Ri ô đê Gia nê rô"),
        ("oC Độ ẩm: 65 - 95%", "độ xê Độ ẩm, sáu mươi lăm đến chín mươi lăm phần trăm"),
        ("nhiệt độ 25oC", "nhiệt độ hai mươi lăm độ xê"),
        ("các tài khoản Facebook, Zalo, Gmail… mạo", "các tài khoản phây búc, da lô, gờ meo, mạo"),
        ("Một phiên livestream “xổ số", "Một phiên lai xtrim xổ số"),
        ("Địa chấn học Philippine (Phivolcs).", "Địa chấn học Phi líp pin, phi vôn."),
        ("Theo Inquirer, trận", "Theo In quai ơ rơ, trận"),
    ],
)
def test_particles_units_and_names(written: str, said: str) -> None:
    assert N.line(written) == said
