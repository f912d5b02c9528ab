"""Words written in capitals: a heading's words are said as words (`KẾ HOẠCH TỔ CHỨC HỘI THI`), an initialism
is left to the lexicon and the spelling rule.

Moved from rules_text (its size). Each rule says why; `normalize.RULES` gives the order.
"""

from __future__ import annotations

import re

from .context import Context
from .lines import on_lines_matching
from .rules_roman import counted_before
from .syllable import is_syllable, sharp

UPPER = "".join(c for c in map(chr, range(0x41, 0x1EFA)) if c.isupper())  # Latin capitals, Vietnamese ones too
# whole word checked after; the first capital opens the pattern, so the scan skips to it in C (a look-ahead first was
# tried at every position, issue 29), and the look-behind checks the character before it
CAPITAL_WORD = re.compile(rf"[{UPPER}](?<![\w.][{UPPER}])[{UPPER}][^\W0-9_]*(?![\w]|\.\w)")
BEFORE_DIGIT = re.compile(r"[^\S\n]*[0-9]")
# `MỚI TRONG 1 TUẦN`: a number between two words in capitals stands in a heading
CAPITALS_AFTER_NUMBER = re.compile(rf"[^\S\n]*[0-9]+[^\S\n]+[{UPPER}]{{2,}}(?!\w)")
CAPITALS_BEFORE = re.compile(rf"[{UPPER}]{{2,}}[^\S\n]+$")
CAPITALS_AFTER = re.compile(rf"[^\S\n]+[{UPPER}]{{2,}}")  # the next word in capitals too: a heading's
CLOCK_BEFORE = re.compile(r"[0-9]:[0-9][0-9][^\S\n]*$")
# `ĐT Australia`, `ĐT Malaysia`: a national team before its country's name (left after the lexicon read GD-ĐT)
TEAM = re.compile(rf"(?<![\w&-])(?<!GD )ĐT(?=[^\S\n]+[{UPPER}][^\W0-9_]*(?![^\S\n]*[0-9]))")
# `USD/VND`: an exchange rate's pair of currency codes
CURRENCY_PAIR = re.compile(r"(?<![\w/])([A-Z]{3})/([A-ZĐ]{3})(?![\w/])")
# `Công tyTNHH`, `củaOPEC+`: initials glued onto the word before them, the capitals after a small letter first
GLUED_INITIALS = re.compile(r"[A-ZĐ](?<=[a-zà-ỹđ][A-ZĐ])[A-ZĐ]{2,}\+?(?![^\W0-9_])")  # a number may follow: `áCOVID3`
# `TP HCMHọc sinh` (jc2, a heading run into the text): initials, then a capitalized word glued to them
REPUBLIC = re.compile(r"(?<![\w.&/-])CH(?=[^\S\n]+(?!Play\b)[A-ZĐ][a-zà-ỹđ])")
SPACED_AMPERSAND = re.compile(r"&(?<=[^\S\n]&)(?=[A-ZĐ]{2,}\b)")
INITIALS_BEFORE_WORD = re.compile(r"(?<!\w)([A-ZĐ]{2,})(?=([A-ZĐ][a-zà-ỹđ]+)(?!\w))")


def _heading_word(word: str, m: re.Match[str]) -> bool:
    """`VÀ 71 Ổ DỊCH MỚI TRONG 1 TUẦN` (cc1): a word of four letters or more between capitals is the heading's word
    (no code is that long a syllable: `OM`, `ST`, `IR`); spelled as a code, it was "tê e rờ o en nờ giê". One of
    three letters is too where the heading's words stand on both sides, or a word with marks follows the number
    (`LẦN ĐẦU TIÊN SAU 24 NĂM`, kc2: "ét a u hai bốn năm"; `CHO 200 HỘ DÂN`)."""
    if len(word) < 3:
        return False
    before = CAPITALS_BEFORE.search(m.string, max(0, m.start() - 24), m.start())
    after = CAPITALS_AFTER_NUMBER.match(m.string, m.end())
    if len(word) == 3:
        return bool(after and (before or not after.group(0).isascii()))
    return bool(before or after)


def _among_lowercase(m: re.Match[str]) -> bool:
    before = m.string[max(0, m.start() - 2) : m.start()]
    return before[:1].islower() and before[1:] == " " and not CAPITALS_AFTER.match(m.string, m.end())


STOP_CLOSED = re.compile(r"(.*[aeiouy])(ch|p|t|c)")  # a syllable closed by a stop, its vowels before it
# `OIC`, `AIT`: a vowel ending in a glide (oi, ai, ao, eu) takes no final consonant in Vietnamese, so capitals closed
# by a stop after one are no syllable but letters (gs1: `cuộc họp OIC` "o i xê"; read as a word it was "oíc")
GLIDE_BEFORE_STOP = re.compile(r"[aeiouy][iouy](?<!uy)(?<!oo)(?:ch|p|t|c)$")


def read_capital_words(text: str, ctx: Context) -> str:
    """Headings and titles in capitals are words: `KẾ HOẠCH TỔ CHỨC HỘI THI` is read "kế hoạch tổ chức hội thi".

    A word written in capitals that is a Vietnamese syllable (THI, AN, XANH, KHÔNG) is the word, not an
    initialism; only what is no syllable (UBND, PCCC, SXH) is left for the lexicon and spelling. A syllable
    right before a number is a code, as in the rice variety `OM 5451`, and stays spelled.
    """
    return CAPITAL_WORD.sub(_capital_word, text)


