"""Dashes, signs, slashes and headings between numbers, measured on the blind batches (tests/data/corpus).

`1,79%-1,86%`, `100.000 đồng - 240.000 đồng`, `8h30 - 9 giờ`, `31/7-6/8`, `43/106- 43/98`, `báo động 2 - báo
động 3`: a dash between two things of one kind is "đến". `-2,1 độ C` keeps its sign. `75 USD/tấn`, `2 kg
cám/con`: a slash after a measure is "một". `I.` heading a line is a number. The order: `normalize.RULES`.
"""

from __future__ import annotations

import re

from .context import MULTIPLIERS, Context
from .lines import digits_only, hint_of, on_lines_matching, on_lines_with, sub_on_hinted_lines
from .numbers import NUM, read_int, read_share
from .rules_roman import roman

DASH = r"[^\S\n]*[-–][^\S\n]*"
CURRENCY = r"(?:đồng|đ|VNĐ|VND|USD)(?![\w])"
PER_UNIT = r"(?:[^\S\n]?/[^\S\n]?[^\W0-9_]{1,5})?"
AMOUNT = rf"(?:{NUM})[^\S\n]*(?:(?:{MULTIPLIERS})[^\S\n]+)?{CURRENCY}"  # `50 triệu đồng – 60 triệu đồng` (gm1)
# `13h00’ - 13h30'`, `19h30’- 22h30’` (ae2, ah2): a minute mark may close the clock before the dash
TIME = r"[0-9]{1,2}(?:h[0-9]{0,2}[’'′]?|:[0-9]{2}|[^\S\n]*giờ(?:[^\S\n]*[0-9]{1,2}[^\S\n]*(?:'|phút)?)?)"
TIME_RIGHT = r"[^\S\n]*[0-9]{1,2}[^\S\n]*(?:h|:[0-9]{2}|giờ\b)"
KINDS = tuple(  # what may stand left of a dash (ending there) and right of it (starting there), per kind
    (kind, re.compile(left + r"[^\S\n]*\Z"), re.compile(right))
    for kind, left, right in (
        ("percent", rf"(?<![0-9.,])(?:{NUM})[^\S\n]*%", rf"[^\S\n]*(?:{NUM})[^\S\n]*%"),
        # `37.000 đồng/kg - 45.000 đồng/kg` (bz1): the first amount may carry its unit's slash too
        ("amount", rf"(?<![0-9.,]){AMOUNT}{PER_UNIT}", rf"[^\S\n]*{AMOUNT}"),
        ("pair", r"(?<![\w.,/])[0-9]{1,3}/[0-9]{1,3}", r"[^\S\n]*[0-9]{1,3}/[0-9]{1,3}(?![/0-9])"),
        ("time", rf"(?<![\w.,/]){TIME}", TIME_RIGHT),
        ("year", r"(?<=[/.])[0-9]{4}", TIME_RIGHT),
    )
)
# how every right side of KINDS starts, a number then what marks its kind: a dash before a bare number (`COVID-19`,
# in most lines of a letter about the pandemic) is none of them
RIGHT_START = rf"[0-9][0-9.,]*[^\S\n]*(?:[%/h:]|giờ|{MULTIPLIERS}|đ|VN|USD)"
LEVEL_WORD = r"(?:[cC]ấp|CẤP|[bB]áo động|BÁO ĐỘNG|[mM]ức|MỨC|[lL]oại|LOẠI|[hH]ạng|HẠNG)"  # `(loại 2 - loại 1)`, gy2
LEVEL_HINT = re.compile(rf"[0-9IVX][^\S\n]*[-–][^\S\n]*{LEVEL_WORD}")
LEVEL_RANGE = re.compile(
    rf"(?<![\w])(({LEVEL_WORD})[^\S\n]+(?:[0-9]{{1,2}}|[IVX]{{1,4}})){DASH}(?=\2[^\S\n]+(?:[0-9]|[IVX]))"
)
FROM = re.compile(r"\b[tT]ừ\b")
# fast scans for the lines a rule may change; a year after a number that follows a space, not a date's day/month
YEAR_HINT = re.compile("/(?:" + "|".join(rf"(?<=[^\S\n][0-9]{{{n}}}/)" for n in range(1, 5)) + ")(?:19|20)")
PERIOD_YEAR_HINT = re.compile(r"[.-](?:19|20)[0-9][0-9](?<=[0-9][.-][0-9]{4})")
# what a share is taken of: a count, a surface, a height, a herd (`hơn 2/3 tổng đàn`, `treo cờ đến 2/3 chiều cao`)
WHOLE = "(?:số|mặt (?:đường|cầu|đê|bằng)|chiều (?:cao|rộng|dài|sâu)|diện tích|tổng (?:số|đàn|diện)|dân số|thân cây)"
WHOLE_SPACED = WHOLE.replace(" ", r"[^\S\n]+")
FRACTION_HINT = re.compile(rf"/[0-9][0-9]?[^\S\n]+{WHOLE_SPACED}\b")
DASH_MARK = re.compile("[-–]")
DASH_HINT = re.compile(r"[-–][^\S\n]*[0-9]")  # a fast scan for the lines that may hold a range
# not before a day and its month (`chống ma túy -26/6`, cm2: a dash before the day's date, never a minus)
# a day and month (`-5/9`) or a time of day (`-08:30 |`, io1: a listing's separator before it) has no sign
SIGN = re.compile(
    r"[-−–](?=[0-9])(?:(?<=−)|(?!(?:[12][0-9]|3[01]|0?[1-9])/(?:1[0-2]|0?[1-9])(?![0-9]|[.,][0-9])"
    r"|[0-9]{1,2}(?::[0-5][0-9]|[^\S\n]*giờ\b|h(?:[0-9]|\b))))"
)
SPACED_DISEASE_NUMBER = re.compile(r"(?<!\w)(covid)[^\S\n]*[-–][^\S\n]*(?=19(?![0-9/.]))", re.IGNORECASE)
# Each opens on the line break before its line (read_roman_headings puts one before the first line): a literal,
# which `re` scans for in C, where it tries `^` at every character
ROMAN_HEADING = re.compile(  # `II. Thời gian`; `IV/ Chế độ`, `III.CÁCH` too: no letter heading is I, V or X
    r"\n([^\S\n]*)(?:([IVXLC]{1,6})\.[^\S\n]+|([IVX]{1,6})(?:/[^\S\n]*|\.(?=[^\W0-9_a-zđ]{2}))"
    r"|([IV]{1,4})[^\S\n]?[-–][^\S\n]+|([IVX]{1,6})[^\S\n]+(?=[^\W0-9_]+[^\S\n]+[^\W0-9_]))"
    r"(?=[^\W0-9_a-zđ][^\W0-9_])"
)
ROMAN_ALONE = re.compile(r"\n([^\S\n]*)([IVX]{2,6})\.[^\S\n]*$", re.MULTILINE)  # `II.` alone, its heading wrapped
SYMBOLS = {"≤": " nhỏ hơn hoặc bằng ", "≥": " lớn hơn hoặc bằng ", "±": " cộng trừ ", "→": " đến ", "↔": " đến "}
FRACTIONS = {"½": "một phần hai", "⅓": "một phần ba", "⅔": "hai phần ba", "¼": "một phần tư", "¾": "ba phần tư"}
SYMBOLS |= {sign: f" {said} " for sign, said in FRACTIONS.items()}
SYMBOL = re.compile("[≤≥±→↔½⅓⅔¼¾]")  # `Võ Nguyên Giáp ↔ Đỗ Nhuận` (eo2): a road both ways
NAMED_STAR = re.compile(r'(?<!\w)[dD]ấu[^\S\n]*(?:\(\*\)|“\*”|"\*"|\*(?!\*))')
PERCENT_GLOSS = re.compile(r"(?<=phần trăm)[^\S\n]*\(%\)", re.I)  # `tỉ lệ phần trăm (%)`
# `tỷ lệ % phân chia`: no number before it; `Chlorine70%` (dc1): the number glued to a word was read without it
BARE_PERCENT = re.compile(r"(?<=[^0-9\s])([^\S\n]*)%(?!\w)")  # `% %`: one read sign hid the next (test_idempotent)
ABOUT = re.compile(r"~[^\S\n]*(?=[0-9])")  # `(~44,42%)`
NUMBER_OF_YEAR = re.compile(
    r"(?=[sStTđĐqQcC])\b(số|tuần|đợt|quý|định|quyết|thông tư|chỉ thị)[^\S\n]+([0-9]{1,4})/((?:19|20)[0-9][0-9])\b(?!/)",
    re.I,
)
# `đợt 1.2021`, `kỳ 2-2025` (bd1 and older): a period's number and its year joined by a dot or a hyphen
PERIOD_OF_YEAR = re.compile(
    r"(?=[tTđĐqQkK])\b(tuần|đợt|quý|kỳ)[^\S\n]+([0-9]{1,2})[.-]((?:19|20)[0-9][0-9])\b(?![./-][0-9])", re.I
)
FRACTION = re.compile(rf"(?=[0-9]/[0-9])(?<![0-9/.,])([0-9])/([0-9]{{1,2}})(?=[^\S\n]+{WHOLE_SPACED}\b)")
LOWER = "".join(c for c in map(chr, range(0x61, 0x1EFA)) if c.islower())  # Vietnamese small letters too
# a person's title (they end in S) is also followed by a name in capitals, as a signature prints it (`KS. NGUYỄN
# HỮU VÂN`, de2), not by a second title (`PGS.TS`, `TS.BS` are the lexicon's); a place's title is not (`TP. HCM`)
PAIRED = r"(?:TS|BS|GS|KS|ThS|CK)\b"
TITLE_DOT = re.compile(
    rf"(?=[TtBGPK])\b(TP|Tp|TX|BS|ThS|GS|PGS|TS|KS)\.[^\S\n]?"
    rf"(?=[^\W0-9_{LOWER}][{LOWER}]|(?:(?<=S\.)|(?<=S\.[^\S\n]))(?!{PAIRED})[^\W0-9_{LOWER}]{{2}})"
)
# the lines with a title: its last letter and dot first, four literals `re` scans for (eight `in` and a pattern led
# by a class were three times as slow)
TITLE_LINES = hint_of(r"P\.(?<=TP\.)", r"p\.(?<=Tp\.)", r"X\.(?<=TX\.)", r"S\.(?<=[BhGTK]S\.)")
# `nội Công (工), ngoại Quốc (国)` (kd1, a temple's history): Chinese characters in brackets, after the word they write
HAN_GLOSS = re.compile(r"[^\S\n]*\([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+\)")
# `11h ngày 01 ÷ 17h ngày 01`, `18h ngày 05÷ 16h` (jz1, a sluice's schedule): the division sign between two numbers
DIVISION_RANGE = re.compile(r"÷(?:(?<=[0-9]÷)|(?<=[0-9][^\S\n]÷))[^\S\n]?(?=[0-9])")


