"""Issue 29, round 217, from blind batch ig2 after its score: a listed pair of abbreviations with a space after its
hyphen alone, and a party committee's secretary."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (  # was "ca tê ích hát, quy pê an"
            "báo cáo tình hình KT- XH; QP- AN 6 tháng đầu năm;",
            "báo cáo tình hình kinh tế, xã hội, quốc phòng, an ninh sáu tháng đầu năm",
        ),
        (  # was "bê tê đê u"
            "đồng chí Võ Tấn Lạt BTĐU, đ/c Lê Văn Sơn PBT đảng ủy,",
            "đồng chí Võ Tấn Lạt Bí thư Đảng ủy, đồng chí Lê Văn Sơn Phó Bí thư đảng ủy",
        ),
    ],
)
def test_what_ig2_showed(written: str, spoken: str) -> None:
    assert N.text(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("khối AB- CD tham gia", "khối a bê xê dê tham gia"),  # a pair the lexicon lacks: as before the round
        ("Phòng LĐ -TB&XH", "Phòng Lao động, Thương binh và Xã hội"),
    ],
)
def test_what_round_217_leaves(written: str, spoken: str) -> None:
    assert N.text(written) == spoken
