"""Issue 29, round 206, from blind batch hp1 after its score: a place's name is no score's word or holiday."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # "Hòa" of a station's name had made the range a score and lost its dash ("một ba phần nghìn")
        ("trạm Giao Hòa 1 - 3‰", "trạm Giao Hòa một đến ba phần nghìn"),
        # "Khánh" of a station's name had made it the fifth of August, as after "Quốc khánh"
        ("trạm Sơn Đốc 8 - 11, Phú Khánh 5 - 8", "trạm Sơn Đốc tám đến mười một, Phú Khánh năm đến tám"),
        ("xã Chiến Thắng 2 - 3 ha", "xã Chiến Thắng hai đến ba héc ta"),
    ],
)
def test_a_places_name_is_no_score_and_no_holiday(written: str, spoken: str) -> None:
    assert N.text(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Việt Nam thắng 3-1", "Việt Nam thắng ba một"),
        ("đội Thanh Hóa hòa 1-1", "đội Thanh Hóa hòa một một"),
        ("Hòa 1-1 trước Thái Lan", "Hòa một một trước Thái Lan"),  # a sentence opening on the word
        ("dịp Quốc khánh 2-9", "dịp Quốc khánh mồng hai tháng chín"),
        ("Ngày 3-8, độ mặn 1 - 3‰", "Ngày mồng ba tháng tám, độ mặn một đến ba phần nghìn"),
    ],
)
def test_scores_and_holidays_are_read_as_before(written: str, spoken: str) -> None:
    assert N.text(written) == spoken
