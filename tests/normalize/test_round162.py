"""Issue 29, round 162, from fq1 and fq2: the article of a Spanish or Arabic name; an equals sign after two spaces."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("của tờ báo El Financiero cho thấy", "của tờ báo En phi nan xi ê rô cho thấy"),
        ("Ông Al-Ansari chỉ trích", "Ông An an xa ri chỉ trích"),
        ("Lữ đoàn Al-Qassam", "Lữ đoàn An cát xam"),
        ("hãng Al Jazeera", "hãng An Gia di ra"),
        ("hiện tượng El Nino", "hiện tượng En Ni nô"),
        ("Độ tuổi từ 0 - 11 tuổi  = 462 người", "Độ tuổi từ không đến mười một tuổi bằng bốn trăm sáu mươi hai người"),
    ],
)
def test_a_names_article_and_an_equals_sign(written: str, said: str) -> None:
    assert N.line(written) == said
