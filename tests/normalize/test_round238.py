"""Issue 29, round 238, from blind batches jm1 and jm2 after their scores: a street named after a day, a name of
the foreign table typed with its accents, a word's ts before a vowel, and the three who file online."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("trên đường 19/5 (phường Hà Đông)", "trên đường mười chín tháng năm, phường Hà Đông"),
        ("tiệm bánh trên đường 3/2 phường Rạch Giá", "tiệm bánh trên đường ba tháng hai phường Rạch Giá"),
        ("ông Sébastien Lecornu, 39 tuổi", "ông Xê bát xti ăng Lơ coóc nuy, ba mươi chín tuổi"),
        ("bên bờ hồ Pangong Tso", "bên bờ hồ pan gông xô"),
        ("khi CD/DN/TC tiến hành", "khi công dân, doanh nghiệp, tổ chức tiến hành"),
        ("BBK - UBND tỉnh Bắc Kạn vừa có", "Báo Bắc Kạn, Ủy ban nhân dân tỉnh Bắc Kạn vừa có"),
    ],
)
def test_what_jm1_and_jm2_showed(written: str, spoken: str) -> None:
    assert N.text(written) == spoken


def test_a_full_date_after_a_street_word_is_still_a_date() -> None:
    assert N.text("trên đường 3/2/2024 đi") == (
        "trên đường ngày mồng ba tháng hai năm hai nghìn không trăm hai mươi tư đi"
    )


def test_a_city_and_a_day_is_no_street() -> None:
    assert N.text("thành phố 30/4 rực rỡ") == "thành phố ngày ba mươi tháng tư rực rỡ"


def test_an_accented_name_the_table_lacks_is_left_to_the_guess() -> None:
    assert N.text("ông Pérez") == "ông pê rét"


def test_a_vietnamese_word_with_an_accent_is_left() -> None:
    assert N.text("Bé Hè vui") == "Bé Hè vui"
