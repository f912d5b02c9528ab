"""Round 32 (issue 29): the last dates read as decimals, and words the ad batches misread (a crime read as a city, a
span of places read as a list, a range of km posts read as a pause, compass degrees left as symbols)."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

READ = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Đến 1 giờ sáng mai, 8.7, tâm áp thấp", "Đến một giờ sáng mai, ngày mồng tám tháng bảy, tâm áp thấp"),
        ("và các ngày 8, 9.10 tại các Quận 1", "và các ngày mồng tám, mồng chín tháng mười tại các Quận một"),
        (
            "ra quân từ ngày 27.7 đến 29 hoặc 30.7.",
            "ra quân từ ngày hai mươi bảy tháng bảy đến hai mươi chín hoặc ba mươi tháng bảy.",
        ),
        ("trong tuần 39 (23 - 29.9)", "trong tuần ba mươi chín, ngày hai mươi ba đến ngày hai mươi chín tháng chín"),
    ],
)
def test_a_dotted_day_month_ending_days_or_set_off_after_a_day_word_is_a_date(written: str, spoken: str) -> None:
    """Batches aa1, f1, f2, w1: each was read "tám phẩy bảy", "chín phẩy mười", "ba mươi phẩy bảy", "hai mươi chín
    phẩy chín": a number where a day was written."""
    assert READ.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("sáng nay, 2.5 tấn gạo", "sáng nay, hai phẩy năm tấn gạo"),
        ("tăng từ 2 đến 3 hoặc 4.5 lần", "tăng từ hai đến ba hoặc bốn phẩy năm lần"),
        ("lên đến 29 hoặc 30.5 điểm", "lên đến hai mươi chín hoặc ba mươi phẩy năm điểm"),
        ("ngày 8, 9.5 mm", "ngày mồng tám, chín phẩy năm mi li mét"),
        ("tuần 3 (2 - 2.5 kg)", "tuần ba, hai đến hai phẩy năm ki lô gam"),
    ],
)
def test_amounts_in_those_places_stay_decimals(written: str, spoken: str) -> None:
    assert READ.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("chỉ đạo ứng phó siêu bão YUTU.", "chỉ đạo ứng phó siêu bão Yu tu."),
        ("và ứng dụng VCB Digibank.", "và ứng dụng vê xê bê đi gi banh."),
        ("Reuters đưa tin.", "Roi tơ đưa tin."),
        ("Nguồn: VITIC/Reuters", "Nguồn, vi tích, Roi tơ"),
        ("Ảnh: AFP/Reuters", "Ảnh, a ép pê, Roi tơ"),
    ],
)
def test_names_the_ad_batches_spelled_are_read_as_words(written: str, spoken: str) -> None:
    """Batches ac2, ad1, ad2: `YUTU` was "du tu", `Digibank` "đi gi ban", `Reuters` after a slash "rêu tét";
    "Roi tơ" is the annotators' reading of Reuters (right in 8 spans of 8, "Rơ tơ" in 4)."""
    assert READ.line(written) == spoken
