"""Issue 29, round 61: Japanese and Korean names on lines about Japan and Korea (batches ay2, ba2 and older)."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context
from pipeline.normalize.rules_foreign import is_guessable
from pipeline.normalize.rules_japanese import japanese_reading
from pipeline.normalize.rules_korean import korean_reading

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("word", "said"),
    [
        ("Abe", "A bê"),  # not the American name's sound "ếp"
        ("Shinzo", "Sin dô"),  # sh is s, a closing n, z is d
        ("Takaichi", "Ta ca i chi"),  # every vowel a syllable; k before a is written c
        ("Senkaku", "Xen ca cư"),  # a closed e is short; ku is cư
        ("Hokkaido", "Hốc ca i đô"),  # a doubled consonant closes the syllable before, with sắc
        ("Kyodo", "Ki ô đô"),  # the y glide an i of its own
        ("Tokyo", "Tô ki ô"),
        ("Fujii", "Phu gi"),  # f is ph; a long vowel is one syllable
        ("Google", None),  # no string of morae
        ("Kim", None),  # a Vietnamese syllable as it stands
        ("Ea", None),  # vowels alone: an Ê Đê place name
    ],
)
def test_a_japanese_name_is_read_mora_by_mora(word: str, said: str | None) -> None:
    assert japanese_reading(word) == said


@pytest.mark.parametrize(
    ("word", "said"),
    [
        ("Moon", "Mun"),  # oo is u
        ("Jae-in", "Chê in"),  # j is the Korean ch sound; ae one vowel
        ("Suk-yeol", "Xúc yơn"),  # a stop gives sắc; a final l is n; yeo is yơ
        ("Gyeongju", "Ghi ơng chu"),  # the glide after g an i of its own, "ghi"
        ("Chuncheon", "Chun chơn"),
        ("Wi", "Uy"),
        ("Sung-lac", "Xung lác"),
        ("Han", None),  # a Vietnamese syllable: the voice reads it right
        ("Twitter", None),  # tw opens no Korean syllable
        ("Ea", None),
    ],
)
def test_a_korean_name_is_read_syllable_by_syllable(word: str, said: str | None) -> None:
    assert korean_reading(word) == said


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("cố Thủ tướng Nhật Bản Abe Shinzo.", "cố Thủ tướng Nhật Bản A bê Sin dô."),  # ba2
        ("quần đảo Senkaku do Nhật kiểm soát", "quần đảo Xen ca cư do Nhật kiểm soát"),  # ay2
        ("ở thành phố Ise-Shima, Nhật Bản", "ở thành phố I xê Si ma, Nhật Bản"),  # ag2
        (
            "Tổng thống Hàn Quốc Moon Jae-in sáng 4/11",
            "Tổng thống Hàn Quốc Mun Chê in sáng ngày mồng bốn tháng mười một",
        ),
        ("Phủ Tổng thống Hàn Quốc Wi Sung-lac cho biết", "Phủ Tổng thống Hàn Quốc Uy Xung lác cho biết"),  # aq2
        ("Đà Lạt - Chuncheon (Hàn Quốc)", "Đà Lạt, Chun chơn, Hàn Quốc"),  # s2
        (
            "102 lao động huyện Ea Súp đi làm việc tại Hàn Quốc",
            "một trăm linh hai lao động huyện e a Súp đi làm việc tại Hàn Quốc",
        ),
    ],
)
def test_names_on_a_line_about_japan_or_korea(written: str, spoken: str) -> None:
    assert N.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Chủ Nhật, Abe gửi thư", "Chủ Nhật, ếp gửi thư"),  # the weekday speaks of no Japan: the letter guess as before
        ("ông Abe đến Hà Nội", "ông ếp đến Hà Nội"),  # nor does a line without Japan in it
    ],
)
def test_a_line_not_about_japan_keeps_the_letter_guess(written: str, spoken: str) -> None:
    assert N.line(written) == spoken


def test_a_y_before_a_vietnamese_rhyme_is_read_as_written() -> None:
    """`Yun`, `Yong`: the y a glide as in "yên"; the guess said "dun"."""
    assert not is_guessable("Yun") and not is_guessable("Yong")
    assert is_guessable("Yale")
