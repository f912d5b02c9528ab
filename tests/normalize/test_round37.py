"""Round 37 (issue 29): the misses of blind batches ai1 and ai2 that recur or that any notice of the kind holds."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

READ = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("USD/tấn", "đô la Mỹ một tấn"),
        ("VND/kg", "đồng một ki lô gam"),
        ("Đơn vị tính: USD/Tấn", "Đơn vị tính, đô la Mỹ một tấn"),
        ("Tăng (+)/giảm (-) đ/kg", "Tăng, giảm, đồng một ki lô gam"),
    ],
)
def test_a_price_unit_standing_alone_is_read_as_after_an_amount(written: str, spoken: str) -> None:
    """ai1: a price table's heading `USD/tấn` was "u ét dê, tấn"."""
    assert READ.line(written) == spoken


def test_a_price_unit_after_an_amount_and_an_exchange_rate_are_left_to_their_rules() -> None:
    assert READ.line("giá 5.000 USD/tấn") == "giá năm nghìn đô la Mỹ một tấn"
    assert READ.line("tỷ giá USD/VND") == "tỷ giá đô la Mỹ, đồng"  # round 177: the pair named


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("có độ mặn đến hơn 13o/00, một số", "có độ mặn đến hơn mười ba phần nghìn, một số"),
        ("với độ mặn trên dưới 10o/oo, đe dọa", "với độ mặn trên dưới mười phần nghìn, đe dọa"),
        ("độ mặn 4 o/oo", "độ mặn bốn phần nghìn"),
    ],
)
def test_an_o_slash_and_two_more_after_a_number_is_the_per_mille_sign(written: str, spoken: str) -> None:
    """ai1: `13o/00` was "mười ba o, không"."""
    assert READ.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("ở mức 5,550-5,600 tại ruộng", "ở mức năm nghìn năm trăm năm mươi đến năm nghìn sáu trăm tại ruộng"),
        ("Giá 5,600 - 5,700", "Giá năm nghìn sáu trăm đến năm nghìn bảy trăm"),
        ("ở mức 1,211-1,250 triệu ha", "ở mức một phẩy hai trăm mười một đến một phẩy hai trăm năm mươi triệu héc ta"),
        ("giá 0,125-0,250", "giá không phẩy một trăm hai mươi lăm đến không phẩy hai trăm năm mươi"),
    ],
)
def test_a_comma_range_after_a_price_word_is_english_thousands(written: str, spoken: str) -> None:
    """ai1: `mức 5,550-5,600` was "năm phẩy năm trăm năm mươi"; before triệu it stays a decimal."""
    assert READ.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Họp mặt ngày Quốc tế Phụ nữ 08/03", "Họp mặt ngày Quốc tế Phụ nữ mồng tám tháng ba"),
        ("ngày Nhà giáo Việt Nam 20/11", "ngày Nhà giáo Việt Nam hai mươi tháng mười một"),
        ("kỷ niệm ngày giải phóng Miền Nam 30/4.", "kỷ niệm ngày giải phóng Miền Nam ba mươi tháng tư."),
        ("Hội Phụ nữ 8/3 họp", "Hội Phụ nữ ngày mồng tám tháng ba họp"),
    ],
)
def test_a_holiday_named_in_full_says_its_date_as_its_name(written: str, spoken: str) -> None:
    """ai2: `Quốc tế Phụ nữ 8/3` took a "ngày" the guide's holiday row does not add (4 spans of 4); a union is no
    holiday."""
    assert READ.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("ông Võ Chí Nam – CT. UBND xã.", "ông Võ Chí Nam, Chủ tịch Ủy ban nhân dân xã."),
        ("công chức Văn phòng – TK", "công chức Văn phòng, thống kê"),
        ("Chủ tịch Ủy ban châu Âu Ursula von der Leyen.", "Chủ tịch Ủy ban châu Âu U xu la phôn đơ Lai en."),
    ],
)
def test_a_title_an_office_and_a_name_of_the_news_are_data(written: str, spoken: str) -> None:
    """ai2: `CT.` was "chỉ thị.", `TK` "tê ca", von der Leyen "von đơ lây en"."""
    assert READ.line(written) == spoken
