"""Issue 29, round 105: lexicon rows the corpus's annotators outvote (bench.lexicon_votes) and `VNEWS`."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (
            "Ngoại trưởng Mỹ Antony Blinken",
            "Ngoại trưởng Mỹ An tô ni Blin ken",
        ),  # round 249: the corpus now says it so, 9 spans to 4
        ("Ông Morales đã tuyên bố chiến thắng", "Ông Mô ra lét đã tuyên bố chiến thắng"),
        ("Tổng thống Enrique Pena Nieto", "Tổng thống En ri kê Pê na Ni ê tô"),
        ("Thủ tướng Donald Tusk", "Thủ tướng Đô nan Tu xcơ"),
        ("ở San Francisco", "ở Xan Phran xít xcô"),
        ("Nguồn VNEWS", "Nguồn Vê niu"),
    ],
)
def test_round_105(written: str, spoken: str) -> None:
    assert N.line(written) == spoken
