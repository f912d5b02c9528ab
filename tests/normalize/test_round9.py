"""Round 9 (issue 29): shapes the annotators of several batches read alike and Loa misread by their form (a 12-hour
time's part of the day, the sign of a rising percent, Roman numerals after a name or an annex, ...)."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

CTX = load_context()
READ = Normalizer(CTX)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("lúc 9:33 AM (GMT+7)", "lúc chín giờ ba mươi ba phút sáng, giê em tê cộng bảy"),
        ("| 4:53:27 PM", "bốn giờ năm mươi ba phút hai mươi bảy giây chiều"),
        ("03:00 PM 07/02/2015", "ba giờ chiều ngày mồng bảy tháng hai năm hai nghìn không trăm mười lăm"),
        ("lúc 8:15 PM", "lúc tám giờ mười lăm phút tối"),
        (
            "09.01.2025 | 19:04 PM",
            "ngày mồng chín tháng một năm hai nghìn không trăm hai mươi lăm, mười chín giờ bốn phút tối",
        ),
    ],
)
def test_a_twelve_hour_time_is_said_with_its_part_of_the_day(written: str, spoken: str) -> None:
    assert READ.text(written) == spoken


def test_a_plus_before_a_percent_change_is_said_cong() -> None:
    assert READ.text("tăng 20 cent (+0,2%) lên") == "tăng hai mươi xen, cộng không phẩy hai phần trăm, lên"


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("thôn Chu Lìn II, xã Trung Chải", "thôn Chu Lìn hai, xã Trung Chải"),
        ("Trạm bơm Kênh Vàng III gồm", "Trạm bơm Kênh Vàng ba gồm"),
        ("thuộc Phụ lục I nghị định", "thuộc Phụ lục một nghị định"),
        ("V. I. Lê-nin", "vê i Lê nin"),
    ],
)
def test_a_roman_numeral_after_a_name_or_an_annex_is_a_number(written: str, spoken: str) -> None:
    assert READ.text(written) == spoken


def test_a_phone_in_dotted_groups_of_two_is_read_in_its_groups() -> None:
    assert READ.text("gọi số 0967.77.10.10") == "gọi số không chín sáu bảy, bảy bảy, một không, một không"


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Biển báo cấm ô tô tải P.106a (không", "Biển báo cấm ô tô tải pê một trăm linh sáu a, không"),
        ("Biển báo cấm tải P.115 hạn chế", "Biển báo cấm tải pê một trăm mười lăm hạn chế"),
        ("P.12, Q.3", "phường mười hai, quận ba"),
    ],
)
def test_a_road_sign_code_is_its_letter_and_number_and_a_ward_keeps_two_digits(written: str, spoken: str) -> None:
    assert READ.text(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("75.000đ/tháng/trẻ 5T", "bảy mươi lăm nghìn đồng một tháng một trẻ năm tuổi"),
        ("từ 1,5T trở lên", "từ một phẩy năm tấn trở lên"),
        ("ảnh 1Tổng thống", "ảnh một Tổng thống"),
    ],
)
def test_a_t_glued_to_a_number_is_a_childs_age_or_a_decimal_load(written: str, spoken: str) -> None:
    assert READ.text(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("tuyển sinh1.1. Hình thức", "tuyển sinh. một chấm một, Hình thức"),
        ("1./Khách quốc tế", "Một, Khách quốc tế"),
        ("tăng 1.5. Nay", "tăng một phẩy năm. Nay"),
    ],
)
def test_a_section_number_glued_to_the_word_before_it_or_after_a_slash_opens_a_section(
    written: str, spoken: str
) -> None:
    assert READ.text(written) == spoken


def test_numeral_capitals_glued_to_a_number_are_spelled_so_a_second_reading_keeps_them() -> None:
    """Found by test_idempotent: `thứ I0h` was read "thứ I không h", which read again says "thứ nhất"."""
    once = READ.line("thứ I0h")
    assert once == "thứ i không h"
    assert READ.line(once) == once
