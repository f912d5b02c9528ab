"""Round 36 (issue 29): the sign error of blind batch ai2's first look (a decimal temperature written with a bare C)."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

READ = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (
            "lúc 6 giờ cùng ngày tại TX.Sa Pa là - 0,8C.",
            "lúc sáu giờ cùng ngày tại thị xã Sa Pa là âm không phẩy tám độ xê.",
        ),
        ("Sa Pa là -0,8C", "Sa Pa là âm không phẩy tám độ xê"),
        ("trời rét, Sa Pa - 0,8C", "trời rét, Sa Pa âm không phẩy tám độ xê"),
        ("nhiệt độ 1,5 C", "nhiệt độ một phẩy năm độ xê"),
    ],
)
def test_a_c_right_after_a_decimal_is_a_temperature_and_keeps_its_minus(written: str, spoken: str) -> None:
    """ai2: "là, không phẩy tám xê" lost both the degree and the minus: a frost read as a warmth."""
    assert READ.line(written) == spoken


def test_a_road_letter_after_a_whole_number_stays_a_letter() -> None:
    assert READ.line("Quốc lộ 27C và QL.15C") == "Quốc lộ hai mươi bảy xê và quốc lộ mười lăm xê"
