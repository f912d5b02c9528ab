"""Issue 29, round 173, from ga1 and ga2: a fertiliser's grade after NPK in whole numbers; qu before e or i inside a
Romance name is k; the standing committees' TT; Kaohsiung."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context
from pipeline.normalize.rules_foreign import guess_reading

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("nhiều loại NPK 20-20-15 có giá", "nhiều loại en nờ pê ca hai mươi, hai mươi, mười lăm có giá"),
        ("như NPK 16-16-8, tức", "như en nờ pê ca mười sáu, mười sáu, tám, tức"),
        ("giống lúa OM 5451", "giống lúa o em mờ năm bốn năm một"),
        ("Phó Bí thư TT Huyện ủy, Phó", "Phó Bí thư Thường trực Huyện ủy, Phó"),
        ("Thông báo số 31/TB-TTHĐND ngày", "Thông báo số ba mươi mốt, Thường trực Hội đồng nhân dân ngày"),
        ("gần cảng Kaohsiung,", "gần cảng Cao Hùng"),
    ],
)
def test_grades_committees_and_a_port(written: str, said: str) -> None:
    assert N.line(written) == said


@pytest.mark.parametrize(
    ("written", "said"),
    [("Enrique", "en ri kê"), ("Paqueta", "pa kê ta"), ("Caique", "cai kê"), ("Marquinhos", "mác ki nhốt")],
)
def test_qu_before_e_or_i_inside_a_name_is_k(written: str, said: str) -> None:
    assert guess_reading(written).lower() == said


def test_a_word_opening_on_qu_keeps_it() -> None:
    assert guess_reading("Quintana").lower() == "cuin ta na"
