"""Issue 29, round 239, from blind batches jn1 and jn2 after their scores: a lone degree sign glued to a word, a
full stop glued to a dateline in capitals, a part of a town's blocks, a Russian or Kazakh zh, and a centre's
letters."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (
            "vị trí tâm khoảng 14,5°Vĩ Bắc, 131,4°Kinh Đông.",
            "vị trí tâm khoảng mười bốn phẩy năm độ Vĩ Bắc, một trăm ba mươi mốt phẩy bốn độ Kinh Đông.",
        ),
        (
            "Hàng trăm heo chết vì dịch.HANOI -- Chính phủ báo động",
            "Hàng trăm heo chết vì dịch. Hà Nội, Chính phủ báo động",
        ),
        ("dịch đã xuất hiện 4/11 khối phố của thị trấn.", "dịch đã xuất hiện bốn trên mười một khối phố của thị trấn."),
        ("Thưa Ngài Azamat Zholmanov, Hiệu trưởng", "Thưa Ngài a da mát giôn ma nốp, Hiệu trưởng"),
        ("Trung tâm DBKTTVQG cảnh báo", "Trung tâm Dự báo khí tượng thủy văn quốc gia cảnh báo"),
    ],
)
def test_what_jn1_and_jn2_showed(written: str, spoken: str) -> None:
    assert N.text(written) == spoken


def test_a_heading_cells_degree_sign_still_reads_alone() -> None:
    assert N.text("Nhiệt độ (°C) cao") == "Nhiệt độ, độ xê, cao"


def test_a_full_stop_before_an_address_in_capitals_stays() -> None:
    assert N.text("xem tại abc.COM nhé") == "xem tại abc.xê o em nhé"
