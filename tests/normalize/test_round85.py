"""Issue 29, round 85: what batches bt1 and bt2 (now development) showed, and what the strict speakability check
listed over the whole corpus (`kg` in a table's unit column, bullets inside a line)."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("- Nếp vỏ (tươi) | kg | 5.400-5.500", "Nếp vỏ, tươi, ki lô gam, năm nghìn bốn trăm đến năm nghìn năm trăm"),
        ("| Lúa | Kg | 7.000 |", "Lúa, ki lô gam, bảy nghìn"),  # ah1, a2: a unit alone in its cell
        ("| Tên | M |", "Tên, em mờ"),  # one letter is no unit name: a letter, as before
        ("các sông như sau: • Sông Ngàn Sâu", "các sông như sau, Sông Ngàn Sâu"),  # a bullet inside a line
        ("tránh gió lùa. • Bổ sung dinh dưỡng", "tránh gió lùa. Bổ sung dinh dưỡng"),
    ],
)
def test_what_the_strict_check_listed(written: str, spoken: str) -> None:
    """Words of the whole corpus the strict speakability check lists (`kg` 42 times, `•` 13) that no span held."""
    assert N.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (
            "từ vĩ tuyến 15°N đến 21°N, phía Đông kinh tuyến 117°E.",
            "từ vĩ tuyến mười lăm độ Bắc đến hai mươi mốt độ Bắc, phía Đông kinh tuyến một trăm mười bảy độ Đông.",
        ),  # bt1: whole degrees with the sign before the hemisphere's letter
        ("tâm bão ở 15°N, 112°E", "tâm bão ở mười lăm độ Vĩ Bắc, một trăm mười hai độ Kinh Đông"),
        ("nhiệt độ 15°C", "nhiệt độ mười lăm độ xê"),  # a temperature, as before
        (
            "Từ ngày 1.11 - 10.12.2025 sẽ tổ chức khám",
            "Từ ngày mồng một tháng mười một đến ngày mồng mười tháng mười hai năm hai nghìn không trăm hai mươi lăm"
            " sẽ tổ chức khám",
        ),  # bt2: the year written once, after the last date
        (
            "cùng kỳ năm 2024 (53.913/6) số mắc",
            "cùng kỳ năm hai nghìn không trăm hai mươi tư, năm mươi ba nghìn chín trăm mười ba trên sáu, số mắc",
        ),  # bt2: cases over deaths; an amount in thousands is no day
        ("như .VIP (35.000/1.350.000)", "như chấm víp, ba mươi lăm nghìn trên một triệu ba trăm năm mươi nghìn"),  # r89
        (
            "Điểm xét tuyển = Toán x 2 + tiếng Việt + tiếng Anh x 2.",
            "Điểm xét tuyển bằng Toán nhân hai cộng tiếng Việt cộng tiếng Anh nhân hai.",
        ),  # bt2: a formula of words
        ("mẫu X5, model x 2", "mẫu ích năm, mô đen x hai"),  # no equals sign on the line: no formula
        ("(PL)- Tin từ Trung tâm Dự báo", "Pháp luật, Tin từ Trung tâm Dự báo"),  # bt2, bo1
        ("xem PL 2", "xem pê e lờ hai"),  # bare, an appendix's letters, as before
        ("Ban QLDA đường Hồ Chí Minh", "Ban quản lý dự án đường Hồ Chí Minh"),  # bt1
    ],
)
def test_what_bt_showed(written: str, spoken: str) -> None:
    assert N.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("đã được phát hiệnở Việt Nam", "đã được phát hiện ở Việt Nam"),  # bu2: iê never ends a syllable
        ("mức độ 2: + Đối với công dân", "mức độ hai, Đối với công dân"),  # bu2: a bullet after a colon
        ("kết quả: 2 + 3 = 5", "kết quả, hai cộng ba bằng năm"),  # a sum, as before
        ("(ii) Tuyến Long Vân - Tuyết Sơn", "Hai, Tuyến Long Vân, Tuyết Sơn"),  # bu2: a list's small Roman number
        ("(iv) Giá vé vận chuyển", "Bốn, Giá vé vận chuyển"),
        ("xem (ii) ở trên", "xem, ii, ở trên"),  # inside a line: no item's number, left as before
    ],
)
def test_what_bu_showed(written: str, spoken: str) -> None:
    assert N.line(written) == spoken
