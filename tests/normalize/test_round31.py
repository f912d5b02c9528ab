"""Round 31 (issue 29): dates where numbers were written and numbers where dates were. A grade over its scale, a
comma list of wards or months, a week between two dotted days and "hôm qua" before a day: a listener hears a wrong
day or number, as bad as a wrong sign."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

READ = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("tối thiểu 3.2/4.0.", "tối thiểu ba phẩy hai trên bốn."),
        ("điểm 8,5/10,0 trở lên", "điểm tám phẩy năm trên mười trở lên"),
    ],
)
def test_a_grade_over_a_scale_written_with_its_zero_is_no_date(written: str, spoken: str) -> None:
    """Batch d2: `3.2/4.0` was "ba.ngày mồng hai tháng tư. không"."""
    assert READ.line(written) == spoken


def test_a_slash_date_without_a_scale_zero_stays_a_date() -> None:
    assert READ.line("ngày 2/4") == "ngày mồng hai tháng tư"


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Quận 6 (Phường 1,2,3,4,5,6);", "Quận sáu, Phường một, hai, ba, bốn, năm, sáu"),
        ("như quận 1,2,3,5,9 và", "như quận một, hai, ba, năm, chín và"),
        ("(Phường 15,17, 19,21)", "Phường mười lăm, mười bảy, mười chín, hai mươi mốt"),
        ("tháng 6,7 vừa qua huyện", "tháng sáu, tháng bảy vừa qua huyện"),
    ],
)
def test_numbers_listed_with_tight_commas_after_a_ward_or_month_are_a_list(written: str, spoken: str) -> None:
    """Batches z1 and ac1: `Phường 1,2,3` was "một phẩy hai, ba", `tháng 6,7` "tháng sáu phẩy bảy"."""
    assert READ.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("khoảng 1,5 tháng 2,5 tháng", "khoảng một phẩy năm tháng hai phẩy năm tháng"),
        ("mực nước thấp 8,42 m", "mực nước thấp tám phẩy bốn mươi hai mét"),
        ("tháng 6,7%", "tháng sáu phẩy bảy phần trăm"),
    ],
)
def test_a_decimal_after_those_words_stays_a_decimal(written: str, spoken: str) -> None:
    assert READ.line(written) == spoken


def test_two_dotted_day_months_after_ngay_joined_by_a_dash_are_a_span_of_days() -> None:
    """Batch z1: `từ ngày 31.8 - 6.9` was "ba mươi mốt phẩy tám đến sáu phẩy chín"."""
    assert READ.line("Tuần từ ngày 31.8 - 6.9, TP") == (
        "Tuần từ ngày ba mươi mốt tháng tám đến ngày mồng sáu tháng chín, thành phố"
    )


def test_amounts_after_ngay_joined_by_a_dash_stay_amounts() -> None:
    assert READ.line("mỗi ngày 2.5 - 3.5 triệu") == "mỗi ngày hai phẩy năm đến ba phẩy năm triệu"


def test_hom_qua_before_a_dotted_day_month_names_a_day() -> None:
    """Batch t2: `Hôm qua 6.1` was "sáu phẩy một"."""
    assert READ.line("Hôm qua 6.1, nông dân") == "Hôm qua ngày mồng sáu tháng một, nông dân"  # "ngày": round 81


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Cộng Hoà, BCH QS huyện, Công an huyện", "Cộng Hoà, Ban Chỉ huy Quân sự huyện, Công an huyện"),
        ("tại hội trường BCH Quân sự thành phố", "tại hội trường Ban Chỉ huy Quân sự thành phố"),
        ("BCH Đoàn xã phối hợp", "Ban Chấp hành Đoàn xã phối hợp"),
        ("Văn hóa - Xã hội - ANQP", "Văn hóa, Xã hội, An ninh quốc phòng"),
        ("Khu QLĐB III vừa có văn bản", "Khu Quản lý đường bộ ba vừa có văn bản"),
        ("( PHUNUTODAY ) - Hiện nay", "Phụ nữ tu đây, Hiện nay"),
    ],
)
def test_abbreviations_of_boards_and_bodies_are_said_in_words(written: str, spoken: str) -> None:
    """Batches d2, ad1, ad2: BCH before QS is the military command board, not the party's executive committee."""
    assert READ.line(written) == spoken
