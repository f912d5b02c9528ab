"""Issue 29, round 149: a tennis match's sets after a tie-break; a set, a tie-break; Lugansk, Mondulkiri (fc1, fc2)."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "said"),
    [
        (
            "thắng với tỷ số 1-6, 7-6(6), 6-1, 3-6, 6-4 để trở thành",
            "thắng với tỷ số một sáu, bảy sáu, sáu, sáu một, ba sáu, sáu bốn để trở thành",
        ),
        ("thắng 7-6(5), 6-3", "thắng bảy sáu, năm, sáu ba"),
    ],
)
def test_the_sets_after_a_tie_break_are_scores(written: str, said: str) -> None:
    assert N.line(written) == said


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("Sau 4 tiếng 42 phút thi đấu với 5 set", "Sau bốn tiếng bốn mươi hai phút thi đấu với năm xét"),
        ("chiến thắng loạt tie-break ở set hai,", "chiến thắng loạt tai brếch ở xét hai"),
        ("Cộng hòa Nhân dân Donetsk và Lugansk.", "Cộng hòa Nhân dân Đô nét xcơ và Lu gan xcơ."),
        ("huyện Ô Reng, tỉnh Mondulkiri.", "huyện Ô Reng, tỉnh Mon đun ki ri."),
    ],
)
def test_words_of_a_match_and_two_places(written: str, said: str) -> None:
    assert N.line(written) == said
