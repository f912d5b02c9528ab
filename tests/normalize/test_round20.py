"""Round 20 (issue 29): shapes and words of batches t1 and t2 the annotators of every batch agree on, and the
house conventions of 2026-12-03 (evening)."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

READ = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (
            "tâm bão ở 16,8N-115,3E; cách",
            "tâm bão ở mười sáu phẩy tám độ Vĩ Bắc, một trăm mười lăm phẩy ba độ Kinh Đông, cách",
        ),
        (
            "15,0-18,5N; phía Đông kinh tuyến 114,0E",
            "mười lăm phẩy không đến mười tám phẩy năm độ Vĩ Bắc, phía Đông kinh tuyến một trăm mười bốn phẩy không"
            " độ Đông",  # after "kinh tuyến" only the side, as 3 lines of 4 say (round 38)
        ),
    ],
)
def test_coordinates_say_their_hemispheres(written: str, spoken: str) -> None:
    assert READ.line(written) == spoken


def test_a_lone_decimal_before_n_is_no_coordinate() -> None:
    assert "Vĩ" not in READ.line("lực kéo 5,5N mới")


def test_the_ordinal_sign_typed_for_a_degree_is_a_degree() -> None:
    assert READ.line("sốt cao (40,5-42ºC).") == "sốt cao, bốn mươi phẩy năm đến bốn mươi hai độ xê."


@pytest.mark.parametrize("written", ["mang vi rút v.v...", "mang vi rút v.v."])
def test_et_cetera_is_van_van(written: str) -> None:
    assert READ.line(written) == "mang vi rút vân vân"


def test_et_cetera_after_an_ellipsis_is_van_van_at_once() -> None:
    assert READ.line("các loại rau, củ...vv.") == "các loại rau, củ, vân vân"


def test_a_list_defined_by_its_initials_is_read_as_defined() -> None:
    text = "Hộ tham gia hoạt động nông nghiệp, lâm nghiệp và thủy sản (NLTS).\nHộ không tham gia NLTS ở nông thôn."
    assert READ.text(text) == (
        "Hộ tham gia hoạt động nông nghiệp, lâm nghiệp và thủy sản.\n"
        "Hộ không tham gia nông nghiệp, lâm nghiệp và thủy sản ở nông thôn."
    )


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("V/V BAN HÀNH KẾ HOẠCH", "về việc ban hành kế hoạch"),
        ("Tác giả bài viết: BBT", "Tác giả bài viết, Ban biên tập"),
        ("đạt 66-96% so với DTTK", "đạt sáu mươi sáu đến chín mươi sáu phần trăm so với dung tích thiết kế"),
        ("- Chi cục CNTY;", "Chi cục Chăn nuôi và Thú y"),
        ("- Lãnh đạo VPUBND tỉnh;", "Lãnh đạo Văn phòng Ủy ban nhân dân tỉnh"),
        ("- Bộ Nông nghiệp & PTNT (b/c);", "Bộ Nông nghiệp và Phát triển nông thôn, báo cáo"),
        ("Tờ trình số 1630/TTr-SNN-TY", "Tờ trình số một nghìn sáu trăm ba mươi, Sở Nông nghiệp Thú y"),
    ],
)
def test_words_of_any_provinces_documents_are_read_in_full(written: str, spoken: str) -> None:
    assert READ.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Nhận kết quả từ tổng đài SMS 8088", "Nhận kết quả từ tổng đài ét em ét tám không tám tám"),
        ("gọi tổng đài 1022 để", "gọi tổng đài một không hai hai để"),
        ("Liên hệ tổng đài 1900 3398 ngay", "Liên hệ tổng đài một chín không không, ba ba chín tám ngay"),
    ],
)
def test_the_number_after_a_switchboard_is_a_short_code(written: str, spoken: str) -> None:
    assert READ.line(written) == spoken