@digits_only
@on_lines_matching(*(rf"{dash}(?=[^\S\n]*(?:{RIGHT_START}|{LEVEL_WORD}))" for dash in "-–"))  # LEVEL_HINT's lines too
def join_same_kind_ranges(text: str, ctx: Context) -> str:
    """`1,79%-1,86%`, `100.000 đồng - 240.000 đồng/tháng`, `8h30 - 9 giờ`, `31/7-6/8`, `43/106- 43/98`,
    `31.12.2019 - 0 giờ`: a dash between two percentages, amounts, times, day/months or house numbers is
    "đến". The voice would otherwise pause there (or drop the dash) and the span would sound like two values.
    """
    text = on_lines_with(DASH_HINT, text, _join_ranges)
    return on_lines_with(LEVEL_HINT, text, lambda line: LEVEL_RANGE.sub(r"\1 đến ", line))


def _join_ranges(line: str) -> str:
    """Each dash is looked at once, its two sides against each kind (a dash is rare, a digit is not)."""
    out, done = [], 0
    for dash in DASH_MARK.finditer(line):
        at = dash.start()
        if at < done or not any(_same_kind(line, at, kind, left, right) for kind, left, right in KINDS):
            continue
        out += [line[done:at].rstrip(), " đến "]
        done = len(line) - len(line[at + 1 :].lstrip())
    return "".join(out) + line[done:]


