"""Dashes, signs, slashes and Roman headings (rules_marks.py), each rule on its own, then on whole lines of the
blind batches' shapes; a property: no number's minus sign is ever lost."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.normalize import Normalizer, load_context
from pipeline.normalize import rules_capitals as caps
from pipeline.normalize import rules_marks as marks
from pipeline.normalize import rules_news as news
from pipeline.normalize import rules_numbers as num
from pipeline.normalize import rules_roman as roman
from pipeline.normalize import rules_units as units

CTX = load_context()
NORMALIZER = Normalizer(CTX)


@pytest.mark.parametrize(
    ("rule", "written", "spoken"),
    [
        (marks.join_same_kind_ranges, "giảm 1,79%-1,86%", "giảm 1,79% đến 1,86%"),
        (marks.join_same_kind_ranges, "100.000 đồng - 240.000 đồng/tháng", "100.000 đồng đến 240.000 đồng/tháng"),
        (marks.join_same_kind_ranges, "8h30 - 9 giờ: Lễ tế", "8h30 đến 9 giờ: Lễ tế"),
        (marks.join_same_kind_ranges, "07 giờ 30 – 11 giờ 00", "07 giờ 30 đến 11 giờ 00"),
        (marks.join_same_kind_ranges, "(từ ngày 31/7-6/8)", "(từ ngày 31/7 đến 6/8)"),
        (marks.join_same_kind_ranges, "Số 43/106- 43/98 Đường", "Số 43/106 đến 43/98 Đường"),
        (marks.join_same_kind_ranges, "từ 17 giờ 31.12.2019 - 0 giờ", "từ 17 giờ 31.12.2019 đến 0 giờ"),
        (marks.join_same_kind_ranges, "08/11/2016 - 21:10", "08/11/2016 - 21:10"),
        (marks.join_same_kind_ranges, "báo động 2 - báo động 3", "báo động 2 đến báo động 3"),
        (marks.join_same_kind_ranges, "Độc lập - Tự do", "Độc lập - Tự do"),
        (marks.join_same_kind_ranges, "COVID-19 - 5 ca", "COVID-19 - 5 ca"),
        (marks.keep_signs, "nhiệt độ -2,1 độ C", "nhiệt độ âm 2,1 độ C"),
        (marks.keep_signs, "xuống dưới −1°C", "xuống dưới âm 1°C"),
        (marks.keep_signs, "mức (-0,5 m)", "mức (âm 0,5 m)"),
        (marks.keep_signs, "-7 độ C đêm qua", "âm 7 độ C đêm qua"),
        (marks.keep_signs, "từ 3 -5 người", "từ 3 -5 người"),
        (marks.keep_signs, "COVID-19, ngày 29-4", "COVID-19, ngày 29-4"),
        (marks.read_roman_headings, "I. Tình hình thủy văn", "Một. Tình hình thủy văn"),
        (marks.read_roman_headings, "II. CÁC KHOẢN THU KHÁC", "Hai. CÁC KHOẢN THU KHÁC"),
        (marks.read_roman_headings, "IV. Tổ chức thực hiện", "Bốn. Tổ chức thực hiện"),
        (marks.read_roman_headings, "V. I. Lê-nin", "V. I. Lê-nin"),
        (marks.read_roman_headings, "Mục I. Tình hình", "Mục I. Tình hình"),
        (marks.read_symbols, "(≤0,09%)", "( nhỏ hơn hoặc bằng 0,09%)"),
        (marks.read_symbols, "≥ 5 người, ±2", " lớn hơn hoặc bằng  5 người,  cộng trừ 2"),
        (marks.read_numbers_of_a_year, "Nghị quyết số 11/2024", "Nghị quyết số 11 năm 2024"),
        (marks.read_numbers_of_a_year, "trong tuần 43/2022 cả nước", "trong tuần 43 năm 2022 cả nước"),
        (marks.read_numbers_of_a_year, "số 181/2004/NĐ-CP", "số 181/2004/NĐ-CP"),
        (marks.read_numbers_of_a_year, "tháng 11/2024", "tháng 11/2024"),
        (marks.read_fractions, "hơn 2/3 số đại biểu", "hơn hai phần ba số đại biểu"),
        (marks.read_fractions, "ngày 2/3 số ca mắc", "ngày hai phần ba số ca mắc"),
        (marks.read_fractions, "ngày 2/3 có mưa", "ngày 2/3 có mưa"),
        (marks.read_fractions, "treo cờ đến 2/3 chiều cao", "treo cờ đến hai phần ba chiều cao"),
        (marks.read_fractions, "hơn 2/3 tổng đàn", "hơn hai phần ba tổng đàn"),
        (marks.read_fractions, "ngày 28/3 tổng duyệt", "ngày 28/3 tổng duyệt"),
        (marks.keep_title_dots, "tại TP. Hồ Chí Minh và TP.Hà Nội", "tại TP Hồ Chí Minh và TP Hà Nội"),
        (marks.keep_title_dots, "ở TP.HCM, HĐND TP.", "ở TP.HCM, HĐND TP."),
        (units.read_unit_slashes, "giảm 75 USD/tấn", "giảm 75 USD một tấn"),
        (units.read_unit_slashes, "2,90 cent/lb, 500 gr/l", "2,90 cent một pao, 500 gr một lít"),
        (units.read_unit_slashes, "1 - 2 kg cám hỗn hợp/trâu bò", "1 - 2 kg cám hỗn hợp một trâu bò"),
        (units.read_unit_slashes, "tốc độ 20 km/h", "tốc độ 20 km/h"),
        (units.read_unit_slashes, "27 tấn quả/ha", "27 tấn quả/ha"),
        (units.read_unit_slashes, "cho 1 trâu/bò, xã/phường", "cho 1 trâu/bò, xã/phường"),
        (units.read_multiplied_units, "đạt 19,5 tỷ USD", "đạt 19,5 tỷ đô la Mỹ"),
        (roman.read_roman_numerals, "cao hơn báo động III từ", "cao hơn báo động ba từ"),
        (num.read_day_months, "vào tối hoặc đêm 6/11", "vào tối hoặc đêm mồng sáu tháng mười một"),
        (num.read_day_months, "sáng 11/1", "sáng ngày mười một tháng một"),
        (news.read_per_periods, "phun thuốc 2 - 3 tuần/lần", "phun thuốc 2 - 3 tuần một lần"),
        (caps.read_capital_words, "Quốc hội khóa VI trở lại", "Quốc hội khóa VI trở lại"),
    ],
)
def test_rule(rule, written: str, spoken: str) -> None:  # type: ignore[no-untyped-def]
    assert rule(written, CTX) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("giảm 1,79%-1,86%", "giảm một phẩy bảy mươi chín phần trăm đến một phẩy tám mươi sáu phần trăm"),
        ("8h30 - 9 giờ: Lễ tế", "tám giờ ba mươi phút đến chín giờ, Lễ tế"),
        ("từ ngày 31/7-6/8", "từ ngày ba mươi mốt tháng bảy đến ngày mồng sáu tháng tám"),
        ("Số 43/106- 43/98", "Số bốn mươi ba trên một trăm linh sáu đến bốn mươi ba trên chín mươi tám"),
        ("nhiệt độ -2,1 độ C", "nhiệt độ âm hai phẩy một độ xê"),
        ("giảm 75 USD/tấn", "giảm bảy mươi lăm đô la Mỹ một tấn"),
        ("I. Tình hình thủy văn", "Một. Tình hình thủy văn"),
        ("Quốc hội khóa VI trở lại đây", "Quốc hội khóa sáu trở lại đây"),
        ("Nghị quyết số 11/2024", "Nghị quyết số mười một năm hai nghìn không trăm hai mươi tư"),
        ("trạm 110kV, máy 25MVA, tàu 90 CV", "trạm một trăm mười ki lô vôn, máy hai mươi lăm mê ga vôn am pe, "
         "tàu chín mươi mã lực"),
        ("tại TP. Hồ Chí Minh có mưa", "tại thành phố Hồ Chí Minh có mưa"),
        ("(≤0,09%)", "nhỏ hơn hoặc bằng không phẩy không chín phần trăm"),
    ],
)  # fmt: skip
def test_whole_line(written: str, spoken: str) -> None:
    assert NORMALIZER.line(written) == spoken


NUMBERS = st.one_of(
    st.integers(min_value=1, max_value=999_999).map(str),
    st.tuples(st.integers(0, 999), st.integers(1, 99)).map(lambda p: f"{p[0]},{p[1]}"),
    st.integers(1_000, 999_999).map(lambda n: f"{n:,}".replace(",", ".")),
)
BEFORE = st.sampled_from(["", "nhiệt độ ", "giảm xuống ", "mức (", "còn ", "đạt: ", "là "])
AFTER = st.sampled_from(["", "%", " độ C", "°C", " m", " cm", " đồng", " USD", " ca", ")", " so với hôm qua"])
MINUS = st.sampled_from(["-", "−"])


@pytest.mark.slow  # 2 to 7 s: out of the fast loop
@settings(max_examples=300, deadline=None)
@given(BEFORE, MINUS, NUMBERS, AFTER)
def test_no_number_loses_its_sign(before: str, minus: str, number: str, after: str) -> None:
    """A safety rule: a minus written before a number is always said ("âm"/"trừ"), whatever surrounds it."""
    spoken = NORMALIZER.line(f"{before}{minus}{number}{after}")
    assert "âm" in spoken.split() or "trừ" in spoken.split(), spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("đồng baht suy yếu so với USD.", "đồng baht suy yếu so với đô la Mỹ."),
        ("giảm 75 USD/tấn", "giảm 75 USD/tấn"),  # an amount with its unit is the number rules' work
        ("theo USDA", "theo USDA"),
        ("nộp bằng tiền VNĐ", "nộp bằng tiền Việt Nam đồng"),
    ],
)
def test_a_unit_symbol_without_a_number_is_still_the_unit(written: str, spoken: str) -> None:
    assert units.read_lone_units(written, CTX) == spoken
