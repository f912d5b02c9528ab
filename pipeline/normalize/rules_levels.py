"""Flood levels, glued numerals and units, section numbers and dates of bulletins (issue 29, round 17): `mức BĐ1-BĐ2`,
`đã lên trên BĐ`, `HĐND tỉnh khóaXII`, `0,5-1lít/m2`, `(2021-09-10)`, `SDG 2.4.1`, `từ ngày 31-3 đến 2-4`. Shapes
the annotators of every batch read one way and the rules read another; `normalize.RULES` gives the order."""

from __future__ import annotations

import re

from .context import Context
from .lines import digits_only, hint_of, on_lines_matching, on_lines_with, sub_on_hinted_lines
from .numbers import read_decimal, read_int, read_month

LEVEL = r"BĐ[^\S\n]?(?:[1-5]|I{1,3}|IV|V)(?![\w])"
# `BĐ1-BĐ2`, `BĐ 2 – BĐ 3`: the dash between two alarm levels; the pattern opens with the literal. The first may be
# said in words already (`báo động (BĐ)1-BĐ2`, dm1: its bracket dropped as the words' abbreviation)
LEVEL_RANGE = re.compile(rf"((?:{LEVEL}|báo động[^\S\n]?[1-5](?![\w])))[^\S\n]*[-–][^\S\n]*(?={LEVEL})")
# `đã lên trên BĐ và`: a bare level after a word of height, no number after it.
BARE_LEVEL = re.compile(r"\b(trên|dưới|vượt|mức)[^\S\n]+BĐ\b(?![^\S\n]?(?:[0-9]|[IV]+\b))", re.IGNORECASE)
# `khóaXII`: a page glued the term's numeral to the word; the lookahead keeps `khóa` and its numeral apart.
GLUED_TERM = re.compile(r"[IVXL](?<=[Kk]hóa[IVXL]|[Kk]hoá[IVXL])(?=[IVXL]{0,5}\b)")  # the numeral first: a fast scan
GLUED_TERM_HINT = hint_of("óa[IVXL]", "oá[IVXL]")  # two scans for a literal, where 8 `in` were
# `sức gió cấp 9/10`: two wind or alarm levels, the second the next one up; the level word first
LEVEL_SLASH = re.compile(r"(?<![^\W0-9_])([cC]ấp[^\S\n]+)([0-9]{1,2})([/,])([0-9]{1,2})\b(?![/0-9]|,[0-9])")
# `tối thiểu 3.2/4.0`: a grade over its scale; the scale's `.0` says no day and month is meant
GRADE_ON_SCALE = re.compile(r"[0-9](?<![0-9.,/][0-9])([.,])([0-9]{1,2})/(4|5|10)\1(0)(?![0-9/]|[.,][0-9])")
GLUED_LITRE = re.compile(r"([0-9])(?=lít\b)")
# `đường 30/4`, `Công viên 14/8`: a street, square or park named after a day (not `thành phố 30/4`, `trên đường`);
# a bridge (`cầu 30/4` in Cần Thơ, du1: 2 spans), not a demand (`yêu cầu 30/4`, `nhu cầu`)
PLACE_WORDS = r"đường|phố|công viên|quảng trường|sân vận động|(?<!yêu )(?<!nhu )cầu"
# With a dash a place is named only after a day the country names places after (`công viên 30-4`, ai2 and bl2): the
# dash is also a range (`đường 2-3 làn`, `đường 5-7m`)
NAMING_DAYS = ("30-4", "1-5", "2-9", "19-8", "3-2", "26-3", "8-3", "27-7", "22-12", "20-11", "10-10", "19-5", "1-6")
PLACE_HINT = re.compile(r"(?:ờng|phố|viên|động|ầu)[^\S\n][0-9]")  # a fast scan: a place word's end, a digit
PLACE_BY_DAY = re.compile(
    rf"(?<![\w])(?<!thành )(?<!trên )((?:{PLACE_WORDS})[^\S\n]+)([1-9]|[12][0-9]|3[01])"
    r"(?:/([1-9]|1[0-2])(?![0-9/]|[.,-][0-9])|-([1-9]|1[0-2])(?![\w/-]|[.,][0-9]))",
    re.IGNORECASE,
)

