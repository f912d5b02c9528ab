"""Issue 29, round 202, from blind batches hj1 and hj2 after their scores: a name's lone I after a Roman numeral's
context, a quote between two words, the copyright and trademark signs, and `QPAN`."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ('của chế độ Iran", — thông cáo', "của chế độ I ran, thông cáo"),  # hj2: "chế độ một ran"
        ("khu vực Israel và Gaza", "khu vực I xra en và Ga da"),  # gr1, gp1: "khu vực một xra en"
        ("vùng Iraq", "vùng I rắc"),
        ("kêu gọi Israel- Iran kiềm chế", "kêu gọi I xra en, I ran kiềm chế"),  # ft1: the pause kept
        ("khóa I nhiệm kỳ", "khóa một nhiệm kỳ"),  # a Roman one before a word stays one
        ("cấp I trở lên", "cấp một trở lên"),
    ],
)
def test_a_names_lone_i_is_no_roman_numeral(written: str, spoken: str) -> None:
    assert N.text(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("“chẳng bao lâu nữa”Tehran sẽ chế tạo", "chẳng bao lâu nữa Tê hê ran sẽ chế tạo"),  # hj2: "nữaTê"
        ("tổ chức “Trò chơi dân gian”chào mừng", "tổ chức Trò chơi dân gian chào mừng"),  # r2: "gianchào"
        ("nói “Tôi” đã", "nói Tôi đã"),  # a quote beside a space is silent, as before
    ],
)
def test_a_quote_between_two_words_parts_them(written: str, spoken: str) -> None:
    assert N.text(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("© REUTERS / Ariel Schalit", "bản quyền Roi tơ, a ri en xờ cha lít"),  # hj2: the sign was left as written
        ("Samsung®", "Xam xung"),
        ("Zalo™", "da lô"),
        (
            "nhiệm vụ KT-XH, QPAN năm 2015",
            "nhiệm vụ kinh tế, xã hội, quốc phòng, an ninh năm hai nghìn không trăm mười lăm",
        ),
    ],
)
def test_signs_and_rows(written: str, spoken: str) -> None:
    once = N.text(written)
    assert (once, N.text(once)) == (spoken, spoken)


def test_a_word_glued_after_a_months_number_stands_apart() -> None:
    """`tháng 1COVID` (test_idempotent's, older than this stop) was "tháng mộtCOVID", then "tháng một cô vít"."""
    once = N.text("tháng 1COVID")
    assert (once, N.text(once)) == ("tháng một cô vít", "tháng một cô vít")
