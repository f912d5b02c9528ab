"""Issue 29, round 166, from fu1 and fu2: OPEC+ with its plus said; Kenyatta."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("sản lượng dầu của OPEC+", "sản lượng dầu của Ô pếch cộng"),
        ("và các đối tác (OPEC+) đã", "và các đối tác, Ô pếch cộng, đã"),
        ("tổ chức OPEC họp", "tổ chức Ô pếch họp"),
        ("Ông Kenyatta tuyên bố", "Ông Kê ni át ta tuyên bố"),
    ],
)
def test_opec_plus_and_kenyatta(written: str, said: str) -> None:
    assert N.line(written) == said
