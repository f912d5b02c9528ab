"""Issue 29, round 148: scores after "dẫn ngược" and "tỷ số tạm thời là"; pounds written `lbs` (fb2)."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("giúp Thái Lan dẫn ngược 2-1.", "giúp Thái Lan dẫn ngược hai một."),
        ("tỷ số tạm thời là 3-3.", "tỷ số tạm thời là ba ba."),
    ],
)
def test_a_score_after_a_comeback_or_a_score_for_now(written: str, said: str) -> None:
    assert N.line(written) == said


def test_a_guide_is_no_lead() -> None:
    assert N.line("hướng dẫn 1-2 tuần") == "hướng dẫn một đến hai tuần"


def test_pounds_written_lbs() -> None:
    assert N.line("(thu hồi 50-51 lbs).") == "thu hồi năm mươi đến năm mươi mốt pao."
