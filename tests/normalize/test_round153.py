"""Issue 29, round 153: a festival, in capitals too (fh2); a unit's symbol after its hyphened word (et2, fh2)."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("tại FESTIVAL Cao Nguyên Trắng", "tại phe xti van Cao Nguyên Trắng"),
        ("Festival Hoa Đà Lạt", "phe xti van Hoa Đà Lạt"),
        ("hàng nghìn héc-ta (ha) cà phê", "hàng nghìn héc ta cà phê"),
        ("đường liên kết (link) lạ", "đường liên kết lạ"),
    ],
)
def test_a_festival_and_a_units_symbol_after_its_word(written: str, said: str) -> None:
    assert N.line(written) == said
