"""Issue 29, round 208, from blind batches hr1 and hr2 after their scores: an hour without "giờ", a power parted
from its metre, a letter's symbol with a spaced dash, the board a sentence just named, Labour Day's date."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("vào hồi 20 tối 13/8, đồng thời", "vào hồi hai mươi giờ tối ngày mười ba tháng tám, đồng thời"),
        ("lúc 7 sáng nay", "lúc bảy giờ sáng nay"),
        ("hồi 9 giờ sáng", "hồi chín giờ sáng"),  # "giờ" written: as before
        ("Lúc 30 tối", "Lúc ba mươi tối"),  # no hour
    ],
)
def test_an_hour_before_a_part_of_the_day(written: str, spoken: str) -> None:
    assert N.text(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("lưu lượng về hồ 5.250 m 3 /s,", "lưu lượng về hồ năm nghìn hai trăm năm mươi mét khối trên giây"),
        ("300 km 2 /người", "ba trăm ki lô mét vuông một người"),
        ("200 m 2 lần", "hai trăm mét hai lần"),  # no slash after: a count
    ],
)
def test_a_power_parted_from_its_metre_before_a_slash(written: str, spoken: str) -> None:
    assert N.text(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (
            "Công văn 673/UBND – VX, 702/UBND-VX",
            "Công văn sáu trăm bảy mươi ba, Ủy ban nhân dân Văn xã, bảy trăm linh hai, Ủy ban nhân dân Văn xã",
        ),
        ("Công văn 172/SGD&ĐT - KHTH", "Công văn một trăm bảy mươi hai, Sở Giáo dục và Đào tạo Kế hoạch tổng hợp"),
        ("theo Công văn 12/UBND - nay đã", "theo Công văn mười hai, Ủy ban nhân dân, nay đã"),  # a sentence's dash
        (
            "Ban tổ chức các ngày lễ lớn huyện đã ban hành Kế hoạch số 309/KH-BTC",
            "Ban tổ chức các ngày lễ lớn huyện đã ban hành Kế hoạch số ba trăm linh chín, ban tổ chức",
        ),
        ("theo Công văn 12/KH-BTC", "theo Công văn mười hai, kế hoạch Bộ Tài chính"),  # no board named: the ministry
    ],
)
def test_a_letters_symbol(written: str, spoken: str) -> None:
    assert N.text(written) == spoken


def test_labour_days_date_after_its_name() -> None:
    assert (
        N.text("Ngày Quốc tế Lao động 1.5, UBND tỉnh")
        == "Ngày Quốc tế Lao động mồng một tháng năm, Ủy ban nhân dân tỉnh"
    )
    assert N.text("thuê lao động 1-2 người") == "thuê lao động một đến hai người"
