"""Issue 29, round 86: what the older batches still miss that is no convention of their annotators (a clock with its
minute mark before a range's dash, a whole hour over a day in a river table)."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (
            "Thời gian: 13h00’ - 13h30' ngày 20/5/2022",
            "Thời gian, mười ba giờ đến mười ba giờ ba mươi phút ngày hai mươi tháng năm năm hai nghìn không trăm hai"
            " mươi hai",
        ),  # ah2: the minute mark closes the first clock; the dash was a pause
        ("từ 19h30’- 22h30’ ngày", "từ mười chín giờ ba mươi phút đến hai mươi hai giờ ba mươi phút ngày"),  # ae2
        ("Mai Hóa là 7,70m (lúc 0h/4)", "Mai Hóa là bảy phẩy bảy mươi mét, lúc không giờ ngày mồng bốn"),  # an1
        ("lúc 7h/17/07 là 111,69 m", "lúc bảy giờ ngày mười bảy tháng bảy là một trăm mười một phẩy sáu mươi chín mét"),
        ("22h45/09 là", "hai mươi hai giờ bốn mươi lăm phút ngày mồng chín là"),  # as before
    ],
)
def test_what_the_older_batches_showed(written: str, spoken: str) -> None:
    assert N.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("lãnh đạo Đảng ủy-UBND xã đến dự", "lãnh đạo Đảng ủy, Ủy ban nhân dân xã đến dự"),  # bv2
        ("do Đảng ủy-HĐND-UBND xã", "do Đảng ủy, Hội đồng nhân dân, Ủy ban nhân dân xã"),
        ("Kỳ họp thứ 13-HĐND tỉnh", "Kỳ họp thứ mười ba, Hội đồng nhân dân tỉnh"),
        ("COVID-19, 37-NQ/TW", "cô vít mười chín, ba mươi bảy, nghị quyết Trung ương"),  # no body after: as before
        ("thắng cử Тổng thống Indonesia", "thắng cử Tổng thống In đô nê xi a"),  # bv2: a Cyrillic Т
        ("thủ đô Москва", "thủ đô Москва"),  # a word all in Cyrillic is Russian: left
        ("TTS được nhận 60.000 yen/người", "thực tập sinh được nhận sáu mươi nghìn yên một người"),  # bv2
        ("Chăm-Katê lần thứ 2/2011 tại", "Chăm Ca tê lần thứ hai, năm hai nghìn không trăm mười một tại"),  # bv2
        ("(Nghị quyết 25,26,27,28)", "Nghị quyết hai mươi lăm, hai mươi sáu, hai mươi bảy, hai mươi tám"),  # bv2
        ("giá 1,200,000 đồng", "giá một triệu hai trăm nghìn đồng"),  # thousands: as before
        ("Gia Lai 140,000 +1,000 Đắk Nông", "Gia Lai một trăm bốn mươi nghìn tăng một nghìn Đắk Nông"),  # bv1
        ("1.500 + 2.000 = 3.500", "một nghìn năm trăm cộng hai nghìn bằng ba nghìn năm trăm"),  # a sum: as before
    ],
)
def test_what_bv_showed(written: str, spoken: str) -> None:
    assert N.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (
            "ký kết Hiệp định Geneva (7.1954), công nhận",
            "ký kết Hiệp định Giơ ne vơ, tháng bảy năm một nghìn chín trăm năm mươi tư, công nhận",
        ),  # bw2: a month and year, dotted, in brackets
        ("tăng (2.5)", "tăng, hai phẩy năm"),  # no year: a number, as before
        ("( Tức ngày 19,20 và 21 âm lịch)", "Tức ngày mười chín, hai mươi và hai mươi mốt âm lịch"),  # bw2
        ("tăng 2,5 và 3 lần", "tăng hai phẩy năm và ba lần"),  # no "ngày" before: a decimal, as before
        (
            "(lượng mưa phổ biến 40-70mm/24 giờ)",
            "lượng mưa phổ biến bốn mươi đến bảy mươi mi li mét trong hai mươi tư giờ",
        ),  # bw1: rain over so many hours
        ("trên 100mm/3h", "trên một trăm mi li mét trong ba giờ"),  # as1
        (
            "lượng mưa 100 mm/3 giờ gây ngập",
            "lượng mưa một trăm mi li mét trong ba giờ gây ngập",
        ),  # ab1 (round 46: "trên")
        ("200 mm/đợt", "hai trăm mi li mét một đợt"),  # a rain per spell: as before
        ("Đắk Lắk 154.000 - 3.000", "Đắk Lắk một trăm năm mươi tư nghìn, giảm ba nghìn"),  # bw1: a fall
        (
            "ở mức 147,000 -149,000 đồng/kg",
            "ở mức một trăm bốn mươi bảy nghìn đến một trăm bốn mươi chín nghìn đồng một ki lô gam",
        ),  # a range goes up: as before
    ],
)
def test_what_bw_showed(written: str, spoken: str) -> None:
    assert N.line(written) == spoken


def test_a_korean_name_is_read_on_every_line_of_a_text_about_korea() -> None:
    """bw2, bs2, bv2: the country named once, its people on the lines after ("dun", "li giây mờ dung" were heard)."""
    text = "Quốc hội Hàn Quốc họp khẩn.\ntới khi Tổng thống Yoon ra lệnh.\nTổng thống Lee Jae Myung sẽ thăm"
    assert N.text(text).split("\n")[1:] == ["tới khi Tổng thống Yun ra lệnh.", "Tổng thống Li Chê miêng sẽ thăm"]


def test_other_capitalized_words_of_a_text_about_korea_keep_their_reading() -> None:
    """Only family names leave the lines that name Korea: a rupee in a price report that names it in passing."""
    text = "Hàn Quốc mua nhiều.\ngiảm 80 Rupee một tấn"
    assert N.text(text).split("\n")[1] == N.text("giảm 80 Rupee một tấn")
