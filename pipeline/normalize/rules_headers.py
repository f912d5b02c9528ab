"""Dates and numbers as headers, lists and standards write them (issue 29, round 10): shapes the annotators agree on.

`20/12/2020 - 20/12/2020 07:28`, `Quang Thanh25/07/2021`, `tháng 12/ 2023`, `hợp đồng 01 - 03 - 05 năm`,
`đến 10.03`, `QCVN 41:2016`, `điều 3.32`. Each rule says why; `normalize.RULES` gives the order.
"""

from __future__ import annotations

import re

from .context import Context
from .day_word import with_ngay
from .lines import digits_only, on_lines_matching, on_lines_with, sub_on_hinted_lines
from .numbers import read_digits, read_int, read_month
from .rules_numbers import NUMBER_DASH_HINTS, _day, _day_month, _valid_date, _valid_day
from .rules_ranges import AMOUNT_AFTER

# `1/14/2022 5:34:00 PM` (ju2), `2/13/2015 3:15:22 PM`: a portal's software writes the month first; a second number
# no month can be (13 to 31) says so
MONTH_FIRST = re.compile(r"(?<![0-9/.])(1[0-2]|0?[1-9])/(1[3-9]|2[0-9]|3[01])/([0-9]{4})(?![0-9/])")
# `Tin tức thế giới 24-9:` (jv1): a day past the twelfth, a dash, a month, then a pause: no range runs down
DAY_DASH_MONTH = re.compile(  # not after "đến": `từ 1-3 đến 31-3` (ec1) is a span the date rules pair
    r"-(?<=(?<![0-9.,/:-])(?:1[3-9]|2[0-9]|3[01])-)(?<![đĐ]ến [0-9][0-9]-)(0?[1-9]|1[0-2])(?=[^\S\n]*(?:[:;,)]|$))",
    re.M,
)
T_MONTH = re.compile(
    r"(?<![\w/.-])T([0-9]{1,2})(?:[^\S\n]?[-–][^\S\n]?([0-9]{1,2}))?/([0-9]{4})\b"
)  # `T12/2018`: a month
# `04 tháng 12 năm 2013`, `Lần đầu hình thành 1 tháng 1 năm 2013`: a day before its month and year, no "ngày"
BARE_WRITTEN_DAY = re.compile(
    r"(?<![\w/.,-])(?<!ngày )(?<!Ngày )(?<![mM]ùng )(?<![mM]ồng )(?<!trong )(0?[1-9]|10)"  # `trong 3 tháng`: months
    r"(?=[^\S\n]+tháng[^\S\n]+(?:1[0-2]|0?[1-9])[^\S\n]+năm[^\S\n]+[0-9]{4}\b)"
)

# `Từ ngày 12.3-30.4` (ar2), `từ chiều tối 31.7 - 1.8` (gw2): two dotted day-months after "ngày" or a part of the day
# joined by a dash
DOT_DATE_RANGE = re.compile(
    r"(\b(?:ngày|sáng|trưa|chiều|tối|đêm)[^\S\n]+)([0-9]{1,2})\.([0-9]{1,2})[^\S\n]*[-–][^\S\n]*([0-9]{1,2})\.([0-9]{1,2})"
    r"(?![0-9]|[.,][0-9])",
    re.IGNORECASE,
)

