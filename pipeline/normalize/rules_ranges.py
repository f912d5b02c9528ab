"""Ranges and dates as newspapers and bulletins write them, measured on the real notices in tests/data/real/.

`24 - 27/8`, `(3-8)`, `ngày 18.10`, `từ 12-10 đến 20-10`: shapes the letters of the first rules never used. Each rule
says why it reads what it reads; they run before the general ranges and numbers (see `normalize.RULES`).
"""

from __future__ import annotations

import re

from .context import Context
from .day_word import DATE_SAID_BEFORE, after_a_daypart, after_each
from .lines import digits_only, hint_of, on_lines_matching, sub_on_hinted_lines
from .numbers import WORD_DIGIT, read_int, read_month
from .rules_numbers import _day, _day_month, _day_span, _valid_date, _valid_day

DASH = r"[^\S\n]*[-–][^\S\n]*"
UNTIL_HINTS = tuple(rf"{w}(?i:[^\S\n]+(?:(?:hết|ngày)[^\S\n]+)?)[0-9]{{1,2}}[-/.][^\S\n]?[0-9]"  # (?i:đến|tới) 3-5
                    for w in ("ế[nN]", "Ế[nN]", "tới", "Tới", "TỚI"))  # fmt: skip
DAY_MONTH_RANGE = re.compile(rf"({WORD_DIGIT}[0-9]?){DASH}([0-9]{{1,2}})([/.])([0-9]{{1,2}})\b(?![/.]?[0-9])")
DAY_MONTH_RANGE_LINES = hint_of(*(rf"{dash}(?=[^\S\n]*[0-9]{{1,2}}[/.][0-9])" for dash in "-–"))  # the dash first
DAY_WORDS = (  # not "từ": `từ 3-5 người` is a range; "Quốc khánh 2-9" and "nghỉ lễ 30-4" are dates
    r"ngày|sáng|trưa|chiều|tối|đêm|rạng sáng|sáng sớm|hôm|sáng nay|trưa nay|chiều nay|tối nay|đêm nay|hôm nay"
    r"|quốc khánh|quốc tế lao động"  # not "khánh" alone: `Phú Khánh 5 - 8` (hp1) is a station's range
    r"|lễ|dịp|ngày mai|sáng mai|trưa mai|chiều mai|tối mai|đêm mai|đêm qua|sáng qua|chiều qua|tối qua|hôm qua"
    r"|khuya|giờ"  # `đến khuya 19-12`, `đến 11 giờ 19-12` (co1): the day of that night, of that hour
    r"|sớm nay|độc lập"  # `Sáng sớm nay 8-8` (dc1); `Tết Độc lập 2-9` (fz2): the holiday's, as "Quốc khánh"
)
AND_DAY = re.compile(
    r"((?:và|hoặc)[^\S\n]+)([0-9]{1,2})[-.]([0-9]{1,2})\b(?![-./]?[0-9])"
)  # `lễ 30.4 và 1.5`, `hoặc 1.11`
MUNG_BEFORE = re.compile(r"(?<!\w)(?:mùng|mồng)[^\S\n]*$", re.IGNORECASE)
COUNTED_DAYS = re.compile(r"(?:[0-9]|\b(?:hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|vài))[^\S\n]+ngày[^\S\n]*\(?$", re.I)
# `từ 21 – 22.2`: after "ngày" or "từ" a dotted day.month ends a span of days, unless an amount's word follows
# `tuần 39 (23 - 29.9)`: a numbered week's days in brackets after it are the same span of days
DOT_SPAN_BEFORE = re.compile(
    r"(?<!\w)(?:ngày|từ)[^\S\n]+$|(?<!\w)tuần(?:[^\S\n]+[0-9]{1,2})?[^\S\n]*\($", re.IGNORECASE
)
AMOUNT_AFTER = re.compile(r"[^\S\n]*(?:%|(?:lần|triệu|tỷ|tỉ|nghìn|ngàn|độ|mét|m|km|cm|mm|kg|g|ha|tấn|USD|đồng|đ)\b)")
# `từ nay đến 22.3`: the end of a span from today is a day, never a decimal (`đến 10.03` is read_dotted_days')
# `ngày mai đến 20.11`; `tựu trường vào 29.8,`, `sớm từ 22.8.` (dz2): a day after "vào", or after "từ" ending its clause
NOW_TO_DOT_DATE = re.compile(
    r"((?:(?:nay|mai)[^\S\n]+đến|đến[^\S\n]+hết|vào|(?=từ[^\S\n]+[0-9]{1,2}\.[0-9]{1,2}(?:[.,;](?:[^\S\n]|$)|$))từ)[^\S\n]+)"
    r"([0-9]{1,2})\.([1-9]|1[0-2])\b(?![.,]?[0-9])",
    re.IGNORECASE | re.MULTILINE,
)
# `hai ngày 3 và 4.12`, `các ngày 8, 9.10`, `đến 29 hoặc 30.7`: two days of one month, the month written once after
# the last
AND_DOT_DAYS = re.compile(
    r"((?<!\w)(?:ngày|đến)[^\S\n]+)([0-9]{1,2})([^\S\n]*,[^\S\n]*|[^\S\n]+(?:và|hoặc)[^\S\n]+)([0-9]{1,2})\.([0-9]{1,2})\b(?![.,]?[0-9])",
    re.IGNORECASE,
)
DATE_BEFORE = re.compile(r"ngày[^\S\n]+[0-9]{1,2}[./-][0-9]{1,2}\b", re.IGNORECASE)  # `từ ngày 27.7 đến 29 hoặc 30.7`
# `sáng mai, 8.7, tâm áp thấp`, `Từ 14h hôm nay, 20-11, cấm xe`: a day-month set off by commas after a day word
# names that day
# `chiều nay (2- 12),` (cl2): in brackets too
# the day-month set off by commas, or a bracket opening after it: `Sáng nay, 2-9 (theo giờ Việt Nam)` (fs2)
APPOSED = r"((?:nay|mai|qua)(?:,[^\S\n]+|[^\S\n]*\())([0-9]{1,2})MARK([0-9]{1,2})(?=[^\S\n]*(?:[,;:)(]|\.?$))"
APPOSED_DOT_DATE = re.compile(APPOSED.replace("MARK", r"\."), re.I)
APPOSED_DASH_DATE = re.compile(APPOSED.replace("MARK", r"[^\S\n]?-[^\S\n]?"), re.I)
# `Từ 1-4, ngưng qua cầu`, `từ 1-4 đến 17g ngày 18-4`: a day-month a span starts from, before a pause or a time
CLAUSE_START = re.compile(r"(?:^|[,.;:(])[^\S\n]*$")
SINCE = re.compile(r"(?<!\w)kể[^\S\n]+$", re.IGNORECASE)
INTO_DASH_DATE = re.compile(
    r"(v(?<!\wv)ào[^\S\n]+)([0-9]{1,2})-([0-9]{1,2})(?=[^\S\n]*(?:[.,;:)]|$))", re.M
)  # `vào 10-6.` (ep1)
STARTING = re.compile(r"\b(?:trở lại|bắt đầu|diễn ra|kéo dài|áp dụng|có hiệu lực)[^\S\n]+$", re.IGNORECASE)
FROM_LONE_DATE_LINES = hint_of(*(rf"{u}(?<=[tT]{u})[^\S\n]+[0-9]{{1,2}}-[0-9]" for u in "ừỪ"))  # its ừ first
FROM_LONE_DATE = re.compile(  # the letter first, in either case, then the rest ignoring case: a scan in C
    r"([tT](?<!\w[tT])(?i:ừ)[^\S\n]+)([0-9]{1,2})-([0-9]{1,2})"
    r"(?i:(?=(,)|[^\S\n]+(?:đến|tới)[^\S\n]+(?:hết[^\S\n]+)?(?:[0-9]{1,2}[^\S\n]*(?:g|h|giờ)(?!\w)|ngày|tháng)))"
)
MONTH_BEFORE = re.compile(r"tháng[^\S\n]+\w+[^\S\n]+$")
# `từ 28.6 đến ngày 9.7`, `từ 31.8 cho đến hết ngày 2.9` (cs2, cl2), `từ ngày 5-12 đến 7-12` (go2): "ngày" may open
# it, the end may say "cho", "hết", "ngày"; a span in apposition opens on "tức" (`(tức 4-10 đến ngày 7-10)`, dn1)
FROM_TO_DATES = re.compile(
    r"(t(?<!\wt)(?:ừ|ức))[^\S\n]+(?:ngày[^\S\n]+)?([0-9]{1,2})([-.])([0-9]{1,2})[^\S\n]+((?:cho[^\S\n]+)?(?:đến|tới)(?:[^\S\n]+hết)?)"
    r"[^\S\n]+(ngày[^\S\n]+)?([0-9]{1,2})\3([0-9]{1,2})\b(?![-./]?[0-9])",
    re.IGNORECASE,
)
# `từ ngày 31.8 - 6.9`, `từ 10.9 - 10.10` (aw2): two day-months after "ngày" or "từ" joined by a spaced dash
DASHED_DATE_SPAN = re.compile(
    r"(n(?<![^\W0-9_]n)gày[^\S\n]+|t(?<![^\W0-9_]t)ừ[^\S\n]+)([0-9]{1,2})([.-])([0-9]{1,2})[^\S\n]+[-–][^\S\n]+([0-9]{1,2})\3([0-9]{1,2})\b"
    r"(?![-./]?[0-9])",
    re.I,
)
WEEKDAYS = ("chủ nhật", "thứ hai", "thứ ba", "thứ tư", "thứ năm", "thứ sáu", "thứ bảy", *(f"thứ {d}" for d in "234567"))
AFTER_DAY_WORD = (  # looked for behind the day's first digit, which the pattern reads first (a fast scan)
    "|".join(f"(?<={w}[^\\S\\n][0-9])" for w in DAY_WORDS.split("|"))
    + "|(?<=nay[^\\S\\n]\\([0-9])|(?<=mai[^\\S\\n]\\([0-9])|(?<=qua[^\\S\\n]\\([0-9])|(?<=ngày[^\\S\\n]\\([0-9])"
    + "|(?<=nay,[^\\S\\n][0-9])|(?<=mai,[^\\S\\n][0-9])"  # `Sáng nay, 18-12,`: set off by commas, not 18 to 12
    + "".join(f"|(?<={w}[^\\S\\n]\\([0-9])" for w in WEEKDAYS)  # `ngày chủ nhật (6-6)` (bz2): the weekday's date
)
NEWS_DATE = re.compile(  # `Sáng ngày 9 - 9`, `rạng sáng nay 25 -11`: a dash with spaces is still the date's
    rf"([0-9](?:{AFTER_DAY_WORD})[0-9]?)([-.]|[^\S\n]?-[^\S\n]?)([0-9]{{1,2}})\b(?![-./]?[0-9]|[^\S\n]*(?:[-/][^\S\n]*[0-9]|phút|giờ))",
    re.IGNORECASE,
)
SET_OFF = re.compile(r"[^\S\n]*(?:[,;:)]|\.?$)", re.MULTILINE)
FIRST_DAY = re.compile(
    r"(n(?<![^\W0-9_]n)gày)[^\S\n]+([0-9]{1,2})([^\S\n]+(?:đến|tới)[^\S\n]+(?:ngày[^\S\n]+)?)([0-9]{1,2})([/.-])([0-9]{1,2})"
    r"(?:\5([0-9]{4}))?\b",
    re.I,
)
FIRST_DAY_MONTH = re.compile(  # `từ 22-1 đến 2-2-2017`: the first date lacks the year the last one has
    r"(t(?<!\wt)ừ)[^\S\n]+([0-9]{1,2})([-./])([0-9]{1,2})([^\S\n]+(?:đến|tới)[^\S\n]+)(?=[0-9]{1,2}\3[0-9]{1,2}\3[0-9]{4}\b)",
    re.I,
)
# `từ 13 đến hết 15-2`, `từ 1 đến 4/9`, `từ 24 đến 26/ 6` (cy2): the last day has the month; dotted with its year
# only (`từ 5 đến 6.6.2025`, jc2: a dot alone may be a number's)
SHORT_SPAN = re.compile(r"(t(?<!\wt)ừ)[^\S\n]+([0-9]{1,2})([^\S\n]+(?:đến|tới)[^\S\n]+(?:hết[^\S\n]+)?)([0-9]{1,2})"
                        r"(?:-|/[^\S\n]?|\.(?=[0-9]{1,2}\.[0-9]{4}))([0-9]{1,2})([-/.][0-9]{4})?\b(?![-./]?[0-9])",
                        re.I)  # fmt: skip


