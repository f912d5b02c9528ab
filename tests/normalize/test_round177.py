"""Issue 29, round 177, from ge1 and ge2: an exchange rate's pair of currencies; a republic before its country's
name; the Balkans and Erdogan as annotators say them."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("USD/VND | 24,770 | 0 |", "đô la Mỹ, đồng, hai mươi tư phẩy bảy trăm bảy mươi, không"),
        ("EUR/USD tăng", "ơ rô, đô la Mỹ tăng"),
        ("giá 2.950 USD/tấn", "giá hai nghìn chín trăm năm mươi đô la Mỹ một tấn"),
        ("Zambia, Angola và CH Congo.", "Dăm bi a, Ăng gô la và Cộng hòa Công gô."),
        ("tải từ CH Play", "tải từ xê hát plây"),
        ("tình hình Tây Balkan.", "tình hình Tây Ban căng."),
        ("Tổng thống Erdogan", "Tổng thống Éc đô gan"),
    ],
)
def test_currencies_republics_and_names(written: str, said: str) -> None:
    assert N.line(written) == said
