"""Every digit is an ASCII one before the rules read a text (issue 29): they write a digit as `[0-9]`, which `re`
tests faster than `\\d`, so a digit of another script must be folded first to be read at all."""

from __future__ import annotations

import importlib
import pkgutil
import re
import sys
import unicodedata

import pipeline.normalize
from pipeline.normalize import Normalizer, load_context
from pipeline.normalize.digits import MAYBE_OTHER_DIGIT, TO_ASCII, fold_digits

NORMALIZER = Normalizer(load_context())
BACKSLASH_D = re.compile(r"(?<!\\)(?:\\\\)*\\d")


def test_every_decimal_digit_outside_ascii_folds_to_the_ascii_digit_of_its_value() -> None:
    others = [chr(code) for code in range(0x80, sys.maxunicode + 1) if chr(code).isdecimal()]
    assert len(others) == len(TO_ASCII) == 650
    for digit in others:
        assert TO_ASCII[ord(digit)] == str(unicodedata.decimal(digit))
        assert MAYBE_OTHER_DIGIT.fullmatch(digit), hex(ord(digit))
    assert fold_digits("".join(others)) == "0123456789" * 65


def test_a_number_in_another_scripts_digits_reads_as_in_ascii_digits() -> None:
    ascii_digits = "Giá 30.000 đồng/kg từ ngày 5/8/2021, gọi 0912 345 678."
    for zero in ("０", "٠", "०"):  # full-width (a pasted table), Arabic-Indic, Devanagari
        other = "".join(chr(ord(zero) + int(c)) if c.isdigit() else c for c in ascii_digits)
        assert NORMALIZER.text(other) == NORMALIZER.text(ascii_digits)


def test_a_line_of_other_digits_alone_gets_the_number_rules() -> None:
    """The Normalizer hands the number rules only the lines with a digit, found as `[0-9]`: after the fold."""
    assert NORMALIZER.text("Tổ\n１２") == "Tổ\nmười hai"


def test_a_text_without_other_digits_is_left_as_it_is() -> None:
    text = "Ngày 5/8 🌧️ mưa lớn 𝕏"  # an emoji and a letter above the BMP: looked at, not changed
    assert fold_digits(text) == text
    assert fold_digits("Ngày 5/8") == "Ngày 5/8"


def test_the_rules_patterns_write_a_digit_as_0_to_9() -> None:
    """`\\d` would read the same after the fold, only slower: at every character of a text for a pattern opening
    with it. This keeps the rules from drifting back to it."""
    found = []
    for module in pkgutil.iter_modules(pipeline.normalize.__path__):
        for name, value in vars(importlib.import_module(f"pipeline.normalize.{module.name}")).items():
            if isinstance(value, re.Pattern) and BACKSLASH_D.search(value.pattern):
                found.append(f"{module.name}.{name}")
    assert found == []
