"""Issue 29, round 197: two idempotency counterexamples, each a small class. A run of syllables without marks is
restored only on a pair the table knows together, so the reading of a foreign name, read again, stays as it was; a
dash opening a token (a bullet glued on) no longer hides the lexicon entry after it."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context
from pipeline.normalize.toneless import restore_words

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Ông Nakamura cho biết", "Ông na ca mu ra cho biết"),  # was read again "na cả mũ ra"
        ("ááhámw", "a a ha mu"),  # the counterexample test_idempotent drew: "a a hà mũ" the second time
        ("Ông Bora Bora cho biết", "Ông bô ra bô ra cho biết"),  # a syllable said twice is no Vietnamese pair
    ],
)
def test_a_foreign_names_reading_reads_the_same_twice(written: str, spoken: str) -> None:
    once = N.text(written)
    assert (once, N.text(once)) == (spoken, spoken)


def test_syllables_known_only_one_by_one_are_left_without_marks() -> None:
    """`cua xen canh` (three Cà Mau crab notices, batches fe1, fn1, gm1) had been read "của xen cảnh"."""
    assert restore_words(["na", "ca", "mu", "ra"], N.ctx.toneless) is None
    assert N.text("diện tích nuôi cua xen canh trong vuông tôm") == "diện tích nuôi cua xen canh trong vuông tôm"


def test_a_run_with_a_known_pair_is_still_restored() -> None:
    assert restore_words(["tai", "khoan", "cua", "ban"], N.ctx.toneless) == ["tài", "khoản", "của", "ban"]
    assert N.text("Ho so da duoc phe duyet") == "Hồ sơ đã được phê duyệt"


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("-UBND xã họp", "Ủy ban nhân dân xã họp"),  # was "u bê en nờ dê": a bullet glued on hid the entry
        ("-hr", "hát e rờ"),  # test_idempotent's: was "hr", then "hát e rờ" once the dash had become a pause
        ("Wi-Fi", "oai phai"),  # a hyphen after a word still joins
    ],
)
def test_a_dash_opening_a_token_does_not_hide_a_lexicon_entry(written: str, spoken: str) -> None:
    once = N.text(written)
    assert (once, N.text(once)) == (spoken, spoken)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("0-hr", "không hát e rờ"),  # test_idempotent's: "không hr", then "không hát e rờ"
        ("lên mức (BĐ)1-BĐ2", "lên mức, bê đê, một báo động hai"),  # j1: the second level was spelled "bê đê hai"
        ("Nghị định số 110/2018/-CP của", "Nghị định số một trăm mười, hai nghìn không trăm mười tám, Chính phủ của"),
    ],
)
def test_a_hyphen_after_a_number_does_not_hide_a_lexicon_entry(written: str, spoken: str) -> None:
    once = N.text(written)
    assert (once, N.text(once)) == (spoken, spoken)
