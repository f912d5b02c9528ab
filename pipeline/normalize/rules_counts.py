"""Rates per population, ranges of amounts and hours, ranges that repeat their word and lunar years (issue 29,
round 14; the amount and hour ranges moved here from rules_ranges, which keeps the dates).

`489,4 ca mắc/100.000 dân`, `từ 7 tháng - 12 tháng`, `từ Thứ 2 - Thứ 6`, `(nhằm ngày 18/5/Đinh Dậu)`, `15-20km`,
`11-14h`, `7.200 - 7.300 đồng/kg`: shapes every annotator of every batch reads one way and the general rules read
another. Each rule says why;
`normalize.RULES` gives the order.
"""

from __future__ import annotations

import re

from .context import Context
from .lines import digits_only, hint_of, on_lines_matching, on_lines_with, spaced_after
from .numbers import DIGITS, NUM, NUM_WORD, value
from .rules_numbers import CURRENCY_HINTS, NUMBER_DASH_HINTS, _number

# `-200-2,5%`, `+1.000+6,3%`: a price table's change and its share, their cells run together (the change may have
# been read "giảm" already)
SIGNED_CELLS = re.compile(r"([-+]?)([0-9]{1,3}(?:\.[0-9]{3})+|[0-9]+)([-+])([0-9]+(?:,[0-9]+)?)[^\S\n]?%")
SIGN_WORDS = {"-": "âm ", "+": "tăng ", "": ""}
# `tháng 3 và 4`, `các tháng 3, 4, 5`: months listed after one "tháng", each a month (`4` is "tư"); not a count after
MONTH_LIST = re.compile(
    r"(t(?<![^\W0-9_]t)háng[^\S\n]+[0-9]{1,2}(?:[^\S\n]*(?:,|và|hoặc)[^\S\n]*(?:[1-9]|1[0-2])\b(?![/.-][0-9]))*"
    r"[^\S\n]*(?:,|và|hoặc)[^\S\n]*)4\b(?![/.,-]?[0-9]|[^\S\n]*(?:ngày|tuần|tháng|năm|giờ|người|lần|%))"
)

