"""Issue 29, round 46: document symbols as the development batches read them: the ministry that signed as BNN
named whole, a body after a hyphen and a space, the agriculture offices of a symbol; slashes after a unit (a chain of them, a base amount after one)."""

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


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("15kg gạo/tháng/học sinh", "mười lăm ki lô gam gạo một tháng một học sinh"),  # ai2: what is weighed
        ("5 triệu đồng/lao động/khóa học.", "năm triệu đồng một lao động một khóa học."),  # ai2: two words counted
        ("giá 30.000 đồng/người/lượt", "giá ba mươi nghìn đồng một người một lượt"),
        ("trọng lượng từ 300-500 gam/con", "trọng lượng từ ba trăm đến năm trăm gam một con"),  # ah2: gam written out
    ],
)
def test_every_slash_of_a_chain_after_a_unit_is_mot(written: str, spoken: str) -> None:
    assert N.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (
            "đạt mức 550-600kg/1300m2 tùy",
            "đạt mức năm trăm năm mươi đến sáu trăm ki lô gam trên một nghìn ba trăm mét vuông tùy",
        ),
        ("muối với 5 g/100 kg trọng lượng", "muối với năm gam trên một trăm ki lô gam trọng lượng"),  # ak1
        ("75 USD/tấn", "bảy mươi lăm đô la Mỹ một tấn"),  # no amount after the slash: "một"
    ],
)
def test_a_unit_over_an_amount_is_a_rate_over_a_base_said_tren(written: str, spoken: str) -> None:
    assert N.line(written) == spoken
