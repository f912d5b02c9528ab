"""Issue 29, round 138: rules from blind batches ek1 and ek2 (now development)."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("tuyến quốc lộ 1 → công viên 30/4 → đường", "tuyến quốc lộ một đến công viên ba mươi tháng tư đến đường"),
        ("cầu Xáng → huyện lộ 65B → Thanh Niên", "cầu Xáng đến huyện lộ sáu mươi lăm bê đến Thanh Niên"),
        ("vào nút giao Đường 319 →tỉnh Đồng Nai.", "vào nút giao Đường ba trăm mười chín đến tỉnh Đồng Nai."),
    ],
)
def test_a_routes_arrow_before_a_place_is_den(written: str, said: str) -> None:
    assert N.line(written) == said


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("dịch vụ công căn cước → cấp đổi → chọn lý do", "dịch vụ công căn cước, cấp đổi, chọn lý do"),
        ("vòng xoay cổng 11 → rẽ trái", "vòng xoay cổng mười một, rẽ trái"),
    ],
)
def test_an_arrow_before_a_verb_is_the_next_step(written: str, said: str) -> None:
    assert N.line(written) == said


def test_a_firms_trade_and_services() -> None:
    assert N.line("Công ty TNHH TM&DV Trường Mai") == "Công ty trách nhiệm hữu hạn thương mại và dịch vụ Trường Mai"


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("Quốc vương Anh Charles III, hôm nay", "Quốc vương Anh Sác lơ Đệ tam, hôm nay"),
        ("Nhà Vua Tây Ban Nha, Felipe VI, cũng gửi", "Nhà Vua Tây Ban Nha, phê li pê Đệ lục, cũng gửi"),
    ],
)
def test_a_monarchs_number_is_sino_vietnamese(written: str, said: str) -> None:
    assert N.line(written) == said


@pytest.mark.parametrize(
    ("written", "said"),
    [("đền thờ vua Hùng, khu II", "đền thờ vua Hùng, khu hai"), ("vua Hùng thứ II", "vua Hùng thứ hai")],
)
def test_a_numeral_after_a_kings_title_with_other_words_between_is_a_number(written: str, said: str) -> None:
    assert N.line(written) == said


@pytest.mark.parametrize(
    ("written", "said"),
    [("Sở GDDT Hải Dương", "Sở Giáo dục và Đào tạo Hải Dương"), ("qua Zalo, Skype.", "qua da lô, Xcai.")],
)
def test_abbreviations_and_names_of_el(written: str, said: str) -> None:
    assert N.line(written) == said


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("Cả 5/5 thí sinh dự thi", "Cả năm trên năm thí sinh dự thi"),
        ("kết quả chung cuộc 7/8 thí sinh", "kết quả chung cuộc bảy trên tám thí sinh"),
        ("ngày 5/5 thí sinh dự thi", "ngày mồng năm tháng năm thí sinh dự thi"),
    ],
)
def test_candidates_counted_over_their_total(written: str, said: str) -> None:
    assert N.line(written) == said


def test_a_short_code_after_the_southern_goi() -> None:
    assert N.line('soạn "V lua dao" gởi 5656') == "soạn vê lua dao gởi năm sáu năm sáu"


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("đoạt 3 HC Vàng, 2 HC Bạc", "đoạt ba huy chương vàng, hai huy chương bạc"),
        ("đến vùng Kyushu", "đến vùng Kiu xiu"),
        ("12,1 tỷ Real", "mười hai phẩy một tỷ Rê an"),
        ("hai nước Côte d’Ivoire và Ghana", "hai nước Cốt Đi voa và Ga na"),
        ("sinh viên Burkina-Faso", "sinh viên Buốc ki na Pha xô"),
    ],
)
def test_names_and_abbreviations_of_em(written: str, said: str) -> None:
    assert N.line(written) == said
