"""Issue 29, round 53: what the corpus's misses showed that any notice may hold."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("THEO THÔNG TƯ 01", "theo thông tư một"),  # x2: was "thông Trung ương một"
        ("SỞ KẾ HOẠCH VÀ ĐẦU TƯ", "sở kế hoạch và đầu tư"),
        ("THỨ TƯ, NGÀY 5", "thứ tư, ngày mồng năm"),
        ("TƯ VẤN TUYỂN SINH", "tư vấn tuyển sinh"),
        ("KẾ HOẠCH TU BỔ ĐÊ ĐIỀU", "kế hoạch tu bổ đê điều"),
        ("SỐ CA NHIỄM MỚI", "số ca nhiễm mới"),
    ],
)
def test_initials_that_are_words_inside_a_heading_in_capitals(written: str, spoken: str) -> None:
    assert N.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Ban Chấp hành TƯ Đoàn", "Ban Chấp hành Trung ương Đoàn"),  # running text: the initials
        ("BAN CHẤP HÀNH TƯ ĐOÀN", "ban chấp hành Trung ương đoàn"),  # the Central Committee, in capitals too
        ("BCH TƯ ĐOÀN", "Ban Chấp hành Trung ương đoàn"),
        ("CA HUYỆN ĐÔNG ANH", "Công an huyện đông anh"),  # the police of a place
        ("UBND, CA xã", "Ủy ban nhân dân, Công an xã"),
        ("các cơ quan TƯ", "các cơ quan Trung ương"),
    ],
)
def test_the_same_initials_stay_the_body_where_their_neighbours_name_it(written: str, spoken: str) -> None:
    assert N.line(written) == spoken
