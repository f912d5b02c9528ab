"""Issue 29, round 237, from blind batches jk1, jk2, jl1 and jl2 after their scores: a lettered point with a dot,
braces, a quantifier after a unit's slash, an amount over a number of months, a form's zero-led number, a price
table's changes on lines of their own, Korean glides, a table's name joined by a hyphen, and a chain of initials
the lexicon holds whole."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("b. Đối tượng giảm 50% học phí", "bê, Đối tượng giảm năm mươi phần trăm học phí"),
        (
            "cú pháp: BH QT {mã số bảo hiểm xã hội} {từ tháng}",
            "cú pháp, bê hát quy tê, mã số bảo hiểm xã hội, từ tháng",
        ),
        ("Lạng Sơn: 200-300 mm/cả đợt.", "Lạng Sơn, hai trăm đến ba trăm mi li mét cả đợt."),
        (
            "Bảo hiểm y tế bắt buộc: 656.775 đ/15 tháng",
            "Bảo hiểm y tế bắt buộc, sáu trăm năm mươi sáu nghìn bảy trăm bảy mươi lăm đồng cho mười lăm tháng",
        ),
        ("theo Mẫu 08CT ban hành", "theo Mẫu không tám xê tê ban hành"),
        ("Thang bão Saffir-Simpson là", "Thang bão Xa phia Xim xơn là"),
        ("Theo Bộ LĐ-TB-XH, có", "Theo Bộ Lao động, Thương binh và Xã hội, có"),
        ("Học sinh được bảo trợ XH tại", "Học sinh được bảo trợ xã hội tại"),
        ("thuộc giải điền kinh VĐQG", "thuộc giải điền kinh vô địch quốc gia"),
    ],
)
def test_what_jk_and_jl_showed(written: str, spoken: str) -> None:
    assert N.text(written) == spoken


def test_a_letter_and_a_dot_before_a_small_letter_is_no_point() -> None:
    assert N.text("a. m. thôi") == "a. m. thôi"


def test_a_form_number_without_its_zero_is_a_count() -> None:
    assert N.text("theo mẫu 2") == "theo mẫu hai"


def test_a_price_table_whose_cells_are_lines_says_its_changes_as_rises_and_falls() -> None:
    table = "Gia Lai\n|\n91.500\n|\n+500\n|\nBà Rịa\n|\n92.000\n|\n-1.000\n|"
    spoken = N.text(table).split("\n")
    assert spoken[4] == "tăng năm trăm"
    assert spoken[10] == "giảm một nghìn"


def test_a_signed_number_after_no_price_keeps_its_sign() -> None:
    assert N.text("Nhiệt độ\n|\n-2\n|").split("\n")[2] == "âm hai"


def test_a_korean_glide_after_k_is_written_qu() -> None:
    assert N.text("Ứng viên Hàn Quốc Kwon Young-guk") == "Ứng viên Hàn Quốc Quơn Yơng gúc"


def test_a_slash_before_a_count_of_people_is_still_a_pause() -> None:
    assert N.text("50.000 đồng/2 người") == "năm mươi nghìn đồng, hai người"
