"""Issue 29, round 236, from blind batches jj1 and jj2 after their scores: "số" a PDF's font lost before a
document's number, and a department's letters in a symbol."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (  # was "s hai mươi, hai nghìn không trăm linh tám, nghị định"
            "Nghị định s20/2008/NĐ-CP ngày 14/02/2008",
            "Nghị định số hai mươi, năm hai nghìn không trăm linh tám, Chính phủ ngày mười bốn tháng hai năm hai nghìn"
            " không trăm linh tám",
        ),
        ("Nghị định s 63/2010/NĐ-CP", "Nghị định số sáu mươi ba, năm hai nghìn không trăm mười, Chính phủ"),
        ("Tờ trình số 04/TTr-SNgV ngày", "Tờ trình số bốn, Sở Ngoại vụ ngày"),
    ],
)
def test_what_jj1_and_jj2_showed(written: str, spoken: str) -> None:
    assert N.text(written) == spoken


def test_an_s_before_a_number_elsewhere_is_left() -> None:
    assert N.text("có 5 s 3 lần") == "có năm s ba lần"
