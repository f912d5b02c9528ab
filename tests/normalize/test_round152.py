"""Issue 29, round 152: a unit after "vạn"; pH; Hezbollah; knock-out (ff1, ff2)."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("Khoảng 7 vạn ha cà phê", "Khoảng bảy vạn héc ta cà phê"),
        ("đều có độ pH, độ mặn", "đều có độ pê hát, độ mặn"),
        ("Hồi giáo Hezbollah được", "Hồi giáo Hê dơ bô la được"),
        ("ở các trận knock-out, đội bóng nào", "ở các trận nốc ao, đội bóng nào"),
    ],
)
def test_a_unit_after_ten_thousands_and_three_words(written: str, said: str) -> None:
    assert N.line(written) == said
