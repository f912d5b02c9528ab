"""Round 19 (issue 29): shapes and words of batches s1 and s2 the annotators of every batch agree on."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

READ = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("do ảnh hưởng của ATNĐ nên", "do ảnh hưởng của áp thấp nhiệt đới nên"),
        ("kỷ niệm 69 năm CMT8", "kỷ niệm sáu mươi chín năm Cách mạng Tháng Tám"),
        ("gửi về cho BTT UBMT phường", "gửi về cho Ban Thường trực Ủy ban Mặt trận phường"),
        ("ĐZ 372", "đường dây ba trăm bảy mươi hai"),
    ],
)
def test_abbreviations_of_bulletins_and_the_front_are_read_in_full(written: str, spoken: str) -> None:
    assert READ.line(written) == spoken
