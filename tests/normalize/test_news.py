"""Each rule of the second real-text batch (normalize/rules_news.py and the rules_text additions), on its own."""

from __future__ import annotations

import pytest

from pipeline.normalize import load_context
from pipeline.normalize import rules_capitals as caps
from pipeline.normalize import rules_codes as codes
from pipeline.normalize import rules_levels as levels
from pipeline.normalize import rules_news as news
from pipeline.normalize import rules_ranges as ranges
from pipeline.normalize import rules_tallies as tallies
from pipeline.normalize import rules_text as txt

CTX = load_context()


@pytest.mark.parametrize(
    ("rule", "written", "spoken"),
    [
        (news.join_date_spans, "(19/8/1945 – 19/8/2024)", "(19/8/1945 đến 19/8/2024)"),
        (news.join_date_spans, "từ ngày 15/4 - 14/5/2022", "từ ngày 15/4 đến 14/5/2022"),
        (news.join_date_spans, "tỉ lệ 3/4 - 5/6", "tỉ lệ 3/4 - 5/6"),
        (news.separate_date_and_time, "16/10/2020 07:03", "16/10/2020, 07:03"),
        (news.read_clock_seconds, "03:54:27", "ba giờ năm mươi tư phút hai mươi bảy giây"),
        (news.read_clock_seconds, "lúc 10:02", "lúc 10:02"),
        (news.read_month_dot_years, "cuối tháng 12.2018", "cuối tháng mười hai năm hai nghìn không trăm mười tám"),
        (news.read_month_dot_years, "tháng 13.2018", "tháng 13.2018"),
        (news.read_day_lists, "Ngày 6,7/01/2024", "Ngày mồng sáu, mồng bảy tháng 01/2024"),
        (codes.read_ratios, "8/22 quận", "tám trên hai mươi hai quận"),
        (codes.read_ratios, "24/24 giờ", "hai mươi tư trên hai mươi tư giờ"),
        (codes.read_ratios, "ngày 8/12", "ngày 8/12"),
        (news.read_minus_percents, "giảm 554 vụ (-4,2%)", "giảm 554 vụ (âm 4,2%)"),
        (news.read_minus_percents, "từ 5-6%", "từ 5-6%"),
        (tallies.read_chainages, "tại Km139+900", "tại ki lô mét một trăm ba mươi chín cộng chín trăm"),
        (news.read_per_periods, "mười buổi/tuần", "mười buổi một tuần"),
        (news.read_per_periods, "ba mét/s", "ba mét trên giây"),
        (news.read_per_periods, "tăng/giảm", "tăng/giảm"),
        (levels.read_level_chains, "từ cấp 6-7-8", "từ cấp 6, 7, 8"),
        (news.read_scores, "thắng với tỉ số 3-1", "thắng với tỉ số 3 1"),
        (news.read_code_digits, "Mã số: 8720163", "Mã số: tám bảy hai không một sáu ba"),
        (news.read_code_digits, "đầu số 034", "đầu số không ba bốn"),
        (ranges.read_news_dates, "chiều nay 19-9", "chiều nay ngày mười chín tháng chín"),
        (ranges.read_news_dates, "dịp nghỉ lễ 30-4 và 1-5", "dịp nghỉ lễ ba mươi tháng tư và mồng một tháng năm"),
        (ranges.read_news_dates, "từ 3-5 và 6-8 người", "từ 3-5 và 6-8 người"),
        (ranges.read_first_days, "từ ngày 12 đến 18-5", "từ ngày mười hai đến 18/5"),
        (ranges.read_day_month_ranges, "từ ngày 3 - 31.12", "từ ngày mồng ba đến ngày ba mươi mốt tháng mười hai"),
        (ranges.read_day_month_ranges, "khoảng 3 - 4.5", "khoảng 3 - 4.5"),
        (codes.read_initials, "nhận tin báo bà P.T.C.", "nhận tin báo bà pê tê xê."),
        (codes.read_initials, "Vì quá lo sợ, anh H.", "Vì quá lo sợ, anh hát."),
        (codes.read_codes, "tuyến ống DN100PVC", "tuyến ống dê en nờ một không không pê vê xê"),
        (
            txt.drop_abbreviation_definitions,
            "Thành lập Ủy ban bầu cử (UBBC) các cấp",
            "Thành lập Ủy ban bầu cử  các cấp",
        ),
        (txt.drop_abbreviation_definitions, "chống lụt bão Trung ương (PCLB TƯ)", "chống lụt bão Trung ương (PCLB TƯ)"),
        (txt.drop_repeated_glosses, "đường liên kết (liên kết) lạ", "đường liên kết  lạ"),
        (txt.drop_repeated_glosses, "Hà Tĩnh (Hà Nội)", "Hà Tĩnh (Hà Nội)"),
        (txt.read_file_extensions, "file có đuôi .apk", "file có đuôi chấm a pê ca"),
        (caps.read_capital_words, "ĐẾN NĂM 2020", "đến năm 2020"),
        (caps.read_capital_words, "LẦN THỨ VI", "lần thứ VI"),
        (caps.read_capital_words, "lúa OM 5451", "lúa OM 5451"),
        (caps.read_capital_words, "SỐT XUẤT HUYẾT.", "sốt xuất huyết."),
        (txt.punctuation_to_pauses, "Tòa án... yêu cầu", "Tòa án,  yêu cầu"),
        (txt.punctuation_to_pauses, "Số hiệu: | 27", "Số hiệu,  ,  27"),
        (txt.punctuation_to_pauses, "Nguyễn Thắng- Đài", "Nguyễn Thắng,  Đài"),
        (txt.punctuation_to_pauses, "sởi- ru bê la", "sởi  ru bê la"),
    ],
)
def test_rule(rule, written: str, spoken: str) -> None:  # type: ignore[no-untyped-def]
    assert rule(written, CTX) == spoken


