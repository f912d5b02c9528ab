"""Issue 29, round 248, from blind batches jz1 and jz2 after their scores: the division sign between two numbers, the
currency before a slash with no amount, a bracket that repeats its words but for commas, and rows."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("11h ngày 01 ÷ 17h ngày 01", "mười một giờ ngày mồng một đến mười bảy giờ ngày mồng một"),
        ("sâu 10÷15 m", "sâu mười đến mười lăm mét"),
        ("Đơn vị tính: đồng/bao", "Đơn vị tính, đồng một bao"),
        ("Đơn vị: đồng/lít hoặc kg, tùy loại", "Đơn vị, đồng một lít hoặc ki lô gam, tùy loại"),
        (
            "Cảnh sát phòng cháy chữa cháy và cứu nạn cứu hộ (PCCC-CNCH) Công an tỉnh",
            "Cảnh sát phòng cháy chữa cháy và cứu nạn cứu hộ Công an tỉnh",
        ),
        ("ông Nguyễn Thanh Tài – UV UBKT Đảng ủy,", "ông Nguyễn Thanh Tài, Ủy viên Ủy ban Kiểm tra Đảng ủy"),
        (
            "đăng ký NVQS, PTKTDB, DQTV bảo đảm",
            "đăng ký nghĩa vụ quân sự, phương tiện kỹ thuật dự bị, dân quân tự vệ bảo đảm",
        ),
        ("Văn phòng (CVP Bình)", "Văn phòng, Chánh Văn phòng Bình"),
    ],
)
def test_what_jz1_and_jz2_showed(written: str, spoken: str) -> None:
    assert N.text(written) == spoken


def test_a_place_named_dong_before_a_slash_is_no_currency() -> None:
    assert N.text("xã Tân Đồng/huyện Đồng Phú") == "xã Tân Đồng, huyện Đồng Phú"