@digits_only
def read_day_month_ranges(text: str, ctx: Context) -> str:
    """`24 - 27/8` is the 24th to the 27th of August: "ngày hai mươi tư đến ngày hai mươi bảy tháng tám".

    After a count of days (`trong hai ngày 30-31/7`) "ngày" is said once: the count has named them as days. After a
    written "mùng" (`tức từ mùng 01-10/3`, cv2: 2 spans) neither "ngày" nor a second "mồng" is said: "mùng một đến
    mười tháng ba", where it was "mùng ngày mồng một đến ngày mồng mười", the word twice."""

    def read(m: re.Match[str]) -> str:
        first, last, month = int(m.group(1)), int(m.group(2)), int(m.group(4))
        if not (_valid_day(first) and _valid_day(last) and first < last and 1 <= month <= 12):
            return m.group(0)
        if m.group(3) == "." and not _dotted_span(text, m):
            return m.group(0)  # `từ ngày 3 - 31.12` is a date; `3 - 4.5` without "ngày" is not ours to guess
        if COUNTED_DAYS.search(text, max(0, m.start() - 14), m.start()):
            return f"{_day(first, ctx.style)} đến {_day_month(last, month, ctx.style)}"  # `trong hai ngày 30-31/7`
        if MUNG_BEFORE.search(text, max(0, m.start() - 6), m.start()):  # `mùng 01-10/3`: the text said the word
            return f"{read_int(first, ctx.style)} đến {read_int(last, ctx.style)} tháng {read_month(month, ctx.style)}"
        return _day_span(text, m.start(), first, last, month, ctx.style)

    return sub_on_hinted_lines(DAY_MONTH_RANGE_LINES, DAY_MONTH_RANGE, read, text)


