"""Issue 29, round 78: what batches bn1 and bn2 (now development) showed that any notice may hold."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Tập đoàn Điện lực Việt Nam (EVN), đến 19 giờ", "Tập đoàn Điện lực Việt Nam, đến mười chín giờ"),
        ("Tổng Công ty Điện lực miền Nam (EVNSPC) cho biết", "Tổng Công ty Điện lực miền Nam cho biết"),
        ("Trung tâm Internet Việt Nam (VNNIC) thì", "Trung tâm in tơ nét Việt Nam thì"),
        ("Tổng công ty Cấp nước Sài Gòn (SAWACO) vừa", "Tổng công ty Cấp nước Sài Gòn vừa"),
        ("Tổ chức Y tế thế giới (WHO) đánh giá", "Tổ chức Y tế thế giới, vê kép hát o, đánh giá"),  # a foreign body
        ("Hiệp hội Cà phê Lào (LCA) cho biết", "Hiệp hội Cà phê Lào, e lờ xê a, cho biết"),
        ("Ngân hàng TMCP Quốc tế Việt Nam (VIB) với", "Ngân hàng thương mại cổ phần Quốc tế Việt Nam, vê i bê, với"),
    ],
)
def test_a_home_bodys_letters_after_its_name_are_not_read(written: str, spoken: str) -> None:
    assert N.line(written) == spoken
