"""Issue 29, round 215, from blind batches ie1 and ie2 after their scores: keycap digits, a phone's one-digit group,
a product after a count with its unit glued, a dotted lunar date."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context
from pipeline.normalize.rules_pdf import read_keycap_digits

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (  # keycap digits are the digits (was "chín⃣bảy⃣hai⃣")
            "tăng từ 804.600 đồng lên 9️⃣7️⃣2️⃣.0️⃣0️⃣0️⃣.",
            "tăng từ tám trăm linh bốn nghìn sáu trăm đồng lên chín trăm bảy mươi hai nghìn.",
        ),
        ("Bước 2️⃣ nộp hồ sơ", "Bước hai nộp hồ sơ"),  # the space after the frame stays
        (  # a group of one digit between the dots (was "chín trăm linh một phẩy tám")
            "hoặc gọi số 0901.8.01.024",
            "hoặc gọi số không chín không một, tám, không một, không hai bốn",
        ),
        ("tình hình xử lý hồ sơ 24h x 7 ngày", "tình hình xử lý hồ sơ hai mươi tư giờ nhân bảy ngày"),
        (  # a dotted day and month before "âm lịch" (was "mười sáu phẩy sáu")
            "từ sáng 28.7 (16.6 âm lịch), tham dự",
            "từ sáng ngày hai mươi tám tháng bảy, ngày mười sáu tháng sáu âm lịch, tham dự",
        ),
    ],
)
def test_what_ie1_and_ie2_showed(written: str, spoken: str) -> None:
    assert N.text(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Model x 5", "mô đen x năm"),  # no count before the x: the letter stays
        ("số 02.09.1945", "số ngày mồng hai tháng chín năm một nghìn chín trăm bốn mươi lăm"),  # a date, no phone
        ("nhằm ngày 15.4 - 27.4 âm lịch", "nhằm ngày mười lăm tháng tư đến ngày hai mươi bảy tháng tư âm lịch"),
    ],
)
def test_what_round_215_leaves(written: str, spoken: str) -> None:
    assert N.text(written) == spoken


def test_a_keycap_frame_goes_only_after_a_digit() -> None:
    assert read_keycap_digits("1️⃣ Bước #⃣", N.ctx) == "1 Bước #⃣"