def _dotted_span(text: str, m: re.Match[str]) -> bool:
    """`ngày 4 - 10.3`, `đêm 22 - 23.8`: a dot between day and month after these words or a part of the day is a date
    (a decimal takes a comma; "tháng" to every annotator, 8 of 8), unless an amount follows (`từ 2 – 2.5 lần`)."""
    before = DOT_SPAN_BEFORE.search(text, max(0, m.start() - 12), m.start()) or after_a_daypart(text, m.start())
    return bool(before) and not AMOUNT_AFTER.match(text, m.end())


@digits_only
@on_lines_matching(r"\.[0-9]{1,2}\b")  # each pattern's day.month; a scan in C where the words before it are not
def read_dotted_day_ends(text: str, ctx: Context) -> str:
    """`từ nay đến 22.3`, `đến hết 28.2` (hu1), `trong hai ngày 3 và 4.12`: a dotted day.month ending a span of days
    is a date, "đến ngày hai mươi hai tháng ba" (17 spans of 19 say "ngày" after "đến": `ngày mai đến 20.11`, dv1
    and nine power-cut pages), "mồng ba và mồng bốn tháng mười hai" (ad2); read as decimals the listener hears a
    number where a day was written. So are `các ngày 8, 9.10` (f1), `từ ngày 27.7 đến 29 hoặc 30.7` (f2) and a
    day-month set off by commas after a day word, `sáng mai, 8.7,` "sáng mai, ngày mồng tám tháng bảy" (aa1):
    every annotator wrote "tháng" there."""

    def now_to(m: re.Match[str]) -> str:
        day, month = int(m.group(2)), int(m.group(3))
        if not _valid_date(day, month) or AMOUNT_AFTER.match(m.string, m.end()):
            return m.group(0)  # `từ nay đến 2.5 mét` is an amount however it is written
        return f"{m.group(1)}ngày {_day_month(day, month, ctx.style)}"

    def two_days(m: re.Match[str]) -> str:
        first, last, month = int(m.group(2)), int(m.group(4)), int(m.group(5))
        if not (_valid_day(first) and _valid_day(last) and first < last and 1 <= month <= 12):
            return m.group(0)
        if AMOUNT_AFTER.match(m.string, m.end()) or (m.group(1)[:3].lower() == "đến" and not _dated(m)):
            return m.group(0)  # `đến 3 hoặc 4.5 mét`, `lên đến 29 hoặc 30.5 điểm` count amounts
        return f"{m.group(1)}{_day(first, ctx.style)}{m.group(3)}{_day_month(last, month, ctx.style)}"

    if "." not in text:
        return text
    text = APPOSED_DOT_DATE.sub(lambda m: _apposed(m, ctx), NOW_TO_DOT_DATE.sub(now_to, text))
    return AND_DOT_DAYS.sub(two_days, text)


