"""Issue 29, round 245, from blind batches ju1 and ju2 after their scores: a portal's month-first date, a school's
term, a score after a team's name, and rows."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (
            "1/14/2022 5:34:00 PM",
            "ngày mười bốn tháng một năm hai nghìn không trăm hai mươi hai, năm giờ ba mươi tư phút chiều",
        ),
        ("trong HK 1 năm học", "trong học kỳ một năm học"),
        ("thắng ngược Marseille 2-1", "thắng ngược Mác xây hai một"),
        ("(ĐS&PL) - Ngày 15/9", "Đời sống và Pháp luật, Ngày mười lăm tháng chín"),
        ("Số: 187/TB-KT&QLCL", "Số, một trăm tám mươi bảy, thông báo Khảo thí và Quản lý chất lượng"),
        ("do phòng ĐTĐH tách lớp", "do phòng Đào tạo đại học tách lớp"),
        ("Tiền đạo Kylian Mbappe", "Tiền đạo Ky li an Em báp pê"),
        ("(Nguồn Le Monde)", "Nguồn Lơ Mông đơ"),
        ("như Carrefour, Airbus", "như Ca rơ phua, E bớt"),
        ("năng lượng phi carbon", "năng lượng phi các bon"),
    ],
)
def test_what_ju1_and_ju2_showed(written: str, spoken: str) -> None:
    assert N.text(written) == spoken


def test_a_date_whose_both_numbers_may_be_months_keeps_the_day_first() -> None:
    assert N.text("06/01/2022") == "ngày mồng sáu tháng một năm hai nghìn không trăm hai mươi hai"


@pytest.mark.parametrize("written", ["HKI", "HK II", "HK3"])
def test_every_term_number_after_hk_is_a_term(written: str) -> None:
    assert N.text(written).startswith("học kỳ ")


def test_hk_inside_other_letters_or_before_a_decimal_is_not_a_term() -> None:
    assert "học kỳ" not in N.text("đài NHK 1") + N.text("HK 1.5")
