"""Issue 29, round 99: what blind batches cl1 and cl2 (now development) and bench.lexicon_votes showed."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("phát lệnh gọi 121 công dân nhập ngũ,", "phát lệnh gọi một trăm hai mươi mốt công dân nhập ngũ"),
        ("và gọi 109 thanh niên lên đường", "và gọi một trăm linh chín thanh niên lên đường"),
        ("gọi 113 hoặc 114", "gọi một một ba hoặc một một bốn"),  # service numbers, as before
        ("tổng đài 1022 hỗ trợ", "tổng đài một không hai hai hỗ trợ"),
    ],
)
def test_a_count_after_goi_is_a_number_not_a_service_to_call(written: str, spoken: str) -> None:
    assert N.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (
            "12:07 - 23/11/2018",
            "mười hai giờ bảy phút, ngày hai mươi ba tháng mười một năm hai nghìn không trăm mười tám",
        ),
        ("từ 27-28/02/2000", "từ ngày hai mươi bảy đến ngày hai mươi tám tháng hai năm hai nghìn"),  # as before
    ],
)
def test_the_minutes_of_a_time_open_no_day_range(written: str, spoken: str) -> None:
    assert N.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (
            "có 946/1182 khu vực bỏ phiếu,",
            "có chín trăm bốn mươi sáu trên một nghìn một trăm tám mươi hai khu vực bỏ phiếu",
        ),
        ("đạt 12/1500 hộ", "đạt mười hai trên một nghìn năm trăm hộ"),
        ("tháng 12/2024 xã", "tháng mười hai năm hai nghìn không trăm hai mươi tư xã"),  # a year is no whole
        (
            "tổng đài số 156/5656 đã tiếp nhận",  # two numbers to call after "số"
            "tổng đài số một trăm năm mươi sáu, năm nghìn sáu trăm năm mươi sáu đã tiếp nhận",
        ),
    ],
)
def test_a_part_over_a_whole_of_four_digits_without_its_dot_is_tren(written: str, spoken: str) -> None:
    assert N.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (
            "khóa VIII diễn ra chiều nay (2- 12), Chủ tịch",
            "khóa tám diễn ra chiều nay, ngày mồng hai tháng mười hai, Chủ tịch",
        ),
        ("sáng nay (18.12), xã", "sáng nay, ngày mười tám tháng mười hai, xã"),
        ("Sáng nay, 18-12, Hội đồng", "Sáng nay, ngày mười tám tháng mười hai, Hội đồng"),  # as before
    ],
)
def test_a_day_and_month_in_brackets_after_nay_is_that_day(written: str, spoken: str) -> None:
    assert N.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (
            "tại tọa độ 14.929N – 108.250E.",
            "tại tọa độ mười bốn phẩy chín trăm hai mươi chín độ Vĩ Bắc, một trăm linh tám phẩy hai trăm năm mươi độ"
            " Kinh Đông.",
        ),
        (
            "vị trí 15.8oN; 112.5oE",
            "vị trí mười lăm phẩy tám độ Vĩ Bắc, một trăm mười hai phẩy năm độ Kinh Đông",
        ),  # as before
    ],
)
def test_a_position_with_three_decimals_after_an_english_dot_is_degrees(written: str, spoken: str) -> None:
    assert N.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("nước mặt (DO>= 4 mg/l).", "nước mặt, do lớn hơn hoặc bằng bốn mi li gam trên lít."),
        ("x <= 5", "x nhỏ hơn hoặc bằng năm"),
        ("trẻ < 1 tuổi", "trẻ dưới một tuổi"),  # as before
    ],
)
def test_greater_or_equal_typed_as_two_signs_is_said_as_its_sign(written: str, spoken: str) -> None:
    assert N.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("các huyện Hướng Hóa, Đakrông, Cam Lộ", "các huyện Hướng Hóa, Đa Krông, Cam Lộ"),
        ("ông Abe Shinzo có", "ông A bê Sin dô có"),
        ("Thủ tướng Anh Theresa May", "Thủ tướng Anh Tê rê xa Mây"),
        ("Tổng thống Prabowo", "Tổng thống Pra bô vô"),  # the voice is given "Pờ ra" (round 110)
        ("bang California", "bang Ca li phoóc ni a"),
        ("xe container", "xe công te nơ"),
    ],
)
def test_names_read_as_the_annotators_of_every_batch_read_them(written: str, spoken: str) -> None:
    assert N.line(written).lower() == spoken.lower()


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("ngày 17 và 18-4 đã có", "ngày mười bảy và mười tám tháng tư đã có"),  # April is "tư", never "bốn"
        ("Dự báo ngày 2 và 3-4, khu vực", "Dự báo ngày mồng hai và mồng ba tháng tư, khu vực"),
    ],
)
def test_the_month_after_a_list_of_days_is_said_as_a_month(written: str, spoken: str) -> None:
    assert N.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Ngày toàn dân phòng, chống ma túy -26/6", "Ngày toàn dân phòng, chống ma túy ngày hai mươi sáu tháng sáu"),
        ("nhiệt độ -2°C, mức -0,5 m", "nhiệt độ âm hai độ xê, mức âm không phẩy năm mét"),  # signs, as before
    ],
)
def test_a_dash_before_a_day_and_its_month_is_no_minus(written: str, spoken: str) -> None:
    assert N.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("tại KM36 Quốc lộ 3", "tại ki lô mét ba mươi sáu Quốc lộ ba"),
        ("KM18, TBR225", "ca em mờ một tám, tê bê e rờ hai hai năm"),  # a rice variety's code, as before
    ],
)
def test_a_km_post_in_capitals_before_its_road(written: str, spoken: str) -> None:
    assert N.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("sự ủng hộ của AU đối với", "sự ủng hộ của a u đối với"),
        ("được tạo bằng AI để", "được tạo bằng a i để"),
        ("VỀ AN NINH TRẬT TỰ", "về an ninh trật tự"),  # a heading's words
        ("Ban Quản lý DI TÍCH LỊCH SỬ", "Ban Quản lý di tích lịch sử"),  # the next word in capitals: a heading
        ("Thôn An, xã Long Hà", "Thôn An, xã Long Hà"),
    ],
)
def test_two_capitals_among_lowercase_words_are_letters(written: str, spoken: str) -> None:
    assert N.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("hưởng ứng Ngày Du lịch Bình Thuận 24/10", "hưởng ứng Ngày Du lịch Bình Thuận hai mươi tư tháng mười"),
        ("Ngày Thương binh - Liệt sỹ 27/7 hàng năm", "Ngày Thương binh, Liệt sỹ hai mươi bảy tháng bảy hàng năm"),
        ("sẵn sàng cho Ngày bầu cử 15/3", "sẵn sàng cho Ngày bầu cử mười lăm tháng ba"),
        ("Ngày mai 22/3, nhiều phường", "Ngày mai ngày hai mươi hai tháng ba, nhiều phường"),  # tomorrow: as before
        ("Ngày 5/3, xã", "Ngày mồng năm tháng ba, xã"),
    ],
)
def test_a_day_named_in_full_says_its_date_as_its_name(written: str, spoken: str) -> None:
    assert N.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("lưu lượng về hồ là 2.323m3 /s và", "lưu lượng về hồ là hai nghìn ba trăm hai mươi ba mét khối trên giây và"),
        ("2 lần /ngày", "hai lần một ngày"),  # as before
        (
            "Ngày 10, 17, 24, 31 /01/2021",  # a spaced slash before a month stays the date's
            "Ngày mồng mười, mười bảy, hai mươi tư, ba mươi mốt, tháng một năm hai nghìn không trăm hai mươi mốt",
        ),
    ],
)
def test_a_rate_per_second_with_a_space_before_its_slash(written: str, spoken: str) -> None:
    assert N.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("hiện tượng El Nino, nắng", "hiện tượng En Ni nô, nắng"),
        ("La Niña và El Niño", "La Ni na và En Ni nô"),
        ("doanh nghiệp dự án BOT huy động", "doanh nghiệp dự án bê o tê huy động"),
        ("Quốc vương Qatar Al Thani", "Quốc vương Ca ta An Tha ni"),
        ("ca kịch Khát vọng Dam San", "ca kịch Khát vọng Đam San"),
    ],
)
def test_names_and_letters_of_cn1_and_cn2(written: str, spoken: str) -> None:
    assert N.line(written).lower() == spoken.lower()
