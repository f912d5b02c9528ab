"""Issue 29, round 124: what blind batches dt1 and dt2 (now development) showed."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("nhiệt độ 23o-33oC.", "nhiệt độ hai mươi ba đến ba mươi ba độ xê."),  # was "hai mươi ba o ba mươi ba"
        ("nhiệt độ phổ biến 25o - 37oC, nắng", "nhiệt độ phổ biến hai mươi lăm đến ba mươi bảy độ xê, nắng"),
        ("từ 3-5oC", "từ ba đến năm độ xê"),  # as before
        ("số 5o-7", "số năm o bảy"),  # no degrees after: the o is left
    ],
)
def test_the_first_of_a_range_of_degrees_with_its_o_alone(written: str, spoken: str) -> None:
    """`23o-33oC` (dt2: 2 spans): the o typed for a degree after the first number, the C once after the last."""
    assert N.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("ngoài bán mận theo kg, họ chia", "ngoài bán mận theo ki lô gam, họ chia"),  # was "kg" in letters
        ("tính theo km", "tính theo ki lô mét"),
    ],
)
def test_a_unit_after_theo_is_the_unit(written: str, spoken: str) -> None:
    """`bán mận theo kg` (dt1): sold by the kilogram; "theo" counts as "mỗi" does, though no number precedes."""
    assert N.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Đội hình xuất phát Nam Định vs Thanh Hóa", "Đội hình xuất phát Nam Định gặp Thanh Hóa"),
        ("đi XKLĐ sang HQ (năm 2011 đi", "đi xuất khẩu lao động sang Hàn Quốc, năm hai nghìn không trăm mười một đi"),
        ("giả danh Viện KSND tối cao", "giả danh Viện Kiểm sát nhân dân tối cao"),
        ("từ Nam Kỳ Khởi Nghĩa đến Yersin", "từ Nam Kỳ Khởi Nghĩa đến Y éc xanh"),
    ],
)
def test_rows_from_the_batches(written: str, spoken: str) -> None:
    """`vs` "gặp" (3 spans of 3), `HQ` "Hàn Quốc" (5 of 5, dt2 and cr2), `KSND` after "Viện" (dt2), `Yersin`
    "Y éc xanh" (dt2: 2 of 2)."""
    assert N.line(written) == spoken
