"""Issue 29, round 113: what blind batch dc1 (now development) showed."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Sáng sớm nay 8-8, vùng áp thấp", "Sáng sớm nay ngày mồng tám tháng tám, vùng áp thấp"),
        ("sáng nay 8-8", "sáng nay ngày mồng tám tháng tám"),  # as before
        ("hoạt chất Chlorine70%) trước khi", "hoạt chất chờ lô ri nê bảy mươi phần trăm, trước khi"),
        ("tỷ lệ % phân chia", "tỷ lệ phần trăm phân chia"),  # as before
    ],
)
def test_round_113(written: str, spoken: str) -> None:
    assert N.line(written) == spoken
    assert "%" not in N.line(written)


def test_letters_spelled_are_not_retoned_on_a_second_reading() -> None:
    """`mwIw2` is read "mu i u hai"; read again, the lone `i` and `u` (letter names) are no text typed without marks,
    so no marks are guessed for it ("mũ i ủ hai"): normalizing twice changes nothing (found by test_idempotent)."""
    once = N.text("mwIw2")
    assert (once, N.text(once)) == ("mu i u hai", "mu i u hai")
    assert N.text("Ho so da duoc phe duyet") == "Hồ sơ đã được phê duyệt"  # a text typed without marks, as before


def test_percent_signs_in_a_row_are_no_glued_percent() -> None:
    """`%%%%`: round 113's glued percent took a percent sign before another for a word, and a second reading said
    more "phần trăm" than the first (found by test_idempotent); a sign after a sign is left as before the round."""
    once = N.text("%%%%")
    assert N.text(once) == once
