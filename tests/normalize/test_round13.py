"""Round 13 (issue 29): words of vaccination, animal disease, committees, electrical devices and national web
portals (general knowledge, checked against every batch's annotations), and shapes the readers of the m batches
agree on."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

CTX = load_context()
READ = Normalizer(CTX)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("tiêm vắc xin Td cho trẻ", "tiêm vắc xin tê dê cho trẻ"),
        ("tiêm phòng LMLM cho gia súc", "tiêm phòng lở mồm long móng cho gia súc"),
        ("vắc xin type O", "vắc xin típ O"),
        ("bà Lý - UVTV, Chủ tịch", "bà Lý, ủy viên thường vụ, Chủ tịch"),
        ("Ban Chỉ huy PCLB&TKCN tỉnh", "Ban Chỉ huy phòng chống lụt bão và tìm kiếm cứu nạn tỉnh"),
        ("căn cước gắn chip", "căn cước gắn chíp"),
        ("1 lot bao gồm 10 tấn", "một lô bao gồm mười tấn"),
        ("cầu dao, attomat, rơle", "cầu dao, áp tô mát, rơ le"),
        ("nút DOWNLOAD", "nút đao lốt"),
        ("Page 191", "trang một trăm chín mươi mốt"),
    ],
)
def test_words_of_vaccination_committees_devices_and_forms_are_read_as_words(written: str, spoken: str) -> None:
    assert READ.text(written) == spoken


def test_national_portal_words_inside_an_address_are_read_with_their_marks() -> None:
    assert READ.text("https://dichvucong.dancuquocgia.gov.vn") == READ.text("dichvucong.dancuquocgia.gov.vn")
    assert "dân cư quốc gia" in READ.text("dichvucong.dancuquocgia.gov.vn")
    assert "đăng ký" in READ.text("dangky.dichvucong.gov.vn")


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("1 | Học phí | 3.000.000/ tháng | Đóng", "một, Học phí, ba triệu một tháng, Đóng"),
        ("Phí ăn 30.000/ngày", "Phí ăn ba mươi nghìn một ngày"),
    ],
)
def test_a_slash_after_a_bare_amount_in_a_fee_table_is_per(written: str, spoken: str) -> None:
    assert READ.text(written) == spoken


def test_a_star_and_an_x_after_a_bracket_between_amounts_are_nhan() -> None:
    assert READ.text("(35.000 * 26 ngày)") == "ba mươi lăm nghìn nhân hai mươi sáu ngày"
    assert READ.text("1.000 đồng (lương) x 12 tháng") == "một nghìn đồng, lương, nhân mười hai tháng"


def test_an_arrow_between_menu_items_is_sang() -> None:
    assert READ.text("Chọn menu [DỊCH VỤ CÔNG] => [THƯỜNG TRÚ] trên") == (
        "Chọn mê nu, dịch vụ công, sang, thường trú, trên"
    )


def test_a_day_glued_to_thang_keeps_its_mong() -> None:
    assert READ.text("kể từ ngày 01tháng  6 năm 2010") == (
        "kể từ ngày mồng một tháng sáu năm hai nghìn không trăm mười"
    )
