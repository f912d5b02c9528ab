"""Rules that generalize to notices nobody has seen (issue 29, round 3): shapes, not words of one text."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

READ = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("lượng phân là 23 kg/sào", "lượng phân là hai mươi ba ki lô gam một sào"),
        ("có nơi trên 200 mm/đợt", "có nơi trên hai trăm mi li mét một đợt"),
        ("5 tạ phân chuồng hoai/sào", "năm tạ phân chuồng hoai một sào"),  # tạ is a unit: words between, then /
        ("đạt 39tạ/ha", "đạt ba mươi chín tạ một héc ta"),
        ("tăng 600 đ/kg", "tăng sáu trăm đồng một ki lô gam"),  # the đồng's symbol before a slash and a unit
        ("80 km/h, 5 mg/l", "tám mươi ki lô mét trên giờ, năm mi li gam trên lít"),  # a slashed unit of the table
        ("2 trâu/bò", "hai trâu, bò"),  # no unit before the slash: a pause
    ],
)
def test_a_slash_after_a_measured_amount_says_per(written: str, spoken: str) -> None:
    assert READ.text(written) == spoken
