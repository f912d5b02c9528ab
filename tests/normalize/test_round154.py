"""Issue 29, round 154, from fi2: a range of temperatures typed with one space is no frost; the degree typed as a zero
after a decimal; the weather office's TBNNCK; `hack`."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context
from pipeline.normalize.numbers import opens_range_to

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("cao nhất: 26,0 –28,0°C.", "cao nhất, hai mươi sáu phẩy không đến hai mươi tám phẩy không độ xê."),
        ("nhiệt độ 26 -28°C", "nhiệt độ hai mươi sáu đến hai mươi tám độ xê"),
        ("nhiệt độ 5 -3°C", "nhiệt độ năm âm ba độ xê"),
        ("từ -1 -3°C", "từ âm một âm ba độ xê"),
        ("Sa Pa -2°C", "Sa Pa âm hai độ xê"),
        ("giảm -1 -3%", "giảm âm một âm ba phần trăm"),
        ("tỷ lệ 15 -17%", "tỷ lệ mười lăm đến mười bảy phần trăm"),
    ],
)
def test_a_dash_after_a_smaller_number_is_a_range_and_every_minus_is_kept(written: str, said: str) -> None:
    assert N.line(written) == said


@pytest.mark.parametrize(
    ("text", "at", "end", "opens"),
    [("26,0 –28", 5, "28", True), ("30 –28", 3, "28", False), ("-1 -3", 3, "3", False), ("x -3", 2, "3", False)],
)
def test_opens_range_to_needs_a_smaller_unsigned_number_before(text: str, at: int, end: str, opens: bool) -> None:
    assert opens_range_to(text, at, end) is opens


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("Trung bình: 18,0 – 19,00C", "Trung bình, mười tám phẩy không đến mười chín phẩy không độ xê"),
        ("cao hơn từ 0,5-1,00C so với", "cao hơn từ không phẩy năm đến một phẩy không độ xê so với"),
        ("tại TX.Sa Pa là - 0,8C", "tại thị xã Sa Pa là âm không phẩy tám độ xê"),
    ],
)
def test_the_degree_typed_as_a_zero_after_a_decimal(written: str, said: str) -> None:
    assert N.line(written) == said


def test_the_long_term_mean_of_the_same_season_and_hack() -> None:
    assert N.line("thấp hơn TBNNCK từ 5 – 10%.") == "thấp hơn trung bình nhiều năm cùng kỳ từ năm đến mười phần trăm."
    assert N.line("chiếm quyền quản trị (hack) tài khoản") == "chiếm quyền quản trị, hách, tài khoản"
