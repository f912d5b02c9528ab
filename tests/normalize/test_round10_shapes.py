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


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("chiếm khoảng 1/3 tỷ trọng", "chiếm khoảng một phần ba tỷ trọng"),
        ("chiếm hơn 2/3 diện tích", "chiếm hơn hai phần ba diện tích"),
        ("đến hết 30/6 và còn 5/3 ở", "đến hết ngày ba mươi tháng sáu và còn ngày mồng năm tháng ba ở"),
    ],
)
def test_a_small_number_over_a_bigger_one_after_a_share_word_is_a_fraction(written: str, spoken: str) -> None:
    assert READ.text(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("ứng dụng VssID 4.0", "ứng dụng vê ét ét i dê bốn chấm không"),
        ("Tài Chính 4.0", "Tài Chính bốn chấm không"),
        ("ở mức 9.0", "ở mức chín phẩy không"),
    ],
)
def test_a_version_after_a_name_is_said_cham(written: str, spoken: str) -> None:
    assert READ.text(written) == spoken


def test_a_two_letter_capital_word_ending_in_p_t_or_c_is_spelled() -> None:
    assert READ.text("Theo AP") == "Theo a pê"
    assert READ.text("THÔNG BÁO CẤT GIỮ") == "thông báo cất giữ"


def test_english_thousands_before_views_are_thousands() -> None:
    assert READ.text("1,886 views").startswith("một nghìn tám trăm tám mươi sáu ")


def test_the_same_date_twice_is_no_range() -> None:
    year = "năm hai nghìn không trăm hai mươi"
    assert READ.text("20/12/2020 -  20/12/2020 07:28") == (
        f"ngày hai mươi tháng mười hai {year}, ngày hai mươi tháng mười hai {year}, bảy giờ hai mươi tám phút"
    )


def test_a_date_glued_to_a_word_is_a_date() -> None:
    assert READ.text("qua cầu Quang Thanh25/07/2021") == (
        "qua cầu Quang Thanh ngày hai mươi lăm tháng bảy năm hai nghìn không trăm hai mươi mốt"
    )


def test_a_space_after_the_slash_of_a_month_and_year_changes_nothing() -> None:
    assert READ.text("so với tháng 12/ 2023") == "so với tháng mười hai năm hai nghìn không trăm hai mươi ba"


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("hợp đồng 01 - 03 - 05 năm.", "hợp đồng một, ba, năm năm."),
        ("gió cấp 6-7-8 giật", "gió cấp sáu, bảy, tám giật"),
        ("ngày 29-4-2021 nhé", "ngày hai mươi chín tháng tư năm hai nghìn không trăm hai mươi mốt nhé"),
    ],
)
def test_three_numbers_joined_by_dashes_are_choices_not_a_range(written: str, spoken: str) -> None:
    assert READ.text(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("ngày mai đến 10.03", "ngày mai đến ngày mồng mười tháng ba"),
        ("sóng cao từ 1.05 m", "sóng cao từ một phẩy không năm mét"),
    ],
)
def test_a_dotted_day_and_two_digit_month_after_tu_or_den_is_a_date(written: str, spoken: str) -> None:
    assert READ.text(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (
            "đường bộ QCVN 41: 2016/BGTVT.",
            "đường bộ quy chuẩn Việt Nam bốn mươi mốt, năm hai nghìn không trăm mười sáu, Bộ Giao thông vận tải.",
        ),
        ("QCVN 05:2013 về", "quy chuẩn Việt Nam không năm, năm hai nghìn không trăm mười ba về"),
    ],
)
def test_a_national_standard_is_its_kind_number_and_year(written: str, spoken: str) -> None:
    assert READ.text(written) == spoken


def test_an_article_numbered_within_a_chapter_is_said_cham() -> None:
    assert READ.text("và điều 3.32") == "và điều ba chấm ba mươi hai"
