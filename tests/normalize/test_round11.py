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
