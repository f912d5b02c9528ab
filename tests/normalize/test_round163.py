"""Issue 29, round 163, from fr1: initials the lexicon holds, typed against a slash after a word, are its words."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("bình quân là 250.000 đồng/LĐ.", "bình quân là hai trăm năm mươi nghìn đồng một lao động."),
        ("có khoảng 01-03 cơn bão/ATNĐ và", "có khoảng một đến ba cơn bão, áp thấp nhiệt đới và"),
        ("nhập user/mật khẩu/OTP để", "nhập u xơ, mật khẩu, ô tê pê để"),
        ("số 12/QĐ-UBND", "số mười hai, quyết định Ủy ban nhân dân"),
        ("NĐ1, NĐ5", "en nờ đê một, en nờ đê năm"),
        ("tốc độ 60km/h", "tốc độ sáu mươi ki lô mét trên giờ"),
    ],
)
def test_initials_after_a_slash_after_a_word_are_the_lexicons(written: str, said: str) -> None:
    assert N.line(written) == said
