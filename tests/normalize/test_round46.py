"""Issue 29, round 46: document symbols as the development batches read them: the ministry that signed as BNN
named whole, a body after a hyphen and a space, the agriculture offices of a symbol."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Số: 180/QĐ-BNN-TY", "Số, một trăm tám mươi, quyết định Bộ Nông nghiệp và Phát triển nông thôn Thú y"),  # an2
        (
            "Quyết định số 3660/QĐ- BNN-TY ngày 27",
            "Quyết định số ba nghìn sáu trăm sáu mươi, Bộ Nông nghiệp và Phát triển nông thôn Thú y ngày hai mươi bảy",
        ),  # an2: a space after the hyphen
        (
            "Quyết định số 7476/VPCP-NN ngày",
            "Quyết định số bảy nghìn bốn trăm bảy mươi sáu, Văn phòng Chính phủ Nông nghiệp ngày",
        ),
        (
            "Văn bản số 2945/UBND- NNMT, ngày",
            "Văn bản số hai nghìn chín trăm bốn mươi lăm, Ủy ban nhân dân Nông nghiệp và Môi trường, ngày",
        ),  # y1
        ("Công văn số 12/UBND- Về việc", "Công văn số mười hai, Ủy ban nhân dân, Về việc"),  # a word after: no body
    ],
)
def test_document_symbols_of_the_agriculture_ministry_and_offices(written: str, spoken: str) -> None:
    assert N.line(written) == spoken
