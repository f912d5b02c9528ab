"""Issue 29, round 194, from gz1 and gz2: loanwords as Vietnamese writes them and an Australian state."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("nằm trong top 10 tỉnh thành", "nằm trong tốp mười tỉnh thành"),
        ("truy cập https://vpbank.com.vn-vb.top", "truy cập vê pê banh chấm com chấm vê en gạch ngang vê bê chấm tóp"),
        ("phóng rocket từ lãnh thổ Liban", "phóng rốc két từ lãnh thổ Li băng"),
        ("khắp xứ sở Kangaroo.", "khắp xứ sở căng gu ru."),
        ("và bang Queensland", "và bang Quin xlen"),
    ],
)
def test_loanwords_and_a_state_as_the_press_writes_them(written: str, said: str) -> None:
    assert N.line(written) == said
