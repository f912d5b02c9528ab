"""Round 12 (issue 29): shapes the readers of the l batches agree on: lists of days sharing one month, lunar days
after "mùng", a pair of abbreviations typed with spaces around its hyphen, a bank card's four groups of digits."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

CTX = load_context()
READ = Normalizer(CTX)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (
            "từ ngày 9,10 và 11/10/2022",
            "từ ngày mồng chín, mồng mười và mười một tháng mười năm hai nghìn không trăm hai mươi hai",
        ),
        ("nhằm ngày 14, 15 và 16/9 âm lịch", "nhằm ngày mười bốn, mười lăm và mười sáu tháng chín âm lịch"),
        ("ba ngày 29, 30,31 tháng 3", "ba ngày hai mươi chín, ba mươi, ba mươi mốt tháng ba"),
    ],
)
def test_days_listed_before_one_month_take_one_ngay_and_no_decimal_comma(written: str, spoken: str) -> None:
    assert READ.text(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("(mùng 2/5 ÂL)", "mùng hai tháng năm âm lịch"),
        ("tức là ngày mùng 8, 9, 10-3 năm Nhâm Thìn", "tức là ngày mùng tám, chín, mười tháng ba năm Nhâm Thìn"),
        ("ngày mồng 10-3", "ngày mồng mười tháng ba"),
    ],
)
def test_a_day_after_mung_is_read_with_its_month_and_no_second_day_word(written: str, spoken: str) -> None:
    assert READ.text(written) == spoken


def test_a_listed_abbreviation_pair_typed_with_spaces_is_read_as_the_pair() -> None:
    assert READ.text("phát triển KT - XH, an ninh") == "phát triển kinh tế, xã hội, an ninh"


def test_a_card_number_in_four_groups_is_read_digit_by_digit() -> None:
    assert READ.text("Số thẻ: 8394 2567 3467 9930") == (
        "Số thẻ, tám ba chín bốn, hai năm sáu bảy, ba bốn sáu bảy, chín chín ba không"
    )


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Bộ NN&MT đã cử", "Bộ Nông nghiệp và Môi trường đã cử"),
        ("thông báo số 106/TB-TCĐBVN với", "thông báo số một trăm linh sáu, Tổng cục Đường bộ Việt Nam với"),
        (  # BNN named whole since round 46: 5 spans of 8 say "và Phát triển nông thôn" (l2's annotator did not)
            "văn bản số 4870/BNN-TY gửi",
            "văn bản số bốn nghìn tám trăm bảy mươi, Bộ Nông nghiệp và Phát triển nông thôn Thú y gửi",
        ),
        ("vắc xin DTLCP của", "vắc xin dịch tả lợn châu Phi của"),
        ("TTKDTM đã được", "thanh toán không dùng tiền mặt đã được"),
        ("thẻ VISA, mã passcode", "thẻ vi sa, mã pát cốt"),
    ],
)
def test_abbreviations_of_official_life_and_payment_words_are_read_as_words(written: str, spoken: str) -> None:
    assert READ.text(written) == spoken
