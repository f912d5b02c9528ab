"""Issue 29, round 60: what batch ba2 (now development) showed that any notice may hold."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("vào lớp 1 từ ngày 12 đến hết 14-7;", "vào lớp một từ ngày mười hai đến hết ngày mười bốn tháng bảy"),  # ba2
        ("từ 13 đến hết 15-2.", "từ ngày mười ba đến hết ngày mười lăm tháng hai."),  # as before (round 8)
        ("từ ngày 28 đến 31-10 khu vực", "từ ngày hai mươi tám đến ngày ba mươi mốt tháng mười khu vực"),
        ("Hội nghị thượng đỉnh ASEAN+3 (Hiệp hội", "Hội nghị thượng đỉnh A xê an cộng ba, Hiệp hội"),  # ba2
        ("Mức lương này là LCB, chưa", "Mức lương này là lương cơ bản, chưa"),
        ("mức BHYT, BH lao động để", "mức bảo hiểm y tế, bảo hiểm lao động để"),
    ],
)
def test_a_span_after_a_named_day_a_plus_after_a_name_and_wage_words(written: str, spoken: str) -> None:
    assert N.line(written) == spoken
