"""Issue 29, round 230, from blind batches jd1 and jd2 after their scores: a symbol font's arrow pasted as `à`, a
star that multiplies, half a month, a ratio with a space after its slash, a kind said by its letters before its
number, and a committee's standing board."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (  # was "tháng mười hai à ngày"
            "Từ 01/12 à 18/12/2021: (½ tháng)",
            "Từ ngày mồng một tháng mười hai đến ngày mười tám tháng mười hai năm hai nghìn không trăm hai mươi mốt,"
            " nửa tháng",
        ),
        (  # the stars were taken for emphasis and dropped
            "Lớp 6, 7, 8: 60.000đ  * ½ tháng  *100% = 30.000đ",
            "Lớp sáu, bảy, tám, sáu mươi nghìn đồng nhân nửa tháng nhân một trăm phần trăm bằng ba mươi nghìn đồng",
        ),
        ("½ ngày, từ 7h30", "nửa ngày, từ bảy giờ ba mươi phút"),
        (
            "đã có 44.076/ 51.922 cử tri",
            "đã có bốn mươi tư nghìn không trăm bảy mươi sáu trên năm mươi mốt nghìn chín trăm hai mươi hai cử tri",
        ),
        (  # was "nghị quyết" twice
            "tại NQ 28/2021/NQ-HĐND (tức",
            "tại nghị quyết hai mươi tám, năm hai nghìn không trăm hai mươi mốt, Hội đồng nhân dân, tức",
        ),
        ("TT.Tỉnh ủy, TT.HĐND tỉnh;", "Thường trực Tỉnh ủy, Thường trực Hội đồng nhân dân tỉnh"),
        ("Cục KTVBQPPL-Bộ Tư Pháp;", "Cục Kiểm tra văn bản quy phạm pháp luật, Bộ Tư Pháp"),
    ],
)
def test_what_jd1_and_jd2_showed(written: str, spoken: str) -> None:
    assert N.text(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("thật à 5 người", "thật à năm người"),  # "à" after a word: the word
        ("tiêm ½ liều", "tiêm một phần hai liều"),  # half of a dose: as before
        ("**Lưu ý:** mang theo", "Lưu ý, mang theo"),  # emphasis hugging its words is still layout
        ("số 12/ 2024 của", "số mười hai, hai nghìn không trăm hai mươi tư của"),  # nothing counted: no ratio
        ("TT.Cổ Phúc", "thị trấn Cổ Phúc"),  # a town
    ],
)
def test_what_round_230_leaves(written: str, spoken: str) -> None:
    assert N.text(written) == spoken
