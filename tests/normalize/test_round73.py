"""Issue 29, round 73: what batch bi2 (now development) showed that any notice may hold."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("(quận Shinjuku, thủ đô Tokyo)", "quận Sin giu cư, thủ đô Tô ky ô"),  # Tokyo names Japan on its line too
        ("Chủ Nhật, Abe gửi thư", "Chủ Nhật, ếp gửi thư"),  # the weekday still names no Japan
        ("và 1 số bệnh lý khác,vv...Do", "và một số bệnh lý khác,vân vân.Do"),  # et cetera without its dot
        ("xe VVIP", "xe vê vê i pê"),  # capitals: letters, as before
    ],
)
def test_what_bi2_showed(written: str, spoken: str) -> None:
    assert N.line(written) == spoken
