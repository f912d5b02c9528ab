"""Issue 29, round 130: what blind batches eb1 and eb2 (now development) showed."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("treo cờ rủ trong thời gian 02 (hai) ngày", "treo cờ rủ trong thời gian hai ngày"),  # was "hai, hai, ngày"
        ("Dự thi 03 (ba) môn không chuyên", "Dự thi ba môn không chuyên"),
        ("năm 2020 (hai)", "năm hai nghìn không trăm hai mươi, hai"),  # another number: kept
    ],
)
def test_a_number_restated_in_words_in_brackets(written: str, spoken: str) -> None:
    """`02 (hai) ngày` (eb2: 2 spans), `03 (ba) môn` (ea1): letters restate the number in words; said twice."""
    assert N.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (
            "CÁC CẤP NHIỆM KỲ 2026 - 2031!",
            "các cấp nhiệm kỳ hai nghìn không trăm hai mươi sáu đến hai nghìn không trăm ba mươi mốt!",
        ),  # was a pause
        ("giảm 5 - 7?", "giảm năm đến bảy?"),
    ],
)
def test_a_range_before_an_exclamation_or_a_question_mark(written: str, spoken: str) -> None:
    """`NHIỆM KỲ 2026 - 2031!` (eb2): the range rule ended a range at a full stop or a comma, not at ! or ?."""
    assert N.line(written) == spoken


def test_bxh_and_tnxk() -> None:
    """`BXH` (eb2) "bảng xếp hạng", `TNXK` (eb1: 2 spans) "thanh niên xung kích"."""
    assert N.line("dẫn đầu BXH, đội TNXK") == "dẫn đầu bảng xếp hạng, đội thanh niên xung kích"