# `ca mắc/100.000 dân`: a slash before a round population, `100.000 dân` or `1.000 người`
PER_POPULATION = re.compile(r"[^\S\n]?/[^\S\n]?(?=10{0,2}(?:[.,]?000)+[^\S\n]+(?:dân|người)\b)")
PER_POPULATION_HINT = re.compile(
    r"/[^\S\n]?10{0,2}(?:[.,]?000)+[^\S\n]+(?:dân|người)\b"
)  # the slash first: a fast scan
COUNTED = r"(?:tháng|tuổi|năm|ngày|tuần|giờ|phút|km|kg|m|nghìn|ngàn|triệu|tỷ|tỉ)"  # `600 nghìn – 750 nghìn` (eh1)
# `7 tháng - 12 tháng`: a number and its word, a dash, another number and the same word
SAME_WORD = re.compile(rf"([0-9]+[^\S\n]+({COUNTED}))[^\S\n]*[-–][^\S\n]*(?=[0-9]+[^\S\n]+\2\b)")
# `Thứ 2 - Thứ 6`, `thứ 6 - chủ nhật` (en1): two weekdays by number, or one and Sunday
WEEKDAYS = re.compile(r"\b([Tt]hứ[^\S\n]+[2-7])[^\S\n]*[-–][^\S\n]*(?=[Tt]hứ[^\S\n]+[2-7]\b|[Cc]hủ[^\S\n]+[Nn]hật\b)")
RANGE_DASH = r"[^\S\n]*[-–][^\S\n]*"
UNIT = r"(?:mm|cm|km|m³|m3|m|kg|ha|tấn|‰|°C)"
# `2m – 3m`, `25‰-30‰`, `32°C - 33°C`: an amount and its unit (glued or not), a dash, an amount with the same unit
SAME_UNIT = re.compile(rf"([0-9][0-9.,]*[^\S\n]?({UNIT}))[^\S\n]*[-–][^\S\n]*(?=[0-9][0-9.,]*[^\S\n]?\2(?!\w))")
HOUR_RANGE = re.compile(r"([0-9](?<![\w.,][0-9])[0-9]?)[^\S\n]*[-–][^\S\n]*([0-9]{1,2})h(?![\w0-9])")
MONEY_RANGE = re.compile(rf"({NUM_WORD}){RANGE_DASH}({NUM})(?=[^\S\n]*(?:đồng|đ|VNĐ|VND)(?![\w]))")
# the dash before the second count and its word: a fast scan for the few lines that may hold a range
RANGE_AFTER_DASH = (
    rf"[^\S\n]*(?:[0-9]+[^\S\n]+{COUNTED}\b|[Tt]hứ|[Cc]hủ[^\S\n]+[Nn]hật|[0-9][0-9.,]*[^\S\n]?{UNIT}(?!\w))"
)
RANGE_HINTS = tuple(f"{dash}{RANGE_AFTER_DASH}" for dash in "-–")  # each dash a literal first
RANGE_HINT = hint_of(*RANGE_HINTS)
DIVISION_RANGE = re.compile(r"([0-9])[^\S\n]*÷[^\S\n]*(?=[0-9]|[Kk][Mm][^\S\n]?[0-9])")  # a road's posts too
STEMS = "Giáp|Ất|Bính|Đinh|Mậu|Kỷ|Canh|Tân|Nhâm|Quý"
BRANCHES = "Tý|Sửu|Dần|Mão|Mẹo|Thìn|Tỵ|Tị|Ngọ|Mùi|Thân|Dậu|Tuất|Hợi"
LUNAR_YEAR = re.compile(rf"([0-9]{{1,2}}/[0-9]{{1,2}})[^\S\n]?/[^\S\n]?(?=(?:{STEMS})[^\S\n]+(?:{BRANCHES})\b)")

LUNAR_YEAR_HINT = re.compile(rf"/[^\S\n]?(?:{STEMS})[^\S\n]+(?:{BRANCHES})\b")  # the slash first: a fast scan


@digits_only
def read_rates_per_population(text: str, ctx: Context) -> str:
    """`489,4 ca mắc/100.000 dân`: a rate per a round population is said "trên một trăm nghìn dân", as every
    annotator wrote it; the slash after a word was read as a pause ("ca mắc, một trăm nghìn dân"), which loses the
    rate. "trên", not "một": the figure after the slash is a count of people, not a unit."""
    return on_lines_with(PER_POPULATION_HINT, text, lambda line: PER_POPULATION.sub(" trên ", line))


@digits_only
@on_lines_matching(*RANGE_HINTS)
def read_same_word_ranges(text: str, ctx: Context) -> str:
    """`Bé từ 7 tháng - 12 tháng`, `giá 600 nghìn – 750 nghìn đồng`, `từ Thứ 2 - Thứ 6`: a dash between two counts of
    the same word, or two weekdays, is a range, "đến"; the word repeated after the first number kept the range rules
    from seeing it, and the dash became a pause ("bảy tháng, mười hai tháng")."""
    return on_lines_with(
        RANGE_HINT, text, lambda line: WEEKDAYS.sub(r"\1 đến ", _same_units(SAME_WORD.sub(r"\1 đến ", line)))
    )


def _same_units(line: str) -> str:
    """`cao từ 2m – 3m`, `dao động 25‰-30‰`, `32°C - 33°C`: the unit written on both sides kept the range rules from
    seeing the range, and the dash became a pause ("hai mét, ba mét"); the spans read "đến" (3 of 3; percentages,
    which their own rule reads, 5 of 5)."""
    return SAME_UNIT.sub(r"\1 đến ", line)


