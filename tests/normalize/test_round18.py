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
