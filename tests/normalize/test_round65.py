"""Issue 29, round 65: people of world news from general knowledge, and what bd1 and bd2 showed."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Tổng thống Brazil Dilma Rousseff và Thủ tướng Anh", "Tổng thống Bra xin Đin ma Ru xép và Thủ tướng Anh"),
        ("Bộ trưởng Tài chính Mỹ Scott Bessent phát biểu", "Bộ trưởng Tài chính Mỹ Xcốt Bét xần phát biểu"),
        ("Cristiano Ronaldo và Lionel Messi", "Crít xti a nô Rô nan đô và Li ô nen Mét xi"),
        ("ông Tillerson cho biết", "ông Ti lơ xơn cho biết"),  # the family name alone, as papers write it
    ],
)
def test_people_of_world_news_are_read_as_the_press_writes_them(written: str, spoken: str) -> None:
    assert N.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Tại Q.Thanh Xuân, khu vực P.Khương Thượng,", "Tại quận Thanh Xuân, khu vực phường Khương Thượng"),  # bd1
        ("Nguyễn Văn P. Hùng", "Nguyễn Văn pê Hùng"),  # a name before it: an initial, as before
        ("TT - Ngày 26-4, thay mặt Hội đồng bầu cử,", "Tuổi Trẻ, Ngày hai mươi sáu tháng tư, thay mặt Hội đồng bầu cử"),
        ("và thực tập sinh IM Japan (lao động", "và thực tập sinh i em Gia pan, lao động"),  # bd2
        (
            "10:10' - 31/05/2021",  # bd1: a minute mark after a clock is not read
            "mười giờ mười phút, ngày ba mươi mốt tháng năm năm hai nghìn không trăm hai mươi mốt",
        ),
    ],
)
def test_what_bd1_and_bd2_showed(written: str, spoken: str) -> None:
    assert N.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (  # bd1, round 66: two latitudes with a dash are a range; a degree sign before the letter names a position
            "Vùng nguy hiểm: 11,5°N–18,5°N;",
            "Vùng nguy hiểm, mười một phẩy năm độ Vĩ Bắc đến mười tám phẩy năm độ Vĩ Bắc",
        ),
        (  # ak1: an o typed for the degree, and the English decimal dot
            "khoảng 15.8oN; 109.6oE, cách Đà Nẵng",
            "khoảng mười lăm phẩy tám độ Vĩ Bắc, một trăm linh chín phẩy sáu độ Kinh Đông, cách Đà Nẵng",
        ),
        ("tâm bão ở 16,8N-115,3E", "tâm bão ở mười sáu phẩy tám độ Vĩ Bắc, một trăm mười lăm phẩy ba độ Kinh Đông"),
        ("đi Nhật Bản đợt 1.2021 trong", "đi Nhật Bản đợt một năm hai nghìn không trăm hai mươi mốt trong"),  # ap2
        ("số 1.2024", "số một phẩy hai không hai bốn"),  # only a period's number: as before
    ],
)
def test_round_66_latitudes_and_periods_of_a_year(written: str, spoken: str) -> None:
    assert N.line(written) == spoken
