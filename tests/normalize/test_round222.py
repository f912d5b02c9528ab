"""Issue 29, round 222, from blind batches im1, im2, in1 and in2 after their scores: data only. Two Sri Lankan
presidents as their annotator said them (the table's rows came from general knowledge), a misspelled record book,
a publisher, the culture department without its ampersand and a people's committee's member."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("ông Ranil Wickremesinghe nhận", "ông Ra nin Uých crơ mê xinh ghê nhận"),  # was without "ghê"
        ("Tổng thống Dissanayake cho biết", "Tổng thống Đi xa nai a kê cho biết"),  # was "Đi xa na da ke"
        ("công nhận kỷ lục Guiness", "công nhận kỷ lục Ghi nét"),  # was "gui nét"
        ("NXB Công an Nhân dân, 2015.", "Nhà xuất bản Công an Nhân dân, hai nghìn không trăm mười lăm."),
        (
            "Tối 11-11, Sở VH-TTDL phối hợp",
            "Tối ngày mười một tháng mười một, Sở Văn hóa, Thể thao và Du lịch phối hợp",
        ),
        ("bầu bổ sung UV UBND phường", "bầu bổ sung ủy viên Ủy ban nhân dân phường"),  # was "u vê"
    ],
)
def test_what_im_and_in_showed(written: str, spoken: str) -> None:
    assert N.text(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("chỉ số tia UV cao", "chỉ số tia u vê cao"),  # alone, UV is the ultraviolet index
        ("Tăng (+), giảm (-) so với hôm qua", "Tăng, giảm, so với hôm qua"),  # a legend's signs: 7 spans say none
    ],
)
def test_what_round_222_leaves(written: str, spoken: str) -> None:
    assert N.text(written) == spoken
