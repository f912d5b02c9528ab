"""Issue 29, round 193, from gy1 and gy2: a code's two glued digits, a share after a code, ranges of grades, and two
Mekong regions."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("giá cao su TSR20 trên sàn", "giá cao su tê ét e rờ hai mươi trên sàn"),
        ("như KD18, BC15", "như ca dê mười tám, bê xê mười lăm"),
        ("lúa ST25 và OM5451", "lúa ét tê hai năm và o em mờ năm bốn năm một"),  # rice varieties keep their digits
        ("mã C06", "mã xê không sáu"),  # from a zero: digits
        ("ở mức (DRC 60%) 14.000 đồng/kg.", "ở mức, dê e rờ xê sáu mươi phần trăm, mười bốn nghìn đồng một ki lô gam."),
    ],
)
def test_codes_glued_to_two_digits_and_a_share_after_a_code(written: str, said: str) -> None:
    assert N.line(written) == said


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("đồng/TSC (loại 2 - loại 1);", "đồng một tê ét xê, loại hai đến loại một"),
        ("vùng ĐTM và TGLX tiếp tục xuống", "vùng Đồng Tháp Mười và Tứ giác Long Xuyên tiếp tục xuống"),
        ("báo cáo ĐTM của dự án", "báo cáo đánh giá tác động môi trường của dự án"),
    ],
)
def test_a_range_of_grades_and_the_mekong_regions(written: str, said: str) -> None:
    assert N.line(written) == said
