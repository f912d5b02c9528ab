"""Issue 29, round 214, from blind batch id2 after its score: a file's size in megabytes, kilobytes, gigabytes; the
letters alone stay letters (a bank's, MB)."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Gửi file đính kèm không quá 10MB", "Gửi phai đính kèm không quá mười mê ga bai"),  # was "em bê"
        ("Dung lượng: 166,8 KB", "Dung lượng, một trăm sáu mươi sáu phẩy tám ki lô bai"),
        ("tại Ngân hàng MB Bank, chị", "tại Ngân hàng em bê banh, chị"),  # the bank alone keeps its letters
        ("đội tuyển GB", "đội tuyển giê bê"),
    ],
)
def test_what_id2_showed(written: str, spoken: str) -> None:
    assert N.text(written) == spoken
