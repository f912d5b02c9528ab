"""Issue 29, round 128: what blind batches dx1, dx2, dy1 and dy2 (now development) showed."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("thuộc huyện Ko Kah tỉnh", "thuộc huyện Cô ca tỉnh"),  # was "không ca"
        ("Phủ Tổng thống Ko Min-jung cho biết", "Phủ Tổng thống Cô Min chung cho biết"),  # as before
        ("ko nhận ra và mắc bẫy", "không nhận ra và mắc bẫy"),  # the chat spelling, as before
    ],
)
def test_ko_with_its_capital_is_a_name(written: str, spoken: str) -> None:
    """`huyện Ko Kah` (dx1): the lexicon's chat "ko" ("không") took a Thai district's name."""
    assert N.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (
            "từ đêm qua 7/8 đến sáng nay (từ 23h/7/8 - 2h/8/8),",
            "từ đêm qua ngày mồng bảy tháng tám đến sáng nay, từ hai mươi ba giờ ngày mồng bảy tháng tám đến hai giờ"
            " ngày mồng tám tháng tám",
        ),  # was a pause between the two hours
        (
            "Từ ngày 11/03/2019 (Thứ hai) – 15/03/2019",
            "Từ ngày mười một tháng ba năm hai nghìn không trăm mười chín, Thứ hai, đến ngày mười lăm tháng ba năm hai"
            " nghìn không trăm mười chín",
        ),
    ],
)
def test_a_dash_after_the_nearest_from(written: str, spoken: str) -> None:
    """`từ … đến sáng nay (từ 23h/7/8 - 2h/8/8)` (dx2): the first "từ" and its "đến" hid the second "từ" from the
    dash rule; a bracket between "từ" and its dash (a weekday) still does not."""
    assert N.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("cựu tuyển thủ U20 Việt Nam", "cựu tuyển thủ u hai mươi Việt Nam"),  # was "u hai không"
        ("các cầu thủ U23 Việt Nam", "các cầu thủ u hai mươi ba Việt Nam"),
        ("mã U05", "mã u không năm"),  # a code, as before
    ],
)
def test_an_age_group(written: str, spoken: str) -> None:
    """`U20` (dy1), `U23` (f2), `U17` (af2, a rice variety): U and two digits say the number."""
    assert N.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("giảm 8% (11/12) so với", "giảm tám phần trăm, mười một trên mười hai, so với"),  # was a date
        ("Tịnh Biên: -100% (0/6), Thoại", "Tịnh Biên, âm một trăm phần trăm, không trên sáu, Thoại"),
        ("đạt 50% (ngày 1/5)", "đạt năm mươi phần trăm, ngày mồng một tháng năm"),  # "ngày" says it: as before
    ],
)
def test_cases_over_cases_bracketed_after_a_percent_change(written: str, spoken: str) -> None:
    """`giảm 8% (11/12)`, `-80% (1/5)` (dy1: 3 spans): this week's cases over last week's, not a day."""
    assert N.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("số tài khoản 1025352965 mang tên", "số tài khoản một không hai năm ba năm hai chín sáu năm mang tên"),
        ("vào tài khoản số 0123456789", "vào tài khoản số không một hai ba bốn năm sáu bảy tám chín"),
        ("tài khoản 1.000.000 đồng", "tài khoản một triệu đồng"),  # an amount: as before
    ],
)
def test_a_bank_account_number_is_read_digit_by_digit(written: str, spoken: str) -> None:
    """`số tài khoản 1025352965` (dy2): read as "một tỷ không trăm hai mươi lăm triệu…" in a scam warning."""
    assert N.line(written) == spoken


def test_a_cold_spells_degree_typed_as_a_zero() -> None:
    """`đợt rét này phổ biến 8 - 100C` (dy2): "rét" names the air's temperature as "nhiệt độ" does."""
    assert N.line("đợt rét này phổ biến 8 - 100C.") == "đợt rét này phổ biến tám đến mười độ xê."


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Nam Định: Chadrac Akolo Ababa (78')", "Nam Định, cha đrắc a cô lô a ba ba, phút bảy mươi tám"),
        ("Thẻ đỏ: Lucas (Nam Định, 90')", "Thẻ đỏ, lu cát, Nam Định, phút chín mươi"),  # was "chín mươi phút"
        ("các mốc 5', 30', 1h", "các mốc năm phút, ba mươi phút, một giờ"),  # minutes, as before
    ],
)
def test_a_matchs_minute_closing_a_bracket(written: str, spoken: str) -> None:
    """`(78')`, `(Nam Định, 90')` (dp2), `(112')` (dz2): the minute of the game a goal or a card came in."""
    assert N.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("chủ tàu BĐ 96851, thị xã", "chủ tàu bê đê chín sáu tám năm một, thị xã"),  # was "chín mươi sáu nghìn…"
        ("chủ tàu cá BĐ-99037TS, là một", "chủ tàu cá bê đê chín chín không ba bảy tê ét, là một"),
        ("tàu chở 2000 tấn", "tàu chở hai nghìn tấn"),  # an amount, as before
    ],
)
def test_a_fishing_boats_registration(written: str, spoken: str) -> None:
    """`tàu cá BĐ-99037TS` (dz1: 4 spans): the province's letters and the boat's number, digit by digit."""
    assert N.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("tựu trường vào 29.8, riêng", "tựu trường vào ngày hai mươi chín tháng tám, riêng"),  # was "phẩy"
        ("tựu trường sớm từ 22.8.", "tựu trường sớm từ ngày hai mươi hai tháng tám."),
        ("tăng từ 2.5 lên 3.0", "tăng từ hai phẩy năm lên ba phẩy không"),  # a clause going on: as before
        ("vào 2.5 mét", "vào hai phẩy năm mét"),  # an amount
    ],
)
def test_a_dotted_day_after_vao_or_ending_a_clause_after_tu(written: str, spoken: str) -> None:
    """`tựu trường vào 29.8`, `sớm từ 22.8.` (dz2): a dotted day and month is a date there, with "ngày"."""
    assert N.line(written) == spoken


def test_a_volcanos_alert_level() -> None:
    """`từ mức III lên IV` (dz1): "mức" numbers an alert level, and "lên" lists the next one ("i vê" was heard)."""
    assert N.line("của núi lửa từ mức III lên IV, mức cao nhất") == "của núi lửa từ mức ba lên bốn, mức cao nhất"
