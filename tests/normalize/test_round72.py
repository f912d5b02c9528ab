"""Issue 29, round 72: what batches bh1 and bh2 (now development) showed that any notice may hold."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("11H38: KỲ HỌP KẾT THÚC PHIÊN", "mười một giờ ba mươi tám phút, kỳ họp kết thúc phiên"),  # bh2: a capital H
        ("quốc lộ 1H", "quốc lộ một hát"),  # a road's letter, as before
        ("mùng 10.3 âm lịch) - ngày chính giỗ", "mùng mười tháng ba âm lịch, ngày chính giỗ"),  # no decimal after mùng
        ("Giỗ tổ 10/3", "Giỗ tổ mồng mười tháng ba"),  # the holiday names its day
        ("tạo điểm phát Wi-Fi.", "tạo điểm phát oai phai."),
        ("hoạt động của Mặt trận TQVN tỉnh", "hoạt động của Mặt trận Tổ quốc Việt Nam tỉnh"),
        ("Bắc Triều Tiên Kim Jong-un nhân dịp này.", "Bắc Triều Tiên Kim Chông Un nhân dịp này."),  # 7 to 3 (round 242)
    ],
)
def test_what_bh1_and_bh2_showed(written: str, spoken: str) -> None:
    assert N.line(written) == spoken
