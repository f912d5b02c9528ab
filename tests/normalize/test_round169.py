"""Issue 29, round 169, from fw2: a unit symbol of two small letters alone (a price table's cell) is its name."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("Kg", "ki lô gam"),
        ("ĐVT: kg", "đơn vị tính, ki lô gam"),
        ("giá 12.000 đồng/Kg", "giá mười hai nghìn đồng một ki lô gam"),
        ("so với USD", "so với đô la Mỹ"),
        ("diện tích 5 ha", "diện tích năm héc ta"),
        ("các hội nhóm Telegram", "các hội nhóm tê lê gram"),
        ("tỉnh Dak Lak", "tỉnh đắc lắc"),
    ],
)
def test_a_unit_alone_is_its_name_a_word_is_not(written: str, said: str) -> None:
    assert N.line(written) == said
