"""Round 35 (issue 29): the misses of blind batches ag1, ag2, ah1 and ah2 (a date read as a range after "kể từ",
web addresses, a foreign body's acronym, abbreviations and tags, shapes)."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

READ = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Theo trình báo, kể từ 1-7, chị biết được", "Theo trình báo, kể từ ngày mồng một tháng bảy, chị biết được"),
        ("Kể từ 1-7, giá điện tăng", "Kể từ ngày mồng một tháng bảy, giá điện tăng"),
    ],
)
def test_a_day_month_after_since_is_the_day_a_time_starts(written: str, spoken: str) -> None:
    """Batch ag1: "kể từ một đến bảy" where the first of July was written (a meaning error)."""
    assert READ.line(written) == spoken


def test_a_count_after_a_mid_clause_from_stays_a_range() -> None:
    assert READ.line("nhóm tuổi từ 3-5, trẻ em") == "nhóm tuổi từ ba đến năm, trẻ em"


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (
            "một website có tên miền 'https://tracuutthvt.com/'",
            "một oép sai có tên miền tra cứu tê tê hát vê tê chấm com",
        ),
        (
            "giả mạo: https://tracuutthvt.com/ (có đuôi:.com)",
            "giả mạo, tra cứu tê tê hát vê tê chấm com, có đuôi, chấm com",
        ),
        (
            "của Tổng cục Thuế là: https://tracuunnt.gdt.gov.vn.",
            "của Tổng cục Thuế là, tra cứu en nờ en nờ tê chấm giê dê tê chấm gốp chấm vê en.",
        ),
        ("BDK.VN - Trung tâm Nước sạch", "bê dê ca chấm vê en, Trung tâm Nước sạch"),
        ("VOV.VN - Tối 20/4, nhằm", "vê o vê chấm vê en, Tối ngày hai mươi tháng tư, nhằm"),
        ("tên miền có .GOV.VN dành cho", "tên miền có chấm gốp chấm vê en dành cho"),
        ("(Nguồn: saigontoserco.com)", "Nguồn, sài gòn tê o ét e e rờ xê o chấm com"),
    ],
)
def test_web_addresses_in_quotes_in_capitals_and_alone_as_an_ending(written: str, spoken: str) -> None:
    """Batch ah1 (1 address of 6 right): the quotes and the path's last `/` were read, `TAG.VN` and `.com` after a
    colon were not addresses, `tracuu` (a look-up site's word) was spelled "tra xê u u"."""
    assert READ.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Tổ chức Y tế thế giới (WHO) đánh giá nguy cơ", "Tổ chức Y tế thế giới, vê kép hát o, đánh giá nguy cơ"),
        ("WHO cũng khuyến cáo tại các tỉnh", "vê kép hát o cũng khuyến cáo tại các tỉnh"),
    ],
)
def test_who_is_read_by_its_letters_as_the_other_foreign_bodies(written: str, spoken: str) -> None:
    """Batch ah2: the bracketed acronym after the body's name was dropped as a repeated gloss (the guide reads a
    foreign body's acronym, about 105 spans to 3; `(WHO)` 2 of 3) and a bare `WHO` was the name (1 span to 0)."""
    assert READ.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("UBND H.Phú Tân (Cà Mau) vừa có văn bản", "Ủy ban nhân dân huyện Phú Tân, Cà Mau, vừa có văn bản"),
        ("11 xã trên địa bàn H. Hòa Vang.", "mười một xã trên địa bàn huyện Hòa Vang."),
        ("H.Nhung", "hát Nhung"),
        ("H. Nguyên", "hát Nguyên"),
    ],
)
def test_h_before_a_place_of_two_words_is_a_district_before_one_a_by_line(written: str, spoken: str) -> None:
    """Batch ah2: `UBND` before `H.Phú Tân` was taken for a person's name and the district spelled "hát"."""
    assert READ.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("sâu hơn TBNN lớn nhất 22 km", "sâu hơn trung bình nhiều năm lớn nhất hai mươi hai ki lô mét"),
        ("(KTSG Online) - Những ngày sau", "Kinh tế Sài Gòn on lai, Những ngày sau"),
        ("P.V", "phóng viên"),
    ],
)
def test_abbreviations_the_ag_and_ah_batches_spelled(written: str, spoken: str) -> None:
    assert READ.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (
            "Công ty TNHH hạt giống CP Việt Nam, UBND",
            "Công ty trách nhiệm hữu hạn hạt giống xê pê Việt Nam, Ủy ban nhân dân",
        ),
        ("Tại công ty chăn nuôi CP miền Bắc, giá", "Tại công ty chăn nuôi xê pê miền Bắc, giá"),
        ("là Công ty TNHH CP thương mại", "là Công ty trách nhiệm hữu hạn cổ phần thương mại"),
        ("Công ty CP Cấp nước Thủ Đức", "Công ty cổ phần Cấp nước Thủ Đức"),
        ("Văn phòng CP họp", "Văn phòng Chính phủ họp"),
    ],
)
def test_cp_in_a_firms_name_is_joint_stock_or_its_letters_never_the_government(written: str, spoken: str) -> None:
    """Batch ah2: "hạt giống Chính phủ Việt Nam" (a meaning error)."""
    assert READ.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("TP. Thủ Đức - KV3), tăng", "thành phố Thủ Đức, khu vực ba, tăng"),
        ("Sư đoàn BB2, Sư đoàn BB307", "Sư đoàn Bộ binh hai, Sư đoàn Bộ binh ba trăm linh bảy"),
        ("mã BB307 của hàng", "mã bê bê ba không bảy của hàng"),
    ],
)
def test_a_numbered_area_or_infantry_division_glued_to_its_number(written: str, spoken: str) -> None:
    assert READ.line(written) == spoken