# `RON95-3`, `E5RON92`, `RON 95-III`, `E10`: a petrol's octane grade and its ethanol share, the emission level after
FUEL_GRADE = re.compile(
    r"(?=[ER])\b(?:E([0-9]{1,2})[^\S\n]?)?RON[^\S\n]?([0-9]{2,3})(?:[^\S\n]?-[^\S\n]?(IV|V|III|II|[2-5]))?(?![\w-])"
)
EMISSION_LEVELS = {"II": "2", "III": "3", "IV": "4", "V": "5"}


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
    if not GLUED_TERM_HINT.search(text):
        return text
    return GLUED_TERM.sub(lambda m: f" {m.group(0)}", text)


@digits_only
@on_lines_matching(r"ấp[^\S\n]+[0-9]{1,2}[/,][0-9]")  # a literal first: a fast scan (the pattern opens looking behind)
def read_level_slashes(text: str, ctx: Context) -> str:
    """`với sức gió cấp 9/10, giật cấp 13`: a slash between a level and the next one after "cấp" is "cấp chín đến
    mười" (batch ad1); the date rules made it "cấp ngày mồng chín tháng mười", a day where a storm's force was
    written. Only the next level up: `cấp 1/2` of a document stays what the other rules make of it. A comma there
    lists the two (`các địa bàn có dịch cấp 2,3`, gl2): "cấp hai, ba", no level is a decimal ("hai phẩy ba")."""

    def read(m: re.Match[str]) -> str:
        low, high = int(m.group(2)), int(m.group(4))
        joint = " đến " if m.group(3) == "/" else ", "
        return f"{m.group(1)}{read_int(low)}{joint}{read_int(high)}" if high == low + 1 else m.group(0)

    return LEVEL_SLASH.sub(read, text)


@digits_only
@on_lines_matching(r"/(?:(?<=[.,][0-9]/)|(?<=[.,][0-9]{2}/))(?:4|5|10)[.,]0")  # GRADE_ON_SCALE's slash first
def read_grades_on_a_scale(text: str, ctx: Context) -> str:
    """`có điểm trung bình tối thiểu 3.2/4.0`: a grade over its scale is "ba phẩy hai trên bốn", as the annotator of
    d2 wrote it (the scale's ".0" is not said); the date rules read `2/4` as the second of April, a day where a
    grade was written. A scale written with its `.0` is never a date, so only that shape is taken."""
    if "/" not in text:
        return text

    def read(m: re.Match[str]) -> str:
        whole, scale = m.group(0).split(m.group(1))[0], int(m.group(3))
        if float(f"{whole}.{m.group(2)}") > scale:
            return m.group(0)
        return f"{read_decimal(whole, m.group(2), ctx.style)} trên {read_int(scale, ctx.style)}"

    return GRADE_ON_SCALE.sub(read, text)


@digits_only
def unglue_litres(text: str, ctx: Context) -> str:
    """`liều lượng 0,5-1lít/m2`: a number glued to lít is a volume, as `1 lít/m2` is ("một lít một mét vuông"); glued,
    the range and the slash after the unit were not seen and the voice said "m hai"."""
    if "lít" not in text:
        return text
    return GLUED_LITRE.sub(lambda m: f"{m.group(1)} ", text)


