"""Issue 29, round 182, from ga1: a price table's change and its percentage run together keep both signs."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("7.800 -200-2,5%", "bảy nghìn tám trăm âm hai trăm, âm hai phẩy năm phần trăm"),
        ("16.000 -1.000-5,88%", "mười sáu nghìn, giảm một nghìn, âm năm phẩy tám mươi tám phần trăm"),
        ("17.000 +1.000+6,3%", "mười bảy nghìn tăng một nghìn, tăng sáu phẩy ba phần trăm"),
        ("tăng 10-15% so với", "tăng mười đến mười lăm phần trăm so với"),
        ("từ 200-300%", "từ hai trăm đến ba trăm phần trăm"),
    ],
)
def test_a_change_and_its_share_keep_their_signs(written: str, said: str) -> None:
    assert N.line(written) == said
