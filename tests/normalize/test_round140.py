"""Issue 29, round 140: rules from blind batches ep1 and ep2 (now development)."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("xuất hiện trở lại từ 1-6, xảy ra", "xuất hiện trở lại từ ngày mồng một tháng sáu, xảy ra"),
        ("chấm dứt đợt nắng nóng vào 10-6.", "chấm dứt đợt nắng nóng vào ngày mồng mười tháng sáu."),
    ],
)
def test_a_dashed_day_month_after_a_verb_of_starting_or_at_a_clauses_end_is_a_date(written: str, said: str) -> None:
    assert N.line(written) == said


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("tăng từ 3-5, có nơi", "tăng từ ba đến năm, có nơi"),
        ("tăng vào 2-3 ngày", "tăng vào hai đến ba ngày"),
    ],
)
def test_a_count_stays_a_range(written: str, said: str) -> None:
    assert N.line(written) == said


def test_a_womens_national_team() -> None:
    assert N.line("cho ĐT nữ Việt Nam.") == "cho đội tuyển nữ Việt Nam."