MONTH_AND_YEAR = r"/[0-9]{1,2}/[0-9]{4}"  # what follows a day in a full date
# Each pattern starts with a digit (or a rare letter) and looks behind for its cue: a fast scan over a whole text.
SAME_DATE_TWICE = re.compile(rf"([0-9](?<![0-9/][0-9])[0-9]?{MONTH_AND_YEAR})[^\S\n]*[-–][^\S\n]*\1(?![0-9/])")
GLUED_DATE = re.compile(rf"([0-9](?<=[a-zà-ỹđ][0-9])[0-9]?{MONTH_AND_YEAR})\b")
MONTH_GAP = re.compile(r"([0-9](?<=háng[^\S\n][0-9])[0-9]?)(?:[^\S\n]*/[^\S\n]+|[^\S\n]+/[^\S\n]*)(?=[0-9]{4}\b)")
NUMBER_CHAIN = re.compile(
    r"([0-9](?<![0-9/.,:-][0-9])[0-9]?)[^\S\n]*-[^\S\n]*([0-9]{1,2})[^\S\n]*-[^\S\n]*([0-9]{1,2})(?![0-9/.,:-]|[^\S\n]*[-/][0-9])"
)
# a weekday names the date after it (`Chủ nhật 23.5`, ir2): no decimal follows one
WEEKDAY_NAMES = ("Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy")
WEEKDAYS = (
    *(f"{t} {d}" for t in ("thứ", "Thứ") for d in (*WEEKDAY_NAMES, *(d.lower() for d in WEEKDAY_NAMES))),
    *("Chủ nhật", "Chủ Nhật", "chủ nhật"),
)
CUES = ("từ", "Từ", "đến", "Đến", "tới", "Tới", "nay", "qua", *WEEKDAYS)
CUE_DIGIT = "|".join(rf"(?<={w}[^\S\n][0-9])" for w in CUES)
DOTTED_DAY = re.compile(  # after "từ"/"đến": a month written with two digits (`10.03`) is no decimal
    rf"([0-9](?:{CUE_DIGIT})[0-9]?)\.(0[1-9]|1[0-2]|[1-9])(?=[^\S\n]*(?:$|[,;:.)]|đến\b|và\b|năm\b))", re.MULTILINE
)
DOTTED_DAY_LINES = re.compile(r"\.(?<=[0-9]\.)[0-9]{1,2}(?![0-9])")  # its dot first, where DOTTED_DAY tries each digit
DATE_WORD_BEFORE = re.compile(r"(?<!\w)(?:ngày|tháng)(?!\w)")  # `ngày 11.7` earlier on the line, read or not
STANDARD_NUMBER = r"[0-9]{1,3}(?:-[0-9]{1,2})?"
# `QCVN 02-19 và 02-20: 2014` (ho1): two standards of one year, the year after the last
STANDARD = re.compile(
    rf"(?=[QT]CVN)\b(QCVN|TCVN)[^\S\n]+({STANDARD_NUMBER}(?:[^\S\n]*(?:,|và)[^\S\n]*{STANDARD_NUMBER})*)"
    r"[^\S\n]*:[^\S\n]*([0-9]{4})\b"
)
STANDARD_JOIN = re.compile(r"[^\S\n]*(,|và)[^\S\n]*")
STANDARD_HINT = re.compile("CVN")  # an ASCII literal: the fastest scan
STANDARDS = {"QCVN": "quy chuẩn Việt Nam", "TCVN": "tiêu chuẩn Việt Nam"}
ARTICLE_DIGIT = "|".join(rf"(?<={w}[^\S\n][0-9])" for w in ("điều", "Điều", "khoản", "Khoản", "mục", "Mục"))
# two digits at most after the dot: three are a thousands group (`khoản 6.000 m3`, "khoảng" mistyped, or "một
# khoản 6.000 đồng"), and a wrong magnitude is as bad as a wrong sign (round 29)
SECTION = re.compile(rf"([0-9](?:{ARTICLE_DIGIT})[0-9]?)\.([0-9]{{1,2}})\b(?![.,]?[0-9])")
ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                  "November", "December")  # fmt: skip
ENGLISH_DATE = re.compile(
    rf"\b({'|'.join(ENGLISH_MONTHS)})[^\S\n]+([0-9]{{1,2}}),[^\S\n]+((?:19|20)[0-9][0-9])\b(?![.,][0-9])"
)
SHORT_MONTH_DATE = re.compile(r"(?<![0-9-])([0-9]{1,2})-Th([0-9]{1,2})-([0-9]{4})(?![0-9-])")  # `31-Th7-2024`


@digits_only
@on_lines_matching(r"/[0-9]{1,2}/[0-9]{4}")
def read_same_date_twice(text: str, ctx: Context) -> str:
    """`20/12/2020 - 20/12/2020 07:28`: a page header's posted and updated dates, the same day twice, are no
    range; each is said as a date ("ngày ..., ngày ..."), never "from a day to the same day"."""
    return SAME_DATE_TWICE.sub(r"\1, \1", text)


