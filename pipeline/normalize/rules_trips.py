"""Shapes of travel, recruitment and market notices (issue 29, round 11): `(4N3Đ)`, an itinerary's `NGÀY 1:`,
`hãng hàng không 5*`, `cao 1m60`, `tuần 01-2016`, `Tháng 5 - Tháng 9/2024`, a footnote `(1)` closing a line."""

from __future__ import annotations

import re

from .context import Context
from .lines import digits_only, on_lines_matching, on_lines_with
from .numbers import read_int, read_month

# Each pattern opens with a digit or a mark, the lookbehind after it: the regex engine then scans for that character
# instead of trying the lookbehind at every position (issue 29: 10x cheaper on the bench text).
TRIP_LENGTH = re.compile(r"([0-9](?<![\w/][0-9])[0-9]?)[^\S\n]?[Nn][^\S\n]?([0-9]{1,2})[^\S\n]?[Đđ](?!\w)")
ITINERARY_DAY = re.compile(r"^([^\S\n]*)(ngày)[^\S\n]+0?([1-9][0-9]?)[^\S\n]*:(?![0-9])", re.IGNORECASE | re.MULTILINE)
STARS = re.compile(r"([1-5](?<![\w.,*][1-5]))[^\S\n]?\*(?![\w*])")
HEIGHT = re.compile(r"([0-9](?<![\w.,][0-9])[0-9]?)m([1-9][0-9])(?!\w)")
WEEK_OF_YEAR = re.compile(
    r"\b(tuần|quý)[^\S\n]+([0-9]{1,2})[^\S\n]?-[^\S\n]?((?:19|20)[0-9][0-9])\b(?![-/][0-9])", re.IGNORECASE
)
MONTH_TO_MONTH = re.compile(r"\b(tháng[^\S\n]+[0-9]{1,2})[^\S\n]*[-–][^\S\n]*(?=tháng[^\S\n]+[0-9])", re.IGNORECASE)
# `tháng 3 - 4`: the second month's word left out; not `tháng 4 – 5 – 9` (a list) nor `tháng 5-7/2024` (the years')
MONTH_NUMBER = r"(?:1[0-2]|[1-9])"
# `từ tháng 10/2024 - 6/2025`: two months of two years, the second without its word (bm2)
MONTH_YEAR_TO_MONTH = re.compile(
    rf"(t(?<!\wt)háng[^\S\n]+[0-9]{{1,2}}/[0-9]{{4}})[^\S\n]*[-–][^\S\n]*(?=0?{MONTH_NUMBER}/[0-9]{{4}}\b)",
    re.IGNORECASE,
)
MONTH_YEAR_HINT = re.compile(r"/[0-9]{4}[^\S\n]*[-–][^\S\n]*[0-9]")  # the slash first: a fast scan
BARE_MONTH_HINT = re.compile(r"háng[^\S\n]+[0-9][0-9]?[^\S\n]*[-–]")  # a literal first: a fast scan (`Tháng` too)
BARE_MONTH_TO_MONTH = re.compile(
    rf"\b(tháng[^\S\n]+{MONTH_NUMBER})[^\S\n]*[-–][^\S\n]*({MONTH_NUMBER})\b(?![/.,]?[0-9]|/|[^\S\n]*[-–])",
    re.IGNORECASE,
)
# `từ Quảng Ninh - Bình Thuận`, `từ Quận 4 – Quận 1`: names after "từ" and a dash are a route's two ends
NAME_WORD = r"(?:[A-ZĐ][^\W0-9_]*|[0-9]{1,3})"
ROUTE = re.compile(rf"(?<=\btừ[^\S\n])((?:{NAME_WORD}[^\S\n]+){{0,3}}{NAME_WORD})[^\S\n]*[-–][^\S\n]*(?=[A-ZĐ])(?!Huế)")
BODIES = ("Cục", "Bộ", "Sở", "Ban", "Viện", "Phòng", "Tổng", "Trung", "Ủy", "UBND", "Báo", "Đài", "Công", "Ngân")
# The dash of each span, a fast scan: only the lines that have one try the full patterns.
WEEK_HINT = re.compile(r"-[^\S\n]?(?:19|20)[0-9][0-9]")
MONTH_HINT = re.compile(r"[-–][^\S\n]*tháng", re.IGNORECASE)
FOOTNOTE = re.compile(r"(?<=[.!?…])[^\S\n]*\([0-9]{1,2}\)[^\S\n]*$", re.MULTILINE)
FOOTNOTE_HINT = re.compile(r"\([0-9]{1,2}\)[^\S\n]*$", re.MULTILINE)  # the bracket first: a fast scan

MONTH_SPAN = re.compile(r"(t(?<!\wt)háng)[^\S\n]+([0-9]{1,2})[^\S\n]*[-–][^\S\n]*(?=([0-9]{1,2})/[0-9]{4}\b)", re.I)


@digits_only
# the N of `3N2Đ` after its number: rarer than a digit, and than the Đ of an amount in đồng
@on_lines_matching(
    *(rf"{n}(?<=[0-9]{b}{n})[^\S\n]?[0-9]{{1,2}}[^\S\n]?[Đđ](?!\w)" for n in "Nn" for b in ("", r"[^\S\n]"))
)
def read_trip_lengths(text: str, ctx: Context) -> str:
    """`Tour Đà Nẵng (4N3Đ)`, `3N2Đ`: a travel offer's length is "bốn ngày ba đêm", the way every seller says it;
    spelled it is "bốn en nờ ba đê", a code nobody hears as days and nights."""
    read = lambda m: f"{read_int(int(m.group(1)), ctx.style)} ngày {read_int(int(m.group(2)), ctx.style)} đêm"
    return TRIP_LENGTH.sub(read, text)


