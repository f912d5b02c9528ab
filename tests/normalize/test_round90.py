"""Issue 29, round 90: what batches bz1 and bz2 (now development) showed."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Vào ngày chủ nhật (6-6) cử tri", "Vào ngày chủ nhật, ngày mồng sáu tháng sáu, cử tri"),  # no range "6 to 6"
        ("Thứ Bảy (12-10), họp", "Thứ Bảy, ngày mười hai tháng mười, họp"),
        ("cấp độ (6-7) rủi ro", "cấp độ, sáu đến bảy, rủi ro"),  # no weekday: a range, as before
        (
            "Kế hoạch phối hợp số 171/KHPH-BCA-UBND ngày 28/4/2023",
            "Kế hoạch phối hợp số một trăm bảy mươi mốt, Bộ Công an Ủy ban nhân dân ngày hai mươi tám tháng tư năm hai"
            " nghìn không trăm hai mươi ba",
        ),  # KHPH: a joint plan, the kind already said before the number
        (
            "khoảng từ 37.000 đồng/kg - 45.000 đồng/kg,",
            "khoảng từ ba mươi bảy nghìn đồng một ki lô gam đến bốn mươi lăm nghìn đồng một ki lô gam",
        ),  # bz1: each end with its unit's slash
    ],
)
def test_what_bz_showed(written: str, spoken: str) -> None:
    assert N.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Lễ hội Katê năm nay", "Lễ hội Ca tê năm nay"),  # 9 spans to 2: apart, k before a is written c
        ("đường kêtông", "đường kê tông"),  # k before ê stays k
        ("Ka Long", "Ka Long"),  # a name written apart is left as written
    ],
)
def test_a_parted_syllable_is_written_as_vietnamese_writes_it(written: str, spoken: str) -> None:
    assert N.line(written) == spoken
