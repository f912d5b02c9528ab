"""Issue 29, round 164, from fs2: a day-month set off by a comma before a bracket; Tết's days with a comma; SGGPO."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "said"),
    [
        (
            "(SGGPO).- Sáng nay, 2-9 (theo giờ Việt Nam),",
            "Sài Gòn Giải Phóng on lai. Sáng nay, ngày mồng hai tháng chín, theo giờ Việt Nam",
        ),
        ("Sáng nay, 18-12, Hội đồng", "Sáng nay, ngày mười tám tháng mười hai, Hội đồng"),
        ("Thời gian: ngày 1,2 tết Nguyên Đán", "Thời gian, ngày mồng một, mồng hai tết Nguyên Đán"),
        ("trong 02 ngày 13,14 tháng 12", "trong hai ngày mười ba, mười bốn tháng mười hai"),
    ],
)
def test_a_dash_date_before_a_bracket_and_the_days_of_tet(written: str, said: str) -> None:
    assert N.line(written) == said
