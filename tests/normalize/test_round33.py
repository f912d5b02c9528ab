"""Round 33 (issue 29): the word "ngày" before a date follows the house guide where the annotators of all 60 batches
agree, and the shapes left from earlier rounds that recur across batches."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

READ = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("trong các ngày 13-16/4 ở mức", "trong các ngày mười ba đến mười sáu tháng tư ở mức"),
        (
            "trong hai ngày 26 và 27/12/2025",
            "trong hai ngày hai mươi sáu và hai mươi bảy tháng mười hai năm hai nghìn không trăm hai mươi lăm",
        ),
        ("diễn ra trong các ngày từ 25 đến 27-2", "diễn ra trong các ngày từ hai mươi lăm đến hai mươi bảy tháng hai"),
        ("Tết các ngày 14 – 15.2 tại", "Tết các ngày mười bốn đến mười lăm tháng hai tại"),
        (
            "vào các ngày 26, 27, 28, 29/6",
            "vào các ngày hai mươi sáu, hai mươi bảy, hai mươi tám, hai mươi chín tháng sáu",
        ),
        ("trong 3 ngày 19-20-21/2 năm ngoái", "trong ba ngày mười chín, hai mươi, hai mươi mốt tháng hai năm ngoái"),
        ("trong các ngày mồng 6, 7 và 8/6", "trong các ngày mồng sáu, mồng bảy và mồng tám tháng sáu"),
        ("trong các ngày từ mùng 4 đến 14/4", "trong các ngày từ mùng bốn đến mười bốn tháng tư"),
    ],
)
def test_days_of_one_month_after_a_plural_ngay_say_it_once(written: str, spoken: str) -> None:
    """Batches ac2, ad2, b, c1, d1, d2, e1, f2, j1, n1, n2, z1: after "các ngày", "hai ngày", `3 ngày` the annotators
    name the days without a second "ngày" (26 spans to 8); Loa said "mười ba đến ngày mười sáu"."""
    assert READ.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("từ ngày 13-16/4 ở mức", "từ ngày mười ba đến ngày mười sáu tháng tư ở mức"),  # a single ngày: 74 to 11
        ("trong hai ngày 3 và 4.5 mm", "trong hai ngày mồng ba và bốn phẩy năm mi li mét"),  # an amount, not a day
        (
            "16:00 – 24:00 ngày 23 và 24/1",
            "mười sáu giờ đến hai mươi tư giờ ngày hai mươi ba và hai mươi tư tháng một",  # round 94: 31 spans to 4
        ),
        (
            "hết ngày 30/12, ngày 5 -10/12 đánh đất",
            "hết ngày ba mươi tháng mười hai, ngày mồng năm đến ngày mồng mười tháng mười hai đánh đất",
        ),
    ],
)
def test_a_single_ngay_or_a_count_that_is_no_plural_keeps_its_reading(written: str, spoken: str) -> None:
    """`ngày 13-16/4` repeats "ngày" as most annotators say it; `24:00 ngày` and `30/12, ngày` count no days."""
    assert READ.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Sáng nay 27-10, lực lượng", "Sáng nay ngày hai mươi bảy tháng mười, lực lượng"),
        ("Bản tin nông vụ hôm nay 16.2", "Bản tin nông vụ hôm nay ngày mười sáu tháng hai"),
        ("Dự báo từ trưa nay 6.8 đến", "Dự báo từ trưa nay ngày mồng sáu tháng tám đến"),
        ("Hôm nay, 18-5, không có giá", "Hôm nay, ngày mười tám tháng năm, không có giá"),
    ],
)
def test_a_dotted_or_dashed_date_after_a_day_word_with_nay_says_ngay_as_a_slashed_one(
    written: str, spoken: str
) -> None:
    """Batches ab1, b, j1, m1, n1, u2, w1: after "sáng nay", "hôm nay" the annotators say "ngày" whatever mark the
    date has (11 spans to 0 for dots and dashes; 25 to 1 for slashes, which Loa already followed); `Sáng nay, 18-12,`
    was read "mười tám đến mười hai", a range running backwards."""
    assert READ.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("sáng nay, 2.5 tấn gạo", "sáng nay, hai phẩy năm tấn gạo"),
        ("sáng nay, 2-3 người", "sáng nay, hai đến ba người"),
        ("từ 22 giờ ngày hôm nay 10.9 đến", "từ hai mươi hai giờ ngày hôm nay mồng mười tháng chín đến"),
    ],
)
def test_amounts_after_nay_and_a_said_ngay_are_left(written: str, spoken: str) -> None:
    """An amount after a comma is no date; `ngày hôm nay` has said its "ngày" already (u1)."""
    assert READ.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("a) Bằng 30% đối với người", "a, Bằng ba mươi phần trăm đối với người"),
        ("b) Cây màu: 25ha", "bê, Cây màu, hai mươi lăm héc ta"),
        ("1. Thời gian", "Một, Thời gian"),
        ("- Địa điểm", "Địa điểm"),
    ],
)
def test_a_lettered_point_is_read_by_its_letter_name(written: str, spoken: str) -> None:
    """Batches e2, o2, r2, t2, ae2: every annotator read `a)` "a," as a numbered point's number (8 spans of 8)."""
    assert READ.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("chênh lệch +55 USD/tấn", "chênh lệch cộng năm mươi lăm đô la Mỹ một tấn"),
        ("+1.000", "cộng một nghìn"),
        ("các đầu số lạ như +373 (Moldova)", "các đầu số lạ như cộng ba bảy ba, Môn đô va"),
        ("vắc xin là +5°C.", "vắc xin là dương năm độ xê."),
        ("Lúa khô | 4.700(+100)", "Lúa khô, bốn nghìn bảy trăm, tăng một trăm"),
        ("Tổ 13+16+17", "Tổ mười ba mười sáu mười bảy"),
        ("gọi +84 912 345 678", "gọi cộng tám tư, chín một hai, ba bốn năm, sáu bảy tám"),
        ("Km139+900", "ki lô mét một trăm ba mươi chín cộng chín trăm"),
    ],
)
def test_a_plus_before_a_number_is_said(written: str, spoken: str) -> None:
    """Batches ae1, c1, l1, o1, x2: the sign was dropped ("năm mươi lăm đô la Mỹ"), a dialling code read as a
    hundreds number; a price's change, a list glued with pluses, a phone and a km post keep their own rules."""
    assert READ.line(written) == spoken


def test_an_abbreviation_between_the_slashes_of_a_price_is_read_as_its_words() -> None:
    """Batch ae2: `đồng/HS/tháng` was "đồng một hát ét một tháng"; the annotator says "một học sinh" (4 spans)."""
    assert (
        READ.line("không quá 150.000 đồng/HS/tháng") == "không quá một trăm năm mươi nghìn đồng một học sinh một tháng"
    )
