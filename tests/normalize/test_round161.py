"""Issue 29, round 161, from fp1 and fp2: letters hyphened onto a name are parted from it; Merz by the corpus's
majority."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("Năm du lịch ASEAN-Ấn Độ", "Năm du lịch A xê an, Ấn Độ"),
        ("quan hệ ASEAN-Trung Quốc", "quan hệ A xê an, Trung Quốc"),
        ("TP-Hồ Chí Minh", "thành phố Hồ Chí Minh"),
        ("TT-Huế", "Thừa Thiên Huế"),
        ("QR-Code", "quy e rờ cốt"),
        ("lãnh đạo Đảng ủy-UBND xã", "lãnh đạo Đảng ủy, Ủy ban nhân dân xã"),
        ("COVID-19", "cô vít mười chín"),
    ],
)
def test_letters_hyphened_onto_a_name_are_parted_from_it(written: str, said: str) -> None:
    assert N.line(written) == said


def test_merz() -> None:
    assert N.line("Thủ tướng Đức Friedrich Merz") == "Thủ tướng Đức Phri đrích Méc xơ"
    assert N.line("ông Merz cho biết") == "ông Méc xơ cho biết"