@on_lines_matching("÷")
def read_division_sign_ranges(text: str, ctx: Context) -> str:
    """`lượng mưa 336÷500 mm`, `cao hơn 7÷9%`: technical outlooks write a range with the division sign; the spans read
    "đến" (2 of 2) and a notice never divides. Written as a dash it is read by the range rules; left, the voice says
    nothing for it ("ba trăm ba mươi sáu năm trăm"). So are two posts of a road (`đoạn Km20+290 ÷ Km20+330`, fo2)."""
    return DIVISION_RANGE.sub(r"\1-", text)


@digits_only
def read_lunar_year_slashes(text: str, ctx: Context) -> str:
    """`(nhằm ngày 18/5/Đinh Dậu)`: a lunar date names its year by the sixty-year cycle (a stem and a branch); the
    slash before it is the date's own, "ngày mười tám tháng năm Đinh Dậu". Left, it cut the date into "mười tám,
    năm, Đinh Dậu"."""
    return on_lines_with(LUNAR_YEAR_HINT, text, lambda line: LUNAR_YEAR.sub(r"\1 ", line))


# `40-70mm/24 giờ`, `100mm/3h`, `30mm/12giờ`: rain over a span of hours
RAIN_PER_HOURS = re.compile(r"(?<=[0-9])([^\S\n]*mm)[^\S\n]*/[^\S\n]*([0-9]{1,2})[^\S\n]*(?:giờ|h)(?![\w])")


@digits_only
@on_lines_matching(r"mm[^\S\n]*/")
def read_rain_per_hours(text: str, ctx: Context) -> str:
    """`lượng mưa 70-150mm/24 giờ`, `trên 100mm/3h`: a rainfall over so many hours is said "mi li mét trong hai mươi
    tư giờ", as the house guide and the spans say (8 to 2 over the batches: bw1, as1, ai1, ...); the unit rules read
    it as a rate, "trên hai mươi tư giờ" or "một ba giờ"."""
    return RAIN_PER_HOURS.sub(lambda m: f"{m.group(1)} trong {m.group(2)} giờ", text)


# Late, the numbers said: `từ ba trăm nghìn đồng - một tỷ đồng`. "từ" opens a clause (no pause, no "đến" in it)
# that says a number, and a spaced dash leads to a number, a bound (`dưới`, `trước`) or a date's word.
SAID_NUMBER = (
    "(?:" + "|".join((*DIGITS, "mốt", "tư", "lăm", "mười", "mươi", "trăm", "nghìn", "ngàn", "triệu", "tỷ", "tỉ")) + ")"
)
# the ừ of "từ" first (rarer than its t), the t looked back at: a fast scan; not across another "từ", which opens a
# range of its own (`từ đêm qua … đến sáng nay (từ 23h/7/8 - 2h/8/8)`, dx2: the first and its "đến" hid it)
FROM_THEN_DASH = re.compile(
    r"ừ(?<=(?<![^\W0-9_])[Tt]ừ)([^\S\n](?:(?![Tt]ừ\b)[^\n,.;:!?|\-–])+)[^\S\n][-–][^\S\n]+"
    rf"(?=(?:{SAID_NUMBER}|dưới|trên|gần|trước|sau|hết|ngày|mồng|mùng|tháng)\b)"
)
SAID_NUMBER_WORD = re.compile(rf"\b{SAID_NUMBER}\b")
TO_WORD = re.compile(r"\b[Đđ]ến\b")  # the clause has its "đến" already


@on_lines_matching(r"ừ(?<=[Tt]ừ)[^\n]*[^\S\n][-–][^\S\n]")  # "từ", then a spaced dash: the ừ first, a fast scan
def read_dashes_after_from(text: str, ctx: Context) -> str:
    """`phạt tiền từ 300.000 đồng - 01 tỷ đồng`, `từ 1,1 - dưới 1,5 lần`, `Từ ngày 11/03/2019 (Thứ hai) – 15/03/2019`:
    after "từ" and an amount or a date, a dash is the "đến" the "từ" asks for (11 spans of 11); the range rules see
    only a number on each side of it, and a unit, a bound or a weekday between kept them from it, so the dash became
    a pause ("ba trăm nghìn đồng, một tỷ đồng"). Late, once every number is said, whatever stood between them."""
    return FROM_THEN_DASH.sub(_from_to, text)


