"""Issue 29, round 219, from blind batches ii1 and ii2 after their scores: levels listed after "mức độ", an alarm's
Roman number after "số", a heading's numeral alone on its line, and taekwondo by the annotators' majority."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (  # was "ba phẩy bốn"
            "dịch vụ công trực tuyến mức độ 3,4 gồm các bước sau:",
            "dịch vụ công trực tuyến mức độ ba, bốn gồm các bước sau",
        ),
        ("Ra lệnh báo động số I trên sông Bứa", "Ra lệnh báo động số một trên sông Bứa"),  # was the letter I
        ("II.\nThời gian tổ chức", "Hai.\nThời gian tổ chức"),  # was "i i."
        ("Taekwondo, bóng đá nữ, cầu lông", "Tê quôn đô, bóng đá nữ, cầu lông"),
    ],
)
def test_what_ii1_and_ii2_showed(written: str, spoken: str) -> None:
    assert N.text(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("mức độ 2,5 lần", "mức độ hai phẩy năm lần"),  # an amount counted after it: no list
        ("V. I. Lê-nin", "vê i Lê nin"),  # initials, no heading
        ("I.", "I."),  # a lone letter may be an initial: one letter alone stays
    ],
)
def test_what_round_219_leaves(written: str, spoken: str) -> None:
    assert N.text(written) == spoken
