"""Issue 29, round 203, from blind batches hl1 and hl2 after their scores: a province's department of culture and
sport, which the lexicon read as a district office's culture and information."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("do Sở VH&TT tổ chức", "do Sở Văn hóa và Thể thao tổ chức"),  # hl1, hh1: "Văn hóa và Thông tin"
        ("Giám đốc Sở VHTT trao huy chương", "Giám đốc Sở Văn hóa Thể thao trao huy chương"),  # hl1
        ("giao Sở VH-TT chịu trách nhiệm", "giao Sở Văn hóa, Thể thao chịu trách nhiệm"),  # de1
        ("Phòng VHTT huyện", "Phòng Văn hóa Thông tin huyện"),  # a district's office keeps its name
        ("Sở VHTT&DL", "Sở Văn hóa, Thể thao và Du lịch"),  # with tourism, as before
    ],
)
def test_a_provinces_department_of_culture_and_sport(written: str, spoken: str) -> None:
    assert N.text(written) == spoken
