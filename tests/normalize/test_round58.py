"""Issue 29, round 58: what batches ay1 and ay2 (now development) showed that any notice may hold."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("tiêu hủy hàng trăm con tại 10+ xã.", "tiêu hủy hàng trăm con tại hơn mười xã."),  # ay2: was "mười xã"
        ("có 200+ người", "có hơn hai trăm người"),  # as1
        ("Km9+187", "ki lô mét chín cộng một trăm tám mươi bảy"),  # a plus before a number is no "hơn"
        (
            "2024 | 1.452 – 1.538 | 88.000+ |",  # ay2: the range's end was cut at its dot, "một. năm ba tám"
            "hai nghìn không trăm hai mươi tư, một nghìn bốn trăm năm mươi hai đến một nghìn năm trăm ba mươi tám, hơn "
            "tám mươi tám nghìn",
        ),
    ],
)
def test_a_plus_after_a_number_is_more_than_and_a_range_ends_at_a_table_bar(written: str, spoken: str) -> None:
    assert N.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("nhận hồ sơ từ 16-3 và nhà trường", "nhận hồ sơ từ ngày mười sáu tháng ba và nhà trường"),  # ay2
        ("từ 12-10 đến 20-10", "từ ngày mười hai tháng mười đến ngày hai mươi tháng mười"),
        ("từ 3-5 người", "từ ba đến năm người"),
        ("Sở NN & PTNT tỉnh", "Sở Nông nghiệp và Phát triển nông thôn tỉnh"),  # ay2
        ("những '' cò mồi'' với", "những cò mồi với"),  # ay2: two apostrophes are a quote
        ("ANTĐ - Tổng cục Thống kê cho biết", "An ninh Thủ đô, Tổng cục Thống kê cho biết"),
        ("34 tỉnh/TP ghi nhận", "ba mươi tư tỉnh, thành phố ghi nhận"),  # ay1
        ("tổng đài ảo VOIP (dịch vụ", "tổng đài ảo vê o i pê, dịch vụ"),  # ay1
        (
            "Tờ trình số 164/TTr- SKHCN ngày",  # ay2: a province department's code in a symbol
            "Tờ trình số một trăm sáu mươi tư, Sở Khoa học và Công nghệ ngày",
        ),
    ],
)
def test_descending_dates_after_tu_spaced_ampersands_quotes_and_department_codes(written: str, spoken: str) -> None:
    assert N.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("tới thăm Matxcơva", "tới thăm Mát xcơ va"),  # az2
        ("(Nguồn: VietNamPlus)", "Nguồn, Việt Nam plớt"),  # the cluster since round 110
        ("Kinhtedothi - Tối 3/10", "Kinh tế đô thị, Tối ngày mồng ba tháng mười"),
        ("(dưới 2.500 gram) dưới", "dưới hai nghìn năm trăm gam, dưới"),
    ],
)
def test_names_and_a_unit_batch_az2_had(written: str, spoken: str) -> None:
    assert N.line(written) == spoken
