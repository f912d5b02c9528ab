"""Word-level rules from the blind batches (issue 29): foreign names, guessed readings, abbreviations, addresses."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context
from pipeline.normalize import rules_text as txt

CTX = load_context()
READ = Normalizer(CTX)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("trên khu vực miền Trung Philippines.", "trên khu vực miền Trung Phi líp pin."),
        ("Tại MALAYSIA và Singapore", "Tại Ma lai xi a và Xin ga po"),
        ("giá cà phê Arabica và Robusta", "giá cà phê a ra bi ca và rô bút ta"),
        ("bão số 3 - bão WIPHA", "bão số ba, bão uy pha"),
        ("Tổng thống Donald Trump nói", "Tổng thống Đô nan Trăm nói"),
        ("tiêm vacxin phòng dại", "tiêm vắc xin phòng dại"),
        ("du học ở London", "du học ở Luân Đôn"),
    ],
)
def test_foreign_names_have_their_established_reading(written: str, spoken: str) -> None:
    assert READ.text(written) == spoken
