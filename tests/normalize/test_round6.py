"""Round 6 (issue 29): shapes of any notice (section numbers, arithmetic signs, TS, Central Highlands names,
English number formats, names written in camelCase) and reference data complete for its domain."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context
from pipeline.normalize import rules_forms as forms
from pipeline.normalize import rules_shapes as shapes

CTX = load_context()
READ = Normalizer(CTX)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("1.1. Lịch tiếp công dân", "Một chấm một, Lịch tiếp công dân"),
        ("2.3.1 Đối tượng áp dụng", "Hai chấm ba chấm một, Đối tượng áp dụng"),
        ("3.Quỹ hỗ trợ dạy học", "Ba, Quỹ hỗ trợ dạy học"),
        ("27.7 đến 29.7 nghỉ", "27.7 đến 29.7 nghỉ"),  # two levels and no final dot: a date, left to the date rules
        ("1.1.2020 là ngày nghỉ", "1.1.2020 là ngày nghỉ"),
    ],
)
def test_a_section_number_opening_a_line_is_read_with_cham(written: str, spoken: str) -> None:
    assert shapes.read_section_numbers(written, CTX) == spoken


def test_a_section_number_is_read_so_in_a_whole_text() -> None:
    assert READ.text("1.1. Xả nước thải\n3.1. Xác định") == "Một chấm một, Xả nước thải\nBa chấm một, Xác định"


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Học phí: 75.000đ X 9 tháng = 675.000đ.", "Học phí, bảy mươi lăm nghìn đồng nhân chín tháng bằng sáu trăm bảy mươi lăm nghìn đồng."),
        ("ảnh thẻ 3 x 4", "ảnh thẻ ba nhân bốn"),
        ("khổ 3×4 cm", "khổ ba nhân bốn xăng ti mét"),
        ("2 × 3 = 6", "hai nhân ba bằng sáu"),
    ],
)  # fmt: skip
def test_arithmetic_signs_between_amounts_are_words(written: str, spoken: str) -> None:
    assert READ.text(written) == spoken


def test_an_x_that_is_no_sign_stays_a_letter() -> None:
    assert forms.read_arithmetic("số 0823 125 xxx, mẫu X5", CTX) == "số 0823 125 xxx, mẫu X5"


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("TS. Đặng Thị Thanh Huyền cho biết", "tiến sĩ Đặng Thị Thanh Huyền cho biết"),
        ("TS Lê Văn Nam", "tiến sĩ Lê Văn Nam"),
        ("các TS dự thi", "các thí sinh dự thi"),
        ("có 2 TS vắng", "có hai thí sinh vắng"),
        ("TS đăng ký trực tuyến", "thí sinh đăng ký trực tuyến"),
        ("PGS.TS Trần Bình", "phó giáo sư, tiến sĩ Trần Bình"),
    ],
)
def test_ts_is_a_doctor_before_a_name_and_a_candidate_after_a_count(written: str, spoken: str) -> None:
    assert READ.text(written) == spoken


def test_ts_with_nothing_to_tell_stays_spelled() -> None:
    assert READ.text("mã TS") == "mã tê ét"


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("bà H'Hen Niê", "bà Hơ Hen Niê"),
        ("người M'Nông và K'Ho", "người Mơ Nông và Kơ Ho"),
        ("ông Y Ngông Niê Kdăm", "ông y Ngông Niê Kơ dăm"),
        ("đồng chí Y Biêr Niê", "đồng chí y Biêr Niê"),
        ("Trường Đại học Y Dược", "Trường Đại học Y Dược"),  # no person before it: the Y of medicine
        ("ông Y. Nguyễn", "ông i dài Nguyễn"),  # an initial has its dot
    ],
)
def test_central_highlands_names_read_their_first_syllable(written: str, spoken: str) -> None:
    assert READ.text(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("người Xcốt len", "người Xcốt len"),  # Vietnamese spelling of a foreign name keeps its cluster
        ("ông Crít xtô phơ", "ông Crít xtô phơ"),
        ("bà Blích", "bà Blích"),
    ],
)
def test_a_european_cluster_in_vietnamese_spelling_is_no_highland_name(written: str, spoken: str) -> None:
    assert shapes.read_highland_names(written, CTX) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("144,000 JPY mỗi tháng", "một trăm bốn mươi tư nghìn yên Nhật mỗi tháng"),
        ("dẫn trước 10,195 phiếu", "dẫn trước mười nghìn một trăm chín mươi lăm phiếu"),
        ("tổng 1,250,000 người", "tổng một triệu hai trăm năm mươi nghìn người"),
        ("mã số 1,234,567", "mã số một triệu hai trăm ba mươi tư nghìn năm trăm sáu mươi bảy"),
        ("giá 20,000 KRW", "giá hai mươi nghìn uôn Hàn Quốc"),
        ("tăng 1,5 lần", "tăng một phẩy năm lần"),  # one comma before no currency: the Vietnamese decimal
    ],
)
def test_english_thousands_before_a_currency_or_with_two_commas(written: str, spoken: str) -> None:
    assert READ.text(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("được EduPath tổng hợp", "được ê đu pát tổng hợp"),
        ("xe VinFast", "xe Vin phát"),
        ("mua iPad", "mua Ai pát"),  # one letter before the capital: no word to read
    ],
)
def test_a_camel_case_name_is_read_word_by_word(written: str, spoken: str) -> None:
    assert READ.text(written) == spoken


def test_lint_lists_a_camel_case_name_as_a_guess() -> None:
    from pipeline.normalize.rules_foreign import guesses

    assert ("EduPath", "ê đu pát") in guesses("được EduPath tổng hợp", CTX)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("https://vietnamplus.vn", "Việt Nam plớt chấm vê en"),
        ("abc@yahoo.com", "a bê xê a còng da hu chấm com"),
        ("langvanonline.com", "làng văn on lai chấm com"),
    ],
)
def test_english_words_of_a_site_name_are_read_as_words(written: str, spoken: str) -> None:
    assert READ.text(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Cty CP Đầu tư TM XNK", "công ty cổ phần Đầu tư thương mại xuất nhập khẩu"),
        ("16 VĐV và 3 HLV giành 2 HCV", "mười sáu vận động viên và ba huấn luyện viên giành hai huy chương vàng"),
        ("học sinh trường TH Kim Đồng", "học sinh trường tiểu học Kim Đồng"),
        ("tỉnh BR-VT và TT-Huế", "tỉnh Bà Rịa, Vũng Tàu và Thừa Thiên Huế"),
        ("Tp. Đà Lạt", "thành phố Đà Lạt"),
        ("nhiễm HIV, bệnh CoVid", "nhiễm hát i vê, bệnh cô vít"),
        ("CĐCS và HCTĐ xã", "công đoàn cơ sở và Hội Chữ thập đỏ xã"),
    ],
)
def test_round6_abbreviations_of_vietnamese_public_life(written: str, spoken: str) -> None:
    assert READ.text(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Tổng thống Joe Biden và ông Xi Jinping", "Tổng thống Giô Bai đơn và ông Tập Cận Bình"),
        ("Thủ tướng Anwar Ibrahim, Hun Manet", "Thủ tướng An oa I bra him, Hun Ma nét"),
        ("bang Pennsylvania và North Carolina", "bang Pen xin va ni a và Bắc Ca rô lai na"),
        ("theo Bernama, Xinhua", "theo Béc na ma, Tân Hoa Xã"),
        ("thi đấu Judo tại Olympic", "thi đấu Giu đô tại Ô lim pích"),
        ("5 tuyến xe bus", "năm tuyến xe buýt"),
    ],
)
def test_round6_people_places_and_events_in_the_news(written: str, spoken: str) -> None:
    assert READ.text(written) == spoken
