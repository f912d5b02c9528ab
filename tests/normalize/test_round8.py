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
    # `(m)` alone in brackets is a column's metres since round 213 (`Bảng mực nước … (m)`: 5 spans of 5); a letter
    # no unit is stays a letter
    assert READ.text("Giá (G)") == "Giá, giê"


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


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("từ 12 đến 18-1", "từ ngày mười hai đến ngày mười tám tháng một"),
        ("trong 3 ngày: từ 13 đến hết 15-2.", "trong ba ngày, từ ngày mười ba đến hết ngày mười lăm tháng hai."),
        ("nghỉ lễ (từ 1 đến 4/9).", "nghỉ lễ, từ ngày mồng một đến ngày mồng bốn tháng chín."),
        ("được bắn pháo hoa cả dịp 30-4.", "được bắn pháo hoa cả dịp ba mươi tháng tư."),
    ],
)
def test_two_days_with_the_month_written_once_after_the_last_are_dates(written: str, spoken: str) -> None:
    assert READ.text(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [("từ 3-5 người", "từ ba đến năm người"), ("từ 2 đến 5 ngày", "từ hai đến năm ngày")],
)
def test_a_count_from_to_stays_a_range(written: str, spoken: str) -> None:
    assert READ.text(written) == spoken


def test_two_months_with_the_year_written_once_are_a_month_span() -> None:
    assert READ.text("Đợt 1 từ tháng 4 - 5/2012") == (
        "Đợt một từ tháng tư đến tháng năm năm hai nghìn không trăm mười hai"
    )


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("trong chiến thắng 5-0 của Bồ Đào Nha", "trong chiến thắng năm không của Bồ Đào Nha"),
        ("hòa 1-1", "hòa một một"),
    ],
)
def test_a_score_after_a_win_or_a_draw_is_no_range(written: str, spoken: str) -> None:
    assert READ.text(written) == spoken


def test_a_whole_hour_before_a_programme_s_colon_says_no_minutes() -> None:
    assert READ.text("- Từ 08 giờ 00 đến 9 giờ 00: Tổ chức lễ dâng hương;") == (
        "Từ tám giờ đến chín giờ, Tổ chức lễ dâng hương"
    )


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("(1 phố Xốm, P.Phú Lãm, Q.Hà Đông, Hà Nội)", "một phố Xốm, phường Phú Lãm, quận Hà Đông, Hà Nội"),
        ("45 Phạm Ngọc Thạch, Q.3, TP.HCM", "bốn mươi lăm Phạm Ngọc Thạch, quận ba, Thành phố Hồ Chí Minh"),
    ],
)
def test_q_and_p_before_a_place_are_district_and_ward(written: str, spoken: str) -> None:
    assert READ.text(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [("- Lưu VP, P.KT.", "Lưu Văn phòng, pê ca tê."), ("V.Duẩn - Q.Nhật", "vê Duẩn, quy Nhật")],
)
def test_q_and_p_before_an_office_or_a_given_name_are_left(written: str, spoken: str) -> None:
    assert READ.text(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [("tiêm ½ liều", "tiêm một phần hai liều"), ("¾ diện tích", "ba phần tư diện tích")],
)
def test_a_fraction_sign_is_read(written: str, spoken: str) -> None:
    assert READ.text(written) == spoken


def test_a_decree_s_number_and_year_say_nam() -> None:
    assert READ.text("theo Nghị định 36/2009 của Chính phủ") == (
        "theo Nghị định ba mươi sáu năm hai nghìn không trăm linh chín của Chính phủ"
    )
