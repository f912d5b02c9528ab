"""Rules for numbers in context: dates, times, money, units (document numbers: rules_documents).

Order matters and is given by `normalize.RULES`: the most specific shapes
(document numbers, full dates) go before the general cardinal reading.
Rules see whole texts: `[^\\S\\n]` is whitespace within a line, so no rule joins lines.
"""

from __future__ import annotations

import functools
import re

from .context import Context
from .day_word import with_ngay
from .lines import digits_only, hint_of, on_lines_matching, spaced_after, sub_on_hinted_lines
from .numbers import (
    NUM,
    NUM_TAIL,
    NUM_WORD,
    WORD_DIGIT,
    NumberStyle,
    read_decimal,
    read_digits,
    read_int,
    read_month,
    read_ordinal,
)
from .rules_glued import read_parted_runs
from .rules_urls import PHONE

DATE_RANGE = re.compile(
    rf"({WORD_DIGIT}(?<!:[0-9])[0-9]?)[^\S\n]*[-–][^\S\n]*([0-9]{{1,2}})([/.-])([0-9]{{1,2}})\3([0-9]{{4}})\b"
)
FULL_DATE = re.compile(rf"({WORD_DIGIT}[0-9]?)([/.-])([0-9]{{1,2}})\2([0-9]{{4}})\b")
# a full date's month and year after its day's digit: a literal mark first, where FULL_DATE tries every digit
FULL_DATE_LINES = hint_of(*(rf"{mark}(?<=[0-9]{mark})[0-9]{{1,2}}{mark}[0-9]{{4}}" for mark in ("/", r"\.", "-")))
MONTH_YEAR = re.compile(r"\b(?:(tháng)[^\S\n]+)?([0-9]{1,2})[/-]([0-9]{4})\b", re.IGNORECASE)
# `(12/1968-12/2018)` (cx2): a span of two month-years, "đến" between them (the dash was parted as a hyphen)
MONTH_YEAR_SPAN = re.compile(r"(\b[0-9]{1,2}/[0-9]{4})[^\S\n]*[-–][^\S\n]*(?=(?:tháng[^\S\n]+)?[0-9]{1,2}/[0-9]{4}\b)")
PER_DONG = re.compile(r"(đồng|Đ(?<![\w][^\S\n]Đ)(?<!\wĐ)ồng)[^\S\n]*/[^\S\n]*(?=[^\W0-9_])(?!một\b)")  # đ, Đ: a scan
DAY_MONTH = re.compile(rf"({WORD_DIGIT}[0-9]?)/([0-9]{{1,2}})\b(?![/0-9])")
DAY_MONTH_LINES = re.compile(r"/(?<=[0-9]/)[0-9]{1,2}\b(?![/0-9])")  # the slash first: a literal, not each digit
# `05h30p`, `15h30'`, `21h15 phút`, `10:10'`: the minutes' mark, or their word written out (said once, not "phút phút")
TIME_TAIL = r"(?:h([0-9]{1,2})?(?:(?<=[0-9])(?:p|'|[^\S\n]*phút)(?!'))?(?![\w])|:([0-9]{2})\b(?:'(?!'))?)"
TIME = rf"([0-9]{{1,2}}){TIME_TAIL}"
FIRST_TIME = rf"({WORD_DIGIT}[0-9]?){TIME_TAIL}"  # a digit first: `re` scans for it fast
TIME_RANGE = re.compile(rf"{FIRST_TIME}[^\S\n]*[-–][^\S\n]*{TIME}")
SINGLE_TIME = re.compile(FIRST_TIME)
MONEY = re.compile(rf"({NUM_WORD})[^\S\n]*(?:đồng|đ|VNĐ|VND)(?![\w])")
# Where an amount's currency can stand: a digit, one space or a run of spaces before its sign (`đ` of `đồng`, `V`
# of `VNĐ`). "đ" alone, the hint before, was in every line (issue 29).
# a dash between two numbers, its own spaces around it (`7-10`, `3 - 5`): the dash first, the numbers looked for
# beside it; a dash after a word (`COVID-19`, in most lines of a letter about the pandemic) is none
NUMBER_DASH_HINTS = tuple(rf"{hint}(?=[^\S\n]*[0-9])" for dash in "-–" for hint in spaced_after(dash, "[0-9]"))
CURRENCY_HINTS = (*spaced_after("đ", r"[0-9]"), *spaced_after("V", r"[0-9]"))
MONEY_HINTS = (  # read_money's patterns: the currency, the slash after `đồng`, `tr` and `k` glued to a digit
    *CURRENCY_HINTS,
    *spaced_after("/", "ồng"),
    r"tr(?<=[0-9]tr)", r"k(?<=[0-9]k)",
)  # fmt: skip
SHORT_MONEY = re.compile(rf"({WORD_DIGIT}[0-9]*)(tr|k)([0-9])?(?![\w])")
RANGE = re.compile(  # a closing quote ends a range too: `Đề án “... giai đoạn 2021-2025”` (aa1); so does `2028…` (cx2),
    # and `NHIỆM KỲ 2026 - 2031!` (eb2)
    rf"({NUM_WORD})[^\S\n]*[-–][^\S\n]*({NUM})(?:([^\S\n]*%)|(?=[^\S\n]+[^\W0-9_(]|[^\S\n]*(?:[.,](?![0-9])|[;:)(”\"’»|…!?]|\n|$)))"
)
DAY_WORD = re.compile(rf"(n(?<!\wn)gày)[^\S\n]+({WORD_DIGIT}[0-9]?)(?=[^\S\n]+tháng\b)", re.IGNORECASE)
MONTH_WORD = re.compile(
    rf"(t(?<!\wt)háng)[^\S\n]+({WORD_DIGIT}[0-9]?)(?![0-9]|[/.,-][0-9]|[^\S\n]+(?:ngày|tuần|giờ|phút|lần|người|ca|hộ)\b)",
    re.IGNORECASE,
)
PERCENT = re.compile(rf"({NUM_WORD})[^\S\n]*%")
ORDINAL = re.compile(r"(?=[tThHlL])\b(thứ|hạng|lần thứ)[^\S\n]+([0-9]+)\b", re.IGNORECASE)
LONE_DIGIT = r"[0-9](?<![0-9.,][0-9])"  # a digit not continuing another number
NUMBER = re.compile(rf"({LONE_DIGIT}{NUM_TAIL})(?![0-9])")


