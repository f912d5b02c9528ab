"""Shapes that recur in notices from any site, whatever their words (issue 29, round 3).

Each rule is about a way of writing (a citation mark, two words run together by a web page, a comparison sign,
a virus subtype), not about a word of one text, so it holds for notices nobody has read yet.
"""

from __future__ import annotations

import re

from .context import Context
from .lines import digits_only
from .numbers import read_int
from .syllable import is_syllable

# `[2]`, `[87], [89]`, `[3-5]` after a word: the references of an article copied from a site or a paper
# (`[01] Kỳ tính thuế` opening a line is a list's number).
PICTOGRAPHS = re.compile("[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\ufe0f\u200d]+[^\\S\n]?")  # emoji, ✅
CITATIONS = re.compile(r"(?<=[^\W\d_]|[.,;:!?)\"”])(?:[^\S\n]*,?[^\S\n]*\[\d{1,3}(?:[^\S\n]*[-–,][^\S\n]*\d{1,3})*\])+")
# A small letter then a capital inside one run of letters (`trướcBài`, `YênBái`): two words a page glued.
LOWER = "".join(c for c in map(chr, range(0x61, 0x1EFA)) if c.islower() and c.isalpha())
UPPER = "".join(c for c in map(chr, range(0x41, 0x1EFA)) if c.isupper() and c.isalpha())
GLUED_HINT = re.compile(f"[{LOWER}][{UPPER}]")
GLUED_WORDS = re.compile(f"(?<![^\\W\\d_])([{UPPER}]?[{LOWER}]{{1,7}})([{UPPER}][{LOWER}]{{1,6}})(?![^\\W\\d_])")
MARKED = re.compile(r"[^\x00-\x7f]")
COMPARISON = re.compile(r"(?<![<>=-])([<>])(?![<>=])(?=[^\S\n]*\d)")
COMPARED = {"<": " dưới ", ">": " trên "}
# `H5N1`, `H7N9`, `A/H5N6`: a letter and a number, twice or more (a virus subtype); not `NT6` or `PC67`.
SUBTYPE = re.compile(r"(?<![\w/])(?:([A-Z])/)?((?:[A-Z]\d{1,2}){2,})(?![\w/])")
SUBTYPE_HINT = re.compile(r"[A-Z]\d\d?[A-Z]")
SUBTYPE_PART = re.compile(r"([A-Z])(\d{1,2})")
# `CMND/CCCD`, `THCS-THPT`: two abbreviations joined; the lexicon matches neither beside a slash or a hyphen.
JOINED = re.compile(r"([A-ZĐ](?<![\w/-][A-ZĐ])[A-ZĐa-z&]{1,7})([/-])([A-ZĐ][A-ZĐa-z&]{1,7})(?![\w/-])")
JOINED_HINT = re.compile(r"[A-ZĐ][/-][A-ZĐ]")
WEEKDAY = r"(?i:thứ)[^\S\n]+(?:[2-7]|hai|ba|tư|năm|sáu|bảy|bẩy)"
SUNDAY = re.compile(
    rf"(?=[tTC])\b(?:({WEEKDAY})[^\S\n]*([,/–-]|và|đến|tới|hoặc)[^\S\n]*)?CN\b"
    r"(?(1)|(?=[^\S\n]*[,(]?[^\S\n]*(?:ngày[^\S\n]+)?\d{1,2}[/.-]\d{1,2}))"
)
SHORT_LETTERS = {"n": "en", "m": "em", "l": "e lờ"}  # "hát năm en một": a letter before its number is short


def drop_citation_marks(text: str, ctx: Context) -> str:
    """`đô la [2], [3].`, `dân tộc[1].`: reference numbers of a copied article are for the eye; read aloud they
    are numbers out of nowhere ("đô la, hai, ba")."""
    return CITATIONS.sub("", text) if "[" in text else text


