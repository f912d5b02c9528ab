"""Issue 29, round 42: the misses of blind batches am1 and am2 that any notice of their kind may hold."""

from __future__ import annotations

import re

import pytest

from pipeline.normalize import Normalizer, load_context
from pipeline.normalize.lexicon_file import load_lexicon

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Thủ tướng Anh Keir Starmer kêu gọi", "Thủ tướng Anh Kia Xta mơ kêu gọi"),  # am2
        ("vắc xin Sputnik V", "vắc xin Xpút ních vê"),  # 2 spans of 2
        ("Thủ tướng Canada Justin Trudeau", "Thủ tướng Ca na đa Giát xtin Tru đô"),
        ("trên Instagram", "trên in xta gờ ram"),
    ],
)
def test_a_name_of_the_foreign_table_opens_a_syllable_with_s_before_t_or_p(written: str, spoken: str) -> None:
    assert N.line(written) == spoken


def test_no_foreign_table_reading_parts_s_from_a_t_or_p_it_opens_a_syllable_with() -> None:
    """The guide (s before t, p or c opens the syllable, 55 to 38) and the guess write "xta"; round 6's names from
    general knowledge wrote "xờ ta". AppleStore keeps its hand-checked pair, livestream its one span ("sờ trim")."""
    kept = {"applestore", "livestream"}
    readings = load_lexicon(None).folded
    assert [w for w, said in readings.items() if w not in kept and re.search(r"xờ [tp]", said.lower())] == []


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("sóng biển cao từ 2m – 3m.", "sóng biển cao từ hai mét đến ba mét."),  # am1
        ("độ mặn dao động 25‰-30‰.", "độ mặn dao động hai mươi lăm phần nghìn đến ba mươi phần nghìn."),  # am1
        ("nhiệt độ 32°C - 33°C", "nhiệt độ ba mươi hai độ xê đến ba mươi ba độ xê"),
        ("sâu 1,5 m - 2 m", "sâu một phẩy năm mét đến hai mét"),
    ],
)
def test_a_dash_between_two_amounts_of_the_same_unit_is_a_range(written: str, spoken: str) -> None:
    assert N.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (
            "tổng lượng mưa phổ biến từ 336÷500 mm,",
            "tổng lượng mưa phổ biến từ ba trăm ba mươi sáu đến năm trăm mi li mét",
        ),
        ("cao hơn khoảng từ 7÷9%.", "cao hơn khoảng từ bảy đến chín phần trăm."),  # am2
    ],
)
def test_a_division_sign_between_two_numbers_is_a_range(written: str, spoken: str) -> None:
    assert N.line(written) == spoken
