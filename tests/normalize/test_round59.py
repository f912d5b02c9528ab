"""Issue 29, round 59: what batch az1 (now development) showed that any notice may hold."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Mạo danh app ngân hàng, eKYC, Shopee", "Mạo danh áp ngân hàng, e ca i dài xê, Sốp pi"),  # az1: Latin letters
        ("Saccombank", "Xa côm banh"),  # misspelt as scam warnings write it
        ("thể tích 30 lít có giá 25 nghìn/can", "thể tích ba mươi lít có giá hai mươi lăm nghìn một can"),  # az1
        ("hỗ trợ 2 triệu/người", "hỗ trợ hai triệu một người"),
        ("học phí 5 triệu/tháng", "học phí năm triệu một tháng"),
    ],
)
def test_an_amount_in_words_before_a_slash_is_per_and_az1_words(written: str, spoken: str) -> None:
    assert N.line(written) == spoken
