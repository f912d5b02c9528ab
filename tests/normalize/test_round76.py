"""Issue 29, round 76: what batches bm1 and bm2 (now development) showed, and a name's `sky` as annotators write it."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Tổng thống Volodymyr Zelensky", "Tổng thống Vô lô đi mia Dê len xki"),  # the voice gets "xờ ki"
        ("Leonid Slutsky", "lê ô nít xờ lút xki"),  # s before l keeps its own syllable; "sky" is "xki"
        ("cuộc gặp thượng đỉnh Putin-Trump", "cuộc gặp thượng đỉnh Pu tin, Trăm"),  # two names of the table
        ("Ouest-France", "u ét phran xê"),  # neither in the table: one name, as before
        ("Tổng điều tra tp. Hà Nội,", "Tổng điều tra thành phố Hà Nội"),
        ("Tổ trưởng Tổ CNSCĐ thôn", "Tổ trưởng Tổ công nghệ số cộng đồng thôn"),
        ("dịp lễ Noel và Tết", "dịp lễ Nô en và Tết"),
        ("giảm 1/3 so với cùng kỳ", "giảm một phần ba so với cùng kỳ"),  # a share after "giảm", no date
    ],
)
def test_what_bm_showed(written: str, spoken: str) -> None:
    assert N.line(written) == spoken
