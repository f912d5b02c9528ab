"""Issue 29, round 117: what blind batches dh1 and dh2 (now development) showed."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (
            "phía Bắc Vĩ tuyến 200N và phía Đông Kinh tuyến 1150E.",
            "phía Bắc Vĩ tuyến hai mươi độ Bắc và phía Đông Kinh tuyến một trăm mười lăm độ Đông.",
        ),
        ("phía Bắc Vĩ tuyến190N", "phía Bắc Vĩ tuyến mười chín độ Bắc"),
        ("phía Đông kinh tuyến 110E", "phía Đông kinh tuyến một trăm mười độ Đông"),  # whole degrees in range
        ("vĩ tuyến 18,5N", "vĩ tuyến mười tám phẩy năm độ Bắc"),  # as before
        ("tuyến xe buýt 5N", "tuyến xe buýt năm en nờ"),  # no parallel named: no degree
    ],
)
def test_whole_degrees_on_a_line_naming_a_parallel_or_meridian(written: str, spoken: str) -> None:
    """`Vĩ tuyến 200N` (dh1): the degree typed as a superscript zero (20⁰N) and flattened; 200 is no latitude, so
    its last zero is the sign. Whole degrees in range after "vĩ tuyến", "kinh tuyến" were left as letters too."""
    assert N.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Hội nghị Thượng đỉnh BRICS lần này", "Hội nghị Thượng đỉnh Bờ rích lần này"),  # 4 spans to 2 "Brích"
        ("do Ngoại trưởng Sergei Lavrov dẫn đầu", "do Ngoại trưởng Xéc gây La vrốp dẫn đầu"),
        ("Mật độ sâu 2 - 3 con/cây,", "Mật độ sâu hai đến ba con một cây"),
        ("Sầu riêng Musang King loại A", "Sầu riêng Mu xang Kinh loại A"),  # Kinh 6 spans to 3
    ],
)
def test_round_117(written: str, spoken: str) -> None:
    assert N.line(written) == spoken
