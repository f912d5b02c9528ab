"""Issue 29, round 195, from ha1 and ha2: Latin America, and an archive photo's credit."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("đầu tư nước ngoài của Mỹ Latin.", "đầu tư nước ngoài của Mỹ La tinh."),
        ("đủ ấn phát cho du khách. Ảnh: TL", "đủ ấn phát cho du khách. Ảnh, tư liệu"),
        ("theo TL 10 km", "theo tỉnh lộ mười ki lô mét"),  # TL alone before a number is still a road
    ],
)
def test_latin_america_and_an_archive_photo(written: str, said: str) -> None:
    assert N.line(written) == said
