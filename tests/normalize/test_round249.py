"""Issue 29, round 249, from blind batches ka1, ka2, kb1 and kb2 after their scores: a noun that names the date
after "ngày", a written "mùng", the day a sample was taken, and rows."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (
            "ngày sản xuất 14/3/2018, hạn sử dụng ngày 14/3/2019.",
            "ngày sản xuất mười bốn tháng ba năm hai nghìn không trăm mười tám, hạn sử dụng ngày mười bốn tháng ba năm"
            " hai nghìn không trăm mười chín.",
        ),
        ("ngày ký 12/3/2024", "ngày ký mười hai tháng ba năm hai nghìn không trăm hai mươi tư"),
        ("sáng thứ Ba ngày mùng 02/5/2023", "sáng thứ Ba ngày mùng hai tháng năm năm hai nghìn không trăm hai mươi ba"),
        (
            "(Ngày thu mẫu 05/11/2021)",
            "Ngày thu mẫu mồng năm tháng mười một năm hai nghìn không trăm hai mươi mốt",
        ),
        ("Ngoại trưởng Mỹ Antony Blinken", "Ngoại trưởng Mỹ An tô ni Blin ken"),
        ("(DS&PL) - Ngày 21/9", "Đời sống và Pháp luật, Ngày hai mươi mốt tháng chín"),
        ("Sở GD-KH&CN tổ chức", "Sở Giáo dục, Khoa học và Công nghệ tổ chức"),
        ("Trường PTDT NT ôn tập", "Trường phổ thông dân tộc nội trú ôn tập"),
    ],
)
def test_what_ka1_to_kb2_showed(written: str, spoken: str) -> None:
    assert N.text(written) == spoken


def test_a_form_s_number_keeps_its_zero() -> None:
    assert N.text("theo Mẫu 08CT") == "theo Mẫu không tám xê tê"


def test_a_date_after_other_words_of_ngay_still_takes_it() -> None:
    assert N.text("sáng 14/3/2018").startswith("sáng ngày mười bốn")