def _same_kind(line: str, at: int, kind: str, left: re.Pattern[str], right: re.Pattern[str]) -> bool:
    """Both sides of the dash are of `kind`; a year before a time only in a span opened by "từ"
    (`08/11/2016 - 21:10` stamps a posting, `từ 17 giờ 31.12.2019 - 0 giờ` is a span)."""
    if not (right.match(line, at + 1) and left.search(line, max(0, at - 28), at)):
        return False
    return kind != "year" or FROM.search(line, 0, at) is not None


@digits_only
# only a spaced or long dash changes: `Covid-19` stays
@on_lines_matching(r"c(?i:ovid)(?:[^\S\n]+[-–]|–|-[^\S\n])", r"C(?i:ovid)(?:[^\S\n]+[-–]|–|-[^\S\n])")
def join_spaced_disease_numbers(text: str, ctx: Context) -> str:
    """`Covid -19`, `Covid – 19`: the dash names the disease's year, as in `Covid-19`; the spaced one was read
    "cô vít âm mười chín" (a sign error) or with a pause, where every annotator said "cô vít mười chín"."""
    return SPACED_DISEASE_NUMBER.sub(r"\1-", text)


# `Đồng Văn - 0,3 độ C`: a dash spaced on both sides after a word, before a temperature, on a line about the cold.
SPACED_DASH = r"(?<=[^\W0-9_])([^\S\n]+)[-–][^\S\n]+"  # after a word, spaced on both sides
SPACED_MINUS = re.compile(rf"{SPACED_DASH}(?=[0-9]+(?:,[0-9]+)?[^\S\n]*(?:độ[^\S\n]*C\b|°|º))")
COLD = re.compile(r"thấp nhất|rét|băng giá|sương muối|lạnh|dưới 0|xuống", re.IGNORECASE)
# `Sa Pa - 0,5 độ C; Bắc Hà 4 độ C` (bb1, v1): in a list of places' temperatures the next with no dash before it,
# the dash is no separator of the list but the first one's minus, cold word on the line or not (a frost's single
# digit: no place in the country is ever 25 below)
LISTED_MINUS = re.compile(
    rf"{SPACED_DASH}(?=[0-9](?:,[0-9]+)?[^\S\n]*độ[^\S\n]*C\b[^\S\n]*[;,][^\n;\-–]*?[^\S\n][0-9]+(?:,[0-9]+)?[^\S\n]*độ[^\S\n]*C\b)"
)
# `là - 0,9 độ C`, `ở mức - 0,5 m`: after a word that asks for a value (a copula, a preposition, a verb of change)
# the dash can neither close a range nor part a place from its reading, on any line.
SPACED_SIGN_AFTER_LEAD = re.compile(
    r"(?i)\b(là|ở|với|mức|xuống|đến|tới|khoảng|chỉ|dưới|còn|đạt|lên|giảm|tăng|từ)([^\S\n]+)[-–][^\S\n]+"
    r"(?=[0-9]+(?:,[0-9]+)?[^\S\n]*(?:độ[^\S\n]*C\b|°|º|m\b|cm\b|mét\b))"
)


