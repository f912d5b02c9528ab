"""Issue 29, round 111: what blind batch da1 (now development) showed."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (
            "trong nửa cuối tháng 2 - 3-2020 ở mức",
            "trong nửa cuối tháng hai đến tháng ba năm hai nghìn không trăm hai mươi ở mức",
        ),
        ("Đăng ngày 17 - 05 - 2024", "Đăng ngày mười bảy tháng năm năm hai nghìn không trăm hai mươi tư"),  # as before
        ("tính đến 13g toàn tỉnh có", "tính đến mười ba giờ toàn tỉnh có"),
        ("tăng thêm 13g đạm", "tăng thêm mười ba gam đạm"),  # grams still, with no word of a time before
        ("Phó Giám đốc Sở NN-MT tỉnh Vĩnh Long", "Phó Giám đốc Sở Nông nghiệp và Môi trường tỉnh Vĩnh Long"),
        ("thấp hơn TBHN", "thấp hơn trung bình hàng năm"),
        ("tại trạm TV Bái Thượng", "tại trạm thủy văn Bái Thượng"),
        ("xem trên kênh TV", "xem trên kênh tê vê"),  # TV alone: television, spelled
    ],
)
def test_round_111(written: str, spoken: str) -> None:
    assert N.line(written) == spoken
