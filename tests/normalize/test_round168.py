"""Issue 29, round 168, from fw2: the virus's name with a space for its first hyphen is the name, not letters."""

from __future__ import annotations

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


def test_sars_cov_2_with_a_space() -> None:
    assert N.line("âm tính với SARS CoV-2 trong") == "âm tính với sát cô vi hai trong"
    assert N.line("virus SARS-CoV-2") == "vi rút sát cô vi hai"
