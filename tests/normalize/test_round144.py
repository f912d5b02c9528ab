"""Issue 29, round 144: a match's sets in brackets after its score (eu1); a paper's initials (ev1); two names (ew)."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("với tỷ số 3-1 (2-6, 6-2, 6-3 và 7-5).", "với tỷ số ba một, hai sáu, sáu hai, sáu ba và bảy năm."),
        (
            "thắng 3-1 (25-20, 23-25, 25-18, 25-22) trước Thái Lan",
            "thắng ba một, hai mươi lăm hai mươi, hai mươi ba hai mươi lăm, hai mươi lăm mười tám, "
            "hai mươi lăm hai mươi hai, trước Thái Lan",
        ),
    ],
)
def test_the_sets_in_brackets_after_a_score_are_scores(written: str, said: str) -> None:
    assert N.line(written) == said


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("hòa 1-1 (ngày 3-5)", "hòa một một, ngày mồng ba tháng năm"),
        ("Lịch thi đấu (10-12) tại sân Mỹ Đình", "Lịch thi đấu, mười đến mười hai, tại sân Mỹ Đình"),
    ],
)
def test_brackets_that_hold_no_set_right_after_a_score_are_read_as_before(written: str, said: str) -> None:
    assert N.line(written) == said


def test_the_capital_papers_initials_are_its_name() -> None:
    assert N.line("ANTD.VN - Tối 13-6, Iran đã phóng") == (
        "An ninh Thủ đô chấm vê en, Tối ngày mười ba tháng sáu, I ran đã phóng"
    )


@pytest.mark.parametrize(
    ("written", "said"),
    [
        (
            "thời Thủ tướng Winston Churchill năm 1944.",
            "thời Thủ tướng uyn xtơn Sớc sin năm một nghìn chín trăm bốn mươi tư.",
        ),
        ("tại Mexico City.", "tại Mê hi cô Xi ti."),
    ],
)
def test_churchill_and_mexico_city_as_the_annotators_say_them(written: str, said: str) -> None:
    assert N.line(written) == said
