"""Issue 29, round 125: what blind batches du1 and du2 (now development) showed."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("trong 7.2025, Trung tâm", "trong tháng bảy năm hai nghìn không trăm hai mươi lăm, Trung tâm"),  # was "phẩy"
        ("cuối 12.2023, giá", "cuối tháng mười hai năm hai nghìn không trăm hai mươi ba, giá"),
        ("tháng 12.2018", "tháng mười hai năm hai nghìn không trăm mười tám"),  # as before
        ("đạt 1.2025 tấn", "đạt một phẩy hai không hai năm tấn"),  # no word of time: a number, as before
        ("trong 13.2025", "trong mười ba phẩy hai không hai năm"),  # no month
    ],
)
def test_a_month_and_year_after_a_word_of_time(written: str, spoken: str) -> None:
    """`trong 7.2025` (du1): news's month.year without "tháng" after "trong", "từ", "cuối"… is a month."""
    assert N.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("vụ sập cầu 30/4 nối", "vụ sập cầu ba mươi tháng tư nối"),  # was "cầu ngày ba mươi tháng tư"
        ("yêu cầu 30/4 hoàn thành", "yêu cầu ngày ba mươi tháng tư hoàn thành"),  # a deadline, as before
    ],
)
def test_a_bridge_named_after_a_day(written: str, spoken: str) -> None:
    """`cầu 30/4` (du1: 2 spans): a bridge is named after a day as a street is; a demand (`yêu cầu`) is not one."""
    assert N.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("đến hết 10 tháng Giêng", "đến hết mồng mười tháng Giêng"),  # was "mười tháng Giêng"
        ("Hội chùa Hương (6 tháng Giêng)", "Hội chùa Hương, mồng sáu tháng Giêng"),
        ("mùng 6 tháng Giêng", "mùng sáu tháng Giêng"),  # its "mùng" written: as before
        ("Hội đền Gióng (6 - 8 tháng Giêng)", "Hội đền Gióng, mồng sáu đến mồng tám tháng Giêng"),  # as before
        ("ngày 15 tháng Chạp", "ngày mười lăm tháng Chạp"),
    ],
)
def test_a_day_of_the_lunar_first_or_last_month(written: str, spoken: str) -> None:
    """`hết 10 tháng Giêng` (du1), `(6 tháng Giêng)` (e2): days up to the tenth of a lunar month named in words are
    "mồng", as a date's are."""
    assert N.line(written) == spoken


def test_copa_america_is_no_america() -> None:
    """`Copa America` (du2: 2 spans): the table read "America" as the country, "cô pa Mỹ"."""
    assert N.line("vào chung kết Copa America") == "vào chung kết Cô pa A mê ri ca"
