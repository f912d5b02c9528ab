"""Issue 29, round 172, from fy1, fy2 and fz2: a date after "ngày" and a weekday says no second "ngày"; a holiday's
dashed date after "Độc lập"; a decimal point before a degree typed as 0; two initials."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "said"),
    [
        (
            "vào ngày chủ nhật 23/5/2021, đây",
            "vào ngày chủ nhật hai mươi ba tháng năm năm hai nghìn không trăm hai mươi mốt, đây",
        ),
        ("vào ngày Thứ Sáu 26-1.", "vào ngày Thứ Sáu hai mươi sáu tháng một."),
        ("vào ngày thứ 7, 10-1.", "vào ngày thứ bảy, mồng mười tháng một."),
        ("vào thứ 7, 10-1.", "vào thứ bảy, ngày mồng mười tháng một."),
        ("trong ngày thứ hai (26/2), gồm", "trong ngày thứ hai, ngày hai mươi sáu tháng hai, gồm"),
        ("lần thứ 2, 3-5 người", "lần thứ hai, ba đến năm người"),
    ],
)
def test_a_weekday_opened_by_ngay_names_the_day_once(written: str, said: str) -> None:
    assert N.line(written) == said


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("mừng đón Tết Độc lập 2-9.", "mừng đón Tết Độc lập mồng hai tháng chín."),
        ("Trung bình: 25.5 - 26.50C;", "Trung bình, hai mươi lăm phẩy năm đến hai mươi sáu phẩy năm độ xê"),
        ("Thấp nhất: 21.0 - 23.00C;", "Thấp nhất, hai mươi mốt phẩy không đến hai mươi ba phẩy không độ xê"),
        ("Quốc lộ 27C", "Quốc lộ hai mươi bảy xê"),
        ("các sản phẩm VH, sản phẩm", "các sản phẩm văn hóa, sản phẩm"),
        ("thấp hơn so với TBNNCTK.", "thấp hơn so với trung bình nhiều năm cùng thời kỳ."),
    ],
)
def test_a_holiday_a_degree_and_initials(written: str, said: str) -> None:
    assert N.line(written) == said
