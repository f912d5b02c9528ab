"""Issue 29, round 92: what batches cc1 to ce2 (now development) and the whole corpus's misses showed."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("học sinh khối 2 – 3 – 4 – 5 đóng", "học sinh khối hai, ba, bốn, năm đóng"),  # not "bốn đến năm"
        ("Toàn bộ các ngách 9-20-23-28;", "Toàn bộ các ngách chín, hai mươi, hai mươi ba, hai mươi tám"),
        ("trong khoảng tháng 4 – 5 – 9 hàng năm.", "trong khoảng tháng tư, năm, chín hàng năm."),
        ("gió cấp 6-7-8", "gió cấp sáu, bảy, tám"),  # a day and month first, unspaced: the wind rule's, as before
    ],
)
def test_numbers_chained_by_dashes_are_a_list(written: str, spoken: str) -> None:
    assert N.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("phạt tiền từ 300.000 đồng - 01 tỷ đồng.", "phạt tiền từ ba trăm nghìn đồng đến một tỷ đồng."),
        ("vượt từ 1,1 - dưới 1,5 lần;", "vượt từ một phẩy một đến dưới một phẩy năm lần"),
        (
            "Từ ngày 11/03/2019 (Thứ hai) – 15/03/2019 (Thứ sáu)",
            "Từ ngày mười một tháng ba năm hai nghìn không trăm mười chín, Thứ hai, đến ngày mười lăm tháng ba năm"
            " hai nghìn không trăm mười chín, Thứ sáu",
        ),
        ("Từ đó - người dân", "Từ đó, người dân"),  # no number said before the dash
        ("từ Hà Nội - 2 đoàn", "từ Hà Nội, hai đoàn"),  # likewise
        (
            "Từ 07:30 Đến 13:00 | Công ty Thăng Long - 1 Lương Yên",
            "Từ bảy giờ ba mươi phút Đến mười ba giờ, Công ty Thăng Long, một Lương Yên",
        ),  # the "từ" has its "đến" already
    ],
)
def test_a_dash_after_from_and_an_amount_is_to(written: str, spoken: str) -> None:
    assert N.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("VÀ 71 Ổ DỊCH MỚI TRONG 1 TUẦN", "và bảy mươi mốt Ổ dịch mới trong một tuần"),
        ("giống lúa OM 5451", "giống lúa o em mờ năm bốn năm một"),  # a code, as before
        ("GIÁ LÚA OM 5451 TĂNG", "giá lúa o em mờ năm bốn năm một tăng"),  # a short code in a heading too
    ],
)
def test_a_long_word_in_a_heading_before_a_number_is_the_word(written: str, spoken: str) -> None:
    assert N.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("tại vĩ độ 16,145° Bắc", "tại vĩ độ mười sáu phẩy một trăm bốn mươi lăm độ Bắc"),
        ("Nhiệt độ (°C)", "Nhiệt độ, độ xê"),
        ("Độ mặn (‰)", "Độ mặn, phần nghìn"),
        ("xuống 122,5 UScent/pound.", "xuống một trăm hai mươi hai phẩy năm xen Mỹ một pao."),
    ],
)
def test_degree_and_unit_signs_are_said(written: str, spoken: str) -> None:
    assert N.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Nghi Lộc (10 ổ dịch/huyện);", "Nghi Lộc, mười ổ dịch một huyện"),
        ("mỗi xã 3 cán bộ/xã", "mỗi xã ba cán bộ một xã"),
        ("có 107 quận/huyện", "có một trăm linh bảy quận, huyện"),  # two kinds of place: either
        ("các xã/huyện", "các xã, huyện"),  # no count
    ],
)
def test_a_count_per_place_or_household_is_one(written: str, spoken: str) -> None:
    assert N.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("tên miền “gdtgov.cfd” tải App", "tên miền giê dê tê gốp chấm xê ép dê tải áp"),
        ("như vietcomm.top", "như viêt com em mờ chấm tóp"),
        ("Dichvucong[.]xgovvn[.]net", "dịch vụ công chấm ích gốp vê en chấm nét"),
    ],
)
def test_scam_addresses_under_cheap_endings_are_read(written: str, spoken: str) -> None:
    assert N.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("21 09 2025", "ngày hai mươi mốt tháng chín năm hai nghìn không trăm hai mươi lăm"),
        ("gọi 21 09 2025 số", "gọi hai mươi mốt chín hai nghìn không trăm hai mươi lăm số"),  # only a whole line
    ],
)
def test_a_spaced_dateline_is_a_date(written: str, spoken: str) -> None:
    assert N.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("hãng tin Fox News", "hãng tin phốc niu"),
        ("bão Doksuri", "bão đốc xu ri"),
        ("đèo Violak", "đèo vi ô lắc"),
        ("vùng Donggala", "vùng đông ga la"),
        ("tổ chức Voscur", "tổ chức vốt cơ"),
    ],
)
def test_a_loanword_closed_syllable_takes_the_vowel_said(written: str, spoken: str) -> None:
    assert N.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Tại Bà Rịa – VT, Bình Phước", "Tại Bà Rịa, Vũng Tàu, Bình Phước"),
        ("(PNTĐ) - Theo Sở Y tế", "Phụ nữ Thủ đô, Theo Sở Y tế"),
        ("(NLĐO) - Do điều kiện", "Người Lao Động on lai, Do điều kiện"),
        ("Vụ ĐX và vụ HT", "Vụ Đông Xuân và vụ Hè Thu"),
        ("Đỉnh Phja Oắc", "Đỉnh Phia Oắc"),
        ("bà Paetongtarn Shinawatra", "bà Pê tông tan Xi na oát"),
        ("Tờ Times of India, Đối thoại Delhi", "Tờ Tai mơ ốp In đi a, Đối thoại Đê li"),
        ("dùng nilon che", "dùng ni lông che"),
    ],
)
def test_names_and_letters_of_the_batches(written: str, spoken: str) -> None:
    assert N.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("tăng mạnh từ 1,500 đến 2,000 đồng", "tăng mạnh từ một nghìn năm trăm đến hai nghìn đồng"),
        (
            "tăng 459% (7055/1263) so cùng kỳ",
            "tăng bốn trăm năm mươi chín phần trăm, bảy nghìn không trăm năm mươi lăm trên"
            " một nghìn hai trăm sáu mươi ba, so cùng kỳ",
        ),
        (
            "dung tích (164,16/165 triệu m3).",
            "dung tích, một trăm sáu mươi tư phẩy mười sáu trên một trăm sáu mươi lăm triệu mét khối.",
        ),
        ("gạo IR NL 504 giảm", "gạo i e rờ nguyên liệu năm không bốn giảm"),
        ("thịt nguyên liệu 500 tấn", "thịt nguyên liệu năm trăm tấn"),  # no code before it: an amount
        (
            "thực hiện KH số 72/KH-UBND ngày 05/7/2022",
            "thực hiện kế hoạch số bảy mươi hai, Ủy ban nhân dân ngày mồng năm tháng bảy năm hai nghìn không trăm hai"
            " mươi hai",
        ),  # the kind said once, by its letters before "số"
        ("Công văn số 2129/BYT-DP", "Công văn số hai nghìn một trăm hai mươi chín, Bộ Y tế Dự phòng"),
        ("ý kiến TT Đảng Ủy và TT HĐND", "ý kiến Thường trực Đảng Ủy và Thường trực Hội đồng nhân dân"),
    ],
)
def test_round_93_thousands_tallies_and_graded_codes(written: str, spoken: str) -> None:
    assert N.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("bắt đầu từ chiều ngày 13, 14, 15/5", "bắt đầu từ chiều ngày mười ba, mười bốn, mười lăm tháng năm"),
        (
            "diễn ra trong ngày 11 và 12/6/2026.",
            "diễn ra trong ngày mười một và mười hai tháng sáu năm hai nghìn không trăm hai mươi sáu.",
        ),
        ("ngày 3 và ngày 5/2", "ngày mồng ba và ngày mồng năm tháng hai"),  # written twice, said twice
        ("(ngày 16 - 17 tháng Tám âm lịch)", "ngày mười sáu đến ngày mười bảy tháng Tám âm lịch"),
    ],
)
def test_round_94_days_listed_before_their_month(written: str, spoken: str) -> None:
    assert N.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("giao tận nơi: 0909 34 99 88", "giao tận nơi, không chín không chín, ba bốn, chín chín, tám tám"),
        ("thủy điện Đakđrinh, tỉnh Đak Lak", "thủy điện Đắc Đrinh, tỉnh Đắc lắc"),
        ("Đã xem: 2,835 views", "Đã xem, hai nghìn tám trăm ba mươi lăm viu"),
        ("Sở Nông nghiệp và PT nông thôn", "Sở Nông nghiệp và Phát triển nông thôn"),
    ],
)
def test_round_95_phones_in_pairs_highland_names_and_views(written: str, spoken: str) -> None:
    assert N.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("TT UBMTTQVN phường", "Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam phường"),
        ("các tổ chức CT-XH xã", "các tổ chức chính trị, xã hội xã"),
        ("TĐTDS và NƠ năm 2019", "Tổng điều tra dân số và nhà ở năm hai nghìn không trăm mười chín"),
        ("Trung tâm CNTT&CĐS", "Trung tâm Công nghệ thông tin và Chuyển đổi số"),
        ("xã Ia Bă (huyện Ia Grai);", "xã i a Bă, huyện i a Grai"),  # Jrai "water", two syllables as Ê Đê "Ea"
        ("đường dây 471 E9.37, lộ 477.", "đường dây bốn bảy một e chín chấm ba bảy, lộ bốn bảy bảy."),
        ("tuyến 480TH, đường dây 473, 478 trạm", "tuyến bốn tám không tê hát, đường dây bốn bảy ba, bốn bảy tám trạm"),
        ("Quốc lộ 279 và tuyến 478 km", "Quốc lộ hai trăm bảy mươi chín và tuyến bốn trăm bảy mươi tám ki lô mét"),
        ("từ 0h đến 6h ĐD 373 E15.43", "từ không giờ đến sáu giờ đường dây ba bảy ba e mười lăm chấm bốn ba"),
    ],
)
def test_round_96_boards_jrai_names_and_power_lines(written: str, spoken: str) -> None:
    assert N.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("'Giọt hồng Xứ Thanh' tiếp nhận máu", "Giọt hồng Xứ Thanh tiếp nhận máu"),  # quotes of a title, silent
        ("vào 'báo động đỏ'?", "vào báo động đỏ?"),
        ("huyện Cư M'gar", "huyện Cư Mơ ga"),  # between two letters it is the name's own
    ],
)
def test_round_97_straight_quotes_around_a_title_are_silent(written: str, spoken: str) -> None:
    assert N.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("trên lúa giai đoạn ôm đòng - trỗ bông.", "trên lúa giai đoạn ôm đòng đến trỗ bông."),
        (
            "giai đoạn 2021 - 2025 và",
            "giai đoạn hai nghìn không trăm hai mươi mốt đến hai nghìn không trăm hai mươi lăm và",
        ),
        (
            "Dân tộc Thống nhất Việt Nam (18.11), huyện",
            "Dân tộc Thống nhất Việt Nam, ngày mười tám tháng mười một, huyện",
        ),
        ("tăng (1.5)", "tăng, một phẩy năm"),  # after a small word: no date
        ("mục (1.2) của", "mục, một phẩy hai, của"),
    ],
)
def test_round_98_crop_stages_and_bracketed_dot_dates(written: str, spoken: str) -> None:
    assert N.line(written) == spoken
