"""Issue 29, round 178, from gf1: a road's number and letter is no temperature; a score with a slash after "tỷ số";
dj in a name; a deputy director, a paper's tag, the Sorbonne."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("theo hướng: đường tỉnh 490C - QL21", "theo hướng, đường tỉnh bốn trăm chín mươi xê, quốc lộ hai mươi mốt"),
        ("tuyến QL 150C", "tuyến quốc lộ một trăm năm mươi xê"),
        ("nước nóng 540C", "nước nóng năm mươi tư độ xê"),
        ("thắng đội TX Chí Linh tỷ số 3/1;", "thắng đội thị xã Chí Linh tỷ số ba một"),
        ("thắng 3/1 vừa qua", "thắng ngày mồng ba tháng một vừa qua"),
        ("Amar Bendjama nói", "a ma ben gia ma nói"),
        ("Djokovic", "Giô cô vích"),
        ("Phó GĐ Sở VHTTDL", "Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch"),
        ("(CL&CS)- Để bảo đảm", "Chất lượng và Cuộc sống, Để bảo đảm"),
        ("Đại học Sorbonne.", "Đại học Xoóc bon."),
    ],
)
def test_roads_scores_and_names(written: str, said: str) -> None:
    assert N.line(written) == said
