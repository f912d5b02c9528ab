"""Issue 29, round 211, from blind batches hv1, hv2, hw1 and hw2 after their scores: an English name's final
"ers", people counted in English thousands, two news agencies and two party and safety initials, a first name
left alone by a name's gloss, a geometric bullet."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("bà Sanders đã khẳng định", "bà xan đơ đã khẳng định"),  # was "xan đét"
        ("Cảnh sát trưởng Richard Chambers nhận định", "Cảnh sát trưởng ri chát cham bơ nhận định"),  # was "bét"
        ("ông Peters nói", "ông pê tơ nói"),
        ("ông Myers nói", "ông mi ét nói"),  # a vowel before the ers: not this rule's
        ("Trong đó, 55,646 runner hoàn thành", "Trong đó, năm mươi lăm nghìn sáu trăm bốn mươi sáu run nơ hoàn thành"),
        ("quãng đường 42,195 km", "quãng đường bốn mươi hai phẩy một trăm chín mươi lăm ki lô mét"),  # a decimal
        ("Theo hãng tin Nga TASS, bà", "Theo hãng tin Nga Tát, bà"),  # was spelled
        ("Trước đó, theo RIA Novosti,", "Trước đó, theo Ri a Nô vô xti"),
        ("đồng chí Lê Văn Phúc – TVHU – Phó Chủ tịch", "đồng chí Lê Văn Phúc, Thường vụ Huyện ủy, Phó Chủ tịch"),
        ("chính trị - trật tự ATXH được", "chính trị, trật tự an toàn xã hội được"),
        ("Tổng thống Mỹ Joe Biden (G.Bai-đơn) có cuộc gặp", "Tổng thống Mỹ Giô Bai đơn có cuộc gặp"),  # was "gioe"
        ("► Hội đồng Nghĩa vụ quân sự huyện", "Hội đồng Nghĩa vụ quân sự huyện"),  # the bullet was left in
        ("○ Chưa có tiền án", "Chưa có tiền án"),
        ("Tổng thống Philippines Rodrigo Duterte dự kiến", "Tổng thống Phi líp pin Rô đri gô Đu téc tê dự kiến"),
        ("ông Geert Wilders, nhà sáng lập", "ông Ghia Vin đơ, nhà sáng lập"),  # the table said "Vin đéc"
    ],
)
def test_what_hv_and_hw_showed(written: str, spoken: str) -> None:
    assert N.text(written) == spoken
