"""Issue 29, round 186, from go1 and go2: a storm's pressure in hectopascals, a day span opened by "từ ngày", a
hyphened pair whose second name has two words, and table rows: Turkey's president, a byline, a supermarket chain."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "said"),
    [
        # hPa "pát xcan" since round 224 (4 annotations to 2 "pa")
        ("áp suất trung tâm là 996 hPa.", "áp suất trung tâm là chín trăm chín mươi sáu héc tô pát xcan."),
        ("khoảng 935 mbar", "khoảng chín trăm ba mươi lăm mi li ba"),
    ],
)
def test_a_storms_pressure_is_read_in_its_unit(written: str, said: str) -> None:
    assert N.line(written) == said


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("từ ngày 5-12 đến 7-12.", "từ ngày mồng năm tháng mười hai đến ngày mồng bảy tháng mười hai."),
        ("từ 5-12 đến 7-12", "từ ngày mồng năm tháng mười hai đến ngày mồng bảy tháng mười hai"),
        ("tăng từ 3-5 người", "tăng từ ba đến năm người"),
    ],
)
def test_a_day_span_opened_by_tu_ngay(written: str, said: str) -> None:
    assert N.line(written) == said


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("Australia-New Zealand đồng lòng", "Ô xtrây li a, Niu Di lân đồng lòng"),
        ("Israel-Hamas", "I xra en, Ha mát"),
        ("Ouest-France", "u ét phran xê"),
    ],
)
def test_a_hyphened_pair_whose_second_name_has_two_words(written: str, said: str) -> None:
    assert N.line(written) == said


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("Tổng thống Recep Tayyip Erdogan", "Tổng thống Rê giép Tai íp Éc đô gan"),
        ("TGVN. Ngày 5/3, Cơ quan", "Thế giới và Việt Nam. Ngày mồng năm tháng ba, Cơ quan"),
        ("Siêu thị Co.op Mart Sóc Trăng", "Siêu thị Cô óp mát Sóc Trăng"),
        ("Tổ chức Guinness Việt Nam", "Tổ chức Ghi nét Việt Nam"),
    ],
)
def test_names_the_tables_read(written: str, said: str) -> None:
    assert N.line(written) == said