@digits_only
@on_lines_matching(
    *(rf"{dash}[^\S\n]+[0-9]+(?:,[0-9]+)?[^\S\n]*(?i:độ|°|º|c?m)" for dash in "-–")
)  # `- 2 độ C`, `- 1 m`
def keep_spaced_cold_signs(text: str, ctx: Context) -> str:
    """`nền nhiệt thấp nhất tại Đồng Văn - 0,3 độ C`: on a line about the cold, a dash spaced on both sides between a
    place and a temperature is its minus (the annotator of v1 read "âm"); read as a pause, the frost became a
    warmth: a sign error. Elsewhere such a dash may part a place from its reading, so only where the line is cold,
    or after a word that asks for a value (`nhiệt độ tại đây là - 0,9 độ C`, ab1; `ở mức - 0,5 m`), which no range
    ends on and no reading follows."""
    lines = text.split("\n")
    signed = (SPACED_MINUS.sub(r"\1−", line) if COLD.search(line) else LISTED_MINUS.sub(r"\1−", line) for line in lines)
    return "\n".join(SPACED_SIGN_AFTER_LEAD.sub(r"\1\2−", line) for line in signed)


YEAR = re.compile(r"(?:19|20)[0-9][0-9](?![0-9]|[.,][0-9])")


@digits_only
@on_lines_matching(*(rf"{dash}(?<![^ \t\n(\[:;=,/]{dash})[0-9]" for dash in "-–"), r"−[0-9]")  # after what `read` wants
def keep_signs(text: str, ctx: Context) -> str:
    """`-2,1 độ C`, `−7°C`, `mức -0,5 m`: a minus before a number is "âm"; dropped, the cold becomes a warmth.

    Not a sign: a dash inside a word or after a number (`COVID-19`, `29-4`, `3 -5 người`, which the range
    rules read), so the dash counts as a sign only after a space, a bracket or a line's start, with no
    number just before it. U+2212 is always a minus. Nor is a dash between a name and a year (`Festival Bắc Hà
    -2023`, jf2: "âm hai nghìn" was heard): an event's edition, no year below zero."""

    def read(m: re.Match[str]) -> str:
        start = m.start()
        if m.group(0) == "−":
            return "âm "
        before = text[start - 1] if start else "\n"
        if before not in " \t\n([:;=,/":
            return m.group(0)
        previous = text[text.rfind("\n", 0, start) + 1 : start].rstrip(" \t").rsplit(" ", 1)[-1]
        named = previous[:1].isupper() and YEAR.match(text, m.end()) is not None  # `Bắc Hà -2023`: a name's year
        return m.group(0) if named or any(c.isdigit() for c in previous) else "âm "

    return SIGN.sub(read, text)