# `T2, 06/07/2020 12:55` (hu1): a page's dateline opens on the weekday written T2 to T7
SHORT_WEEKDAY = re.compile(r"(?<![\w/.])T([2-7])(?=,?[^\S\n]+[0-9]{1,2}/[0-9]{1,2}/[0-9]{4}\b)")


@digits_only
@on_lines_matching(r"T[2-7](?=,?[^\S\n]+[0-9])")
def read_short_weekdays(text: str, ctx: Context) -> str:
    """`T2, 06/07/2020`: a weekday written short before a full date is "Thứ hai", as `Thứ 2, 06/07/2020` is; its
    letter was spelled ("tê hai"). Only before a date: `T2` alone may be a code."""
    return SHORT_WEEKDAY.sub(r"Thứ \1", text)


@digits_only
@on_lines_matching(r", 19[0-9][0-9]", r", 20[0-9][0-9]")
def read_english_month_dates(text: str, ctx: Context) -> str:
    """`Sunday, June 27, 2021`, `Khmer Times - June 17, 2021`: a page's date in English is the date `27/6/2021`,
    read by the date rules ("ngày hai mươi bảy tháng sáu năm …": 5 spans of 5, io1 and three older batches), where
    the month's English name was guessed ("giun", "ốc tô bơ") and the year came after a pause."""
    return ENGLISH_DATE.sub(lambda m: f"{m.group(2)}/{ENGLISH_MONTHS.index(m.group(1)) + 1}/{m.group(3)}", text)


@digits_only
@on_lines_matching(r"-Th[0-9]")
def read_short_month_dates(text: str, ctx: Context) -> str:
    """`31-Th7-2024`, `08-Th9-2022`: a page's date with the month as "Th" (tháng) and its number is the date
    `31/7/2024`, read by the date rules ("ngày ba mươi mốt tháng bảy năm …"; ay2, bf2: 2 spans of 2), where "Th"
    was spelled out between two numbers."""
    return SHORT_MONTH_DATE.sub(r"\1/\2/\3", text)


@digits_only
@on_lines_matching(r"/[0-9]{1,2}/[0-9]{4}")
def unglue_dates(text: str, ctx: Context) -> str:
    """`cầu Quang Thanh25/07/2021`: a full date glued to the word before it is a date of its own (the headline
    and its timestamp ran together); parted, the date rules say "ngày hai mươi lăm tháng bảy ..."."""
    return GLUED_DATE.sub(r" \1", text)


@digits_only
@on_lines_matching(r"háng[^\S\n][0-9]")
def close_month_gaps(text: str, ctx: Context) -> str:
    """`so với tháng 12/ 2023`: a space beside the slash of a month and year changes nothing, "tháng mười hai năm
    hai nghìn không trăm hai mươi ba"; closed here, the month-year rule reads it."""
    return MONTH_GAP.sub(r"\1/", text)


@digits_only
@on_lines_matching(*NUMBER_DASH_HINTS)  # a number each side of the first dash: not `COVID-19`, in most letters' lines
def read_number_chains(text: str, ctx: Context) -> str:
    """`hợp đồng 01 - 03 - 05 năm`: three numbers joined by dashes are choices ("một, ba, năm"), not a range;
    a range has two ends. Level chains (`cấp 6-7-8`) and dates (`19-20-21/2`) are read before or left alone."""
    return NUMBER_CHAIN.sub(lambda m: ", ".join(read_int(int(g), ctx.style) for g in m.groups()), text)


@digits_only
def read_dotted_days(text: str, ctx: Context) -> str:
    """`ngày mai đến 10.03`, `từ 03.03 đến`: a day and a two-digit month parted by a dot after "từ"/"đến" (or "nay",
    "qua": `sáng sớm nay 9.6`) is a date; Vietnamese decimals take a comma, and no one writes a decimal's tenths as
    `03`. A one-digit month is a date after another date on the line (`từ chiều qua 8.6 đến … 9.6`)."""

    def read(m: re.Match[str]) -> str:
        day, month = int(m.group(1)), int(m.group(2))
        line_start = text.rfind("\n", 0, m.start()) + 1
        dated = DATE_WORD_BEFORE.search(text, line_start, m.start()) or _after_weekday(text, m.start())
        if not _valid_day(day) or (len(m.group(2)) == 1 and not dated):
            return m.group(0)  # a one-digit month only after a date on the line: `Từ ngày 11.7 đến 13.7` (bg2)
        return with_ngay(text, m.start(), _day_month(day, month, ctx.style))

    return sub_on_hinted_lines(DOTTED_DAY_LINES, DOTTED_DAY, read, text)


