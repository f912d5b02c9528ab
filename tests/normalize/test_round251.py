"""Issue 29, round 251, from blind batches kd1 and kd2 after their scores: Chinese characters in brackets, and rows."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("theo kiểu nội Công (工), ngoại Quốc (国), nhìn", "theo kiểu nội Công, ngoại Quốc, nhìn"),
        ("với BTV Huyện đoàn", "với Ban Thường vụ Huyện đoàn"),
        ("của UBH huyện", "của Ủy ban Hội huyện"),
        ("rau sạch Vietgap, yến sào", "rau sạch Việt Gáp, yến sào"),
        ("và Đêm GALA âm nhạc", "và Đêm ga la âm nhạc"),
        ("(LSVN) - Với việc", "Luật sư Việt Nam, Với việc"),
        ("yêu cầu PCBL và", "yêu cầu phòng chống bão lụt và"),
    ],
)
def test_what_kd1_and_kd2_showed(written: str, spoken: str) -> None:
    assert N.text(written) == spoken


def test_a_bracket_of_words_stays() -> None:
    assert N.text("ngoại Quốc (nước ngoài)") == "ngoại Quốc, nước ngoài"
