"""Issue 29, round 216, from blind batch if2 after its score: a budget unit's code, and no second "ngày" after a
document's issue or a paper's publication label."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("cấp mã số ĐVQHNS, cụ thể:", "cấp mã số đơn vị quan hệ ngân sách, cụ thể"),  # was its six letters
        (  # was "Ngày ban hành, ngày mồng hai…"
            "Ngày ban hành: 02/08/2021 Ngày hiệu lực:",
            "Ngày ban hành, mồng hai tháng tám năm hai nghìn không trăm hai mươi mốt Ngày hiệu lực",
        ),
        (
            "Ngày xuất bản: 03/12/2015",
            "Ngày xuất bản, mồng ba tháng mười hai năm hai nghìn không trăm mười lăm",
        ),
    ],
)
def test_what_if2_showed(written: str, spoken: str) -> None:
    assert N.text(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [  # other labels keep their "ngày" (the hand-checked pairs), and so does a label in a table's cell before it
        (
            "Ngày ban hành: | 29/06/2001 |",
            "Ngày ban hành, ngày hai mươi chín tháng sáu năm hai nghìn không trăm linh một",
        ),
        ("Ngày cập nhật : 15/10/2018", "Ngày cập nhật, ngày mười lăm tháng mười năm hai nghìn không trăm mười tám"),
        ("Ngày phát hành : 10/06/2014", "Ngày phát hành, ngày mồng mười tháng sáu năm hai nghìn không trăm mười bốn"),
    ],
)
def test_what_round_216_leaves(written: str, spoken: str) -> None:
    assert N.text(written) == spoken