def _from_to(m: re.Match[str]) -> str:
    opened = m.group(1)
    said = SAID_NUMBER_WORD.search(opened) and not TO_WORD.search(opened)
    return f"ừ{opened} đến " if said else m.group(0)


# `Việt Nam (18.11)`: a day and a month with a dot, alone in brackets; not after a section's or table's word
DAY_DOT_MONTH = r"([12][0-9]|3[01]|0?[1-9])\.(1[0-2]|0?[1-9])"  # `18.11`: a day, a dot, a month
BRACKET_DOT_DATE = re.compile(rf"\((?<!(?:mục|hần|oản|iều|ảng|ình) \(){DAY_DOT_MONTH}\)")


@digits_only
@on_lines_matching(r"\.[0-9]{1,2}\)")  # the dot and the bracket closing: a fast scan
def read_bracketed_dot_dates(text: str, ctx: Context) -> str:
    """`Ngày hội Đại đoàn kết toàn dân tộc Thống nhất Việt Nam (18.11)` (ck2): a day and a month with a dot, alone in
    brackets, are a date, as every such bracket of the corpus is (13 of 13, most after "hôm nay" or "sáng mai", which
    the news-date rule read); after a name it was the decimal "mười tám phẩy mười một". Written with the slash the
    date rules read; `mục (1.2)`, a section's number, and `tăng (1.5)` after a small word are left."""
    return BRACKET_DOT_DATE.sub(_after_a_name, text)


def _after_a_name(m: re.Match[str]) -> str:
    """Only after a name (a word with a capital): after "hôm nay", "cùng ngày" the news-date rules read it already."""
    before = m.string[max(0, m.start() - 24) : m.start()].split()
    return f"({m.group(1)}/{m.group(2)})" if before and before[-1][:1].isupper() else m.group(0)


# `(16.6 âm lịch)`, `(tức 9.2 dương lịch)`: a day and a month with a dot before a calendar's word; not a range's end
# (`15.4 - 27.4 âm lịch`), which the dotted ranges read whole
LUNAR_DOT_DATE = re.compile(
    rf"(?<![0-9.,])(?<![-–])(?<![-–][^\S\n]){DAY_DOT_MONTH}"
    r"(?=[^\S\n]*\(?[^\S\n]*(?:(?:âm|dương)[^\S\n]+lịch|ÂL)\b)"
)


@digits_only
@on_lines_matching(r"âm[^\S\n]+lịch", "ÂL", r"dương[^\S\n]+lịch")
def read_lunar_dot_dates(text: str, ctx: Context) -> str:
    """`từ sáng 28.7 (16.6 âm lịch)` (ie2): a day and a month with a dot before "âm lịch" are a lunar date, as the
    5 such of the corpus are; the slash makes it one for the date rules ("ngày mười sáu tháng sáu âm lịch"), where
    the dot left "mười sáu phẩy sáu", a decimal no calendar has. So is one before "dương lịch", the solar date
    beside a lunar one (`Ngày 13 tháng Giêng (tức 9.2 dương lịch)`, ip2)."""
    return LUNAR_DOT_DATE.sub(r"\1/\2", text)


# `giai đoạn đẻ nhánh - đứng cái`, `giai đoạn trỗ - chín`: two growth stages of a crop, late (the years' ranges read)
STAGE_DASH = re.compile(r"(giai đoạn(?:[^\S\n]+[a-zà-ỹđ]+){1,3})[^\S\n]+[-–][^\S\n]+(?=[a-zà-ỹđ])")


