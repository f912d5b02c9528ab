"""Issue 29, round 225, from blind batches ir1 and ir2 after their scores: a weekday's dotted date, a date written
year first with dots, a jump in metres and centimetres, and a fourth Roman numeral listed after its context word."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (  # was "Chủ nhật hai mươi ba phẩy năm"
            "Trong ngày bầu cử Chủ nhật 23.5,",
            "Trong ngày bầu cử Chủ nhật ngày hai mươi ba tháng năm",
        ),
        ("Hẹn gặp thứ Bảy 9.11 và", "Hẹn gặp thứ Bảy ngày mồng chín tháng mười một và"),
        (  # was "hai nghìn không trăm hai mươi lăm phẩy không bốn. hai bảy"
            "2025.04.27 Thích 1",
            "ngày hai mươi bảy tháng tư năm hai nghìn không trăm hai mươi lăm Thích một",
        ),
        ("đoạt HCV với thành tích 6m68.", "đoạt huy chương vàng với thành tích sáu mét sáu mươi tám."),  # was "sáu m"
        ("ném 14m25 và", "ném mười bốn mét hai mươi lăm và"),
        (  # was "ba, i vê": the context word was 29 characters before the fourth
            "các Cục Quản lý đường bộ I, II, III, IV, các Sở",
            "các Cục Quản lý đường bộ một, hai, ba, bốn, các Sở",
        ),
    ],
)
def test_what_ir1_and_ir2_showed(written: str, spoken: str) -> None:
    assert N.text(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("tăng trưởng 23.5,", "tăng trưởng hai mươi ba phẩy năm"),  # no weekday: a decimal as before
        ("đứng thứ ba 2,5 điểm", "đứng thứ ba hai phẩy năm điểm"),  # a comma decimal after an ordinal
        ("A5m20 x", "A năm m hai mươi x"),  # a code's letters and digits, no length
        ("cao 1m75 nặng", "cao một mét bảy mươi lăm nặng"),
    ],
)
def test_what_round_225_leaves(written: str, spoken: str) -> None:
    assert N.text(written) == spoken


@pytest.mark.parametrize("written", ["mã 2025.13.40 x", "phiên bản 1.2025.04.27"])
def test_no_date_is_read_where_the_month_is_none_or_the_dots_go_on_before(written: str) -> None:
    assert "tháng" not in N.text(written)
