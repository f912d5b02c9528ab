"""Issue 29, round 184, from gm1's first look: a money range with its multiplier on both sides, a class code of
one letter, two digits and a letter, a fee formula over two lines, tennis scores after "thất bại" and "chung cuộc"."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "said"),
    [
        (
            "Mức lương khoảng 50 triệu đồng – 60 triệu đồng/tháng.",
            "Mức lương khoảng năm mươi triệu đồng đến sáu mươi triệu đồng một tháng.",
        ),
        ("từ 1,5 tỷ đồng - 2 tỷ đồng", "từ một phẩy năm tỷ đồng đến hai tỷ đồng"),
        ("mức 150.000 đồng - 300.000 đồng/tháng", "mức một trăm năm mươi nghìn đồng đến ba trăm nghìn đồng một tháng"),
    ],
)
def test_a_money_range_with_its_multiplier_on_both_sides(written: str, said: str) -> None:
    assert N.line(written) == said


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("THÔNG BÁO CÁC KHOẢN THU LỚP K58E", "thông báo các khoản thu lớp ca năm mươi tám e"),
        ("vào cột H60A và H62A,", "vào cột hát sáu mươi a và hát sáu mươi hai a"),
        ("A22BC", "a hai hai bê xê"),
        ("C06", "xê không sáu"),
    ],
)
def test_one_letter_two_digits_and_a_letter_is_a_number_between_letters(written: str, said: str) -> None:
    assert N.line(written) == said


@pytest.mark.parametrize(
    ("written", "said"),
    [
        (
            "Học phí: 500.000 đồng/học viên x 5 học phần\n= 2.500.000 đồng/học viên.",
            "Học phí, năm trăm nghìn đồng một học viên nhân năm học phần\nbằng hai triệu năm trăm nghìn đồng một học viên.",
        ),
        ("Model x 5", "mô đen x năm"),
        ("a = b", "a = b"),
    ],
)
def test_a_fee_formula_over_two_lines(written: str, said: str) -> None:
    assert N.line(written) == said


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("chấp nhận thất bại 3-6, 3-6.", "chấp nhận thất bại ba sáu, ba sáu."),
        ("chung cuộc 3-2 (3-6, 6-4, 6-3) trước", "chung cuộc ba hai, ba sáu, sáu bốn, sáu ba, trước"),
        ("thất bại 2-3 lần", "thất bại hai đến ba lần"),
        ("thắng 2-3 lần liên tiếp", "thắng hai đến ba lần liên tiếp"),
    ],
)
def test_tennis_scores_after_a_loss_or_a_final(written: str, said: str) -> None:
    assert N.line(written) == said