ISO_HINTS = {
    mark: re.compile(rf"{re.escape(mark)}[01][0-9]{re.escape(mark)}[0-3][0-9]") for mark in "-/."
}  # a literal first
ISO_DATE = re.compile(
    r"(?<![0-9.])((?:19|20)[0-9][0-9])([-/.])(0[1-9]|1[0-2])\2(0[1-9]|[12][0-9]|3[01])(?![0-9/-]|\.[0-9])"
)
CHAIN_HINT = re.compile(r"\.[0-9][0-9]?\.[0-9]")  # the dot first: a fast scan for the lines with a chain
CHAIN = re.compile(r"([0-9](?<![0-9.,][0-9])[0-9]?(?:\.[0-9]{1,2}){2})(?![0-9]|[.,][0-9])")
# `từ ngày 31-3 đến 2-4`: a day and month after "đến" when a dash date opens the span.
DASH_DATE_END = re.compile(r"(đến[^\S\n]+)([0-9]{1,2})-([0-9]{1,2})(?![0-9/.-])")  # the word first: a fast scan
DASH_DATE_START = re.compile(r"\bngày[^\S\n]+[0-9]{1,2}-[0-9]{1,2}[^\S\n]+$")
# `từ 5 đến 7-2025`: the start of a span that ends on a month and year is a month of that year
MONTH_SPAN_HINT = re.compile(r"[/-](?<=[0-9][/-])[0-9]{4}")  # the mark first, as the month-year rule's scan
MONTH_SPAN = re.compile(r"(t(?<!\wt)ừ[^\S\n]+)([0-9]{1,2})([^\S\n]*(?:đến|-|–)[^\S\n]*)([0-9]{1,2})(?=[/-][0-9]{4}\b)")


@digits_only
def read_iso_dates(text: str, ctx: Context) -> str:
    """`2 năm trước (2021-09-10)`: an app store's year-month-day is the date "ngày mười tháng chín năm hai nghìn
    không trăm hai mươi mốt", as the annotators read it; turned the Vietnamese way round for the date rules, it was
    otherwise a year and a range "chín đến mười". So is one with slashes (`2026/01/23 16:04`, a page's stamp, ex1) or
    dots (`2025.04.27 Thích 1`, ir2: "hai nghìn không trăm hai mươi lăm phẩy không bốn")."""
    read = lambda m: f"{int(m.group(4))}/{int(m.group(3))}/{m.group(1)}"
    for mark, hint in ISO_HINTS.items():
        text = on_lines_with(hint, text, lambda line: ISO_DATE.sub(read, line)) if mark in text else text
    return text


@digits_only
def read_number_chains(text: str, ctx: Context) -> str:
    """`chỉ tiêu SDG 2.4.1`: three small numbers joined by dots are an indicator's or a section's number, "hai chấm
    bốn chấm một"; read as numbers the first two became a decimal "hai phẩy bốn". A date has a longer year."""
    if "." not in text:
        return text
    read = lambda m: " chấm ".join(read_int(int(part), ctx.style) for part in m.group(1).split("."))
    return on_lines_with(CHAIN_HINT, text, lambda line: CHAIN.sub(read, line))


# `Từ ngày 28- 3 đến 1- 4` (ea2): a day and a month, a space after their dash, after "ngày" or its "đến"
DAY_DASH_SPACE_LINES = re.compile(r"-(?<=[0-9]-)[^\S\n]+[0-9]")  # the dash first: a literal, not each digit
DAY_DASH_SPACE = re.compile(
    r"([0-9](?<![0-9.,][0-9])[0-9]?)-[^\S\n]+([0-9]{1,2})(?![0-9/-]|[.,][0-9])"
)  # a digit first: a fast scan
DAY_OR_TO_BEFORE = re.compile(r"(?:ngày|đến)[^\S\n]$", re.IGNORECASE)


@digits_only
def read_dash_date_ends(text: str, ctx: Context) -> str:
    """`từ ngày 31-3 đến 2-4`: the end of a span whose start is a dash date is a date too, "đến ngày mồng hai tháng
    tư"; alone, `2-4` was a range "hai đến bốn". Written with a slash, the date rules read it. With a space after
    each dash (`Từ ngày 28- 3 đến 1- 4`, ea2: "hai mươi tám ba đến một đến bốn") the dates are closed first."""
    if "đến" not in text:
        return text
    if "- " in text:
        text = sub_on_hinted_lines(DAY_DASH_SPACE_LINES, DAY_DASH_SPACE, _closed_day, text)

    def read(m: re.Match[str]) -> str:
        opened = DASH_DATE_START.search(text, max(0, m.start() - 16), m.start())
        return f"{m.group(1)}{m.group(2)}/{m.group(3)}" if opened else m.group(0)

    return DASH_DATE_END.sub(read, text)


