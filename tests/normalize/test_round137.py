"""Issue 29, round 137: rules from blind batches ej1 and ej2 (now development)."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context
from pipeline.normalize.rules_foreign import guess_reading

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("name", "said"),
    [("Brexit", "brếch xít"), ("Alexander", "a lếch xan đơ"), ("Nixon", "ních xôn"), ("Boxing", "bốc xinh")],
)
def test_an_x_between_vowels_in_a_name_closes_the_syllable_before(name: str, said: str) -> None:
    assert guess_reading(name) == said


def test_a_loanwords_x_between_vowels_stays_an_onset() -> None:
    assert N.line("nồng độ oxy hòa tan") == "nồng độ ô xi hòa tan"


def test_a_first_syllables_er_before_a_cluster_is_closed_too() -> None:
    assert guess_reading("Merkron") == "méc crôn"


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("87': KHÔNG VÀO!!! Đón bóng", "Phút tám mươi bảy, không vào!!! Đón bóng"),
        ("90' 5: HẾT GIỜ!", "Phút chín mươi cộng năm, hết giờ!"),
        ("90+3': Bàn thắng", "Phút chín mươi cộng ba, Bàn thắng"),
    ],
)
def test_a_live_reports_line_opens_on_the_minute_of_the_game(written: str, said: str) -> None:
    assert N.line(written) == said


def test_minutes_after_a_number_elsewhere_are_still_minutes() -> None:
    assert N.line("các mốc 5', 30'") == "các mốc năm phút, ba mươi phút"


def test_a_chainage_after_so() -> None:
    assert N.line("tại Km số 160+500 QL6") == "tại ki lô mét số một trăm sáu mươi cộng năm trăm quốc lộ sáu"


def test_a_price_tables_change_on_a_line_of_its_own() -> None:
    text = "Bà Rịa - Vũng Tàu |\n68.000 |\n-500 |"
    assert N.text(text).splitlines()[2] == "giảm năm trăm"


def test_a_lone_signed_cell_without_a_price_before_keeps_its_minus() -> None:
    assert N.text("mực nước |\n-4 |").splitlines()[1] == "âm bốn"


@pytest.mark.parametrize(
    ("written", "said"),
    [("ông Yoon sẽ tổ chức", "ông Yun sẽ tổ chức"), ("ở cấp ĐTQG.", "ở cấp đội tuyển quốc gia.")],
)
def test_names_and_abbreviations_of_ej(written: str, said: str) -> None:
    assert N.line(written) == said
