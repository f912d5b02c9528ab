"""Flood levels, glued numerals and glued units of bulletins (issue 29, round 17): `mức BĐ1-BĐ2`, `đã lên trên BĐ`,
`HĐND tỉnh khóaXII`, `0,5-1lít/m2`. Shapes the annotators of every batch read one way and the rules read another;
`normalize.RULES` gives the order."""

from __future__ import annotations

import re

from .context import Context
from .lines import digits_only

LEVEL = r"BĐ[^\S\n]?(?:[1-5]|I{1,3}|IV|V)(?![\w])"
# `BĐ1-BĐ2`, `BĐ 2 – BĐ 3`: the dash between two alarm levels; the pattern opens with the literal.
LEVEL_RANGE = re.compile(rf"({LEVEL})[^\S\n]*[-–][^\S\n]*(?={LEVEL})")
# `đã lên trên BĐ và`: a bare level after a word of height, no number after it.
BARE_LEVEL = re.compile(r"\b(trên|dưới|vượt|mức)[^\S\n]+BĐ\b(?![^\S\n]?(?:\d|[IV]+\b))", re.IGNORECASE)
# `khóaXII`: a page glued the term's numeral to the word; the lookahead keeps `khóa` and its numeral apart.
GLUED_TERM = re.compile(r"([Kk]h(?:óa|oá))(?=[IVXL]{1,6}\b)")
GLUED_LITRE = re.compile(r"(\d)(?=lít\b)")


def read_alarm_level_ranges(text: str, ctx: Context) -> str:
    """`dao động ở mức BĐ1-BĐ2`: a dash between two alarm levels is "báo động một đến báo động hai", as every
    annotator of a flood bulletin wrote it; the hyphen otherwise glued the two into one unknown code spelled
    "bê đê một bê đê hai". Levels in Roman numerals (`BĐ II – BĐ III`) are the same range."""
    if "BĐ" not in text:
        return text
    return LEVEL_RANGE.sub(lambda m: f"{m.group(1)} đến ", text)


def read_bare_alarm_levels(text: str, ctx: Context) -> str:
    """`đỉnh lũ một số trạm đã lên trên BĐ`: after trên/dưới/vượt/mức, a BĐ with no level after it is the alarm
    level itself, "báo động"; spelled "bê đê" it is nothing a listener knows. Alone, BĐ may be bưu điện or biên độ,
    so the lexicon has no row for it."""
    if "BĐ" not in text:
        return text
    return BARE_LEVEL.sub(lambda m: f"{m.group(1)} báo động", text)


def unglue_term_numerals(text: str, ctx: Context) -> str:
    """`của HĐND tỉnh khóaXII`: a Roman numeral glued to khóa is the term, "khóa mười hai", as with a space; glued,
    the word was left as it stood and the voice spelled it."""
    if "kh" not in text and "Kh" not in text:
        return text
    return GLUED_TERM.sub(lambda m: f"{m.group(1)} ", text)


@digits_only
def unglue_litres(text: str, ctx: Context) -> str:
    """`liều lượng 0,5-1lít/m2`: a number glued to lít is a volume, as `1 lít/m2` is ("một lít một mét vuông"); glued,
    the range and the slash after the unit were not seen and the voice said "m hai"."""
    if "lít" not in text:
        return text
    return GLUED_LITRE.sub(lambda m: f"{m.group(1)} ", text)
