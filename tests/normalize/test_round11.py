"""Round 11 (issue 29): words every reader of the k batches met (flood alarm levels, survey and travel words,
newspapers' source tags, names of world news and tennis) and shapes of tourism and farm-price notices."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

CTX = load_context()
READ = Normalizer(CTX)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("vượt BĐ 3, nguy cơ", "vượt báo động ba, nguy cơ"),
        ("trên mức BĐ II tại trạm", "trên mức báo động hai tại trạm"),
        ("đạt BĐ1", "đạt báo động một"),
    ],
)
def test_an_alarm_level_written_with_a_space_or_in_roman_is_bao_dong(written: str, spoken: str) -> None:
    assert READ.text(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Lịch cắt điện (PLVN)", "Lịch cắt điện, Pháp luật Việt Nam"),
        ("Theo SGGP, giá", "Theo Sài Gòn Giải phóng, giá"),
        ("trực tiếp trên VTV.", "trực tiếp trên vê tê vê."),
    ],
)
def test_a_papers_source_tag_is_its_name_and_a_broadcaster_stays_spelled(written: str, spoken: str) -> None:
    assert READ.text(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("XNM tăng cao", "xâm nhập mặn tăng cao"),
        ("HDV hỗ trợ quý khách", "hướng dẫn viên hỗ trợ quý khách"),
        ("Cục trưởng CTK chủ trì", "Cục trưởng Cục Thống kê chủ trì"),
        ("Điều tra DSGK", "Điều tra dân số giữa kỳ"),
    ],
)
def test_survey_salinity_and_travel_abbreviations_are_their_words(written: str, spoken: str) -> None:
    assert READ.text(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Tour phổ biến", "tua phổ biến"),
        ("ĐIỀU KIỆN HỦY TOUR", "điều kiện hủy tua"),
        ("Ngoại trưởng John Kerry", "Ngoại trưởng Giôn Ke ri"),
        ("Roger Federer và Rafael Nadal", "Rô giơ Phê đơ rơ và Ra pha en Na đan"),
        ("Viện Pasteur", "Viện Pa xtơ"),
    ],
)
def test_loanwords_and_names_of_the_news_have_their_radio_reading(written: str, spoken: str) -> None:
    assert READ.text(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Tour Hà Nội – Hội An (4N3Đ) dịp hè", "tua Hà Nội, Hội An, bốn ngày ba đêm, dịp hè"),
        ("Tour 3N2Đ giá rẻ", "tua ba ngày hai đêm giá rẻ"),
    ],
)
def test_a_trip_length_code_is_days_and_nights(written: str, spoken: str) -> None:
    assert READ.text(written) == spoken


def test_an_itinerary_day_before_a_colon_is_a_day_number_not_a_date() -> None:
    assert READ.text("NGÀY 1: TP.HỒ CHÍ MINH") == "ngày một, thành phố hồ chí minh"
    assert READ.text("Ngày 2: Lệ Giang\nngày 2/9 nghỉ") == "Ngày hai, Lệ Giang\nngày mồng hai tháng chín nghỉ"


def test_a_star_after_one_to_five_is_a_rating() -> None:
    assert READ.text("hãng hàng không 5* quốc tế") == "hãng hàng không năm sao quốc tế"


def test_a_height_in_metres_and_centimetres_says_met() -> None:
    assert READ.text("cao tối thiểu 1m60, nặng 50kg") == "cao tối thiểu một mét sáu mươi, nặng năm mươi ki lô gam"


def test_a_week_of_a_year_with_a_hyphen_is_the_week_and_its_year() -> None:
    assert READ.text("cà phê tuần 01-2016") == "cà phê tuần một năm hai nghìn không trăm mười sáu"


def test_a_dash_between_two_months_is_den() -> None:
    spoken = "Khởi hành, Tháng năm đến Tháng chín năm hai nghìn không trăm hai mươi tư"
    assert READ.text("Khởi hành: Tháng 5 - Tháng 9/2024") == spoken


def test_a_footnote_number_closing_a_sentence_is_dropped_but_a_numbered_point_is_read() -> None:
    assert READ.text("nhiều bệnh lý nguy hiểm khác. (1)") == "nhiều bệnh lý nguy hiểm khác."
    assert READ.text("Yêu cầu (1) BHXH các tỉnh") == "Yêu cầu, một, bảo hiểm xã hội các tỉnh"


def test_a_roman_numeral_after_khu_vuc_is_a_number() -> None:
    assert READ.text("58 xã khu vực III, 46 xã khu vực I") == "năm mươi tám xã khu vực ba, bốn mươi sáu xã khu vực một"


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("trận thắng 6-3, 6-3, 5-7, 6-1 đã", "trận thắng sáu ba, sáu ba, năm bảy, sáu một đã"),
        ("hòa 1-1, 2-3 ngày sau", "hòa một một, hai đến ba ngày sau"),
    ],
)
def test_the_sets_after_a_score_are_scores_too(written: str, spoken: str) -> None:
    assert READ.text(written) == spoken