def _apposed(m: re.Match[str], ctx: Context) -> str:
    day, month = int(m.group(2)), int(m.group(3))
    if not _valid_date(day, month):
        return m.group(0)
    return f"{m.group(1)}ngày {_day_month(day, month, ctx.style)}"


@digits_only
@on_lines_matching(r"-(?:(?<=[0-9]-)|(?<=[0-9] -))")  # the dash after the day: the dash first, a fast scan
def read_apposed_dash_dates(text: str, ctx: Context) -> str:
    """`Từ 14h hôm nay, 20-11, cấm xe`, `Sáng nay, 18-12, Hội đồng`: a dashed day-month set off by commas after
    "nay"/"mai"/"qua" names that day, as the dotted one does; read as a range ("hai mươi đến mười một") the listener
    hears two numbers where a date was written (batch af1). The annotators say "ngày" there, 3 spans of 3."""
    return APPOSED_DASH_DATE.sub(lambda m: _apposed(m, ctx), text)


def _dated(m: re.Match[str]) -> bool:
    """An end of a span (`đến 29 hoặc 30.7`) is days only when the span began on a written day-month."""
    line_start = m.string.rfind("\n", 0, m.start()) + 1  # within the line, whichever lines the rule was given
    return bool(DATE_BEFORE.search(m.string, max(line_start, m.start() - 40), m.start()))


