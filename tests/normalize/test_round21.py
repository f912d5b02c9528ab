"""Round 21 (issue 29): foreign names read by the house convention ("read the syllables as a Vietnamese reader
would read those letters"), as the annotators of every batch write them."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context
from pipeline.normalize.rules_foreign import guess_reading
from pipeline.normalize.syllable import unspeakable

READ = Normalizer(load_context())


@pytest.mark.parametrize(
    ("word", "spoken"),
    [
        ("Instagram", "in xta gram"),  # the s opens "xta"; g + r a cluster, which the engine gives its voice as "gờ r"
        ("Scooter", "xcu tơ"),
        ("Sputnik", "xpút ních"),  # a final c after i is "ích" (round 62)
        ("Festival", "phét ti van"),  # an s that closes a syllable stays there: not "phét xti"
        ("Zelensky", "dê len xki"),  # as every annotator writes it; espeak-ng is given "xờ ki" by its engine (round 76)
    ],
)
def test_an_s_opens_the_syllable_with_t_p_or_c(word: str, spoken: str) -> None:
    assert guess_reading(word) == spoken


def test_a_scanned_document_reads_scan_as_one_syllable() -> None:
    assert (
        READ.line("Đính kèm đầy đủ các giấy tờ điện tử (bản scan)") == "Đính kèm đầy đủ các giấy tờ điện tử, bản xcan"
    )


@pytest.mark.parametrize(("token", "left"), [("xta", []), ("Xcu", []), ("xpút", []), ("xki", []), ("xờ", [])])
def test_an_s_cluster_the_voice_says_is_not_unspeakable(token: str, left: list[str]) -> None:
    assert unspeakable(token) == left
