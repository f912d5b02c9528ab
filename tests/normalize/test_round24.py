"""Round 24 (issue 29): shapes of batch x that the annotators of every batch read the same way: English thousands
before đ, the stretch between two kilometre posts, a glued `Km230`, and the Vietnamese `SA`/`CH` after a clock."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

READ = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("xuống mức 144,500 đ/kg.", "xuống mức một trăm bốn mươi tư nghìn năm trăm đồng một ki lô gam."),
        (
            "neo ở mức 144,000-144,500 đ/kg.",
            "neo ở mức một trăm bốn mươi tư nghìn đến một trăm bốn mươi tư nghìn năm trăm đồng một ki lô gam.",
        ),
        ("dài 1,5 km", "dài một phẩy năm ki lô mét"),
    ],
)
def test_comma_thousands_before_the_dong_symbol(written: str, spoken: str) -> None:
    assert READ.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (
            "qua đoạn Km42+000 – Km52+000, Quốc lộ 28.",
            "qua đoạn ki lô mét bốn mươi hai cộng không đến ki lô mét năm mươi hai cộng không, Quốc lộ hai mươi tám.",
        ),
        (
            "tại Km493+342- Km498+829 Quốc lộ 1",
            "tại ki lô mét bốn trăm chín mươi ba cộng ba trăm bốn mươi hai đến ki lô mét bốn trăm chín mươi tám"
            " cộng tám trăm hai mươi chín Quốc lộ một",
        ),
    ],
)
def test_a_dash_between_two_kilometre_posts_is_den(written: str, spoken: str) -> None:
    assert READ.line(written) == spoken


def test_a_glued_capital_km_before_a_number_is_a_post() -> None:
    assert READ.line("đoạn từ Km230 hướng về Km211 tăng cao") == (
        "đoạn từ ki lô mét hai trăm ba mươi hướng về ki lô mét hai trăm mười một tăng cao"
    )


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Cập nhật: 7:51:11 SA", "Cập nhật, bảy giờ năm mươi mốt phút mười một giây sáng"),
        ("lúc 3:15 CH", "lúc ba giờ mười lăm phút chiều"),
        ("SA PA lúc 7:51", "sa pa lúc bảy giờ năm mươi mốt phút"),
    ],
)
def test_sa_and_ch_after_a_clock_are_sang_and_chieu(written: str, spoken: str) -> None:
    assert READ.line(written) == spoken
