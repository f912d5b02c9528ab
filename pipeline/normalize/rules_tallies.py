"""Large tallies, prime minutes and other shapes of issue 29, round 15.

`762.320/800.719 đối tượng`, `2325/2385 liều`, `5', 30'`: shapes every annotator of every batch reads one way and the general
rules read another. Each rule says why; `normalize.RULES` gives the order.
"""

from __future__ import annotations

import re

from .context import Context
from .lines import digits_only

BIG = r"[1-9]\d{0,2}(?:\.\d{3})+|[1-9]\d{3,6}"  # a thousand or more, grouped or not; a leading 0 is a phone
# `2325/2385 liều`: two large counts, then the word of what is counted (a slash before "/" is a document number)
BIG_TALLY = re.compile(rf"(?<![\d/.,])({BIG})/({BIG})(?=[^\S\n]*[^\W\d_])")
YEAR = re.compile(r"(?:19|20)\d\d")
# `5', 30'`: minutes marked with a prime, on their own (`15h30'` is the clock rules')
MINUTES = re.compile(r"(?<![\w'’./:,])(\d{1,2})'(?![\w'])")
QUOTE_OPENED = re.compile(r"(?<!\d)'")  # a quote mark not after a digit: `'Top 5'` is a title in quotes


@digits_only
def read_big_tallies(text: str, ctx: Context) -> str:
    """`tiêm được 762.320/800.719 đối tượng`, `2325/2385 liều`: so many of a larger whole is "trên", as every
    annotator wrote it; the small-count rule stops at three digits (a day and a month never go above), so the slash
    became a pause. Not when the first is larger (not a part of a whole) nor between two years (`2020/2021`)."""

    def read(m: re.Match[str]) -> str:
        first, second = (int(g.replace(".", "")) for g in m.groups())
        if first > second or (YEAR.fullmatch(m.group(1)) and YEAR.fullmatch(m.group(2))):
            return m.group(0)
        return f"{m.group(1)} trên {m.group(2)}"

    return BIG_TALLY.sub(read, text) if "/" in text else text


@digits_only
def read_prime_minutes(text: str, ctx: Context) -> str:
    """`các mốc thời gian 5', 30', 1h`: a prime after a number is minutes, "năm phút", as every annotator wrote it
    (`15h30'` too); read as nothing it left "năm" alone. Not inside quotes (`'Top 5'`): there it closes a title."""

    def read(m: re.Match[str]) -> str:
        line_start = text.rfind("\n", 0, m.start()) + 1
        if len(QUOTE_OPENED.findall(text, line_start, m.start())) % 2:
            return m.group(0)
        return f"{m.group(1)} phút"

    return MINUTES.sub(read, text) if "'" in text else text