@digits_only
def read_lone_from_dates(text: str, ctx: Context) -> str:
    """`Từ 1-4, ngưng qua cầu`, `từ 1-4 đến 17g ngày 18-4`, `từ 22-3 đến tháng 8-2018`: a tight day-month after "từ"
    followed by a pause or by an end that is a time, a day or a month is the day the span starts, "từ ngày mồng một
    tháng tư" (batch ad1); "từ một đến bốn" names no day. `từ 18 – 39,` (ages, spaced, no month) stays a range."""

    def read(m: re.Match[str]) -> str:
        day, month = int(m.group(2)), int(m.group(3))
        if not _valid_date(day, month):
            return m.group(0)
        if m.re is FROM_LONE_DATE and m.group(4) and not _starts_a_time(m):
            return m.group(0)  # a pause alone after a clause's middle `từ 3-5,` may still count people
        return f"{m.group(1)}ngày {_day_month(day, month, ctx.style)}"

    text = INTO_DASH_DATE.sub(read, text) if "vào" in text else text
    return sub_on_hinted_lines(FROM_LONE_DATE_LINES, FROM_LONE_DATE, read, text)


def _starts_a_time(m: re.Match[str]) -> bool:
    """ "Từ" opening a clause, or "kể từ" ("since") anywhere, names the point a time starts from: `Theo trình báo,
    kể từ 1-7, chị biết` is the first of July (batch ag1), never "one to seven"; a count has no "since". So does "từ"
    after a verb of starting (`xuất hiện trở lại từ 1-6, xảy ra`, ep1)."""
    before = (CLAUSE_START, SINCE, STARTING)
    return any(cue.search(m.string, 0, m.start()) is not None for cue in before)


