"""Issue 29, round 47: shapes the development batches ah to ap still missed that any notice of their kind may hold:
steps joined by arrows, an anniversary's dotted dates, a season's two years, a per mille typed as `%o`."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("dịch vụ công căn cước → cấp đổi → chọn lý do", "dịch vụ công căn cước, cấp đổi, chọn lý do"),  # ap2
        ("hình thức nhận → gửi hồ sơ.", "hình thức nhận, gửi hồ sơ."),  # ap2
        ("từ Quốc lộ 32 → đường tỉnh 316", "từ Quốc lộ ba mươi hai đến đường tỉnh ba trăm mười sáu"),  # a route
        ("nhiệt độ 20 → 25 độ", "nhiệt độ hai mươi đến hai mươi lăm độ"),
    ],
)
def test_an_arrow_before_a_small_word_naming_no_road_is_a_step(written: str, spoken: str) -> None:
    assert N.line(written) == spoken


def test_a_dash_between_two_dotted_dates_is_den() -> None:
    said = N.line("Nước Cộng hòa xã hội chủ nghĩa Việt Nam (2.9.1945-2.9.2025).")  # ah2: 3 spans of 3
    assert said.endswith(
        "năm một nghìn chín trăm bốn mươi lăm đến ngày mồng hai tháng chín năm hai nghìn không trăm hai mươi lăm."
    )


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("vụ 2016/17 chạm", "vụ hai nghìn không trăm mười sáu đến hai nghìn không trăm mười bảy chạm"),  # ai1
        ("năm học 2024/2025", "năm học hai nghìn không trăm hai mươi tư đến hai nghìn không trăm hai mươi lăm"),
        ("tỷ lệ 2019/25", "tỷ lệ hai nghìn không trăm mười chín, hai mươi lăm"),  # not the next year: no season
    ],
)
def test_a_year_slash_the_next_year_is_a_season(written: str, spoken: str) -> None:
    assert N.line(written) == spoken


def test_percent_and_o_after_a_number_is_per_mille() -> None:
    assert N.line("có độ mặn > 0,5%o, công ty") == "có độ mặn trên không phẩy năm phần nghìn, công ty"  # ah1
