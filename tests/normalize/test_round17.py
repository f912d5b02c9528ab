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
