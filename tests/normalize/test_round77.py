"""Issue 29, round 77: what the development corpus (128 batches) showed again."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Ông Peskov cũng tuyên bố", "Ông Pe xcốp cũng tuyên bố"),  # "Pe" 4 spans to 1
        (
            "từ tháng 10/2024 - 6/2025;",
            "từ tháng mười năm hai nghìn không trăm hai mươi tư đến tháng sáu năm hai nghìn không trăm hai mươi lăm",
        ),
        ("tháng 5-7/2024", "tháng năm đến tháng bảy năm hai nghìn không trăm hai mươi tư"),  # as before
    ],
)
def test_what_the_development_corpus_showed(written: str, spoken: str) -> None:
    assert N.line(written) == spoken
