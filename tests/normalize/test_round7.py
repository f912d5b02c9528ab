"""Round 7 (issue 29): mechanisms that read words nobody listed (highland names with a small letter after the
apostrophe, glued tokens, a unit after any slash, ranges by shape, the foreign-word guess, acronyms said as words)."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context
from pipeline.normalize import rules_foreign as foreign
from pipeline.normalize import rules_shapes as shapes

CTX = load_context()
READ = Normalizer(CTX)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("huyện Cư M'gar", "huyện Cư Mơ ga"),
        ("huyện Ea H'leo", "huyện e a Hơ leo"),
        ("huyện Đắk R'lấp", "huyện Đắk Rơ lấp"),
        ("xã Ea Kar", "xã e a ca"),
    ],
)
def test_a_highland_name_with_a_small_letter_after_the_apostrophe_reads_its_syllable(written: str, spoken: str) -> None:
    assert READ.text(written) == spoken


def test_a_vowel_after_the_apostrophe_is_a_french_elision_no_highland_syllable() -> None:
    assert shapes.read_highland_names("L'amour", CTX) == "L'amour"


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Ngày16/5, nhiều nơi nắng nóng", "Ngày mười sáu tháng năm, nhiều nơi nắng nóng"),
        ("Hình thành9 tháng 7", "Hình thành chín tháng bảy"),
        (
            "28/11/2022 14:15Khi nào",
            "ngày hai mươi tám tháng mười một năm hai nghìn không trăm hai mươi hai, "
            "mười bốn giờ mười lăm phút Khi nào",
        ),
        ("giá sầu Ri6", "giá sầu Ri sáu"),  # a code keeps its letters, read apart from its number
        ("virus H5N1", "vi rút hát năm en nờ một"),
    ],
)
def test_a_word_glued_to_a_number_is_read_apart(written: str, spoken: str) -> None:
    assert READ.text(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (
            "tăng 2,05 Cent, lên 131,2 Cent/lb",
            "tăng hai phẩy không năm xen, lên một trăm ba mươi mốt phẩy hai xen một pao",
        ),
        ("ở mức 1.552 USD/ounce", "ở mức một nghìn năm trăm năm mươi hai đô la Mỹ một ao xơ"),
        ("đạt từ 3 – 4 trái/kg", "đạt từ ba đến bốn trái một ki lô gam"),
        ("xuống 30 lượt/h", "xuống ba mươi lượt một giờ"),
        ("tối đa 40 km/h", "tối đa bốn mươi ki lô mét trên giờ"),  # the table's own reading of km/h
        ("cấp 1 trâu/bò", "cấp một trâu, bò"),  # no unit after the slash: a pause
    ],
)
def test_a_unit_after_a_slash_is_per_in_any_case_and_after_a_count(written: str, spoken: str) -> None:
    assert READ.text(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("công bố vào quý IV-2019", "công bố vào quý bốn năm hai nghìn không trăm mười chín"),
        ("nhiệt độ trong ngày 35-38 độ", "nhiệt độ trong ngày ba mươi lăm đến ba mươi tám độ"),
        (
            "trong 2 ngày 9-10 /10/2022",
            "trong hai ngày mồng chín đến ngày mồng mười tháng mười năm hai nghìn không trăm hai mươi hai",
        ),
        ("ngày 25/10/ 2013 của Bộ", "ngày hai mươi lăm tháng mười năm hai nghìn không trăm mười ba của Bộ"),
        ("ngày 3 và ngày 5", "ngày mồng ba và ngày mồng năm"),  # days of a month stay days
        (
            "Ngày 10, 24, 31 /01/2021",
            "Ngày mồng mười, hai mươi tư, ba mươi mốt, tháng một năm hai nghìn không trăm hai mươi mốt",
        ),
    ],
)
def test_ranges_and_dates_are_read_by_their_shape(written: str, spoken: str) -> None:
    assert READ.text(written) == spoken


@pytest.mark.parametrize(
    ("word", "spoken"),
    [
        ("Jupiter", "giu pi tơ"),  # the English r-vowel is "ơ", as Vietnamese writes it (Giu pi tơ)
        ("Scooter", "xcu tơ"),  # round 21: an s opens the syllable with a c (xcu), as the annotators write it
        ("Voscur", "vốt cơ"),  # a foreign o before a stop is ô (round 92: batch b wrote "Vốt cơ")
        ("Coxsackie", "cốc xa ki"),  # a final ie is one vowel; "cốc" as g1 wrote it (round 92)
        ("Palace", "pa lát"),  # a final ce is the sound s
        ("Nice", "nít"),
        ("Molave", "mô la vê"),  # any other final e is said: storm names and Italian or Japanese names end so
        ("Maria", "ma ri a"),  # r before a vowel opens the next syllable
    ],
)
def test_the_foreign_guess_reads_english_r_vowels_and_final_ie_ce(word: str, spoken: str) -> None:
    assert foreign.guess_reading(word) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("kỳ thi EPS-TOPIK", "kỳ thi e pê ét tô pích"),  # "ích" since round 62
        ("Trung tâm (COLAB)", "Trung tâm, cô láp"),
        ("tổ chức JITCO", "tổ chức gi i tê xê o"),  # two consonants together: spelled
        ("chứng chỉ IELTS", "chứng chỉ i e e lờ tê ét"),  # two vowels together: spelled
        ("UBND xã", "Ủy ban nhân dân xã"),
    ],
)
def test_an_acronym_whose_letters_take_turns_is_said_as_a_word(written: str, spoken: str) -> None:
    assert READ.text(written) == spoken
