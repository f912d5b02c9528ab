"""Round 19 (issue 29): shapes and words of batches s1 and s2 the annotators of every batch agree on."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

READ = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("do ảnh hưởng của ATNĐ nên", "do ảnh hưởng của áp thấp nhiệt đới nên"),
        ("kỷ niệm 69 năm CMT8", "kỷ niệm sáu mươi chín năm Cách mạng Tháng Tám"),
        ("gửi về cho BTT UBMT phường", "gửi về cho Ban Thường trực Ủy ban Mặt trận phường"),
        ("ĐZ 372", "đường dây ba bảy hai"),  # a power line's number digit by digit (round 96: 6 spans of 7)
    ],
)
def test_abbreviations_of_bulletins_and_the_front_are_read_in_full(written: str, spoken: str) -> None:
    assert READ.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (
            "sang ngày 06, 07/12/2024.",
            "sang ngày mồng sáu, mồng bảy tháng mười hai năm hai nghìn không trăm hai mươi tư.",
        ),
        ("ngày 28, 29/7/2014", "ngày hai mươi tám, hai mươi chín tháng bảy năm hai nghìn không trăm mười bốn"),
    ],
)
def test_two_days_of_one_month_say_ngay_once(written: str, spoken: str) -> None:
    assert READ.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("trong ngày 1 và 2-9", "trong ngày mồng một và mồng hai tháng chín"),
        ("từ ngày 17-24.", "từ ngày mười bảy đến ngày hai mươi tư."),
    ],
)
def test_a_dash_after_days_gives_their_month_or_the_last_day(written: str, spoken: str) -> None:
    assert READ.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("nguy cơ cháy rừng cấp IV và V đang", "nguy cơ cháy rừng cấp bốn và năm đang"),
        ("báo động I, II và III", "báo động một, hai và ba"),
        ("rủi ro thiên tai cấp độ IV", "rủi ro thiên tai cấp độ bốn"),
        ("cuộc đua lần II – 2014 vào", "cuộc đua lần hai, năm hai nghìn không trăm mười bốn vào"),
    ],
)
def test_a_roman_numeral_after_a_level_a_listed_one_or_an_edition(written: str, spoken: str) -> None:
    assert READ.line(written) == spoken


def test_a_spaced_dash_between_hyphen_dates_is_den() -> None:
    assert READ.line("(02-9-1945 – 02-9-2014)") == (
        "ngày mồng hai tháng chín năm một nghìn chín trăm bốn mươi lăm đến "
        "ngày mồng hai tháng chín năm hai nghìn không trăm mười bốn"
    )
