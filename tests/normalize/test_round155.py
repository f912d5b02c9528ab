"""Issue 29, round 155, from fj1 and fj2: a symbol with dots for hyphens, a committee's desks in a symbol, a dash
glued after a bracketed tag, and names and initials the two batches met."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "said"),
    [
        (
            "Quyết định số 1642/QĐ.UBND.VX về việc",
            "Quyết định số một nghìn sáu trăm bốn mươi hai, Ủy ban nhân dân Văn xã về việc",
        ),
        ("Số: 554/UBND-KT", "Số, năm trăm năm mươi tư, Ủy ban nhân dân Kinh tế"),
        ("Văn bản số 870/UBND-TH ngày", "Văn bản số tám trăm bảy mươi, Ủy ban nhân dân Tổng hợp ngày"),
        ("văn bản số 12/QĐ-UBND. Theo đó", "văn bản số mười hai, quyết định Ủy ban nhân dân. Theo đó"),
    ],
)
def test_a_symbols_parts_hyphened_or_dotted_and_a_committees_desks(written: str, said: str) -> None:
    assert N.line(written) == said


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("(Congannghean.vn)-UBND tỉnh Nghệ An", "công an nghệ an chấm vê en, Ủy ban nhân dân tỉnh Nghệ An"),
        ("(PLO)-TP Cần Thơ cấp bổ sung", "pê e lờ o, thành phố Cần Thơ cấp bổ sung"),
        ("(PL)-Giá lúa tại An Giang", "Pháp luật, Giá lúa tại An Giang"),
    ],
)
def test_a_dash_glued_after_a_bracketed_tag_parts_it_from_the_next_word(written: str, said: str) -> None:
    assert N.line(written) == said


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("tại tỉnh Eastern Cape", "tại tỉnh I xtơn Kếp"),
        ("huyền thoại Gabriel Batistuta", "huyền thoại ga bri en Ba ti xtu ta"),
        ("Hưng Nghiệp Formosa tuyển dụng", "Hưng Nghiệp Phoóc mô xa tuyển dụng"),
        ("Theo báo Guardian, ông", "Theo báo Gác đi ần, ông"),
        ("sản phẩm CNNT tiêu biểu", "sản phẩm công nghiệp nông thôn tiêu biểu"),
    ],
)
def test_names_and_initials_the_fj_batches_met(written: str, said: str) -> None:
    assert N.line(written) == said