@digits_only
def read_date_ranges(text: str, ctx: Context) -> str:
    """`27-28/02/2000` is two days of one month, not a subtraction."""

    def read(m: re.Match[str]) -> str:
        first, last, month, year = int(m.group(1)), int(m.group(2)), int(m.group(4)), int(m.group(5))
        if not (_valid_day(first) and _valid_day(last) and 1 <= month <= 12):
            return m.group(0)
        return f"{_day_span(text, m.start(), first, last, month, ctx.style)} năm {read_int(year, ctx.style)}"

    return sub_on_hinted_lines(FULL_DATE_LINES, DATE_RANGE, read, text)  # its second date is a full one


@digits_only
def read_full_dates(text: str, ctx: Context) -> str:
    """`05/8/2021`, `29-4-2021`, `4.8.2020`: "ngày ... tháng ... năm ..." (the year word always said)."""

    def read(m: re.Match[str]) -> str:
        day, month, year = int(m.group(1)), int(m.group(3)), int(m.group(4))
        if not _valid_date(day, month):
            return m.group(0)
        head = with_ngay(text, m.start(), _day_month(day, month, ctx.style))
        return f"{head} năm {read_int(year, ctx.style)}"

    return sub_on_hinted_lines(FULL_DATE_LINES, FULL_DATE, read, text)


@digits_only
@on_lines_matching(
    r"/(?<=[0-9]/)[0-9]{4}\b", r"-(?<=[0-9]-)[0-9]{4}\b"
)  # the mark first (digits are everywhere), a year
def read_month_years(text: str, ctx: Context) -> str:
    """`tháng 04/1969` and `02/2025`: "tháng tư năm ...", never a fraction; after an ordinal's "thứ" the number is
    the ordinal and the year its year (`Liên hoan Chăm-Katê lần thứ 2/2011`, bv2: "lần thứ hai, năm hai nghìn không
    trăm mười một", not "lần thứ tháng hai"). Two joined by a dash (`12/1968-12/2018`) are a span, "đến"."""

    def read(m: re.Match[str]) -> str:
        month, year = int(m.group(2)), int(m.group(3))
        if not m.group(1) and m.string[max(0, m.start() - 4) : m.start()].rstrip().lower().endswith("thứ"):
            return f"{read_ordinal(month, ctx.style)}, năm {read_int(year, ctx.style)}"
        if not 1 <= month <= 12:
            return m.group(0)
        return f"{m.group(1) or 'tháng'} {read_month(month, ctx.style)} năm {read_int(year, ctx.style)}"

    return MONTH_YEAR.sub(read, MONTH_YEAR_SPAN.sub(r"\1 đến ", text))


