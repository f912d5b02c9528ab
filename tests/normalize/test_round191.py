"""Issue 29, round 191, from gu1 to gw2: dotted date spans after a part of the day, a substation's code, the y glide
of English sounds, a credit's plus, a power company's letters after a title's capital, and table rows."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context
from pipeline.normalize.english import heard_reading

N = Normalizer(load_context())
CTX = load_context()


@pytest.mark.parametrize(
    ("written", "said"),
    [
        (
            "từ chiều tối 31.7 - 1.8 có mưa rào",
            "từ chiều tối ngày ba mươi mốt tháng bảy đến ngày mồng một tháng tám có mưa rào",
        ),
        (
            "mưa lớn từ đêm 22 - 23.8 khiến đất",
            "mưa lớn từ đêm ngày hai mươi hai đến ngày hai mươi ba tháng tám khiến đất",
        ),
        ("sáng 1.5 - 2.5 mét", "sáng một phẩy năm đến hai phẩy năm mét"),  # an amount after: numbers
    ],
)
def test_dotted_days_after_a_part_of_the_day_are_dates(written: str, said: str) -> None:
    assert N.line(written) == said


@pytest.mark.parametrize(
    ("written", "said"),
    [
        (
            "175 E5.9 (TBA 220 kV Tràng Bạch)",
            "một trăm bảy mươi lăm e năm chấm chín, trạm biến áp hai trăm hai mươi ki lô vôn Tràng Bạch",
        ),
        ("mã E5.9 của", "mã E năm phẩy chín của"),  # no word of the grid on the line
    ],
)
def test_a_substation_code_on_a_line_about_the_grid(written: str, said: str) -> None:
    assert N.line(written) == said


@pytest.mark.parametrize(
    ("word", "heard"), [("samuel", None), ("review", "ri viu"), ("futures", "phiu chơ"), ("commune", None)]
)
def test_an_english_y_after_a_consonant_is_the_vowel_iu(word: str, heard: str | None) -> None:
    assert heard_reading(word, CTX.english) == heard


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("Theo TTXVN/VIETNAM+", "Theo Thông tấn xã Việt Nam, Việt Nam plớt"),
        ("Tổng công ty Điện lực Miền Trung (EVNCPC) cũng", "Tổng công ty Điện lực Miền Trung cũng"),
        ("Công ty điện lực miền Trung (EVNCPC) cùng", "Công ty điện lực miền Trung cùng"),
        ("Tổng thống Iran Masoud Pezeshkian", "Tổng thống I ran Ma xút Pê dét ki an"),
        ("trên mạng xã hội Truth Social,", "trên mạng xã hội Trút Xô sồ"),
        ("Ban thường vụ Đảng ủy; TTHĐND;", "Ban thường vụ Đảng ủy, Thường trực Hội đồng nhân dân"),
        ("Ban chỉ huy PCTT-TKCN tỉnh", "Ban chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh"),
        (
            "Ban Chỉ huy PCTT-TKCN và PTDS tỉnh",
            "Ban Chỉ huy phòng, chống thiên tai, tìm kiếm cứu nạn và phòng thủ dân sự tỉnh",
        ),
        ("Nam Mỹ (Mercosur) và Bắc Mỹ (NAFTA)", "Nam Mỹ, Méc cô xua, và Bắc Mỹ, Náp ta"),
    ],
)
def test_credits_bodies_and_names_as_their_annotators_say_them(written: str, said: str) -> None:
    assert N.line(written) == said
