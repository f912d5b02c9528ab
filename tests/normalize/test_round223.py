"""Issue 29, round 223, from blind batches io1 and io2 after their scores: a page's date written in English, and a
listing's time after its separator, which has no sign."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (  # was "giun hai mươi bảy, hai nghìn…"
            "Sunday, June 27, 2021",
            "Chủ nhật, ngày hai mươi bảy tháng sáu năm hai nghìn không trăm hai mươi mốt",
        ),
        (
            "Khmer Times - June 17, 2021",
            "Khơ me Tai mơ, ngày mười bảy tháng sáu năm hai nghìn không trăm hai mươi mốt",
        ),
        (  # was "âm tám giờ": a sign where there is none
            "Cần biết -08:30 | 05/12/2025",
            "Cần biết tám giờ ba mươi phút, ngày mồng năm tháng mười hai năm hai nghìn không trăm hai mươi lăm",
        ),
    ],
)
def test_what_io1_and_io2_showed(written: str, spoken: str) -> None:
    assert N.text(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("nhiệt độ -2 độ C", "nhiệt độ âm hai độ xê"),  # a temperature keeps its sign
        ("mực nước -0,5 m", "mực nước âm không phẩy năm mét"),
        ("May 2021", "May hai nghìn không trăm hai mươi mốt"),  # a month and a year alone: no day, no date
    ],
)
def test_what_round_223_leaves(written: str, spoken: str) -> None:
    assert N.text(written) == spoken
