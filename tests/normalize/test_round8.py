"""Round 8 (issue 29): shapes the annotators of several batches read alike and Loa misread by their form (price
changes, per mille, English thousands in a range, units in a header's brackets, chains of "per", day-month with a
dash, month ranges, whole hours, districts and wards)."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

CTX = load_context()
READ = Normalizer(CTX)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Lúa khô loại 1 | 4.700(+100)", "Lúa khô loại một, bốn nghìn bảy trăm, tăng một trăm"),
        ("Thóc tẻ thường | 4.300(-200)", "Thóc tẻ thường, bốn nghìn ba trăm, giảm hai trăm"),
        ("Gạo NL | 6.600 (-450)", "Gạo nguyên liệu, sáu nghìn sáu trăm, giảm bốn trăm năm mươi"),
    ],
)
def test_a_signed_amount_in_brackets_after_a_price_is_its_rise_or_fall(written: str, spoken: str) -> None:
    assert READ.text(written) == spoken


def test_a_signed_percent_after_a_count_keeps_its_minus() -> None:
    assert READ.text("giảm 554 vụ (-4,2%)") == "giảm năm trăm năm mươi tư vụ, âm bốn phẩy hai phần trăm"


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("nhỏ hơn 2,5‰", "nhỏ hơn hai phẩy năm phần nghìn"),
        (
            "Lộc Thuận: 10 - 13‰, Giao Hòa: 3,5 - 5,5‰",
            "Lộc Thuận, mười đến mười ba phần nghìn, Giao Hòa, ba phẩy năm đến năm phẩy năm phần nghìn",
        ),
    ],
)
def test_per_mille_is_read_like_a_unit_and_a_dash_before_it_is_a_range(written: str, spoken: str) -> None:
    assert READ.text(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (
            "giá dao động trong khoảng 47,500-50,000 đồng/kg",
            "giá dao động trong khoảng bốn mươi bảy nghìn năm trăm đến năm mươi nghìn đồng một ki lô gam",
        ),
        (
            "khoảng 32,800 – 33,600 đồng/kg",
            "khoảng ba mươi hai nghìn tám trăm đến ba mươi ba nghìn sáu trăm đồng một ki lô gam",
        ),
        ("Gia Lai | 50,000 | Tăng", "Gia Lai, năm mươi nghìn, Tăng"),
    ],
)
def test_english_thousands_in_a_price_range_and_round_thousands(written: str, spoken: str) -> None:
    assert READ.text(written) == spoken


def test_a_comma_decimal_stays_a_decimal() -> None:
    assert READ.text("mưa 47,5 mm") == "mưa bốn mươi bảy phẩy năm mi li mét"


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Mặt hàng | Giá (đ/kg)", "Mặt hàng, Giá, đồng một ki lô gam"),
        ("GIÁ THỊ TRƯỜNG (Đồng/Kg)", "giá thị trường, đồng một ki lô gam"),
        ("Giá thu mua (Đơn vị: VNĐ/kg)", "Giá thu mua, Đơn vị, đồng một ki lô gam"),
        ("Trạm | H (cm) thực đo", "Trạm, hát, xăng ti mét, thực đo"),
    ],
)
def test_a_unit_in_a_header_s_brackets_is_read_without_a_number(written: str, spoken: str) -> None:
    assert READ.text(written) == spoken


def test_a_letter_in_brackets_is_no_unit() -> None:
    assert READ.text("Giá (m)") == "Giá, m"


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Người lớn 30.000 đồng/người/lượt;", "Người lớn ba mươi nghìn đồng một người một lượt"),
        ("khoảng 600 USD/ tháng", "khoảng sáu trăm đô la Mỹ một tháng"),
        ("10 USD/người/đêm", "mười đô la Mỹ một người một đêm"),
    ],
)
def test_every_slash_after_a_price_is_per(written: str, spoken: str) -> None:
    assert READ.text(written) == spoken


def test_an_x_between_a_price_and_what_it_counts_is_times() -> None:
    assert READ.text("22.000 đồng/ngày x số ngày ăn") == "hai mươi hai nghìn đồng một ngày nhân số ngày ăn"
