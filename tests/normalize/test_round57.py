"""Issue 29, round 57: what batches ax1 and ax2 (now development) showed that any notice may hold."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("nhiệt độ 25°–30°C", "nhiệt độ hai mươi lăm đến ba mươi độ xê"),  # was "hai mươi lăm°âm ba mươi": a sign error
        ("từ 25°-30°C", "từ hai mươi lăm đến ba mươi độ xê"),
        (
            "Vùng nguy hiểm: 15,0°–19,0°N; 108,5°–113,5°E",  # ax1: the degree sign was left in the text
            "Vùng nguy hiểm, mười lăm phẩy không đến mười chín phẩy không độ Vĩ Bắc, một trăm linh tám phẩy năm đến một trăm mười ba phẩy năm độ Kinh Đông",
        ),
        ("nhiệt độ -5°C", "nhiệt độ âm năm độ xê"),  # a minus stays a minus
        ("từ 2°C đến -3°C", "từ hai độ xê đến âm ba độ xê"),
    ],
)
def test_a_range_with_a_degree_sign_on_both_ends_is_one_range_never_a_minus(written: str, spoken: str) -> None:
    assert N.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (
            "Đại Ninh là 22,57/251,73 triệu m3",
            "Đại Ninh là hai mươi hai phẩy năm mươi bảy trên hai trăm năm mươi mốt phẩy bảy mươi ba triệu mét khối",
        ),
        (
            "còn khoảng 50 triệu m3/194 triệu m³ nước",
            "còn khoảng năm mươi triệu mét khối trên một trăm chín mươi tư triệu mét khối nước",
        ),
        ("chỉ từ 4-6 m3/giây.", "chỉ từ bốn đến sáu mét khối một giây."),
        ("ngày 22/7", "ngày hai mươi hai tháng bảy"),  # a date keeps its slash
        ("ở kỳ triều cường tới từ nay đến 27-2.", "ở kỳ triều cường tới từ nay đến ngày hai mươi bảy tháng hai."),
        ("đến 3-5 ngày", "đến ba đến năm ngày"),  # a range runs up
        ("đến 19 giờ ngày 22/7có khả năng", "đến mười chín giờ ngày hai mươi hai tháng bảy có khả năng"),
    ],
)
def test_a_part_over_its_whole_a_rate_per_second_and_a_day_after_den(written: str, spoken: str) -> None:
    assert N.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Đường Lê Văn Lương -> đường Nguyễn Bình", "Đường Lê Văn Lương đến đường Nguyễn Bình"),  # ax1
        ("căn cước -> cấp đổi", "căn cước, cấp đổi"),  # a step, as with →
        ("Bước 2.1: Chọn Căn cước", "Bước hai chấm một, Chọn Căn cước"),  # ax2
        ("chiếm phần 2.5%", "chiếm phần hai phẩy năm phần trăm"),
        ("I CĂN CỨ PHÁP LÝ", "Một. căn cứ pháp lý"),  # ax2
        ("X QUANG", "ích quang"),  # no Vietnamese mark: no heading
        ("Trung bình 01 ĐTV sẽ", "Trung bình một điều tra viên sẽ"),
    ],
)
def test_arrows_sections_headings_without_a_dot_and_the_census_enumerator(written: str, spoken: str) -> None:
    assert N.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("xuống khoảng âm 1-3 độ C", "xuống khoảng âm một đến âm ba độ xê"),  # au2: "âm một đến ba" was a sign error
        ("âm 2 - 4°C", "âm hai đến âm bốn độ xê"),
        ("từ âm 1 đến 3 độ C", "từ âm một đến ba độ xê"),  # written out: as written
    ],
)
def test_a_minus_word_before_a_range_of_temperatures_signs_both_ends(written: str, spoken: str) -> None:
    assert N.line(written) == spoken