def _after_weekday(text: str, at: int) -> bool:
    """`Chủ nhật 23.5` (ir2): the day is the weekday's date, one digit of month or two."""
    return text[max(0, at - 10) : at].rstrip().endswith(WEEKDAYS)


@digits_only
def read_standards(text: str, ctx: Context) -> str:
    """`QCVN 41:2016`: a national technical standard, its number then its year: "quy chuẩn Việt Nam bốn mươi mốt,
    năm hai nghìn không trăm mười sáu", as two of the three annotators who met one wrote it; not "bốn một". A
    number written with a leading zero (`QCVN 05`) is said as written, "không năm"; the year is left to the
    document-number rule, which reads the issuer after it (`2016/BGTVT`). Two standards of one year are each read
    (`QCVN 02-19 và 02-20: 2014`, ho1: the second was a range, "hai đến hai mươi")."""

    def read(m: re.Match[str]) -> str:
        first, *rest = STANDARD_JOIN.split(m.group(2))  # the numbers, each after its join (`,`, `và`)
        pairs = zip(rest[::2], rest[1::2], strict=True)
        joined = "".join(f"{' và' if join == 'và' else ','} {_standard_number(n, ctx)}" for join, n in pairs)
        return f"{STANDARDS[m.group(1)]} {_standard_number(first, ctx)}{joined}, năm {m.group(3)}"

    return on_lines_with(STANDARD_HINT, text, lambda line: STANDARD.sub(read, line))


def _standard_number(number: str, ctx: Context) -> str:
    return " ".join(_code_number(part, ctx) for part in number.split("-"))


def _code_number(part: str, ctx: Context) -> str:
    return read_digits(part) if part.startswith("0") else read_int(int(part), ctx.style)


@digits_only
@on_lines_matching(
    r"iều[^\S\n][0-9](?<=[đĐ]iều[^\S\n][0-9])",
    r"hoản[^\S\n][0-9](?<=[kK]hoản[^\S\n][0-9])",
    r"ục[^\S\n][0-9](?<=[mM]ục[^\S\n][0-9])",
)
def read_article_numbers(text: str, ctx: Context) -> str:
    """`điều 3.32`: an article or clause numbered within a chapter is "ba chấm ba mươi hai", not a decimal (those
    take a comma) and not a date."""

    def read(m: re.Match[str]) -> str:
        return f"{read_int(int(m.group(1)), ctx.style)} chấm {read_int(int(m.group(2)), ctx.style)}"

    return SECTION.sub(read, text)


@digits_only
@on_lines_matching(r"\.[0-9]{1,2}[^\S\n]*[-–]")
def read_dotted_date_ranges(text: str, ctx: Context) -> str:
    """`Từ ngày 12.3-30.4`: two dotted day-months after "ngày" joined by a dash are a span of dates, "từ ngày mười
    hai tháng ba đến ngày ba mươi tháng tư" (ar2); read as decimals the listener heard "mười hai phẩy ba". An amount
    after it (`ngày 1.5-2.5 mét`) keeps the numbers."""

    def dated(m: re.Match[str]) -> str:
        (first, month), (last, end_month) = (int(m.group(2)), int(m.group(3))), (int(m.group(4)), int(m.group(5)))
        if not (_valid_date(first, month) and _valid_date(last, end_month)) or AMOUNT_AFTER.match(m.string, m.end()):
            return m.group(0)
        day = "" if m.group(1).lower().startswith("ngày") else "ngày "  # `chiều tối ngày ba mươi mốt tháng bảy`
        end = _day_month(last, end_month, ctx.style)
        return f"{m.group(1)}{day}{_day_month(first, month, ctx.style)} đến ngày {end}"

    return DOT_DATE_RANGE.sub(dated, text)


