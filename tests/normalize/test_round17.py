"""Round 17 (issue 29): shapes and words of batches q1 and q2 the annotators of every batch agree on."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

READ = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("dao động ở mức BĐ1-BĐ2.", "dao động ở mức báo động một đến báo động hai."),
        ("lên mức BĐ 2 – BĐ 3, có sông trên BĐ3", "lên mức báo động hai đến báo động ba, có sông trên báo động ba"),
        ("mức BĐII-BĐIII", "mức báo động hai đến báo động ba"),
    ],
)
def test_a_dash_between_two_alarm_levels_is_a_range(written: str, spoken: str) -> None:
    assert READ.line(written) == spoken


def test_a_bare_alarm_level_after_a_word_of_height_is_said_bao_dong() -> None:
    assert READ.line("một số trạm đã lên trên BĐ và vượt") == "một số trạm đã lên trên báo động và vượt"


def test_a_bare_bd_elsewhere_is_not_taken_for_an_alarm_level() -> None:
    assert "báo động" not in READ.line("Bưu điện BĐ huyện")


def test_a_roman_term_glued_to_khoa_is_read_as_its_number() -> None:
    assert READ.line("của HĐND tỉnh khóaXII.") == "của Hội đồng nhân dân tỉnh khóa mười hai."


def test_a_number_glued_to_lit_is_a_volume_in_a_range_per_unit() -> None:
    assert READ.line("(với liều lượng 0,5-1lít/m2)") == "với liều lượng không phẩy năm đến một lít một mét vuông"


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Ảnh: Minh Quyết/TTXVN", "Ảnh, Minh Quyết, Thông tấn xã Việt Nam"),
        ("(Ảnh minh họa: Nguyễn Hoàng/TTXVN)", "Ảnh minh họa, Nguyễn Hoàng, Thông tấn xã Việt Nam"),
    ],
)
def test_a_body_in_capitals_after_a_name_and_a_slash_is_read_as_its_words(written: str, spoken: str) -> None:
    assert READ.line(written) == spoken


def test_a_unit_slash_after_a_capitalised_word_is_still_per() -> None:
    assert READ.line("giá 20.000 Đồng/kg") == "giá hai mươi nghìn Đồng một ki lô gam"


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("tiêm văcxin phòng sởi", "tiêm vắc xin phòng sởi"),
        ("Đồng chí Lê Minh Tuấn, TUV, Bí thư Huyện ủy", "Đồng chí Lê Minh Tuấn, Tỉnh ủy viên, Bí thư Huyện ủy"),
        ("VPUB – Lễ hội đua thuyền", "Văn phòng Ủy ban, Lễ hội đua thuyền"),
        ("ngoài CHLB Đức", "ngoài Cộng hòa Liên bang Đức"),
        ("Sở GT-VT Hà Nội", "Sở Giao thông Vận tải Hà Nội"),
        ("sắp tới, Htx triển khai", "sắp tới, hợp tác xã triển khai"),
    ],
)
def test_words_of_official_life_and_vaccination_any_province_writes(written: str, spoken: str) -> None:
    assert READ.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Malaysia, Romania và Ả Rập Saudi.", "Ma lai xi a, Ru ma ni và Ả Rập Xê út."),
        ("qua cổng thanh toán KeyPay.", "qua cổng thanh toán ki pây."),
        ("bằng dung dịch Chloramin", "bằng dung dịch clo ra min"),
        ("Formol 2-3%", "phoóc môn hai đến ba phần trăm"),
        ("Wednesday, 18/03/2026", "thứ Tư, ngày mười tám tháng ba năm hai nghìn không trăm hai mươi sáu"),
        ("các biện pháp PCCCR trong mùa khô", "các biện pháp phòng cháy, chữa cháy rừng trong mùa khô"),
        (
            "Văn bản số 1379/SNNPTNT, ngày",
            "Văn bản số một nghìn ba trăm bảy mươi chín, Sở Nông nghiệp và Phát triển nông thôn, ngày",
        ),
        ("06:30 11:00 TBA Phúc Thọ 6", "từ sáu giờ ba mươi phút đến mười một giờ trạm biến áp Phúc Thọ sáu"),
        ("09:00 13:00 Khu CN Nam Cấm", "từ chín giờ đến mười ba giờ Khu công nghiệp Nam Cấm"),
        ("HĐND, UBND, UB MTTQ Việt Nam xã", "Hội đồng nhân dân, Ủy ban nhân dân, Ủy ban Mặt trận Tổ quốc Việt Nam xã"),
        ("GiadinhNet - Ban chỉ đạo", "gia đình nét, Ban chỉ đạo"),
    ],
)
def test_words_of_farms_power_cuts_and_pages_any_notice_writes(written: str, spoken: str) -> None:
    assert READ.line(written) == spoken


def test_a_river_flow_in_cubic_kilometres_glued_after_a_range() -> None:
    assert READ.line("từ 120-160km3 nước") == "từ một trăm hai mươi đến một trăm sáu mươi ki lô mét khối nước"


def test_a_year_month_day_date_is_read_as_a_date() -> None:
    spoken = "hai năm trước, ngày mồng mười tháng chín năm hai nghìn không trăm hai mươi mốt"
    assert READ.line("hai năm trước (2021-09-10)") == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("2.1 Quy Trình Khám Sức Khỏe", "Hai chấm một, Quy Trình Khám Sức Khỏe"),
        ("tính toán SDG 2.4.1 (Tỷ lệ", "tính toán ét dê giê hai chấm bốn chấm một, Tỷ lệ"),
    ],
)
def test_numbers_joined_by_dots_are_a_section_not_a_decimal(written: str, spoken: str) -> None:
    assert READ.line(written) == spoken


def test_a_dotted_date_is_still_a_date() -> None:
    assert READ.line("ngày 2.4.2021") == "ngày mồng hai tháng tư năm hai nghìn không trăm hai mươi mốt"


def test_the_end_of_a_span_opened_by_a_dash_date_is_a_date() -> None:
    spoken = "từ ngày ba mươi mốt tháng ba đến ngày mồng hai tháng tư có mưa"
    assert READ.line("từ ngày 31-3 đến 2-4 có mưa") == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Cập nhật ngày: 14/03/2019", "Cập nhật ngày, mười bốn tháng ba năm hai nghìn không trăm mười chín"),
        ("Ngày: 08/03/2012", "Ngày, ngày mồng tám tháng ba năm hai nghìn không trăm mười hai"),
    ],
)
def test_a_date_after_a_labelled_ngay_is_not_given_a_second_ngay(written: str, spoken: str) -> None:
    assert READ.line(written) == spoken