def read_roman_headings(text: str, ctx: Context) -> str:
    """`I. Tình hình thủy văn`, `II. CÁC KHOẢN THU`: a Roman numeral heading a line numbers a part, "Hai.".

    Left alone it was spelled "i i" (or read as the initial "i"); only a numeral followed by a word in
    capitals opens a part, so `V. I. Lê-nin` is not one. A school's or a commune's plan marks its parts with a
    slash too (`IV/ Chế độ ưu tiên`) or glues the dot to a heading in capitals (`III.CÁCH THỰC HIỆN`), every
    annotator reading the part's number; those take I, V and X only, as `C/` may be a lettered heading. So does a
    dash after the numeral, `I - Mục đích, yêu cầu:` (af2), I and V only: `X - Quang` is an X-ray. With a space
    only, a whole heading in capitals (`I CĂN CỨ PHÁP LÝ`, ax2). A numeral of two letters or more alone on its line
    with its dot heads the part too (`II.`, ii2: the heading's words wrapped to the next line; 3 lines of the corpus).
    """

    def read(m: re.Match[str]) -> str:
        value = roman(m.group(2) or m.group(3) or m.group(4) or m.group(5))
        if value is None or (m.group(5) and not _capital_heading(m.string, m.end())):
            return m.group(0)
        return f"\n{_part(m.group(1), value, ctx)} "

    def alone(m: re.Match[str]) -> str:
        value = roman(m.group(2))
        return m.group(0) if value is None else f"\n{_part(m.group(1), value, ctx)}"

    lines = "\n" + text  # a line break before each line, the first too: the patterns open on it
    lines = ROMAN_ALONE.sub(alone, lines) if "." in text else lines
    return ROMAN_HEADING.sub(read, lines)[1:]


def _part(indent: str, value: int, ctx: Context) -> str:
    """A part's number as its heading says it, "Hai.", where the line's indent was."""
    return f"{indent}{read_int(value, ctx.style).capitalize()}."


def _capital_heading(text: str, start: int) -> bool:
    """`I CĂN CỨ PHÁP LÝ` (ax2): with no mark after the numeral, only a whole line in capitals with a Vietnamese
    letter is a heading (`V I P`, `X QUANG` are not parts)."""
    end = text.find("\n", start)
    rest = text[start:] if end < 0 else text[start:end]
    return rest.isupper() and not rest.isascii() and len(rest.split()) >= 2


def read_symbols(text: str, ctx: Context) -> str:
    """`≤0,09%`, `≥ 5 người`, `±2`, `A → B`, `tiêm ½ liều`: a comparison sign or a fraction sign is words ("một
    phần hai", as `1/2` is read); the voice drops it silently. Half a day or a month is "nửa" (`½ tháng`, `½ ngày`:
    5 spans of 5, jd2 and ak1; before other nouns annotators said "một phần hai" or "một nửa")."""
    text = HALF_PERIOD.sub("nửa ", text) if "½" in text else text
    return SYMBOL.sub(lambda m: SYMBOLS[m.group(0)], text)


HALF_PERIOD = re.compile(r"½[^\S\n]*(?=(?:ngày|tháng|năm|giờ|tuần|buổi)\b)")


