"""Issue 29, round 242, from blind batches jq1 and jq2 after their scores: a school's class after "lớp", a month
written T, Tết days listed with "và", and rows the spans outvote (`Kim Jong-un`, `Aerobic`)."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("vận động viên Quốc Hào lớp 5/9.", "vận động viên Quốc Hào lớp năm trên chín."),
        ("(T10-12/2018)", "tháng mười đến tháng mười hai năm hai nghìn không trăm mười tám"),
        ("T12/2018", "tháng mười hai năm hai nghìn không trăm mười tám"),
        ("(mồng 1 và 2 Tết)", "mồng một và hai Tết"),
        ("nhà lãnh đạo Triều Tiên Kim Jong-un", "nhà lãnh đạo Triều Tiên Kim Chông Un"),
        ("Điền kinh, Aerobic", "Điền kinh, e rô bích"),
        ("tại làng đình chiến Panmunjom", "tại làng đình chiến Bàn Môn Điếm"),
        ("Cập nhật từ TTKTTV Trung ương", "Cập nhật từ Trung tâm Khí tượng Thủy văn Trung ương"),
    ],
)
def test_what_jq1_and_jq2_showed(written: str, spoken: str) -> None:
    assert N.text(written) == spoken


def test_a_class_of_the_tenth_grade_is_not_the_twelfth() -> None:
    assert N.text("Lớp 10/2") == "Lớp mười trên hai"


def test_a_t_before_no_month_stays_a_letter() -> None:
    assert N.text("T13/2018") == "tê mười ba, hai nghìn không trăm mười tám"