SHORT_YEAR = re.compile(
    r"(?<![0-9/.,])([0-9]{1,2})/([0-9]{1,2})/([0-9]{2})(?:[^\S\n]([0-9][0-9]))?(?![0-9/]|[.,][0-9])"
)


@digits_only
@on_lines_matching(r"/[0-9][0-9](?![0-9])")
def widen_short_years(text: str, ctx: Context) -> str:
    """`25/08/22` alone in a table cell (ds1), `25/3/15` (two spans of n1): a date whose year is written with two
    digits is read with the whole year, "năm hai nghìn không trăm hai mươi hai" (3 spans of 3); the date rules left
    it three numbers ("hai mươi lăm, tám, hai mươi hai"). Years 50 to 99 are of the last century. A four-digit year
    a space split (`16/7/20 21`, s2) is joined."""

    def widen(m: re.Match[str]) -> str:
        day, month, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if not _valid_date(day, month):
            return m.group(0)
        if m.group(4) and year in (19, 20):
            return f"{m.group(1)}/{m.group(2)}/{year}{m.group(4)}"
        after = f" {m.group(4)}" if m.group(4) else ""
        return f"{m.group(1)}/{m.group(2)}/{year + (2000 if year < 50 else 1900)}{after}"

    return SHORT_YEAR.sub(widen, text)


@digits_only
@on_lines_matching(r"tháng[^\S\n]+[0-9]{1,2}[^\S\n]+năm[^\S\n]+[0-9]")
def read_bare_written_days(text: str, ctx: Context) -> str:
    """`04 tháng 12 năm 2013`, `Hình thành | 1 tháng 11 năm 2013 |` (a storm's table), `7 tháng 11 năm 2022 của Chính
    phủ`: a day before its written month and year is a day without "ngày" before it, "mồng bốn" up to the tenth
    (the spans 6 to 1, jp1's two among them); the number rule said "bốn tháng mười hai", a count of months."""
    return BARE_WRITTEN_DAY.sub(lambda m: _day(int(m.group(1)), ctx.style), text)


@digits_only
@on_lines_matching(r"T[0-9]{1,2}(?:[^\S\n]?[-–][^\S\n]?[0-9]{1,2})?/[0-9]{4}")
def read_t_months(text: str, ctx: Context) -> str:
    """`T12/2018`, `(T10-12/2018)` (jq2, a school's fee table): T is "tháng", the month written short before its
    year, "tháng mười hai năm hai nghìn không trăm mười tám"; left, the letter was "tê" and the month a number."""

    def read(m: re.Match[str]) -> str:
        months = [int(g) for g in (m.group(1), m.group(2)) if g]
        if not all(1 <= month <= 12 for month in months):
            return m.group(0)
        said = " đến ".join(f"tháng {read_month(month, ctx.style)}" for month in months)
        return f"{said} năm {read_int(int(m.group(3)), ctx.style)}"

    return T_MONTH.sub(read, text)


@digits_only
@on_lines_matching(r"/(?<=[0-9]/)(?:1[3-9]|2[0-9]|3[01])/[0-9]{4}")  # a day past twelve second
def read_month_first_dates(text: str, ctx: Context) -> str:
    """`1/14/2022 5:34:00 PM` (ju2): no month is 14, so the page wrote the American order, month, day, year, as a
    portal's software stamps its pages; the day is put first, to be read "ngày mười bốn tháng một". Left, it was
    three numbers. A date whose both numbers may be months (`06/01/2022`) is the Vietnamese order: left alone."""
    return MONTH_FIRST.sub(lambda m: f"{m.group(2)}/{m.group(1)}/{m.group(3)}", text)


@digits_only
@on_lines_matching("-")
def read_falling_day_months(text: str, ctx: Context) -> str:
    """`Tin tức thế giới 24-9: Trong lá thư` (jv1): two numbers joined by a dash that fall, a day after the twelfth
    and a month, before a pause, are a date written with a dash, "ngày hai mươi tư tháng chín"; a range runs up
    (`từ 24-9` is no range from 24 down to 9), so the range rule said "hai mươi tư đến chín". The slash is put in,
    for the date rules to read."""
    return DAY_DASH_MONTH.sub(lambda m: f"/{m.group(1)}", text)