def drop_pictographs(text: str, ctx: Context) -> str:
    """`✅✅Khi trẻ`, `🔹Ngày 13/06`: pictographs pasted from social pages are for the eye; the voice has no word
    for them and a symbol left in a script is a miss, so they go, with the space after them."""
    return PICTOGRAPHS.sub("", text) if not text.isascii() else text


def split_glued_words(text: str, ctx: Context) -> str:
    """`5 giờ trướcBài gốc`, `YênBái`: a web page's line break lost, two Vietnamese words run together; apart,
    each is a syllable the voice reads. Only when both are syllables and one has a Vietnamese mark: `iPhone`,
    `TikTok`, `eKYC` are names and stay whole."""

    def split(m: re.Match[str]) -> str:
        first, second = m.groups()
        ok = is_syllable(first) and is_syllable(second) and bool(MARKED.search(first + second))
        return f"{first} {second}" if ok else m.group(0)

    return GLUED_WORDS.sub(split, text) if GLUED_HINT.search(text) else text


@digits_only
def read_comparisons(text: str, ctx: Context) -> str:
    """`trẻ 5 tháng đến < 1 tuổi`, `> 30%`: a sign before an amount is a word ("dưới", "trên"); dropped, the
    sentence says the opposite of what it means (`< 1 tuổi` heard as "một tuổi")."""
    return COMPARISON.sub(lambda m: COMPARED[m.group(1)], text) if "<" in text or ">" in text else text


@digits_only
def read_subtypes(text: str, ctx: Context) -> str:
    """`cúm A/H5N6`, `H5N1`: a virus subtype is its letters and their numbers, "a hát năm en sáu"; the general
    rules read the digits inside a word and leave the letters glued ("HnămNsáu")."""

    def read(m: re.Match[str]) -> str:
        parts = [_letter(letter, ctx) + " " + read_int(int(n), ctx.style) for letter, n in SUBTYPE_PART.findall(m[2])]
        return " ".join([*([_letter(m[1], ctx)] if m[1] else []), *parts])

    return SUBTYPE.sub(read, text) if SUBTYPE_HINT.search(text) else text


def _letter(letter: str, ctx: Context) -> str:
    return SHORT_LETTERS.get(letter.lower()) or ctx.lexicon.spell(letter)


def part_joined_abbreviations(text: str, ctx: Context) -> str:
    """`số CMND/CCCD`, `THCS-THPT`: two abbreviations the lexicon knows, joined by a slash or a hyphen, are read
    each in full with a pause between, not spelled ("xê xê xê dê"). A joined form the lexicon has itself
    (`CBCCVC-LĐ`) is its entry; a document's symbol (`QĐ-UBND`) is read before, with its number."""

    def part(m: re.Match[str]) -> str:
        first, _, second = m.groups()
        known = ctx.lexicon.exact.get(first) and ctx.lexicon.exact.get(second)
        return f"{first}, {second}" if known and not ctx.lexicon.lookup(m.group(0)) else m.group(0)

    joined = ("/" in text or "-" in text) and JOINED_HINT.search(text)  # `in` first: a scan in C, no regex
    return JOINED.sub(part, text) if joined else text


def read_sundays(text: str, ctx: Context) -> str:
    """`từ thứ 2 đến CN`, `Thứ 7, CN`, `CN (05/3)`: beside a weekday or before a date, CN is "chủ nhật";
    `Thứ 2 - CN` is a span of days, "thứ hai đến chủ nhật".

    Elsewhere CN is also cử nhân, công nhân, công nghệ or công nghiệp, so it has no lexicon line and stays
    spelled; only the company it keeps says which it is.
    """
    return SUNDAY.sub(_sunday, text) if "CN" in text else text


def _sunday(m: re.Match[str]) -> str:
    if not m.group(1):
        return "chủ nhật"
    joint = " đến " if m.group(2) in "-–" else (", " if m.group(2) in ",/" else f" {m.group(2)} ")
    return f"{m.group(1)}{joint}chủ nhật"
