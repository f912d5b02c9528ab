"""Round 38 (issue 29): the misses of blind batches aj1 and aj2 that recur or that any notice of the kind holds."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

READ = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("đóng học phí qua quét mã QR.", "đóng học phí qua quét mã quy e rờ."),
        ("Quét mã QR code để tham gia.", "Quét mã quy e rờ cốt để tham gia."),
    ],
)
def test_qr_is_read_the_english_way_as_every_span_does(written: str, spoken: str) -> None:
    """aj2: `mã QR` was "mã cu a"; the corpus's spans say "quy e rờ" 5 to 0."""
    assert READ.line(written) == spoken


def test_vietinbank_is_read_like_vietcombank() -> None:
    """aj2: `VietinBank` was "Viết tin banh" (a verb); 4 spans of 4 say "vi ét tin banh"."""
    assert READ.line("VietinBank Bình Phước") == "vi ét tin banh Bình Phước"


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("gẫy 1 cột điện 35KV tại xã", "gẫy một cột điện ba mươi lăm ki lô vôn tại xã"),
        ("trạm 110kV Thiện Kế", "trạm một trăm mười ki lô vôn Thiện Kế"),
        ("KV3 Tổ 5", "khu vực ba Tổ năm"),
    ],
)
def test_kv_in_capitals_after_a_number_is_kilovolts(written: str, spoken: str) -> None:
    """aj1: `35KV` was "ba mươi lăm ca vê"; KV before a number stays "khu vực"."""
    assert READ.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Mỗi tổ 10 lá x 5 tổ = 50 lá", "Mỗi tổ mười lá nhân năm tổ bằng năm mươi lá"),
        ("ẢNH THẺ 3 x 4", "ảnh thẻ ba nhân bốn"),
        ("kiểu Model x 5", "kiểu mô đen x năm"),
    ],
)
def test_an_x_between_a_count_with_its_unit_and_a_number_is_times(written: str, spoken: str) -> None:
    """aj2: `10 lá x 5 tổ` was "mười lá x năm tổ"; the spans read every such x "nhân" (4 of 4)."""
    assert READ.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Cường độ < cấp 6.", "Cường độ dưới cấp sáu."),
        ("động đất > cấp 5", "động đất trên cấp năm"),
        ("5 tháng đến < 1 tuổi", "năm tháng đến dưới một tuổi"),
    ],
)
def test_a_comparison_sign_before_a_level_is_a_word(written: str, spoken: str) -> None:
    """aj1: `< cấp 6` lost its sign ("cấp sáu"), the opposite of the warning."""
    assert READ.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("đoạn từ Km300 - Km329", "đoạn từ ki lô mét ba trăm đến ki lô mét ba trăm hai mươi chín"),
        (
            "các đoạn Km47 – Km50, Km52",
            "các đoạn ki lô mét bốn mươi bảy đến ki lô mét năm mươi, ki lô mét năm mươi hai",
        ),
        ("từ km 5 - km 10", "từ ki lô mét năm đến ki lô mét mười"),
    ],
)
def test_a_dash_between_two_kilometre_posts_is_the_stretch(written: str, spoken: str) -> None:
    """aj1: `Km300 - Km329` was a pause between the posts; with `+` posts the dash was "đến" already."""
    assert READ.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("tại Hà Nội (024) và TP.HCM (028)", "tại Hà Nội, không hai bốn, và Thành phố Hồ Chí Minh, không hai tám"),
        ("Tại khu vực Hà Nội (mã vùng 024)", "Tại khu vực Hà Nội, mã vùng không hai bốn"),
        ("Đà Nẵng (0236)", "Đà Nẵng, không hai ba sáu"),
        ("gồm (05) bản", "gồm, năm, bản"),
    ],
)
def test_an_area_code_is_read_digit_by_digit(written: str, spoken: str) -> None:
    """aj1: `(024)` and `mã vùng 024` were "hai mươi tư"; two digits in brackets are not an area code."""
    assert READ.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Từ ngày 19 đến 23/7 huyện Tây Hòa", "Từ ngày mười chín đến ngày hai mươi ba tháng bảy huyện Tây Hòa"),
        ("đạt 3/7 huyện", "đạt ba trên bảy huyện"),
        ("04/04 thôn", "bốn trên bốn thôn"),
    ],
)
def test_a_part_larger_than_its_whole_before_a_counted_noun_is_a_date(written: str, spoken: str) -> None:
    """aj1: `đến 23/7 huyện` was "hai mươi ba trên bảy huyện": 23 of 7 districts cannot be, 23 July can."""
    assert READ.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Phòng VH-XH, Trung tâm", "Phòng Văn hóa Xã hội, Trung tâm"),
        ("các đồng chí TT Đảng uỷ, HĐND", "các đồng chí Thường trực Đảng uỷ, Hội đồng nhân dân"),
        ("Nguồn tin: Báo BVPL", "Nguồn tin, Báo Bảo vệ pháp luật"),
        ("Công văn số 1709/UBND-NV ngày 28/06/2024", "Công văn số một nghìn bảy trăm linh chín, Ủy ban nhân dân Nội vụ "
         "ngày hai mươi tám tháng sáu năm hai nghìn không trăm hai mươi tư"),
    ],
)  # fmt: skip
def test_the_abbreviations_aj_spelled_are_read_as_their_names(written: str, spoken: str) -> None:
    """aj2: `VH-XH`, `BVPL`, `-NV` were spelled and `TT Đảng uỷ` was "thị trấn Đảng uỷ"."""
    assert READ.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Vị trí 21,6°N–109,6°E, cách Móng Cái", "Vị trí hai mươi mốt phẩy sáu độ Vĩ Bắc, "
         "một trăm linh chín phẩy sáu độ Kinh Đông, cách Móng Cái"),
        ("Bắc vĩ tuyến 19,5°N; Tây kinh tuyến 114,0°E.", "Bắc vĩ tuyến mười chín phẩy năm độ Bắc, "
         "Tây kinh tuyến một trăm mười bốn phẩy không độ Đông."),
        ("Phía Bắc vĩ tuyến 18,5N", "Phía Bắc vĩ tuyến mười tám phẩy năm độ Bắc"),
    ],
)  # fmt: skip
def test_a_coordinate_with_a_degree_sign_and_after_its_parallel(written: str, spoken: str) -> None:
    """aj1: `21,6°N` was "hai mươi mốt phẩy sáu°en nờ"; after "vĩ tuyến" the spans say only the side (3 of 3)."""
    assert READ.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Tập đoàn Vingroup", "Tập đoàn Vin gờ rúp"),
        ("tại Vinhomes Grand Park", "tại Vin hôm gran pác"),
        ("Cùng 4gmobifone.net tìm hiểu", "Cùng bốn giê mô bi phôn chấm nét tìm hiểu"),
    ],
)
def test_brand_names_of_the_notices_are_read_as_the_spans_say(written: str, spoken: str) -> None:
    """aj1, aj2: `Vingroup` was "ving rúp", `4gmobifone.net` spelled letter by letter."""
    assert READ.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("12 số điện thoại đầu 1900", "mười hai số điện thoại đầu một chín không không"),
        ("đầu 2024 tăng", "đầu hai nghìn không trăm hai mươi tư tăng"),
    ],
)
def test_a_service_prefix_after_dau_is_read_digit_by_digit(written: str, spoken: str) -> None:
    """aj1: `đầu 1900` was "một nghìn chín trăm"; a year after "đầu" stays a year."""
    assert READ.line(written) == spoken
