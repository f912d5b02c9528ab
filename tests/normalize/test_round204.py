"""Issue 29, round 204: a unit over a unit, or a word over a unit, with no amount before it (an idempotency
counterexample, `/km`, and the salinity and price tables' headings of bk1, er2, r1, ga1)."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("độ mặn (g/l)", "độ mặn, gam một lít"),  # was "g, l": two letters and a pause
        ("Giới hạn (mg/kg)", "Giới hạn, mi li gam một ki lô gam"),
        ("hàm lượng (g/kg)", "hàm lượng, gam một ki lô gam"),
        ("Oxy (mg/l)", "ốc xi, mi li gam trên lít"),  # a pair the unit table reads whole keeps that reading
        ("mật độ người/km2", "mật độ người một ki lô mét vuông"),  # was "km hai": the power read as a number
        ("giá Arabica giảm 17,7 Us cent/lb", "giá a ra bi ca giảm mười bảy phẩy bảy Us xen một pao"),
    ],
)
def test_a_unit_over_a_unit_with_no_amount_is_read_per(written: str, spoken: str) -> None:
    assert N.text(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("tỷ giá USD/VND", "tỷ giá đô la Mỹ, đồng"),  # over a code in capitals: a rate, as before
        ("Số: 111 /CV - UBND", "Số, một trăm mười một công văn Ủy ban nhân dân"),  # a letter's symbol (round 208)
        ("Minh Dương (T/h)", "Minh Dương, tổng hợp"),  # one letter after a word: a byline, no unit
        ("xã/phường", "xã, phường"),
    ],
)
def test_a_rate_a_letter_number_and_a_byline_are_left(written: str, spoken: str) -> None:
    assert N.text(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("/km", "ki lô mét"),  # was "km", then "ki lô mét": the slash's pause hid the unit from its rule
        ("5/km", "năm, ki lô mét"),
        ("./km", ". ki lô mét"),
        ("//kg", "ki lô gam"),
    ],
)
def test_a_unit_after_a_bare_slash_reads_the_same_twice(written: str, spoken: str) -> None:
    once = N.text(written)
    assert (once, N.text(once)) == (spoken, spoken)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("email giả mạo EVN/EVNNPC", "i meo giả mạo e vê en, e vê en en pê xê"),  # was "ê main" and letters
        ("số VNeID/CCCD khi giao dịch", "số vê en nờ e i dê, căn cước công dân khi giao dịch"),
        ("(giá 489.000đồng/tour)", "giá bốn trăm tám mươi chín nghìn đồng một tua"),  # was "tu" and an "r" lost
        ("a/mV", "a, em vê"),  # was "a, mV", then "a, em vê": a lexicon entry after a slash is read in one pass
    ],
)
def test_a_lexicon_entry_after_a_slash_is_read(written: str, spoken: str) -> None:
    once = N.text(written)
    assert (once, N.text(once)) == (spoken, spoken)


def test_a_forms_date_placeholder_is_day_month_year() -> None:
    assert N.text("ngày sinh: dd/mm/yyyy, CMND") == "ngày sinh, ngày tháng năm, chứng minh nhân dân"


def test_a_chat_group_is_said_as_the_corpus_says_it() -> None:
    assert N.text("đưa họ vào một nhóm/group chat") == "đưa họ vào một nhóm, gờ rúp chát"