@digits_only
@on_lines_matching(*(rf"{end}(?=[^\S\n]+[0-9])" for end in ("à[yY]", "À[yY]", "á[nN][gG]", "Á[nN][gG]")))  # ngày 5
def read_written_dates(text: str, ctx: Context) -> str:
    """`ngày 04 tháng 4 năm 2021`: "ngày mồng bốn tháng tư"; April is never "tháng bốn"."""
    text = DAY_WORD.sub(lambda m: f"{m.group(1)} {_day(int(m.group(2)), ctx.style)}", text)

    def month(m: re.Match[str]) -> str:
        number, glued = int(m.group(2)), m.string[m.end() : m.end() + 1].isalpha()  # `tháng 1COVID`: parted
        return f"{m.group(1)} {read_month(number, ctx.style)}{' ' * glued}" if 1 <= number <= 12 else m.group(0)

    return MONTH_WORD.sub(month, text)


@digits_only
def read_day_months(text: str, ctx: Context) -> str:
    """`20/4` in administrative text is the 20th of April, not twenty over four."""

    def read(m: re.Match[str]) -> str:
        day, month = int(m.group(1)), int(m.group(2))
        if not _valid_date(day, month):
            return m.group(0)
        return with_ngay(text, m.start(), _day_month(day, month, ctx.style))

    return sub_on_hinted_lines(DAY_MONTH_LINES, DAY_MONTH, read, text)


@digits_only
@on_lines_matching(r"h(?<=[0-9]h)", r":(?<=[0-9]:)")
def read_times(text: str, ctx: Context) -> str:
    """`17h30`, `8h05`, `23:59`, `0h`, `05h30p`, `15h30'`; a range `9h - 10h` is "đến", not "trừ"."""
    text = TIME_RANGE.sub(lambda m: f"{_time(m.groups()[:3], ctx.style)} đến {_time(m.groups()[3:], ctx.style)}", text)
    return SINGLE_TIME.sub(lambda m: _time(m.groups(), ctx.style, m.group(0)), text)


@digits_only
@on_lines_matching(*MONEY_HINTS)
def read_money(text: str, ctx: Context) -> str:
    """`50.000đ`, `1.500.000 VNĐ`, `2tr5`, `10k`: amounts in đồng."""
    text = MONEY.sub(lambda m: f"{_number(m.group(1), ctx.style)} đồng", text)
    # `200.000 đồng/người`, a heading's `(Đồng/học sinh/tháng)` (jc2): "một người"; `đồng/một nhà` (db2) says it
    text = PER_DONG.sub(r"\1 một ", text).replace("đồng/một", "đồng một")

    def short(m: re.Match[str]) -> str:
        big = "triệu" if m.group(2) == "tr" else ctx.style.thousand
        tail = (
            f" {read_int(int(m.group(3)) * 100, ctx.style)} {ctx.style.thousand}"
            if m.group(3) and big == "triệu"
            else ""
        )
        return f"{read_int(int(m.group(1)), ctx.style)} {big}{tail}"

    return SHORT_MONEY.sub(short, text)


@digits_only
@on_lines_matching(*NUMBER_DASH_HINTS)
def read_ranges(text: str, ctx: Context) -> str:
    """`7-10 ngày`, `3-5%`: a range is "đến", never a date, minus or "âm". None ends at a lone zero: `Man City thắng
    dễ Everton 2-0` is a score, "hai không" (fk1, a name between verb and score: "hai đến không" was heard). Two
    phone numbers are two lines to call, a pause between them; so are an alarm's level or a flood's year and a
    height with decimals (`trên báo động 3 - 6,49 mét`, `vượt lũ năm 1993 - 0,19 mét`, jb1: by how much)."""

    def read(m: re.Match[str]) -> str:
        if m.group(2) in ("0", m.group(1)) and not m.group(3) and len(m.group(1)) <= 2:  # `2-2` (jg2): no range
            return f"{_number(m.group(1), ctx.style)} {_number(m.group(2), ctx.style)}"
        if (PHONE.fullmatch(m.group(1)) and PHONE.fullmatch(m.group(2))) or _level_then_height(m):
            return f"{_number(m.group(1), ctx.style)}, {_number(m.group(2), ctx.style)}"  # hz2: two lines to call
        unit = " phần trăm" if m.group(3) else ""
        return f"{_number(m.group(1), ctx.style)} đến {_number(m.group(2), ctx.style)}{unit}"

    return RANGE.sub(read, text)


