"""Issue 29, round 233, from blind batches jg1 and jg2 after their scores: a score with the same number on both
sides, a Korean syllable closed by k after i, and three readings a price bulletin and a caption use."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (  # was "hai đến hai"
            "Video: U23 Việt Nam 2-2 U23 Hàn Quốc",
            "vi đê ô, u hai mươi ba Việt Nam hai hai u hai mươi ba Hàn Quốc",
        ),
        ("Huấn luyện viên Kim Sang-sik nói", "Huấn luyện viên Kim Xang xích nói"),  # was "xíc"
        ("Nếp AG (tươi) và nếp Long An (tươi)", "nếp An Giang, tươi, và nếp Long An, tươi"),
        ("hoành hành Nam Trung bộ. Ảnh:TL", "hoành hành Nam Trung bộ. Ảnh, tư liệu"),
    ],
)
def test_what_jg1_and_jg2_showed(written: str, spoken: str) -> None:
    assert N.text(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("từ 3-5 người", "từ ba đến năm người"),  # a range
        ("Man City thắng Everton 2-0", "Man xi ti thắng E vơ tơn hai không"),  # a score, as before
        ("tuyến TL 641", "tuyến tỉnh lộ sáu trăm bốn mươi mốt"),  # a provincial road
    ],
)
def test_what_round_233_leaves(written: str, spoken: str) -> None:
    assert N.text(written) == spoken
