"""Text a PDF's extraction mangled, measured on the blind batches (tests/data/corpus).

A decision copied out of a PDF loses its hyphens: `giai đoạn 20112020`, two years glued into one number. Each rule
writes the shape back as the page meant it, for the rules that read it (see `normalize.RULES`). A symbol glued
the same way (`1961/QĐUBND`) is parted where symbols are read, `rules_documents.read_document_numbers`. A social
page's styled digits (`9️⃣7️⃣2️⃣`) are written back as plain ones the same way.
"""

from __future__ import annotations

import re

from .context import Context
from .lines import digits_only, on_lines_matching, on_lines_with

# `giai đoạn 20112020` (hy2): a period's word, then two years of this or the last century with no dash between
PERIOD_WORD = r"(?i:giai[^\S\n]+đoạn|thời[^\S\n]+kỳ|nhiệm[^\S\n]+kỳ|năm[^\S\n]+học|niên[^\S\n]+khóa|từ[^\S\n]+năm)"
GLUED_YEARS = re.compile(rf"({PERIOD_WORD}[^\S\n]+)((?:19|20)[0-9][0-9])((?:19|20)[0-9][0-9])(?![0-9]|[.,][0-9])")
GLUED_YEARS_HINT = re.compile(r"(?:19|20)[0-9][0-9](?:19|20)[0-9][0-9]")  # eight digits, two years: a fast scan


@digits_only
def part_glued_years(text: str, ctx: Context) -> str:
    """`giai đoạn 20112020`: two years glued after a period's word are the span "2011-2020" the PDF lost its dash
    from, "hai nghìn không trăm mười một đến hai nghìn không trăm hai mươi"; read as one number it was "hai mươi
    triệu…". Only when the second year follows the first, as a span does."""

    def read(m: re.Match[str]) -> str:
        first, last = int(m.group(2)), int(m.group(3))
        return f"{m.group(1)}{first}-{last}" if first < last else m.group(0)

    return on_lines_with(GLUED_YEARS_HINT, text, lambda line: GLUED_YEARS.sub(read, line))


KEYCAP = re.compile("(?<=[0-9])\ufe0f?\u20e3")  # a digit's keycap frame, with or without the emoji selector


def read_keycap_digits(text: str, ctx: Context) -> str:
    """`lên 9️⃣7️⃣2️⃣.0️⃣0️⃣0️⃣` (ie2, a health-insurance fee on a social page): each digit drawn in a key's frame is
    the digit; left framed, the amount became nine digits and stray marks, "chín⃣bảy⃣hai⃣". The frame goes and the
    number is read as any other is."""
    return KEYCAP.sub("", text) if "\u20e3" in text else text


# A photo's file name a page's caption left in its text, glued to the sentence before it or standing alone: a
# camera's or a chat app's name, a run of five digits or more in it (`z4555149186459_7fa2….jpg`, `IMG_20230512.jpg`)
PHOTO_FILE = re.compile(
    r"(?<![^\s.])[A-Za-z]{0,8}[_-]?[0-9]{5,}[\w-]*(?:[^\S\n]?\([0-9]{1,3}\))?\.(?i:jpe?g|png|gif|webp|heic)\b"
)


@digits_only
@on_lines_matching(r"\.(?i:jpe?g|png|gif|webp|heic)\b")  # the dot first: a fast scan
def drop_photo_file_names(text: str, ctx: Context) -> str:
    """`nhiệm kỳ 2021-2026.z4555149186459_7fa22815d19dc12446a3c8ad904a44ab (1).jpg` (ja2, a commune's page: its
    photos' names glued to the sentences they followed) is no word of the notice: an announcer skips it. Read, it
    was forty numbers and letters, "zbốn năm năm, năm một bốn…". A file name the editor wrote on purpose
    (`bieu-mau.docx`, a short `anh1.jpg`) has no run of five digits and is left to the other rules."""
    return PHOTO_FILE.sub("", text)


SYMBOL_ARROW = re.compile(r" à (?<=[0-9] à )(?=[0-9])")  # the spaced letter first: a fast scan


@digits_only
@on_lines_matching(r" à (?<=[0-9] à )[0-9]")
def read_symbol_font_arrows(text: str, ctx: Context) -> str:
    """`Từ 01/12 à 18/12/2021` (jd2, a school's letter typed in Word): the arrow of a symbol font (→) pasted as the
    letter it sits on, à. Between two numbers it is no word (Vietnamese "à" ends a question), but the arrow's
    "đến", a span; left, the voice said "à" between the dates."""
    return SYMBOL_ARROW.sub(" đến ", text)


# `Nghị định s20/2008/NĐ-CP`, `Nghị định s 63/2010` (jj2, a decision copied from a PDF whose font lost the letter
# ố): after a document's kind, an "s" alone before its number is "số"
KINDS = (
    r"(?:[Nn]ghị[^\S\n]+(?:định|quyết)|[Qq]uyết[^\S\n]+định|[Tt]hông[^\S\n]+(?:tư|báo)|[Cc]ông[^\S\n]+văn"
    r"|[Kk]ế[^\S\n]+hoạch)"
)
LOST_SO = re.compile(rf"({KINDS}[^\S\n]+)s[^\S\n]?(?=[0-9])")


@digits_only
@on_lines_matching(r"s(?<=[^\S\n]s)[^\S\n]?[0-9]")
def mend_lost_so(text: str, ctx: Context) -> str:
    """`Nghị định s48/2013/NĐ-CP ngày 14/5/2013` (jj2: 4 spans of a Ninh Bình decision): "số" lost its ố to a PDF's
    font; read as it stands, the voice said "ét", and the number lost the document's number shape. Only after a
    document's kind, where nothing else than "số" stands before the number."""
    return LOST_SO.sub(r"\1số ", text)
