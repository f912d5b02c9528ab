"""Round 18 (issue 29): shapes and words of batches r1 and r2 the annotators of every batch agree on."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

READ = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Độ mặn 4 gam/lít", "Độ mặn bốn gam trên lít"),
        ("mức 13,2 gram/lít", "mức mười ba phẩy hai gam trên lít"),
    ],
)
def test_a_concentration_written_out_is_a_measure_per_a_measure(written: str, spoken: str) -> None:
    assert READ.line(written) == spoken


def test_a_pepper_grade_in_symbols_keeps_mot_as_every_annotator_read_it() -> None:
    assert READ.line("loại 500 g/l") == "loại năm trăm gam một lít"


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("đạt 390,75 US cent/pound", "đạt ba trăm chín mươi phẩy bảy mươi lăm xen Mỹ một pao"),
        ("tăng 12,65 cent/pound", "tăng mười hai phẩy sáu mươi lăm xen một pao"),
        ("giảm 1,75 US cent (0,93%)", "giảm một phẩy bảy mươi lăm xen Mỹ, không phẩy chín mươi ba phần trăm"),
    ],
)
def test_a_coffee_price_in_us_cents_a_pound(written: str, spoken: str) -> None:
    assert READ.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("IV/ Chế độ ưu tiên", "Bốn. Chế độ ưu tiên"),
        ("I/ Đối tượng: Nhà trường", "Một. Đối tượng, Nhà trường"),
        ("III.CÁCH THỰC HIỆN:", "Ba. cách thực hiện"),
    ],
)
def test_a_roman_heading_with_a_slash_or_a_glued_dot_is_its_number(written: str, spoken: str) -> None:
    assert READ.line(written) == spoken


def test_a_letter_heading_with_a_slash_is_not_taken_for_a_hundred() -> None:
    assert "trăm" not in READ.line("C/ Nội dung")


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("từ 21h đến 21h15 phút.", "từ hai mươi mốt giờ đến hai mươi mốt giờ mười lăm phút."),
        ("từ 08 giờ 00 đến 23 giờ 00 hàng ngày.", "từ tám giờ đến hai mươi ba giờ hàng ngày."),
    ],
)
def test_minutes_are_said_once_and_zero_minutes_not_at_all(written: str, spoken: str) -> None:
    assert READ.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("mạo danh EVN CSKH", "mạo danh e vê en chăm sóc khách hàng"),
        ("của Trung tâm DVNN huyện", "của Trung tâm dịch vụ nông nghiệp huyện"),
        ("Công văn số 19/HD-TTDVNN", "Công văn số mười chín, hướng dẫn Trung tâm dịch vụ nông nghiệp"),
        ("Nhà văn hóa dân tộc Khmer", "Nhà văn hóa dân tộc Khơ me"),
    ],
)
def test_words_of_utilities_districts_and_ethnic_groups(written: str, spoken: str) -> None:
    assert READ.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Một phần đường 30/4, Nguyễn Thị Minh Khai", "Một phần đường ba mươi tháng tư, Nguyễn Thị Minh Khai"),
        ("Tại khu vực Công viên 14/8 trung tâm huyện.", "Tại khu vực Công viên mười bốn tháng tám trung tâm huyện."),
    ],
)
def test_a_street_or_park_named_after_a_day_is_said_without_ngay(written: str, spoken: str) -> None:
    assert READ.line(written) == spoken


def test_a_day_on_the_way_is_still_a_date() -> None:
    assert READ.line("trên đường 30/4 về quê") == "trên đường ngày ba mươi tháng tư về quê"


def test_an_arrow_before_the_next_step_of_a_guide_is_a_pause() -> None:
    assert READ.line("thực hiện thủ tục => Chọn “CƠ QUAN”") == "thực hiện thủ tục, Chọn cơ quan"


def test_a_to_z_is_from_a_to_z() -> None:
    assert READ.line("Hướng dẫn đăng ký (A-Z)") == "Hướng dẫn đăng ký, từ a đến dét"
