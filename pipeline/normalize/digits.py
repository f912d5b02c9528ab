"""Every decimal digit as its ASCII twin, before any rule reads the text.

The rules write a digit as `[0-9]`, not `\\d`: `re` tests a character against `[0-9]` in a bitmap, against `\\d` in
the Unicode database, and a pattern that opens on a digit tests every character of the text that way (issue 29: the
example letters -7.2 % instructions, the corpus notices -5.1 %). `\\d` also matches Unicode's 640 other decimal
digits: a full-width `３０` pasted from a table, Arabic-Indic `٣`. Folded first, they are read as the numbers they
are, by rules that need not know them."""

from __future__ import annotations

import re

# The zero of each run of ten decimal digits outside ASCII (Unicode 14, Python 3.11), a table checked against
# `str.isdecimal` over every code point by its test: computed at import, it would take 0.13 s of each start.
ZEROS = (
    0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66, 0xDE6, 0xE50, 0xED0, 0xF20,
    0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90, 0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0,
    0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10, 0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0,
    0x11450, 0x114D0, 0x11650, 0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0,
    0x16B50, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
)  # fmt: skip
TO_ASCII = {zero + value: str(value) for zero in ZEROS for value in range(10)}

# The runs in the Basic Multilingual Plane, and all of the planes above it as one range: `re` tests such a class in
# one step (a bitmap of blocks and one range), where 29 more ranges would be 29 tests at every character of a text.
# A text with an emoji is then translated for nothing: a rare, cheap miss.
MAYBE_OTHER_DIGIT = re.compile(
    "[" + "".join(f"{chr(zero)}-{chr(zero + 9)}" for zero in ZEROS if zero < 0x10000) + "\U00010000-\U0010ffff]"
)


def fold_digits(text: str) -> str:
    """`３０` -> `30`, `٣` -> `3`: every decimal digit as the ASCII digit of the same value."""
    return text.translate(TO_ASCII) if MAYBE_OTHER_DIGIT.search(text) else text
