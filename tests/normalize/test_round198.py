"""Issue 29, round 198, from blind batches hc1, hc2, hd1 and hd2 after their scores: a city's title spelled with a
dot between its letters, vowels ending on a glide that no consonant closes, table rows; and an idempotency class."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context
from pipeline.normalize.guess import guess_reading
from pipeline.normalize.syllable import is_syllable

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("UBND T.P Thái Nguyên chịu trách nhiệm", "Ủy ban nhân dân thành phố Thái Nguyên chịu trách nhiệm"),  # hc2
        ("xã Phúc Xuân (T.P Thái Nguyên) cho biết", "xã Phúc Xuân, thành phố Thái Nguyên, cho biết"),  # ec2
        ("T.X. Sơn Tây", "thị xã Sơn Tây"),
        ("bà T.P Hà Nội", "bà tê pê Hà Nội"),  # a person named by initials keeps them
        ("bà P.T.P trú tại xã", "bà pê tê pê trú tại xã"),  # the last two of three initials are no title
    ],
)
def test_a_citys_title_with_a_dot_between_its_letters(written: str, spoken: str) -> None:
    assert N.text(written) == spoken


@pytest.mark.parametrize("word", ["Leon", "Deon", "laút", "ghêun"])
def test_a_vowel_ending_on_the_glide_o_or_u_takes_no_final_consonant(word: str) -> None:
    assert not is_syllable(word, unaccented=True)


@pytest.mark.parametrize("word", ["leo", "kêu", "hiếu", "người", "khuyên", "yêu", "Kuin"])
def test_vietnamese_syllables_stay_syllables(word: str) -> None:
    assert is_syllable(word)


@pytest.mark.parametrize(
    ("written", "guessed"),
    [
        ("Manaus", "ma nau xơ"),  # as its annotator wrote it (fc2): the consonant after the glide is a syllable
        ("Klaus", "clau xơ"),
        ("Raul", "rau lơ"),
        ("Amateur", "a ma têu"),  # an r after it stays unheard, as before
    ],
)
def test_a_guess_closes_no_glide_with_a_consonant(written: str, guessed: str) -> None:
    assert guess_reading(written) == guessed


def test_leon_is_read_not_left_as_written() -> None:
    assert N.text("ông Leon nói") == "ông lê ôn nói"


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("theo báo The New York Times (Mỹ),", "theo báo Đờ Niu Oóc Tai mơ, Mỹ"),  # hd1: "Tai" alone
        ("Bế Văn Đàn (Ảnh: NVCC)", "Bế Văn Đàn, Ảnh, nhân vật cung cấp"),  # hc1: spelled
        ("giá 30 đến 50 triệu đồng/carat,", "giá ba mươi đến năm mươi triệu đồng một ca ra"),  # hc2
        ("thành 7,6 độ Ritcher xảy ra", "thành bảy phẩy sáu độ rích te xảy ra"),  # hd2: "rít chơ"
        ("cao tốc Pacific Highway đang", "cao tốc Pa xi phích Hai uây đang"),  # hc1: "Thái Bình Dương hai quây"
        ("ông Stephen O'Brien đã", "ông xtê phen Ô Brai ơn đã"),  # hd2: "O'bri en"
    ],
)
def test_rows_from_the_blind_batches(written: str, spoken: str) -> None:
    assert N.text(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("h-hr", "h hát e rờ"),  # test_idempotent's: "h hr", then "h hát e rờ"
        ("x-hr-x", "x hát e rờ x"),
        ("Hà Tĩnh-Quảng Bình", "Hà Tĩnh Quảng Bình"),  # words joined by a hyphen, as before
    ],
)
def test_a_word_after_a_hyphen_is_read_as_a_second_reading_would(written: str, spoken: str) -> None:
    once = N.text(written)
    assert (once, N.text(once)) == (spoken, spoken)
