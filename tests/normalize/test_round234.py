"""Issue 29, round 234, from blind batches jh1 and jh2 after their scores, data only: a grid team's letters, a
site's user, a paper's site and Wall Street as the notices and their annotators say them."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Lịch cắt điện Đội QLVHLDCT Hà Tĩnh", "Lịch cắt điện Đội Quản lý vận hành lưới điện cao thế Hà Tĩnh"),
        (  # was "cu an tri"
            "quantri gửi vào T3, 2019-02-19 07:45",
            "quản trị gửi vào Thứ ba, ngày mười chín tháng hai năm hai nghìn không trăm mười chín, bảy giờ bốn mươi"
            " lăm phút",
        ),
        ("(NSHN) - Sáng 15-2", "Nhịp sống Hà Nội, Sáng ngày mười lăm tháng hai"),
        ("khi Phố Wall phản ứng", "khi Phố Uôn phản ứng"),  # was "Phố oan"
    ],
)
def test_what_jh1_and_jh2_showed(written: str, spoken: str) -> None:
    assert N.text(written) == spoken