def _level_then_height(m: re.Match[str]) -> bool:
    before = m.string[max(0, m.start() - 9) : m.start()].rstrip().lower()
    return "," in m.group(2) and "," not in m.group(1) and before.endswith(("báo động", "bđ", "năm"))


@digits_only
@on_lines_matching(r"%")
def read_percents(text: str, ctx: Context) -> str:
    """`95,5%` = "chín mươi lăm phẩy năm phần trăm"."""
    return PERCENT.sub(lambda m: f"{_number(m.group(1), ctx.style)} phần trăm", text)


@digits_only
def read_units(text: str, ctx: Context) -> str:
    """`5 km`, `20m2`, `37,5°C`: unit symbols after a number are read as words."""
    return ctx.unit_pattern.sub(lambda m: f"{_number(m.group(1), ctx.style)} {ctx.units[m.group(2)]}", text)


@digits_only
@on_lines_matching(*(rf"{end}(?=[^\S\n]+[0-9])" for end in ("ứ", "Ứ", "ạ[nN][gG]", "Ạ[nN][gG]")))  # (?i:thứ|hạng) 2
def read_ordinals(text: str, ctx: Context) -> str:
    """`thứ 4` is "thứ tư" and `thứ 1` "thứ nhất", not "thứ bốn"/"thứ một"."""
    return ORDINAL.sub(lambda m: f"{m.group(1)} {read_ordinal(int(m.group(2)), ctx.style)}", text)


@digits_only
def read_numbers(text: str, ctx: Context) -> str:
    """Every number left: `.` groups thousands and `,` marks decimals, as Vietnamese writes them. A number typed
    against letters (`Ri6`, `C25`) is read apart from them ("Risáu" is no syllable), and letters so parted that the
    lexicon reads (`0hr`) are read now, as a second reading would (found by test_idempotent)."""
    return read_parted_runs(text, NUMBER.sub(lambda m: _apart(m, _number(m.group(1), ctx.style)), text), ctx)


def _apart(m: re.Match[str], words: str) -> str:
    before = " " if m.start() and m.string[m.start() - 1].isalpha() else ""
    after = " " if m.string[m.end() : m.end() + 1].isalpha() else ""
    return before + words + after


@functools.lru_cache(maxsize=4096)  # pure; a notice's years, days and counts come again and again
def _number(written: str, style: NumberStyle) -> str:
    if re.fullmatch(r"[0-9]{1,3}(?:\.[0-9]{3})+(?:,[0-9]+)?", written):
        written = written.replace(".", "")
    whole, _, fraction = written.replace(".", ",").partition(",")
    if fraction:
        return read_decimal(whole, fraction, style)
    if len(whole) > 15 or (whole.startswith("0") and len(whole) >= 4):
        return read_digits(whole)
    return read_int(int(whole), style)


def _time(groups: tuple[str | None, ...], style: NumberStyle, original: str = "") -> str:
    hour, minute = int(groups[0] or 0), groups[1] or groups[2]
    if hour > 24 or (minute is not None and int(minute) > 59):
        return original or str(groups)
    words = f"{read_int(hour, style)} giờ"
    return f"{words} {read_int(int(minute), style)} phút" if minute and int(minute) else words


def _day(day: int, style: NumberStyle) -> str:
    prefix = f"{style.day_prefix} " if style.day_prefix and day <= 10 else ""
    return prefix + read_int(day, style)


def _day_month(day: int, month: int, style: NumberStyle) -> str:
    """ "mồng năm tháng tám": a day of a month, as every date rule says it."""
    return f"{_day(day, style)} tháng {read_month(month, style)}"


def _day_span(text: str, start: int, first: int, last: int, month: int, style: NumberStyle) -> str:
    """ "ngày hai mươi bảy đến ngày hai mươi tám tháng hai": two days of one month."""
    return with_ngay(text, start, f"{_day(first, style)} đến ngày {_day_month(last, month, style)}")


def _valid_day(day: int) -> bool:
    return 1 <= day <= 31


def _valid_date(day: int, month: int) -> bool:
    """A day of a month as written (no calendar check: `31/4` is a typo still read as the day it says)."""
    return _valid_day(day) and 1 <= month <= 12
