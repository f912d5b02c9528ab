"""Round 15 (issue 29): shapes the readers of the o batches agree on, checked against every batch's annotations."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

CTX = load_context()
READ = Normalizer(CTX)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Ngày 7/11 tổ chức tiêm trên địa bàn thôn", "Ngày mồng bảy tháng mười một tổ chức tiêm trên địa bàn thôn"),
        ("ngày 17/11 tổ chức họp", "ngày mười bảy tháng mười một tổ chức họp"),
        ("đạt 04/04 thôn", "đạt bốn trên bốn thôn"),
    ],
)
def test_a_slash_right_after_ngay_is_a_date_even_before_a_counted_noun(written: str, spoken: str) -> None:
    assert READ.text(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Sáng ngày 9 - 9, tại Ban chỉ huy", "Sáng ngày mồng chín tháng chín, tại Ban chỉ huy"),
        ("ngày 9 - 12/9", "ngày mồng chín đến ngày mười hai tháng chín"),
        ("từ 3 - 5 người", "từ ba đến năm người"),
    ],
)
def test_a_spaced_dash_after_a_word_of_the_day_is_a_day_and_month(written: str, spoken: str) -> None:
    assert READ.text(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (
            "tương đương 2325/2385 liều.",
            "tương đương hai nghìn ba trăm hai mươi lăm trên hai nghìn ba trăm tám mươi lăm liều.",
        ),
        (
            "tiêm được 762.320/800.719 đối tượng",
            "tiêm được bảy trăm sáu mươi hai nghìn ba trăm hai mươi trên tám trăm nghìn bảy trăm mười chín đối tượng",
        ),
        # a season since round 47 (`niên vụ 2018/19`: 4 spans of 4 say "đến"; z1 accepts it beside the pause)
        ("năm học 2020/2021 có", "năm học hai nghìn không trăm hai mươi đến hai nghìn không trăm hai mươi mốt có"),
    ],
)
def test_a_large_count_of_a_larger_whole_is_said_tren_but_two_years_are_not(written: str, spoken: str) -> None:
    assert READ.text(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("thay nước 2 lần /ngày", "thay nước hai lần một ngày"),
        ("tưới 3 lần / tuần", "tưới ba lần một tuần"),
        (
            "Ngày 10, 17, 24, 31 /01/2021",
            "Ngày mồng mười, mười bảy, hai mươi tư, ba mươi mốt, tháng một năm hai nghìn không trăm hai mươi mốt",
        ),
    ],
)
def test_times_per_a_period_are_said_mot_with_a_space_before_the_slash(written: str, spoken: str) -> None:
    assert READ.text(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("các mốc thời gian 5', 30', 1h", "các mốc thời gian năm phút, ba mươi phút, một giờ"),
        ("bài 'Top 5' hay", "bài tốp năm hay"),  # round 97: the quotes of a title are silent
    ],
)
def test_a_prime_after_a_number_is_minutes_outside_quotes(written: str, spoken: str) -> None:
    assert READ.text(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Gieo sạ bắt đầu từ: 10 đến 30 tháng 6", "Gieo sạ bắt đầu từ, mồng mười đến ba mươi tháng sáu"),
        ("từ 25 tháng 1 đến 10 tháng 2", "từ hai mươi lăm tháng một đến mồng mười tháng hai"),
        ("từ 3 đến 5 tháng tuổi", "từ ba đến năm tháng tuổi"),
    ],
)
def test_days_before_a_written_month_are_days_but_ages_are_not(written: str, spoken: str) -> None:
    assert READ.text(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("đoạn đường km 47, Quốc lộ 4D.", "đoạn đường ki lô mét bốn mươi bảy, Quốc lộ bốn dê."),
        ("tại Km 47", "tại ki lô mét bốn mươi bảy"),
        ("dài 5 km 300 m", "dài năm ki lô mét ba trăm mét"),
    ],
)
def test_km_before_a_number_is_a_kilometre_post(written: str, spoken: str) -> None:
    assert READ.text(written) == spoken


def test_tone_marks_a_pdf_left_without_their_letters_are_dropped_and_decomposed_text_is_kept() -> None:
    import unicodedata

    from pipeline.normalize.rules_shapes import drop_stray_marks

    assert READ.line("Sở Giao du ̣c tinh ̉ thông báo") == "Sở Giao du c tinh thông báo"
    decomposed = unicodedata.normalize("NFD", "sự việc của Sở Giáo dục tỉnh")
    assert drop_stray_marks(decomposed, CTX) == decomposed
