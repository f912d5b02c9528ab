"""Issue 29, round 165, from ft1 and ft2: a count glued to its number before a unit's slash; `of` and `Republic`
inside English names."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("loại 30con/kg giá", "loại ba mươi con một ki lô gam giá"),
        ("mật độ 5con/m2", "mật độ năm con một mét vuông"),
        ("tốc độ khoảng 10km/h.", "tốc độ khoảng mười ki lô mét trên giờ."),
        ("27 tấn quả/ha", "hai mươi bảy tấn quả một héc ta"),
        ("3 - 4 trái/kg", "ba đến bốn trái một ki lô gam"),
    ],
)
def test_a_count_glued_to_its_number_before_a_units_slash(written: str, said: str) -> None:
    assert N.line(written) == said


def test_of_and_republic_inside_english_names() -> None:
    assert N.line("Báo The Times of Israel đưa tin") == "Báo Đờ Tai mơ ốp I xra en đưa tin"
    assert N.line("Cộng hoà Republic of Sierra Leone") == "Cộng hoà ri pấp lích ốp Xi ê ra Lê ôn"
