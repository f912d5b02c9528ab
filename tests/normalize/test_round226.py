"""Issue 29, round 226, from blind batches is1 to iv2 after their scores: an edition's letters and year, and three
abbreviations as the notices and their annotators say them."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (  # was "tê pê em mờ hai không hai không"
            "đến với TPM 2020 với khát vọng",
            "đến với tê pê em hai nghìn không trăm hai mươi với khát vọng",
        ),
        ("bài khảo sát ATS 2026 do", "bài khảo sát a tê ét hai nghìn không trăm hai mươi sáu do"),
        ("Lễ hội Pháo hoa DIFF 2017 khai mạc", "Lễ hội Pháo hoa dê i ép ép hai nghìn không trăm mười bảy khai mạc"),
        ("Theo EVNCPC, từ", "Theo e vê en nờ xê pê xê, từ"),  # was "e vê en xê pê xê"
        ("mô hình tổ chức CQĐP hai cấp", "mô hình tổ chức Chính quyền địa phương hai cấp"),
        ("Cát Thắng, CTyCP Bimal", "Cát Thắng, Công ty cổ phần bi man"),
    ],
)
def test_what_is1_to_iv2_showed(written: str, spoken: str) -> None:
    assert N.text(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (  # a hotline's prefix before more digits stays digits
            "Gọi Hotline CSKH 1900 6769 khi",
            "Gọi hót lai chăm sóc khách hàng một chín không không, sáu bảy sáu chín khi",
        ),
        ("lúa OM 2008 và", "lúa o em mờ hai không không tám và"),  # a rice variety's number
        ("mã AB 1234", "mã a bê một hai ba bốn"),  # no year
        ("sân NT2020 mới", "sân en nờ tê hai không hai không mới"),  # glued: a code
    ],
)
def test_what_round_226_leaves(written: str, spoken: str) -> None:
    assert N.text(written) == spoken