@on_lines_matching(r"giai đoạn [a-zà-ỹđ]")
def read_stage_dashes(text: str, ctx: Context) -> str:
    """`lúa giai đoạn ôm đòng - trỗ bông`, `trỗ - phơi màu` (ck1: 3 spans of 3): after "giai đoạn" a dash between two
    stages of the crop runs from one to the other, "đến", as between two years; it was a pause."""
    return STAGE_DASH.sub(r"\1 đến ", text)


@digits_only
@on_lines_matching(r"-[^\S\n]*[0-9]{1,2}h", r"–[^\S\n]*[0-9]{1,2}h")
def read_hour_ranges(text: str, ctx: Context) -> str:
    """`11-14h`, `18-23h`: hours with the "h" written once, after the second; "mười một đến mười bốn giờ"."""

    def read(m: re.Match[str]) -> str:
        first, last = int(m.group(1)), int(m.group(2))
        if not (first < last <= 24):
            return m.group(0)
        return f"{_number(m.group(1), ctx.style)} đến {_number(m.group(2), ctx.style)} giờ"

    return HOUR_RANGE.sub(read, text)


@digits_only
@on_lines_matching(*CURRENCY_HINTS)
def read_money_ranges(text: str, ctx: Context) -> str:
    """`7.200 - 7.300 đồng/kg`: a range of prices keeps its "đến" (the amount rule reads the second number)."""
    return MONEY_RANGE.sub(lambda m: f"{_number(m.group(1), ctx.style)} đến {m.group(2)}", text)


@digits_only
@on_lines_matching(*NUMBER_DASH_HINTS)  # the range's dash, a number on each side
def read_unit_ranges(text: str, ctx: Context) -> str:
    """`15-20km`, `500-700mm`, `3 - 5 m`: the range keeps its "đến" and the unit is read after it."""
    return ctx.unit_range_pattern.sub(
        lambda m: f"{_number(m.group(1), ctx.style)} đến {_number(m.group(2), ctx.style)} {ctx.units[m.group(3)]}",
        text,
    )


@on_lines_matching(*spaced_after("/", "ồng", "đ"))
def read_per_units(text: str, ctx: Context) -> str:
    """`đồng/kg`, `đồng/m2`, `500 đ/kg`: a price per unit says "một" and the unit's name, never the letters k g."""
    return ctx.per_unit_pattern.sub(lambda m: f"đồng một {ctx.units[m.group(2)]}", text)


@digits_only
@on_lines_matching("háng")  # (t)háng, a literal
def read_month_lists(text: str, ctx: Context) -> str:
    """`trong tháng 3 và 4` (gi2), `vào các tháng 3, 4, 5` (an older batch): months listed after one "tháng" are
    months, and the fourth is "tư" (the guide: 234 spans to 0), never "bốn", the number it was read as."""
    return MONTH_LIST.sub(r"\1tư", text)


@digits_only
@on_lines_matching(r"%")
def read_signed_cells(text: str, ctx: Context) -> str:
    """`7.800 -200-2,5%`, `16.000 -1.000-5,88%`, `17.000 +1.000+6,3%` (ga1: a price table whose cells lost their
    breaks): a change and its percentage, each with its sign; the range rule read "hai trăm đến hai phẩy năm phần
    trăm" and lost both signs (a range never runs down, from 200 to 2.5). Read as the guide reads a table's signs:
    minus "âm", plus "tăng"."""

    def read(m: re.Match[str]) -> str:
        before = m.string[m.start() - 1 : m.start()]
        glued = bool(before) and (before.isalnum() or before in ".,")  # `K12-3%`, `1.5-2%`: part of another token
        if glued or value(m.group(2)) <= value(m.group(4)):
            return m.group(0)
        first, second = (_number(m.group(k), ctx.style) for k in (2, 4))
        return f"{SIGN_WORDS[m.group(1)]}{first}, {SIGN_WORDS[m.group(3)]}{second} phần trăm"

    return SIGNED_CELLS.sub(read, text)
