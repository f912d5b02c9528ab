"""Issue 29, round 250, from blind batches kc1 and kc2 after their scores: a heading's three-letter word before a
number, a place's lone numeral after its name, and rows."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("LẦN ĐẦU TIÊN SAU 24 NĂM", "lần đầu tiên sau hai mươi tư năm"),
        ("CHO 200 HỘ DÂN", "cho hai trăm hộ dân"),
        ("phường Hải Châu I, 239 Nguyễn Chí Thanh", "phường Hải Châu một, hai trăm ba mươi chín Nguyễn Chí Thanh"),
        ("ấp Hòa Tú I và Gia Hòa 1", "ấp Hòa Tú một và Gia Hòa một"),
        ("đội bóng Coopmart Dương Minh Châu.", "đội bóng Cốp mát Dương Minh Châu."),
        ("tại Dover, Delaware trước", "tại Đô vơ, Đe la oa trước"),
        ("Ngành giáo dục; LLVT; Khối CNVC,", "Ngành giáo dục, lực lượng vũ trang, Khối công nhân viên chức"),
        ("Theo dõi KT&TD trên", "Theo dõi Kinh tế và Tiêu dùng trên"),
    ],
)
def test_what_kc1_and_kc2_showed(written: str, spoken: str) -> None:
    assert N.text(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [("GIỐNG LÚA OM 5451", "giống lúa o em mờ năm bốn năm một"), ("giống VNR 20", "giống vê en nờ e rờ hai không")],
)
def test_a_variety_s_code_before_its_number_stays_spelled(written: str, spoken: str) -> None:
    assert N.text(written) == spoken


def test_a_person_s_lone_i_stays_a_letter() -> None:
    assert N.text("ông Nguyễn Văn I, xã") == "ông Nguyễn Văn I, xã"
