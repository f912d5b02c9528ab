"""Issue 29, round 183, from gj2 and older batches: initials glued to their dot at a line's end, sc before e or i,
a score after "thắng lợi", a range of degrees with the sign typed as a zero, an index after an ampersand."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("Ảnh: M.T", "Ảnh, em tê"),
        ("(Ảnh minh hoạ: D.T)", "Ảnh minh hoạ, dê tê"),
        ("nhận được đơn của anh Đ.N.T,", "nhận được đơn của anh đê en nờ tê"),
        ("M.H", "em hát"),
        ("anh M. Tuấn", "anh em mờ Tuấn"),
        ("thuộc loại A.", "thuộc loại A."),
    ],
)
def test_initials_glued_to_their_dots_end_a_line_as_one_name(written: str, said: str) -> None:
    assert N.line(written) == said


@pytest.mark.parametrize(
    ("written", "said"),
    [("ứng cử viên Daniel Scioli", "ứng cử viên đa ni en xi ô li"), ("Scenario", "xê na ri ô")],
)
def test_sc_before_e_or_i_is_one_sound(written: str, said: str) -> None:
    assert N.line(written) == said


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("giành thắng lợi 3 - 2 trước đội", "giành thắng lợi ba hai trước đội"),
        ("thắng ngược 3-2", "thắng ngược ba hai"),
        ("tăng từ 3 - 5 lần", "tăng từ ba đến năm lần"),
    ],
)
def test_a_score_after_thang_loi_is_two_numbers(written: str, said: str) -> None:
    assert N.line(written) == said


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("18 - 200C", "mười tám đến hai mươi độ xê"),
        ("Nhiệt độ: 26 ÷ 300C", "Nhiệt độ, hai mươi sáu đến ba mươi độ xê"),
        ("20-200C", "hai mươi đến hai trăm xê"),
        ("Số 10 - 100C", "Số mười đến một trăm xê"),
    ],
)
def test_a_range_of_degrees_ends_in_the_sign_typed_as_a_zero(written: str, said: str) -> None:
    assert N.line(written) == said


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("chỉ số S&P 500 giảm", "chỉ số ét và pê năm trăm giảm"),
        ("giống lúa OM 5451", "giống lúa o em mờ năm bốn năm một"),
    ],
)
def test_an_index_after_an_ampersand_is_an_amount(written: str, said: str) -> None:
    assert N.line(written) == said


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("ngập lụt tại khu vực nội thành TPHCM.", "ngập lụt tại khu vực nội thành thành phố Hồ Chí Minh."),
        ("sẽ trở thành TP trực thuộc", "sẽ trở thành thành phố trực thuộc"),
        ("đường link giả", "đường liên kết giả"),
    ],
)
def test_thanh_before_a_city_is_another_word(written: str, said: str) -> None:
    assert N.line(written) == said


@pytest.mark.parametrize(
    ("written", "said"),
    [
        (
            "Thứ sáu, 08/03/2024, 20:15 PM",
            "Thứ sáu, ngày mồng tám tháng ba năm hai nghìn không trăm hai mươi tư, hai mươi giờ mười lăm phút tối",
        ),
        (
            "10/10/2023 14:20 PM",
            "ngày mồng mười tháng mười năm hai nghìn không trăm hai mươi ba, mười bốn giờ hai mươi phút chiều",
        ),
        ("13:00 AM", "mười ba giờ"),
        ("3:15:22 PM", "ba giờ mười lăm phút hai mươi hai giây chiều"),
    ],
)
def test_a_24_hour_time_keeps_its_part_of_the_day(written: str, said: str) -> None:
    assert N.line(written) == said


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("các ứng dụng (VNeID, dichvucong...)", "các ứng dụng, vê en nờ e i dê, dịch vụ công."),
        ("Xem online", "Xem on lai"),
    ],
)
def test_a_sites_unmarked_words_outside_its_address_are_vietnamese(written: str, said: str) -> None:
    assert N.line(written) == said


@pytest.mark.parametrize(
    ("written", "said"),
    [("Cầu thủ của Tottenham", "Cầu thủ của tốt ten ham"), ("Coutinho", "cu ti nhô"), ("Phumtham", "phum tham")],
)
def test_an_english_ham_after_n_is_its_own_syllable(written: str, said: str) -> None:
    assert N.line(written) == said


@pytest.mark.parametrize(
    ("written", "said"),
    [
        (
            "lãi 40 – 50 triệu đồng/1.000 m2 mặt nước",
            "lãi bốn mươi đến năm mươi triệu đồng trên một nghìn mét vuông mặt nước",
        ),
        ("bán được 6 triệu đồng/2 sào bắp non.", "bán được sáu triệu đồng trên hai sào bắp non."),
        ("10.000 đồng/kg", "mười nghìn đồng một ki lô gam"),
        ("thu 200 triệu đồng/ha", "thu hai trăm triệu đồng một héc ta"),
    ],
)
def test_money_over_so_much_land_is_tren(written: str, said: str) -> None:
    assert N.line(written) == said


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("các địa bàn có dịch cấp 2,3 và", "các địa bàn có dịch cấp hai, ba và"),
        ("gió cấp 6,7, giật cấp 9", "gió cấp sáu, bảy, giật cấp chín"),
        ("với sức gió cấp 9/10, giật cấp 13", "với sức gió cấp chín đến mười, giật cấp mười ba"),
        ("cấp 2,5 mét", "cấp hai phẩy năm mét"),
    ],
)
def test_two_levels_after_cap_with_a_comma_are_a_list(written: str, said: str) -> None:
    assert N.line(written) == said


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("xã Khe Sanh KT (12x4x7)m; mặt đường", "xã Khe Sanh ca tê, mười hai nhân bốn nhân bảy mét, mặt đường"),
        ("kích thước (20 x 30)cm", "kích thước, hai mươi nhân ba mươi xăng ti mét"),
        ("ảnh (3x4)", "ảnh, ba nhân bốn"),
    ],
)
def test_sizes_in_brackets_share_the_unit_after_them(written: str, said: str) -> None:
    assert N.line(written) == said
