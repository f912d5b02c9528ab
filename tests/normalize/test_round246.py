"""Issue 29, round 246, from blind batches jv1, jv2, jw1 and jw2 after their scores: a boat's number with its
province's code, a position in degrees, minutes and seconds, a bracket that says the words before it again, a plus
alone in a table's cell, a falling day and month with a dash, and rows."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("sự cố tàu cá QNg 90424 TS bị mắc cạn", "sự cố tàu cá quy en nờ giê chín không bốn hai bốn tê ét bị mắc cạn"),
        (
            "tại tọa độ 10°42'25\" độ vĩ Bắc",
            "tại tọa độ mười độ bốn mươi hai phút hai mươi lăm giây độ vĩ Bắc",
        ),
        ("đồng yên Nhật (JPY) suy yếu", "đồng yên Nhật suy yếu"),
        ("|+ 40", "tăng bốn mươi"),
        ("Tin tức thế giới 24-9: Trong lá thư", "Tin tức thế giới ngày hai mươi tư tháng chín, Trong lá thư"),
        ("sầu riêng RI6 đẹp", "sầu riêng Ri sáu đẹp"),
        ("Đắk Mil cạn nước", "Đắk Mil cạn nước"),
        ("(THTG) Ngày 08-6,", "Truyền hình Tiền Giang, Ngày mồng tám tháng sáu"),
        ("Theo hãng tin Sky News, việc", "Theo hãng tin Xcai Niu, việc"),
        ("Ảnh: Shutterstock", "Ảnh, Sắt tơ xtốc"),
        ("pha 10% ethanol", "pha mười phần trăm ê ta non"),
        (
            "Kế hoạch số 183-KH/TWĐTN-TNNT",
            "Kế hoạch số một trăm tám mươi ba, Trung ương Đoàn thanh niên Thanh niên nông thôn",
        ),
    ],
)
def test_what_jv1_to_jw2_showed(written: str, spoken: str) -> None:
    assert N.text(written) == spoken


def test_a_count_of_candidates_is_still_thi_sinh() -> None:
    assert N.text("có 25 TS dự thi") == "có hai mươi lăm thí sinh dự thi"


def test_degrees_and_minutes_without_seconds_are_read() -> None:
    assert N.text("vị trí 16°05′ Bắc") == "vị trí mười sáu độ năm phút Bắc"


def test_a_bracket_that_says_something_else_is_kept() -> None:
    assert N.text("Quỹ Tiền tệ Quốc tế (IMF) dự báo") == "Quỹ Tiền tệ Quốc tế, i em ép, dự báo"


def test_a_minus_alone_in_a_cell_keeps_its_sign() -> None:
    assert N.text("| -2 |") == "âm hai"


@pytest.mark.parametrize("written", ["trong 30-5 ngày", "khoảng 15-20,"])
def test_a_dash_that_is_no_falling_day_and_month_is_left_to_the_ranges(written: str) -> None:
    assert "tháng" not in N.text(written)