@digits_only
@on_lines_matching(*(rf"{a}[yY](?=[^\S\n]+0?[1-9][0-9]?[^\S\n]*:(?![0-9]))" for a in "àÀ"))  # (?i:ngày) 2:
def read_itinerary_days(text: str, ctx: Context) -> str:
    """`NGÀY 1: TP.HCM – LỆ GIANG`: a day number opening a line before a colon is the itinerary's day one, "ngày
    một", not the first of a month ("ngày mồng một"): a date never stands alone before a colon at a line's start."""
    read = lambda m: f"{m.group(1)}{m.group(2)} {read_int(int(m.group(3)), ctx.style)},"
    return ITINERARY_DAY.sub(read, text)


@digits_only
@on_lines_matching(r"\*")
def read_star_ratings(text: str, ctx: Context) -> str:
    """`hãng hàng không 5*`, `khách sạn 4*`: a star after a count of one to five is a rating, "năm sao"; the star
    alone would be dropped as a mark and leave "hãng hàng không năm"."""
    return STARS.sub(lambda m: f"{m.group(1)} sao", text)


@digits_only
@on_lines_matching(r"m(?<=[0-9]m)[1-9]")
def read_heights(text: str, ctx: Context) -> str:
    """`cao tối thiểu 1m60`: a person's height, metres then centimetres, is "một mét sáu mươi" (the letter alone is
    no unit the later rules know); so is a jump or a throw (`thành tích 6m68`, ir2; `14m25`)."""
    return HEIGHT.sub(lambda m: f"{m.group(1)} mét {m.group(2)}", text)


@digits_only
def read_weeks_of_a_year(text: str, ctx: Context) -> str:
    """`tuần 01-2016`, `quý 2-2025`: a week or quarter of a year with a hyphen is "tuần một năm hai nghìn ...", as
    `tuần 43/2022` is; read as a date it became "tuần tháng một năm"."""

    def read(m: re.Match[str]) -> str:
        return f"{m.group(1)} {int(m.group(2))} năm {m.group(3)}"

    return on_lines_with(WEEK_HINT, text, lambda line: WEEK_OF_YEAR.sub(read, line))


@digits_only
def read_month_to_month(text: str, ctx: Context) -> str:
    """`Khởi hành: Tháng 5 - Tháng 9/2024`: a dash between two months is "đến", a season of departures, not a
    pause between two unrelated months; `thiếu nước tháng 3 - 4` says the second month's word too (bk1), and so does
    `từ tháng 10/2024 - 6/2025` (bm2)."""
    text = on_lines_with(MONTH_HINT, text, lambda line: MONTH_TO_MONTH.sub(lambda m: f"{m.group(1)} đến ", line))
    said = lambda m: f"{m.group(1)} đến tháng {m.group(2)}"
    text = on_lines_with(BARE_MONTH_HINT, text, lambda line: BARE_MONTH_TO_MONTH.sub(said, line))
    return on_lines_with(MONTH_YEAR_HINT, text, lambda line: MONTH_YEAR_TO_MONTH.sub(r"\1 đến tháng ", line))


@digits_only
def drop_footnote_marks(text: str, ctx: Context) -> str:
    """`nhiều bệnh lý nguy hiểm khác. (1)`: a number in brackets after a sentence's end, closing the line, points
    to a footnote of the page; read aloud it is a "một" out of nowhere. Inside a sentence (`Yêu cầu (1) BHXH`) it
    numbers a point and is read."""
    return on_lines_with(FOOTNOTE_HINT, text, lambda line: FOOTNOTE.sub("", line))


@on_lines_matching(r"từ[^\S\n]+[A-ZĐ][^\n]*[-–]")
def read_routes(text: str, ctx: Context) -> str:
    """`từ Quảng Ninh - Bình Thuận kêu gọi`, `Lộ trình từ Quận 4 – Quận 1`: after "từ" a dash between two names is
    the other end, "đến" (ad1, bk1 and 5 more spans with "đến" first), where two names alone are a pause. Not a
    body's name (`từ Cục Xuất nhập khẩu - Bộ Công Thương`: a source and its ministry), not `Thừa Thiên - Huế`, and
    not when "đến" follows (`từ Thừa Thiên - Huế đến Phú Yên` names the other end itself)."""

    def read(m: re.Match[str]) -> str:
        named = m.group(1).split()[0] in BODIES or " đến " in m.string[m.end() : m.end() + 40]  # one line a call
        return m.group(0) if named else f"{m.group(1)} đến "

    return ROUTE.sub(read, text)


@digits_only
@on_lines_matching("á[nN][gG]", "Á[nN][gG]")  # (?i:tháng)
def read_month_spans(text: str, ctx: Context) -> str:
    """`từ tháng 4 - 5/2012`: two months, the year written once after the last; "tháng tư đến tháng năm năm hai
    nghìn...", never "tháng tư, tháng năm" (the dash was dropped as a pause)."""

    def read(m: re.Match[str]) -> str:
        first, last = int(m.group(2)), int(m.group(3))
        if not 1 <= first < last <= 12:
            return m.group(0)
        return f"{m.group(1)} {read_month(first, ctx.style)} đến tháng "

    return MONTH_SPAN.sub(read, text)
