"""Issue 29, round 141: rules from blind batches eq1 and eq2 (now development)."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("giúp đội chủ nhà tạm dẫn 1-0 trước giờ nghỉ.", "giúp đội chủ nhà tạm dẫn một không trước giờ nghỉ."),
        ("kết quả hòa 1-1.", "kết quả hòa một một."),
        ("hòa 0-0", "hòa không không"),
    ],
)
def test_a_lead_at_half_time_is_a_score_and_a_draw_stays_two_numbers(written: str, said: str) -> None:
    assert N.line(written) == said


def test_the_clubs_by_their_letters() -> None:
    assert N.line("giữa HAGL và SLNA") == "giữa Hoàng Anh Gia Lai và Sông Lam Nghệ An"


def test_an_about_date_after_den_is_a_date_not_a_share() -> None:
    assert N.line("từ nay đến khoảng 2/7, đơn vị") == "từ nay đến khoảng ngày mồng hai tháng bảy, đơn vị"


def test_a_share_after_khoang_is_still_a_fraction() -> None:
    assert N.line("chiếm khoảng 1/3 tỷ trọng") == "chiếm khoảng một phần ba tỷ trọng"
