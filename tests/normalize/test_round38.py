"""Round 38 (issue 29): the misses of blind batches aj1 and aj2 that recur or that any notice of the kind holds."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

READ = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("đóng học phí qua quét mã QR.", "đóng học phí qua quét mã quy e rờ."),
        ("Quét mã QR code để tham gia.", "Quét mã quy e rờ cốt để tham gia."),
    ],
)
def test_qr_is_read_the_english_way_as_every_span_does(written: str, spoken: str) -> None:
    """aj2: `mã QR` was "mã cu a"; the corpus's spans say "quy e rờ" 5 to 0."""
    assert READ.line(written) == spoken


def test_vietinbank_is_read_like_vietcombank() -> None:
    """aj2: `VietinBank` was "Viết tin banh" (a verb); 4 spans of 4 say "vi ét tin banh"."""
    assert READ.line("VietinBank Bình Phước") == "vi ét tin banh Bình Phước"


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("gẫy 1 cột điện 35KV tại xã", "gẫy một cột điện ba mươi lăm ki lô vôn tại xã"),
        ("trạm 110kV Thiện Kế", "trạm một trăm mười ki lô vôn Thiện Kế"),
        ("KV3 Tổ 5", "khu vực ba Tổ năm"),
    ],
)
def test_kv_in_capitals_after_a_number_is_kilovolts(written: str, spoken: str) -> None:
    """aj1: `35KV` was "ba mươi lăm ca vê"; KV before a number stays "khu vực"."""
    assert READ.line(written) == spoken
