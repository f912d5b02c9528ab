"""Phones, road numbers and other codes of the blind batches' second round (rules_codes.py), each rule on its
own, then whole lines."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context
from pipeline.normalize import rules_codes as codes
from pipeline.normalize import rules_urls as urls

CTX = load_context()
READ = Normalizer(CTX)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Tel: 024.22415051", "điện thoại, không hai bốn, hai hai bốn một, năm không năm một"),
        ("Điện thoại: 0255 3842272;", "Điện thoại, không hai năm năm, ba tám bốn, hai hai bảy hai"),
        ("Bến Thành: 1900.068868", "Bến Thành, một chín không không, không sáu tám, tám sáu tám"),
        ("Chợ Lớn: 3.8556169", "Chợ Lớn, ba, tám năm năm, sáu một sáu chín"),
        ("Nhà Bè : 54122511;", "Nhà Bè, năm bốn một hai, hai năm một một"),
    ],
)
def test_a_phone_whose_groups_are_no_thousands_is_read_digit_by_digit(written: str, spoken: str) -> None:
    assert READ.text(written) == spoken


@pytest.mark.parametrize(
    "written",
    ["dân số 1.234.567 người", "ngày 28092017", "mã 123.45678901234", "0913 123 456", "2,5 12345"],
)
def test_thousands_dates_and_other_numbers_are_no_ungrouped_phone(written: str) -> None:
    assert urls.read_ungrouped_phones(written, CTX) == written


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("có 542,054 sinh viên du học", "có 542.054 sinh viên du học"),
        ("Lệ phí là 200,000 đồng.", "Lệ phí là 200.000 đồng."),
        ("1,5 người, 2,50 đồng, 1,234 km", "1,5 người, 2,50 đồng, 1,234 km"),  # decimals, or not a count
    ],
)
def test_commas_in_groups_of_three_before_a_count_are_thousands(written: str, spoken: str) -> None:
    assert codes.read_comma_thousands(written, CTX) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("tắc lưu thông trên tuyến ĐT611", "tắc lưu thông trên tuyến đường tỉnh sáu trăm mười một"),
        ("qua Cầu Vĩ trên ĐT. 923", "qua Cầu Vĩ trên đường tỉnh chín trăm hai mươi ba"),
        ("QL1A và TL 10", "quốc lộ một a và tỉnh lộ mười"),
        ("trên đường ĐT 743A", "trên đường đường tỉnh bảy trăm bốn mươi ba a"),  # as 9 spans of 11 (dq2)
    ],
)
def test_a_road_number_names_its_road(written: str, spoken: str) -> None:
    assert READ.text(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("17:02 (GMT+7)", "17:02 (GMT cộng 7)"),
        ("19:21 GMT+7", "19:21 GMT cộng 7"),
        ("lúc 8:00 UTC-5", "lúc 8:00 UTC trừ 5"),
    ],
)
def test_a_time_zone_offset_says_its_sign(written: str, spoken: str) -> None:
    assert codes.read_utc_offsets(written, CTX) == spoken


def test_a_news_item_stamp_reads_its_time_zone() -> None:
    assert READ.text("Thứ Bảy, 17:02 (GMT+7)") == "Thứ Bảy, mười bảy giờ hai phút, giê em tê cộng bảy"
