"""Issue 29, round 44: the misses of blind batches an and ao (now development batches) that any notice of their
kind may hold: a source compiled (`T/h`), a spaced degree sign, an hour named twice, a fuel grade, a machine's
address, a year after a comma."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Minh An(T/h)", "Minh An, tổng hợp"),  # ao1
        ("T/h: Xuân Cường", "tổng hợp, Xuân Cường"),  # y2
        ("Phòng Thanh tra pháp chế t/h", "Phòng Thanh tra pháp chế tổng hợp"),  # ao2
        ("- Các tổ chức, cá nhân có liên quan ( T/h);", "Các tổ chức, cá nhân có liên quan, thực hiện"),  # c2
    ],
)
def test_t_slash_h_is_a_compiled_source_or_on_a_recipient_list_to_carry_out(written: str, spoken: str) -> None:
    assert N.line(written) == spoken


def test_t_slash_h_after_a_number_is_left_to_the_units() -> None:
    assert "tổng hợp" not in N.line("công suất 60 t/h")


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("nhiệt độ cao nhất khoảng 33 o C,", "nhiệt độ cao nhất khoảng ba mươi ba độ xê"),  # ao1
        ("khoảng 33 oC", "khoảng ba mươi ba độ xê"),
        ("lớp 5 o Cần Thơ", "lớp năm o Cần Thơ"),  # a word after o is no C
    ],
)
def test_a_spaced_small_o_before_c_is_the_degree_sign(written: str, spoken: str) -> None:
    assert N.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("từ 0h00 giờ đến 0h15", "từ không giờ đến không giờ mười lăm phút"),  # an2
        ("lúc 9h45 giờ Việt Nam", "lúc chín giờ bốn mươi lăm phút giờ Việt Nam"),  # ah1: a place's clock
        ("16h09 giờ địa phương", "mười sáu giờ chín phút giờ địa phương"),
    ],
)
def test_an_hour_typed_with_h_says_gio_once_unless_a_place_clock_follows(written: str, spoken: str) -> None:
    assert N.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (
            "xăng RON95-3 ở mức 24.800 đồng/lít",
            "xăng rôn chín mươi lăm ba ở mức hai mươi tư nghìn tám trăm đồng một lít",
        ),
        ("xăng E5RON92 có giá", "xăng e năm rôn chín mươi hai có giá"),  # an2
        ("xăng RON 95-III", "xăng rôn chín mươi lăm ba"),
        ("xăng E5 RON 92-II", "xăng e năm rôn chín mươi hai hai"),
    ],
)
def test_a_petrol_grade_is_read_as_numbers_not_letters(written: str, spoken: str) -> None:
    assert N.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (
            "địa chỉ IP: 45.76.234.141 đã",
            "địa chỉ i pê, bốn mươi lăm chấm bảy mươi sáu chấm hai trăm ba mươi tư chấm một trăm bốn mươi mốt đã",
        ),  # al1
        ("máy chủ 192.168.1.10", "máy chủ một trăm chín mươi hai chấm một trăm sáu mươi tám chấm một chấm mười"),
        ("giá 1.200.100.100 đồng", "giá một tỷ hai trăm triệu một trăm nghìn một trăm đồng"),  # threes: an amount
    ],
)
def test_four_numbers_to_255_with_dots_are_a_machine_address(written: str, spoken: str) -> None:
    assert N.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Thứ Hai, 31 tháng 8, 2015", "Thứ Hai, ba mươi mốt tháng tám, năm hai nghìn không trăm mười lăm"),  # an2
        ("Ngày 18 tháng 7, 2025/ Cơ quan", "Ngày mười tám tháng bảy, năm hai nghìn không trăm hai mươi lăm, Cơ quan"),
        ("tăng 5 tháng 8, 2000 người", "tăng năm tháng tám, hai nghìn người"),  # a count, no year
    ],
)
def test_a_year_after_a_written_day_month_and_comma_says_nam(written: str, spoken: str) -> None:
    assert N.line(written) == spoken


def test_eu_is_said_by_its_letter_names() -> None:
    """E is "e" among the letter names (the guide; 6 spans to 3 "ê u")."""
    assert N.line("thượng đỉnh EU") == "thượng đỉnh e u"
