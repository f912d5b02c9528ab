"""Issue 29, round 243, from blind batches jr1 and jr2 after their scores: rows only, each a word the voice could
not say or spelled letter by letter."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("lũ trên sông Srêpôk đang xuống", "lũ trên sông Xê rê pốc đang xuống"),
        ("hạ lưu sông Sêrêpốk", "hạ lưu sông Xê rê pốc"),
        ("95 Trần Quốc Toản, Tp.HN", "chín mươi lăm Trần Quốc Toản, thành phố Hà Nội"),
        ("(VHNA): Giải đã", "Văn hóa Nghệ An, Giải đã"),
        ("gồm Chăm, Thái, Mường, Brâu, Jrai, Mạ", "gồm Chăm, Thái, Mường, Bờ râu, Gia rai, Mạ"),
    ],
)
def test_what_jr1_and_jr2_showed(written: str, spoken: str) -> None:
    assert N.text(written) == spoken
