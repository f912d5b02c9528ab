"""Issue 29, round 176, from gd1 and gd2: round the clock after a verb of working; a bank in a name; the volleyball
federation's initials."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("sẽ làm việc 24/7 để đảm bảo", "sẽ làm việc hai mươi tư trên bảy để đảm bảo"),
        ("đường dây nóng hoạt động 24/7.", "đường dây nóng hoạt động hai mươi tư trên bảy."),
        ("ngày 24/7/2023 của", "ngày hai mươi tư tháng bảy năm hai nghìn không trăm hai mươi ba của"),
        ("đến 24/7 có thể", "đến ngày hai mươi tư tháng bảy có thể"),
    ],
)
def test_round_the_clock_is_no_day(written: str, said: str) -> None:
    assert N.line(written) == said


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("Liên Việt Post Bank, Ngân", "Liên Việt pốt banh, Ngân"),
        ("Ngân hàng LB Bank ngăn chặn", "Ngân hàng e lờ bê banh ngăn chặn"),
        ("của LĐBC Việt Nam", "của Liên đoàn Bóng chuyền Việt Nam"),
    ],
)
def test_a_bank_and_a_federation(written: str, said: str) -> None:
    assert N.line(written) == said