@on_lines_matching(r"ấu[^\S\n]*[(“\"]?\*")
def read_named_stars(text: str, ctx: Context) -> str:
    """`các ô có gắn dấu (*) là bắt buộc`, `đánh dấu “*”`: a star a form names after "dấu" is the word "sao"
    (bb2: 2 spans of 2); dropped as a decoration, the sentence says "marked with" and nothing."""
    return NAMED_STAR.sub(lambda m: m.group(0)[:3] + " sao", text)


@on_lines_matching("%")
def read_bare_percents(text: str, ctx: Context) -> str:
    """`tỷ lệ % phân chia`, `trích % lên`: a percent sign with no number before it is the word "phần trăm"; in
    `tỉ lệ phần trăm (%)` it only repeats the word just said (the annotators of b to w agree, 3 of 3)."""
    return read_left_percents(PERCENT_GLOSS.sub("", text), ctx)


@on_lines_matching("%")
def read_left_percents(text: str, ctx: Context) -> str:
    """A percent sign the number rules left after a word (`0-%` is "không %" by then): "phần trăm", so that
    normalizing twice changes nothing and no sign is left for the voice to skip (found by the idempotency test)."""
    return BARE_PERCENT.sub(lambda m: f"{m.group(1) or ' '}phần trăm", text)


@digits_only
@on_lines_matching("~")
def read_tildes(text: str, ctx: Context) -> str:
    """`(~44,42%)`: a tilde before a number means "about", "khoảng"; the voice would drop it."""
    return ABOUT.sub("khoảng ", text)


@digits_only
def read_numbers_of_a_year(text: str, ctx: Context) -> str:
    """`Nghị quyết số 11/2024`, `Nghị định 36/2009`, `tuần 43/2022`, `quý 2/2025`, `đợt 1.2021`: the number of a
    document, week or quarter of a year, "số mười một năm hai nghìn ...", never the month "tháng mười một" nor a
    pause before the year.
    """
    read = lambda m: f"{m.group(1)} {m.group(2)} năm {m.group(3)}"
    text = on_lines_with(YEAR_HINT, text, lambda line: NUMBER_OF_YEAR.sub(read, line))
    return on_lines_with(PERIOD_YEAR_HINT, text, lambda line: PERIOD_OF_YEAR.sub(read, line))


@digits_only
def read_fractions(text: str, ctx: Context) -> str:
    """`2/3 số đại biểu`, `1/3 mặt đường`, `1/4 số hộ`: a share of a number or of a surface is "hai phần ba", "một
    phần tư", not the date "mồng hai tháng ba"."""
    read = lambda m: f"{read_int(int(m.group(1)), ctx.style)} phần {read_share(int(m.group(2)), ctx.style)}"
    return on_lines_with(FRACTION_HINT, text, lambda line: FRACTION.sub(read, line))


def keep_title_dots(text: str, ctx: Context) -> str:
    """`TP. Hồ Chí Minh`, `TP.Hà Nội`, `TX. Sơn Tây`, `BS. Nguyễn Văn A`, `ThS. Lê B`, `KS. NGUYỄN HỮU VÂN`: the dot
    of a place's or a person's title does not end a sentence.

    Kept, it became a full stop in the middle of the name (a long pause, and "tê pê" when glued).
    """
    return sub_on_hinted_lines(TITLE_LINES, TITLE_DOT, r"\1 ", text)


@digits_only
@on_lines_matching("÷")
def read_division_ranges(text: str, ctx: Context) -> str:
    """`Mở cống: 11h ngày 01 ÷ 17h ngày 01` (jz1: 7 spans of 7, and 3 before it): between two numbers the division
    sign is a range's "đến", as an engineer's table writes `10÷15 m`; it was dropped, and the two times ran on."""
    return DIVISION_RANGE.sub(" đến ", text)


@on_lines_matching(r"\((?=[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff])")
def drop_han_glosses(text: str, ctx: Context) -> str:
    """`theo kiểu nội Công (工), ngoại Quốc (国)` (kd1): a history writes the Sino-Vietnamese word's character after
    it in brackets, for the eye; no Vietnamese voice says it (left, it stood in the script as a sign the voice
    skips or spells), and the word before it is already said."""
    return HAN_GLOSS.sub("", text)