@digits_only
@on_lines_matching(
    r"-(?<=[0-9]-)[^\S\n]?[0-9]", r"\.(?<=[0-9]\.)[0-9]", r"-(?<=[0-9][^\S\n]-)[^\S\n]?[0-9]"
)  # the patterns all hold
def read_news_dates(text: str, ctx: Context) -> str:
    """`sáng 3-8`, `ngày 18.10`, `đêm 5.11`, `(3-8)` after "nay": news style writes day-month with - or .

    Only after a word of the day (ngày, sáng, đêm, an hour...), in brackets after "nay/mai/qua", or as `từ 12-10 đến
    20-10`: `cấp 9-10` and `từ 3-5 người` stay ranges, and `2,5` is a number (Vietnamese decimals take a comma, so a
    dot between a day and a month after such a word is a date). A spaced dash (`ngày 9 - 9`, `Chiều 4- 11`, fd2) is the
    same date; `mỗi ngày 3-5 huyện` (each day, fd1) counts."""

    def read(m: re.Match[str]) -> str:
        day, month = int(m.group(1)), int(m.group(3))
        if not _valid_date(day, month) or after_each(m.string, m.start()):
            return m.group(0)
        # m.string, not `text`: the spans before have already been rewritten, and indices are the rewritten text's
        if m.start() > 0 and m.string[m.start() - 1] == "(":
            return f"ngày {_day_month(day, month, ctx.style)}"  # "ngày mai (ngày mồng bốn tháng tám)"
        if m.string.endswith(",", 0, m.start() - 1) and not SET_OFF.match(m.string, m.end()):
            return m.group(0)  # `sáng nay, 2.5 tấn`: only a day-month set off by commas names the day
        if after_a_daypart(m.string, m.start()):
            return f"ngày {_day_month(day, month, ctx.style)}"  # "sáng ngày hai mươi bảy tháng tám"
        return _day_month(day, month, ctx.style)  # "sáng mồng ba tháng tám", "ngày mười tám tháng mười"

    def span(m: re.Match[str]) -> str:
        (first, fm), (last, lm) = (int(m.group(2)), int(m.group(4))), (int(m.group(7)), int(m.group(8)))
        if not _date_span(first, fm, last, lm) or AMOUNT_AFTER.match(m.string, m.end()):
            return m.group(0)  # `mực nước từ 2.5 đến 3.5 mét` is an amount
        return (
            f"{m.group(1)} ngày {_day_month(first, fm, ctx.style)} {m.group(5)} ngày {_day_month(last, lm, ctx.style)}"
        )

    def second(m: re.Match[str]) -> str:
        day, month = int(m.group(2)), int(m.group(3))
        if not (_valid_date(day, month) and MONTH_BEFORE.search(m.string, 0, m.start())):
            return m.group(0)
        said = DATE_SAID_BEFORE.search(m.string, max(0, m.start() - 40), m.start())  # the first said "ngày"
        return m.group(1) + ("ngày " if said else "") + _day_month(day, month, ctx.style)  # `nghỉ lễ 30-4 và 1-5`

    text = NEWS_DATE.sub(read, FROM_TO_DATES.sub(span, DASHED_DATE_SPAN.sub(lambda m: _dashed(m, ctx), text)))
    return AND_DAY.sub(second, text)