def _capital_word(m: re.Match[str]) -> str:
    word, text = m.group(0), m.string
    if not (word.isupper() and is_syllable(word.lower())):
        return word
    if word.isascii() and BEFORE_DIGIT.match(text, m.end()) and not _heading_word(word, m):
        return word  # `OM 5451`: a code; a word with marks (NĂM 2020) is a word
    if word == "SA" and CLOCK_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        return word  # `7:51:11 SA`: "sáng", the clock rule's, not the syllable "sa"
    if len(word) == 2 and word.isascii() and word[1] in "PTC":
        return word  # `Theo AP`: no Vietnamese word ends in p, t or c without a mark, so these are letters
    if set(word) <= set("IVXLC") and counted_before(text, m.start()):
        return word  # `LẦN THỨ VI`, `Đại hội XI` are six and eleven, read by the Roman numeral rule (bb2)
    if word.isascii() and text[m.start() - 1 : m.start()] == "(" and text[m.end() : m.end() + 1] == ")":
        return word  # `Cơ quan Lao động Liên bang Đức (BA)`, `(AI)`: a bracket's lone capitals are letters (6 of 7)
    if len(word) == 2 and word.isascii() and _among_lowercase(m):
        return word  # `của AU đối với`, `bằng AI để` (cm2): two capitals among lowercase words are letters
    if word.isascii() and GLIDE_BEFORE_STOP.search(word.lower()):
        return word
    closed = STOP_CLOSED.fullmatch(word.lower()) if word.isascii() else None
    if closed:  # `VIP`, `TOP`, `HOT`: no Vietnamese syllable closes on p, t, c, ch without a tone (al1, r1, bk1, bs1)
        return sharp(closed.group(1)) + closed.group(2)
    return word.lower()


@on_lines_matching(r"[A-ZĐ](?<=[a-zà-ỹđ][A-ZĐ])[A-ZĐ]")
def part_glued_initials(text: str, ctx: Context) -> str:
    """`do Công tyTNHH Duyên Hà` (gb1), `thỏa thuận củaOPEC+` (fu1): a page lost the space between a word and the
    initials after it, and the lexicon, which reads whole words only, never saw them ("tyTNHH" was left on air).
    Parted only where the word is a Vietnamese syllable and the initials are the lexicon's, so a brand or an
    address's run (`doidiemVCB`, `registerDVC`) stays whole."""
    return GLUED_INITIALS.sub(lambda m: _parted(m, ctx), text)


@on_lines_matching(r"[A-ZĐ](?<=[A-ZĐ][A-ZĐ][A-ZĐ])[a-zà-ỹđ]")  # three capitals, then a small letter
def part_words_from_initials(text: str, ctx: Context) -> str:
    """`TP HCMHọc sinh từ mầm non` (jc2), `UBNDXã`: a page lost the space after initials before a capitalized word,
    and the lexicon never saw the initials ("HCMHọc" was left on air). Parted only where the initials are the
    lexicon's and the word a Vietnamese syllable with its marks, so a brand (`VNExpress`, `EVNHanoi`) stays whole."""

    def part(m: re.Match[str]) -> str:
        word = m.group(2)
        known = ctx.lexicon.lookup(m.group(1)) is not None
        vietnamese = word[1:].islower() and not word.isascii() and is_syllable(word.lower())  # `KHOẺ`: one word
        return f"{m.group(1)} " if known and vietnamese else m.group(1)

    return INITIALS_BEFORE_WORD.sub(part, text)


@on_lines_matching(r"&(?<=[^\S\n]&)[A-ZĐ]")
def part_glued_ampersands(text: str, ctx: Context) -> str:
    """`trường THCS &THPT` (jf2): an ampersand typed against the initials after it, a space before it; the lexicon
    never saw `THPT` ("và tê hát pê tê"). Spaced on both sides it is "và" between two names it reads."""
    return SPACED_AMPERSAND.sub("& ", text)


@on_lines_matching(r"CH(?=[^\S\n]+[A-ZĐ])")
def read_republics(text: str, ctx: Context) -> str:
    """`Tổng thống CH Kazakhstan` (jf2), `người đồng cấp CH Cyprus` (iz1): CH before a country's name is "Cộng hòa",
    as the lexicon's `CH Congo`, `CH Séc` say it (spelled, it was "xê hát Ca dắc xtan"); `CH Play` is the app store."""
    return REPUBLIC.sub("Cộng hòa", text)


def _parted(m: re.Match[str], ctx: Context) -> str:
    start = m.start()
    while start > 0 and m.string[start - 1].isalpha():
        start -= 1
    word = m.string[start : m.start()]
    known = ctx.lexicon.lookup(m.group(0)) is not None
    return f" {m.group(0)}" if known and word.islower() and is_syllable(word) else m.group(0)


@on_lines_matching(r"/(?<=[A-Z]/)[A-ZĐ]")
def read_currency_pairs(text: str, ctx: Context) -> str:
    """`Tỷ giá USD/VND | 26.162`, `USD/VND | 24,770` (gd1, ge2): an exchange rate names its two currencies, "đô la
    Mỹ, đồng" as both annotators wrote (the dong as after an amount); the slash had left both codes to be spelled."""

    def read(m: re.Match[str]) -> str:
        first, second = m.group(1), m.group(2)
        if first not in ctx.units or second not in ctx.units:
            return m.group(0)
        return f"{ctx.units[first]}, {'đồng' if second in ('VND', 'VNĐ') else ctx.units[second]}"

    return CURRENCY_PAIR.sub(read, text)


@on_lines_matching("ĐT ")
def read_team_initials(text: str, ctx: Context) -> str:
    """`ĐT Australia tự tin`, `giúp ĐT Anh lọt vào`, `của ĐT Hungary` (gh1 and four earlier spans, 5 of 5): ĐT
    before a country's name is "đội tuyển", a national team; before a number it stays a provincial road (`ĐT 741`),
    and the lexicon has read `GD-ĐT` (education and training) before this rule."""
    return TEAM.sub("đội tuyển", text)
