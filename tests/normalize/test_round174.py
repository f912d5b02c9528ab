"""Issue 29, round 174, from gb1: initials glued onto the word before them; a column's units in brackets (mg/l, oC);
The Hague in French; a brand's Beer."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("do Công tyTNHH Duyên Hà", "do Công ty trách nhiệm hữu hạn Duyên Hà"),
        ("thỏa thuận củaOPEC+ nhằm", "thỏa thuận của Ô pếch cộng nhằm"),
        ("STTNội dung thuĐVT", "số thứ tự Nội dung thu đơn vị tính"),  # since round 229 (jc2) the first too
        ("doidiemVCB", "doidiemVCB"),
    ],
)
def test_initials_glued_onto_a_syllable_are_parted(written: str, said: str) -> None:
    assert N.line(written) == said


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("Độ mặn (mg/l)", "Độ mặn, mi li gam trên lít"),
        ("Nhiệt độ nước (oC)", "Nhiệt độ nước, độ xê"),
        ("Giá (đ/kg)", "Giá, đồng một ki lô gam"),
        ("tại La Haye.", "tại La Hay."),
        ("tại Lahay, ngày", "tại La Hay, ngày"),
        ("Nhãn hàng Huda Beer là", "Nhãn hàng hu đa bia là"),
    ],
)
def test_column_units_and_names(written: str, said: str) -> None:
    assert N.line(written) == said