def _dashed(m: re.Match[str], ctx: Context) -> str:
    """`Tuần từ ngày 31.8 - 6.9`: "ngày ba mươi mốt tháng tám đến ngày mồng sáu tháng chín" (z1), not decimals."""
    (first, fm), (last, lm) = (int(m.group(2)), int(m.group(4))), (int(m.group(5)), int(m.group(6)))
    if not _date_span(first, fm, last, lm) or AMOUNT_AFTER.match(m.string, m.end()):  # `ngày 2.5 - 3.5 triệu`
        return m.group(0)
    day = "" if m.group(1)[0] in "nN" else "ngày "  # after "từ" the first day is named too
    return f"{m.group(1)}{day}{_day_month(first, fm, ctx.style)} đến ngày {_day_month(last, lm, ctx.style)}"


def _date_span(first: int, month: int, last: int, last_month: int) -> bool:
    """Two day-months a span of dates runs between: valid, and the second after the first by less than half a year
    (`từ 20.11 - 5.1` crosses the new year). `từ 2.5 - 5.4 là trung bình` (aw1, a heat index's scale: "hai phẩy năm
    đến năm phẩy bốn") would run back a month: those are decimals, as the dot makes them in an English text."""
    ahead = (last_month - month) % 12
    valid = _valid_date(first, month) and _valid_date(last, last_month)
    return valid and (0 < ahead <= 6 or (ahead == 0 and first < last))


@digits_only
@on_lines_matching(*UNTIL_HINTS)
def read_first_days(text: str, ctx: Context) -> str:
    """`từ ngày 4 đến 8/11/2019`, `từ ngày 12 đến 18-5`, `từ ngày 4 đến 6-12-2022`, `từ 22-1 đến 2-2-2017`: the
    first day of a span written short is a day too, and "ngày" is said before it as before the last."""

    def read(m: re.Match[str]) -> str:
        first, last, month = int(m.group(2)), int(m.group(4)), int(m.group(6))
        if not (_valid_day(first) and _valid_day(last) and 1 <= month <= 12):
            return m.group(0)
        year = f"/{m.group(7)}" if m.group(7) else ""  # `đến 6-12-2022`: the year goes with the last day
        return f"{m.group(1)} {_day(first, ctx.style)}{m.group(3)}{m.group(4)}/{m.group(6)}{year}"

    def day_month(m: re.Match[str]) -> str:
        day, month = int(m.group(2)), int(m.group(4))
        if not _valid_date(day, month):
            return m.group(0)
        return f"{m.group(1)} ngày {_day_month(day, month, ctx.style)}{m.group(5)}"

    return FIRST_DAY_MONTH.sub(day_month, FIRST_DAY.sub(read, text))


@digits_only
@on_lines_matching(*UNTIL_HINTS)
def read_short_spans(text: str, ctx: Context) -> str:
    """`từ 12 đến 18-1`, `từ 13 đến hết 15-2`, `từ 1 đến 4/9`: two days, the month written once after the last; both
    are days ("từ ngày mười hai đến ngày mười tám tháng một"), never "mười tám đến một" or a bare "từ một".
    `từ 3-5 người` has no "đến" and stays a range. With a year (`từ 26 đến 28/5/2024`, dr2; w1) the last date is left
    to the date rules, which said "ngày" before it and none before the first."""

    def read(m: re.Match[str]) -> str:
        first, last, month = int(m.group(2)), int(m.group(4)), int(m.group(5))
        if not (_valid_day(first) and _valid_day(last) and first < last and 1 <= month <= 12):
            return m.group(0)
        if m.group(6):
            return f"{m.group(1)} ngày {_day(first, ctx.style)}{m.group(3)}{last}/{month}/{m.group(6)[1:]}"
        return f"{m.group(1)} ngày {_day(first, ctx.style)}{m.group(3)}ngày {_day_month(last, month, ctx.style)}"

    return SHORT_SPAN.sub(read, text)