def _closed_day(m: re.Match[str]) -> str:
    opened = DAY_OR_TO_BEFORE.search(m.string, max(0, m.start() - 5), m.start())
    return f"{m.group(1)}-{m.group(2)}" if opened else m.group(0)


@digits_only
def read_bare_month_spans(text: str, ctx: Context) -> str:
    """`(từ 5 đến 7-2025)`: "từ tháng năm đến tháng bảy năm ...", as al1's annotator said it; the month-year rule
    read the end alone and left the start a bare "năm". Both must be months, the first before the second; written
    `từ tháng 5 đến 7-2025`, the span is the month rules' shape."""

    def read(m: re.Match[str]) -> str:
        first, last = int(m.group(2)), int(m.group(4))
        if "-" in m.group(3) and m.string[m.end()] == "-":
            return m.group(0)  # `từ 1-9-2022 đến hết ngày 2-9-2022` (jx1): one date, its day, month and year dashed
        return f"{m.group(1)}tháng {m.group(0)[len(m.group(1)) :]}" if 1 <= first < last <= 12 else m.group(0)

    return on_lines_with(MONTH_SPAN_HINT, text, lambda line: MONTH_SPAN.sub(read, line))


@digits_only
def read_places_named_by_a_day(text: str, ctx: Context) -> str:
    """`đường 30/4`, `Công viên 14/8`, `công viên 30-4,` (ai2, bl2): a street, square or park named after a day is
    its name, "đường ba mươi tháng tư", as the annotators wrote it: no "ngày" before it (the date rule says "ngày"
    before a bare day/month, and the place is no day of the notice), nor "mồng" (the street `3/2` is "Ba tháng
    Hai")."""
    style = ctx.style

    def read(m: re.Match[str]) -> str:
        if m.group(4) and f"{m.group(2)}-{m.group(4)}" not in NAMING_DAYS:
            return m.group(0)
        return (
            f"{m.group(1)}{read_int(int(m.group(2)), style)} tháng {read_month(int(m.group(3) or m.group(4)), style)}"
        )

    return on_lines_with(PLACE_HINT, text, lambda line: PLACE_BY_DAY.sub(read, line))


# the letter first, in either case (a scan in C: `re` scans for no letter of a pattern that ignores case)
LEVEL_CHAIN = re.compile(r"([cC](?<!\w[cC])(?i:ấp))[^\S\n]+([0-9]{1,2})-([0-9]{1,2})-([0-9]{1,2})\b")


@digits_only
@on_lines_matching("ấ[pP]", "Ấ[pP]")  # (?i:cấp)
def read_level_chains(text: str, ctx: Context) -> str:
    """`gió mạnh dần từ cấp 6-7-8`: a rising wind level, "sáu, bảy, tám", not a range with a minus in it."""
    return LEVEL_CHAIN.sub(lambda m: f"{m.group(1)} {m.group(2)}, {m.group(3)}, {m.group(4)}", text)


@digits_only
def read_fuel_grades(text: str, ctx: Context) -> str:
    """`xăng RON95-3`, `E5RON92`, `RON 95-III`: a petrol's octane is a number ("rôn chín mươi lăm"), its ethanol
    share a letter and a number ("e năm"), the emission level after the dash its own number ("ba"), as the
    annotators of a fuel-price bulletin read them (an2); read as a code, `RON95` was "e rờ o en nờ chín năm"."""

    def read(m: re.Match[str]) -> str:
        ethanol = f"e {read_int(int(m.group(1)))} " if m.group(1) else ""
        level = EMISSION_LEVELS.get(m.group(3) or "", m.group(3) or "")
        return f"{ethanol}rôn {read_int(int(m.group(2)))}" + (f" {read_int(int(level))}" if level else "")

    return FUEL_GRADE.sub(read, text) if "RON" in text else text
