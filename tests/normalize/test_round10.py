"""Round 10 (issue 29): shapes the annotators of several batches read alike and Loa misread by their form (a day
after "hôm", a day range after a count of days, a score with words before it, an SMS short code, ...)."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

CTX = load_context()
READ = Normalizer(CTX)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("điện đàm hôm 5/3, Bộ", "điện đàm hôm mồng năm tháng ba, Bộ"),
        ("Hôm 29/9, ông", "Hôm hai mươi chín tháng chín, ông"),
        ("giá tiêu hôm nay 24/11 chững lại", "giá tiêu hôm nay ngày hai mươi tư tháng mười một chững lại"),
    ],
)
def test_a_day_after_a_bare_hom_takes_no_second_ngay(written: str, spoken: str) -> None:
    assert READ.text(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("kéo dài trong hai ngày 30-31/7", "kéo dài trong hai ngày ba mươi đến ba mươi mốt tháng bảy"),
        ("trong 2 ngày 26 - 27/6 ở", "trong hai ngày hai mươi sáu đến hai mươi bảy tháng sáu ở"),
        ("từ ngày 5-6/9, bão", "từ ngày mồng năm đến ngày mồng sáu tháng chín, bão"),
    ],
)
def test_a_day_range_after_a_count_of_days_says_ngay_once(written: str, spoken: str) -> None:
    assert READ.text(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("chiến thắng thuyết phục 2-0 trước", "chiến thắng thuyết phục hai không trước"),
        ("thua sát nút 1-2 trên sân", "thua sát nút một hai trên sân"),
        ("chiến thắng lợi 3-5 phần", "chiến thắng lợi ba đến năm phần"),
    ],
)
def test_a_score_after_a_win_with_words_between_is_two_numbers(written: str, spoken: str) -> None:
    assert READ.text(written) == spoken


def test_an_sms_short_code_is_said_digit_by_digit() -> None:
    assert READ.text("soạn tin nhắn theo cú pháp gửi 8079") == "soạn tin nhắn theo cú pháp gửi tám không bảy chín"
    assert READ.text("gửi 8079 hồ sơ") == "gửi tám nghìn không trăm bảy mươi chín hồ sơ"


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("mức lương 789 yên/giờ lên", "mức lương bảy trăm tám mươi chín yên một giờ lên"),
        ("đặt cọc 50%/ tổng giá trị", "đặt cọc năm mươi phần trăm trên tổng giá trị"),
        ("tăng thêm 0,03%/ngày chậm", "tăng thêm không phẩy không ba phần trăm một ngày chậm"),
    ],
)
def test_a_slash_after_a_currency_or_a_percent_is_per_or_of(written: str, spoken: str) -> None:
    assert READ.text(written) == spoken


def test_a_small_o_between_a_number_and_c_is_the_degree_sign() -> None:
    assert READ.text("xuống còn 3-5oC, có nơi 30oC") == "xuống còn ba đến năm độ xê, có nơi ba mươi độ xê"


def test_a_unit_after_a_counting_word_is_the_unit() -> None:
    assert READ.text("bị ùn tắc hàng km, vài kg") == "bị ùn tắc hàng ki lô mét, vài ki lô gam"


def test_dotted_vietnamese_initials_are_the_abbreviation_without_the_dot() -> None:
    assert READ.text("Ban Chấp hành T.Ư Đảng") == "Ban Chấp hành Trung ương Đảng"
    assert READ.text("chị N.T Hoa") == "chị en nờ tê Hoa"
