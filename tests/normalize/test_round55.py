"""Issue 29, round 55: what batch av1 (now development) showed that any notice may hold."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (
            "tăng mạnh từ 1,300 đến 1,800 đồng/kg",
            "tăng mạnh từ một nghìn ba trăm đến một nghìn tám trăm đồng một ki lô gam",
        ),
        ("tăng 1,300 - 1,800 đồng/kg", "tăng một nghìn ba trăm đến một nghìn tám trăm đồng một ki lô gam"),
        ("từ 1,5 đến 2,300 đồng", "từ một phẩy năm đến hai nghìn ba trăm đồng"),  # a decimal stays a decimal
        ("mực nước 1,325 - 1,475 m", "mực nước một phẩy ba trăm hai mươi lăm đến một phẩy bốn trăm bảy mươi lăm mét"),
    ],
)
def test_the_first_of_a_range_takes_its_ends_thousands_comma(written: str, spoken: str) -> None:
    assert N.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("thôn H’juh sang thôn Cha’lăng để", "thôn Hơ giu sang thôn Cha lăng để"),  # av1
        ("huyện Ea H'leo", "huyện e a Hơ leo"),
        ("Don't", "Don't"),  # an English contraction is no highland name
    ],
)
def test_an_apostrophe_in_a_highland_name_before_j_or_between_two_syllables(written: str, spoken: str) -> None:
    assert N.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("từ ngày 15 - 29 tháng 12", "từ ngày mười lăm đến ngày hai mươi chín tháng mười hai"),  # was a pause
        ("(tức ngày 15 ‑ 29 tháng Chạp)", "tức ngày mười lăm đến ngày hai mươi chín tháng Chạp"),  # av2, U+2011
        ("(6 - 8 tháng Giêng)", "mồng sáu đến mồng tám tháng Giêng"),
        ("từ mùng 2 – 6 tháng giêng", "từ mùng hai đến mùng sáu tháng giêng"),
        ("ngày 6 - 8 tháng 3", "ngày mồng sáu đến ngày mồng tám tháng ba"),  # was "mồng sáu tháng tám tháng ba"
        ("lợn 3 - 5 tháng tuổi", "lợn ba đến năm tháng tuổi"),  # an age in months: no days
        ("Sáng ngày 9 - 9", "Sáng ngày mồng chín tháng chín"),  # no month after: the news date
    ],
)
def test_a_dash_between_two_days_before_their_month_is_a_span_of_days(written: str, spoken: str) -> None:
    assert N.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("giá 100\u2011200 đồng", "giá một trăm đến hai trăm đồng"),  # a non-breaking hyphen
        ("ngày 15\u00ad/3", "ngày mười lăm tháng ba"),  # a soft hyphen
        ("ngày 15\u200b/3", "ngày mười lăm tháng ba"),  # a zero-width space
        ("ngày 15\u2012 20/3", "ngày mười lăm đến ngày hai mươi tháng ba"),  # a figure dash
        ("Nước sạch & VSMT nông thôn", "Nước sạch và vệ sinh môi trường nông thôn"),  # av2
        (
            "Công văn số 2191/BNN-TCTL ngày",
            "Công văn số hai nghìn một trăm chín mươi mốt, Bộ Nông nghiệp và Phát triển nông thôn Tổng cục Thủy lợi ngày",
        ),
    ],
)
def test_web_marks_fold_to_the_marks_the_rules_read_and_av2_words(written: str, spoken: str) -> None:
    assert N.line(written) == spoken