def test_a_name_after_a_slash_is_a_token_for_the_lexicon() -> None:
    """`Google Play/AppleStore`: both names are read; `V/v` and `5/TT` stay as they are."""
    assert CTX.lexicon.replace("Google Play/AppleStore") == "gu gồ pờ lây/ áp pồ xờ to"
    assert CTX.lexicon.replace("V/v tuyển quân") == "về việc tuyển quân"


def test_a_reading_said_just_before_is_not_repeated() -> None:
    """`đường link`: link is "đường liên kết", whose "đường" the sentence has just said."""
    assert CTX.lexicon.replace("truy cập đường link này").split() == ["truy", "cập", "đường", "liên", "kết", "này"]


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("từ ngày 6 đến ngày 8 âm lịch", "từ ngày mồng sáu đến ngày mồng tám âm lịch"),
        ("nộp từ ngày 01 đến ngày 05", "nộp từ ngày mồng một đến ngày mồng năm"),
        ("Ngày 03; 10; 17 (Thứ 5)", "Ngày mồng ba; mồng mười; mười bảy (Thứ 5)"),
        ("ngày 3 và ngày 5/2", "ngày mồng ba và ngày 5/2"),  # a day with its month is the date rules' work
        ("uống ngày 2 lần", "uống ngày 2 lần"),  # so many times a day
        ("đến ngày 5h sáng", "đến ngày 5h sáng"),  # an hour
        ("chi ngày 1,5 triệu", "chi ngày 1,5 triệu"),
    ],
)
def test_a_day_from_one_to_ten_without_its_month_says_mong(written: str, spoken: str) -> None:
    assert news.read_days_of_a_month(written, CTX) == spoken


def test_days_without_mong_for_a_station_that_does_not_say_it() -> None:
    assert news.read_days_of_a_month("từ ngày 6", load_context(say_mong=False)) == "từ ngày 6"


def test_a_news_date_after_a_from_to_range_is_read_where_the_range_lengthened_the_line() -> None:
    """The from-to range is rewritten first and the line grows: the date after it was looked up in the text as it
    was before (an IndexError on a real notice's line, or the wrong character before the date)."""
    line = "Gieo mạ từ 20-1 đến 10-2, cấy xong vào ngày 25-2"
    assert ranges.read_news_dates(line, load_context()) == (
        "Gieo mạ từ ngày hai mươi tháng một đến ngày mồng mười tháng hai, cấy xong vào ngày hai mươi lăm tháng hai"
    )
