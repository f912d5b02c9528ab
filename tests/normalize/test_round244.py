"""Issue 29, round 244, from blind batches js1 and js2 after their scores: an account typed with its hidden digits in
one run, a zone's numeral, a body's initials after a dot and a space, and rows."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("số tài khoản 8847xxxx. Cảm ơn", "số tài khoản tám tám bốn bảy ích ích ích ích. Cảm ơn"),
        ("số điện thoại 0912xxx456", "số điện thoại không chín một hai ích ích ích bốn năm sáu"),
        ("giao lưu hát dân ca khu V.", "giao lưu hát dân ca khu năm."),
        ("UBND, UB. MTTQ phường", "Ủy ban nhân dân, Ủy ban Mặt trận Tổ quốc phường"),
        ("Bà Takaichi và ông Trump", "Bà Ta ca i chi và ông Trăm"),
        ("Chi hội trưởng CHPN tổ 20;", "Chi hội trưởng Chi hội Phụ nữ tổ hai mươi"),
        ("trường Cán bộ Quản lý VHTT và DL.", "trường Cán bộ Quản lý Văn hóa, Thể thao và Du lịch."),
    ],
)
def test_what_js1_and_js2_showed(written: str, spoken: str) -> None:
    assert N.text(written) == spoken


def test_two_bodies_after_a_full_stop_and_a_space_keep_the_stop() -> None:
    assert N.text("HĐND, UBND. MTTQ, các đoàn thể") == (
        "Hội đồng nhân dân, Ủy ban nhân dân. Mặt trận Tổ quốc, các đoàn thể"
    )


def test_a_short_code_with_two_xs_is_left() -> None:
    assert N.text("mã 12xx") == "mã mười hai xx"
