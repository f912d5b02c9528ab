"""Issue 29, round 160, from fo1 and fo2: a road's kind is said once where the text writes it before its code; two
road posts with a division sign between them; nCoV; Anutin by the corpus's majority."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("đường tỉnh ĐT.176 (Yên Minh", "đường tỉnh một trăm bảy mươi sáu, Yên Minh"),
        ("và đường huyện ĐH.04", "và đường huyện bốn"),
        ("đoạn tuyến quốc lộ QL.279D từ", "đoạn tuyến quốc lộ hai trăm bảy mươi chín dê từ"),
        ("đường ĐT 743A", "đường đường tỉnh bảy trăm bốn mươi ba a"),
        (
            "khu vực đoạn Km20+290 ÷ Km20+330",
            "khu vực đoạn ki lô mét hai mươi cộng hai trăm chín mươi đến ki lô mét hai mươi cộng ba trăm ba mươi",
        ),
        ("từ 336÷500 mm", "từ ba trăm ba mươi sáu đến năm trăm mi li mét"),
    ],
)
def test_a_roads_kind_said_once_and_posts_parted_by_a_division_sign(written: str, said: str) -> None:
    assert N.line(written) == said


def test_ncov_and_anutin() -> None:
    assert N.line("hai ca dương tính nCoV") == "hai ca dương tính en cô vi"
    assert N.line("Thủ tướng Anutin Charnvirakul") == "Thủ tướng A nu thin Chan vi ra cun"
