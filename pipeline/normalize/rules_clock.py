"""Times as notices really type them, measured on the blind batches (tests/data/corpus/batch-a, batch-b).

`1g00`, `23g đến 5g sáng`, `8h0`, `22giờ 00`, `lúc22 giờ30'`, `8 giờ 00`, `0 giờ 30 ngày`, `0 giờ 31.12`,
`7h/20/7`, `19:04 PM`. Each rule rewrites its shape into one the time and date rules already read (`17h30`,
`31/12`), or reads it itself, and says why; they run before the date and time rules (see `normalize.RULES`).
"""

from __future__ import annotations

import re

from .context import Context
from .lines import digits_only, on_lines_matching, on_lines_with
from .numbers import read_int
from .rules_numbers import _day_month, _valid_date
from .syllable import is_syllable

# fast scans (each opens with a literal or one class) for the lines each rule may change
GLUE_WORD_HINT = re.compile(r"[0-9](?<=[ừcni][0-9])")
GLUE_HOUR_HINT = re.compile(r"giờ(?:(?=[0-9]|ngày)|(?<=[0-9]giờ))|phút(?<=[0-9]phút)")
HOUR_HINT = re.compile("giờ")
AM_PM_HINT = re.compile(r":[0-9][0-9][^\S\n]*(?:[AaPp][Mm]|SA|CH)\b")
G_HINT = re.compile(r"g(?<=[0-9]g)(?:(?!\w)|[0-9][0-9])")  # the g first, a digit behind it: a scan in C
GLUED_BEFORE = re.compile(r"(?=[tTlLđĐ])\b(từ|lúc|đến|tới)(?=[0-9])", re.IGNORECASE)
# `Ngày16/5`, `Hình thành9 tháng 7`, `Quận1`: a word with a Vietnamese mark typed against a number.
GLUED_WORD = re.compile(r"[^\x00-\x7f](?<=[^\W0-9_])[a-z]{0,3}(?=[0-9])")  # its marked letter first: a fast scan
GLUED_WORD_HINT = re.compile(r"[0-9](?<=[^\W0-9_][0-9])")  # a digit right after a letter: the digit first, a fast scan
WORD_BEFORE = re.compile(r"[^\W0-9_]{1,6}$")  # the letters of the word before its mark
# `14:15Khi nào`, `16:28Chi tiết`: a page's time stamp typed against the title after it.
GLUED_CLOCK = re.compile(r"([0-9](?<![\w.,:][0-9])[0-9]?:[0-5][0-9])(?=[^\W0-9_])")
GLUED_CLOCK_HINT = re.compile(r":[0-5][0-9](?=[^\W0-9_])")  # the colon first: a scan in C, not one at every digit
# `ngày 18/10Lễ hội rước kiệu` (aq2): a date typed against the capital of a Vietnamese word after it
GLUED_DATE = re.compile(  # `18/10Lễ`, `22/7có` (ax1): a word with a Vietnamese mark typed against a date; after a
    r"([0-9](?<![\w.,/][0-9])[0-9]?/[0-9]{1,2}(?:/[0-9]{4})?)(?=[A-ZĐ][^\W0-9_]*[^\x00-\x7f]|[a-zđ]{0,3}[^\x00-\x7f]"
    r"|(?<=/[0-9]{4})[A-ZĐ][a-zđ])"  # year, any word that opens a sentence (`27/04/2018Trong`, cs1)
)
GLUED_DATE_HINT = re.compile(r"/[0-9]{1,2}(?:/[0-9]{4})?(?=[^\W0-9_])")  # the slash first, as the clock's colon
GLUED_HOUR = re.compile(r"([0-9])(giờ|phút)|(giờ)(?=[0-9]|ngày)")
G_MINUTES = re.compile(r"([0-9](?<![\w.,][0-9])[0-9]?)g([0-9]{2})(?![\w])")
G_DAYPART = re.compile(r"([0-9](?<![\w.,][0-9])[0-9]?)g(?=[^\S\n]+(?:sáng|trưa|chiều|tối|đêm)\b)")
# `17g ngày 18-4`, `khoảng 18g cùng ngày` (do1), `20g hôm qua`: an hour before its day; grams are never dated
G_DATE = re.compile(r"([0-9](?<![\w.,][0-9])[0-9]?)g(?=[^\S\n]+(?:(?:cùng[^\S\n]+)?ngày|hôm[^\S\n]+(?:nay|qua|sau))\b)")
G_AT = re.compile(r"(?=[lLhHtT])\b((?:lúc|hồi|tính đến)[^\S\n]+[0-9]{1,2})g(?![\w])", re.IGNORECASE)  # `tính đến 13g`
# `8g-14g`: two hours of a power-cut table; grams are weighed, never given as a range of two glued g's
G_RANGE = re.compile(r"([0-9](?<![\w.,][0-9])[0-9]?)g([^\S\n]*(?:đến|tới|-|–)[^\S\n]*)([0-9]{1,2})g(?![\w/])")
G_BEFORE_RANGE = re.compile(r"([0-9](?<![\w.,][0-9])[0-9]?)g([^\S\n]*(?:đến|tới|-|–)[^\S\n]*[0-9]{1,2}h)")
G_AFTER_RANGE = re.compile(r"([0-9]{1,2}h[0-9]{0,2}[^\S\n]*(?:đến|tới|-|–)[^\S\n]*[0-9]{1,2})g(?![\w])")
SECONDS_AFTER = re.compile(r"[^\S\n]*[0-9]{1,2}[^\S\n]*giây")  # `04 giờ 00 phút 58 giây` (jx2): a quake's time
HOUR_MINUTES = re.compile(
    r"([0-9](?<![\w.,][0-9])[0-9]?)[^\S\n]*giờ[^\S\n]*([0-9]{2})"
    r"(?:[^\S\n]*['’′]|(?<=00)(?:[^\S\n]*phút(?!\w)|(?![\w'’′]|[.,:][0-9])))",
    re.MULTILINE,
)
HOUR_THEN_DATE = re.compile(r"(giờ[^\S\n]+)([0-9]{1,2})\.([0-9]{1,2})(?![0-9.,]|[.,][0-9])")
TIME_SLASH_DATE = re.compile(
    r"([0-9](?<![\w.,][0-9])[0-9]?h[0-9]{0,2})/[^\S\n]?(?=[0-9]{1,2}/[0-9]{1,2})"
)  # `16h/ 21/7` too
# the slash first, the hour behind it: a fast scan for the lines that have an hour and a slash
TIME_SLASH_HINT = re.compile(r"/(?:(?<=[0-9]h/)|(?<=[0-9]h[0-9]/)|(?<=[0-9]h[0-9][0-9]/))[^\S\n]?[0-9]")
# `22h45/09`, and a whole hour: `(lúc 0h/4)` (an1, 2 spans of 2: "không giờ ngày mồng bốn")
TIME_SLASH_DAY = re.compile(r"([0-9](?<![\w.,][0-9])[0-9]?h[0-9]{0,2})/(0?[1-9]|[12][0-9]|3[01])(?![0-9/.,:h])")
CLOCK = r"(?:[01]?[0-9]|2[0-3]):[0-5][0-9]"
TABLE_TIMES = re.compile(rf"^([^\S\n]*)({CLOCK})[^\S\n]+({CLOCK})(?=[^\S\n])", re.M)
# `Thứ ba, 19 Tháng 10 2021 07:26` (hx2): a site's dateline, the month's word between a day and a year
WORDED_MONTH_DATE = re.compile(
    r"\b([0-9]{1,2})[^\S\n]+[Tt](?:háng|HÁNG)[^\S\n]+([0-9]{1,2})[^\S\n]+((?:19|20)[0-9][0-9])\b(?![.,][0-9])"
)
SPACED_MINUTES = re.compile(
    r"([0-9](?<![\w.,:][0-9])[0-9]?h)[^\S\n]([0-5][0-9])(?![0-9]|[/.,:][0-9]|[^\S\n]*[/.-][^\S\n]*[0-9])"
)
DOUBLED_HOUR = re.compile(  # `0h00 giờ`, `04:00 giờ` (hx1), not `9h45 giờ Việt Nam` (the clock of a place)
    r"([0-9](?<![\w.,][0-9])[0-9]?(?:h[0-9]{0,2}|:[0-5][0-9]))[^\S\n]+giờ\b"
    r"(?![^\S\n]*[0-9]|[^\S\n]+(?:[A-ZĐ]|(?:địa phương|quốc tế|chuẩn)\b))"
)
# `từ 21 giờ ngày 18-6 đến 5 giờ 19-6`: a span's end hour, then its day with no "ngày" (the start said it)
END_HOUR_DAY = re.compile(
    r"\b((?:đến|tới)[^\S\n]+[0-9]{1,2}[^\S\n]*(?:giờ|h)(?:[^\S\n]*[0-5][0-9])?)[^\S\n]+"
    r"(?=(?:[12][0-9]|3[01]|0?[1-9])[-/](?:1[0-2]|0?[1-9])(?![0-9/-]|[.,][0-9]|[^\S\n]*(?:giờ|h)\b))"
)
# `Từ đêm 27 đến sáng 28/10`, `Từ chiều 23 đến ngày 24-10`: a part of a day and a bare day, the span's end dated
DAYPART_DAY = re.compile(
    r"(?<!\w)((?:đêm|tối|chiều|sáng|trưa)[^\S\n]+)(?=(?:[12][0-9]|3[01]|0?[1-9])[^\S\n]+(?:đến|tới)[^\S\n]+"
    r"(?:(?:rạng[^\S\n]+)?(?:sáng|trưa|chiều|tối|đêm)[^\S\n]+)?(?:ngày[^\S\n]+)?[0-9]{1,2}[-/.][0-9]{1,2}\b)",
    re.IGNORECASE,
)
DAYPART_SPAN_END = (  # what follows the span's word in DAYPART_DAY: its line hint's tail
    r"(?i:[^\S\n]+(?:(?:rạng[^\S\n]+)?(?:sáng|trưa|chiều|tối|đêm)[^\S\n]+)?(?:ngày[^\S\n]+)?)[0-9]{1,2}[-/.][0-9]"
)
DATED_START = re.compile(r"\bngày[^\S\n]+[0-9]{1,2}[-/][0-9]{1,2}\b", re.IGNORECASE)
AM_PM = re.compile(r"([0-9](?<![\w.,][0-9])[0-9]?):([0-9]{2}(?::[0-9]{2})?)[^\S\n]*([AP]M|[ap]m|SA|CH)\b")
CAPITAL_H = re.compile(r"H(?<=[0-9]H)(?=[0-5][0-9](?![0-9\w]))")  # `11H38`: an hour and its minutes, the h in capitals


def _unglue_words(line: str) -> str:
    line = GLUED_BEFORE.sub(r"\1 ", line) if GLUE_WORD_HINT.search(line) else line
    return GLUED_WORD.sub(_unglue_word, line)


@digits_only
def unglue_times(text: str, ctx: Context) -> str:
    """`từ17 giờ`, `lúc22 giờ30'`, `22giờ 00`, `21 giờngày`, `Ngày16/5`, `14:15Khi`, `18/10Lễ`: a word typed against a
    number is two words; `11H38` is the clock `11h38`.

    Glued, `lúc22` is no word the voice knows and `giờ30` is not read as a time at all.
    """
    text = CAPITAL_H.sub("h", text) if "H" in text else text  # `11H38:` in a heading in capitals (bh2)
    text = on_lines_with(GLUED_WORD_HINT, text, _unglue_words)  # its lines hold GLUE_WORD_HINT's: one scan for both
    text = on_lines_with(GLUED_CLOCK_HINT, text, lambda line: GLUED_CLOCK.sub(r"\1 ", line))
    text = on_lines_with(GLUED_DATE_HINT, text, lambda line: GLUED_DATE.sub(r"\1 ", line))
    return on_lines_with(GLUE_HOUR_HINT, text, lambda line: GLUED_HOUR.sub(_unglue_hour, line))


@digits_only
@on_lines_matching(r"h(?<=[0-9]h)[^\S\n][0-5][0-9]")
def join_spaced_minutes(text: str, ctx: Context) -> str:
    """`7h 30: Khai mạc`, `từ 16h 30 cho tới 19h`: the minutes typed a space after the hour's h are its minutes,
    "bảy giờ ba mươi phút" as for `7h30` (4 spans of 4; ic2 three times: "phút" was not said); not a date's day
    after an hour (`lúc 8h 04/11`) nor a decimal."""
    return SPACED_MINUTES.sub(r"\1\2", text)


# `lúc 07.30 phút` (co2), `lúc 19.45`: an hour and its minutes with a dot; the dot is a date's (`ngày 19.10`) unless
# "phút" follows or the minutes are no month after "lúc"
DOTTED_CLOCK = re.compile(r"\.(?<=[0-9]\.)([0-5][0-9])(?![0-9.,]|\.[0-9])")  # the dot first: a fast scan
DOTTED_HOUR = re.compile(r"(?<![0-9.,])(?:[01]?[0-9]|2[0-3])$")
AT_BEFORE = re.compile(r"(?<!\w)lúc[^\S\n]+[0-9][0-9]?$", re.IGNORECASE)
MINUTES_WORD = re.compile(r"[^\S\n]+phút\b")


@digits_only
def read_dotted_clock_times(text: str, ctx: Context) -> str:
    """`khai mạc lúc 07.30 phút`, `lúc 19.45`: an hour written with a dot before its minutes is the time, "bảy giờ ba
    mươi phút"; read as a decimal it was "bảy phẩy ba mươi phút". Only where "phút" follows or, after "lúc", where the
    minutes are above twelve: `ngày 19.10`, `lúc 1 giờ ngày 12.11` are dates."""

    def read(m: re.Match[str]) -> str:
        hour = DOTTED_HOUR.search(m.string, max(0, m.start() - 3), m.start())
        timed = MINUTES_WORD.match(m.string, m.end()) or (
            int(m.group(1)) > 12 and AT_BEFORE.search(m.string, max(0, m.start() - 8), m.start())
        )
        return f" giờ {m.group(1)}" if hour and timed else m.group(0)

    return DOTTED_CLOCK.sub(read, text) if "phút" in text or "lúc" in text else text  # `in`: a scan in C


@on_lines_matching(r":[0-5][0-9][^\S\n]+[0-9]")
def read_table_time_pairs(text: str, ctx: Context) -> str:
    """`06:00 11:00 Khu vực xã Lục Dạ`: a power-cut table copied from a page loses its columns' borders, and a line
    that opens with two clock times is the cut's start and end; read without a word between them the listener hears
    two unrelated times. The pair becomes a range, "từ sáu giờ đến mười một giờ", as the annotator of p1 read every
    row of such a table; a pair inside a sentence is left alone (`lúc 06:00 11:00 ...` is no table row)."""
    return TABLE_TIMES.sub(r"\1từ \2 đến \3", text) if ":" in text else text


def _unglue_word(m: re.Match[str]) -> str:
    """Only a Vietnamese word with a mark (`Ngày`, `thành`) is parted: `Ri6`, `H5N1`, `m2`, `E9` are codes and
    units whose letters belong to the number."""
    before = WORD_BEFORE.search(m.string, max(0, m.start() - 7), m.start())
    head = before.group(0) if before else ""
    whole = not m.string[max(0, m.start() - len(head) - 1) : m.start() - len(head)].isalpha()
    return f"{m.group(0)} " if whole and is_syllable(head + m.group(0)) else m.group(0)


def _unglue_hour(m: re.Match[str]) -> str:
    return f"{m.group(1)} {m.group(2)}" if m.group(1) else "giờ "


@digits_only
def read_g_hours(text: str, ctx: Context) -> str:
    """`1g00`, `4g00`, `23g đến 5g sáng`, `lúc 9g`: "g" after an hour is "giờ", as `h` is, not grams.

    With minutes, before a part of the day or a day (`từ 7g ngày 1-4`, `18g cùng ngày`, `20g hôm qua`: grams are
    never dated), after "lúc" or "hồi" (`Hồi 10g`, a storm bulletin's hour), two such as a range (`8g-14g`, al2's
    cut table), or in a span with such a time, it is a time;
    `500g` or `5g muối` alone stay grams.
    """
    return on_lines_with(G_HINT, text, _g_hours)


def _g_hours(line: str) -> str:
    line = G_AT.sub(r"\1h", G_DAYPART.sub(r"\1h", G_MINUTES.sub(r"\1h\2", line)))
    line = G_RANGE.sub(_g_range, G_DATE.sub(r"\1h", line))
    return G_AFTER_RANGE.sub(r"\1h", G_BEFORE_RANGE.sub(r"\1h\2", line))


# `vào hồi 20 tối 13/8`: an hour after "hồi" or "lúc" and before a part of the day, its "giờ" left out
BARE_HOUR = re.compile(r"\b((?:[Hh]ồi|[Ll]úc)[^\S\n]+)(1?[0-9]|2[0-4])(?=[^\S\n]+(?:sáng|trưa|chiều|tối|đêm)\b)")


@digits_only
@on_lines_matching(r"ồi[^\S\n][0-9](?<=[Hh]ồi[^\S\n][0-9])", r"úc[^\S\n][0-9](?<=[Ll]úc[^\S\n][0-9])")
def read_bare_hours(text: str, ctx: Context) -> str:
    """`vào hồi 20 tối 13/8` (hr2), `lúc 7 sáng nay`: a number after "hồi" or "lúc" before a part of the day is the
    hour, "hai mươi giờ tối", as `20h tối` is; the number rule read a bare "hai mươi tối"."""
    return BARE_HOUR.sub(r"\1\2h", text)


def _g_range(m: re.Match[str]) -> str:
    """Both ends must be hours of a day (`8g-14g`); `30g-50g` is a weight."""
    first, between, last = m.groups()
    return f"{first}h{between}{last}h" if max(int(first), int(last)) <= 24 else m.group(0)


@digits_only
def read_hour_minutes(text: str, ctx: Context) -> str:
    """`8 giờ 00 ngày` is "tám giờ ngày", `0 giờ15'` "không giờ mười lăm phút" (a prime marks minutes).

    `00` minutes are not said ("tám giờ không ngày" sounds like a zeroth day; `Từ 8 giờ 00 đến 9 giờ 00:` in a
    programme, before its colon, neither; `đến 23 giờ 00 hàng ngày` before any word, as every annotator wrote it;
    nor `22 giờ 00 phút`, "hai mươi hai giờ": aw1 2 spans of 2, and the older batches' 2 of 2), unless seconds
    follow (`04 giờ 00 phút 58 giây`, an earthquake's time, jx2: "không phút"); other minutes before
    "ngày" are left as they are read now ("bảy giờ ba mươi ngày", as the real pairs have it).
    """
    return on_lines_with(HOUR_HINT, text, lambda line: _hour_minutes(line, ctx))


def _hour_minutes(text: str, ctx: Context) -> str:
    text = HOUR_THEN_DATE.sub(lambda m: _hour_then_date(m, ctx), text)

    def read(m: re.Match[str]) -> str:
        hour, minute = int(m.group(1)), int(m.group(2))
        if hour > 24 or minute > 59:
            return m.group(0)
        said = minute or SECONDS_AFTER.match(text, m.end())  # zero minutes before seconds are said: "không phút"
        minutes = f" {read_int(minute, ctx.style)} phút" if said else ""
        return f"{read_int(hour, ctx.style)} giờ{minutes}"

    return HOUR_MINUTES.sub(read, text)


def _hour_then_date(m: re.Match[str], ctx: Context) -> str:
    """`0 giờ 31.12`: a day and month after the hour (news write them with a dot), "giờ ngày ba mươi mốt ..."."""
    day, month = int(m.group(2)), int(m.group(3))
    if not _valid_date(day, month):
        return m.group(0)
    return f"{m.group(1)}ngày {_day_month(day, month, ctx.style)}"


@digits_only
def split_time_from_date(text: str, ctx: Context) -> str:
    """`lúc 7h/20/7`: the slash parts an hour from its day, "bảy giờ ngày hai mươi tháng bảy", not "một ngày".

    A river bulletin's table gives the day alone after the time, its month in the heading: `22h45/09` is "hai mươi
    hai giờ bốn mươi lăm phút ngày mồng chín" (as annotated), never a ratio "bốn mươi lăm trên chín"."""
    return on_lines_with(
        TIME_SLASH_HINT, text, lambda line: TIME_SLASH_DAY.sub(r"\1 ngày \2", TIME_SLASH_DATE.sub(r"\1 ", line))
    )


@digits_only
def read_am_pm(text: str, ctx: Context) -> str:
    """`9:33 AM`, `03:00 PM`, `4:53:27 PM`: a 12-hour time is said with its part of the day, "ba giờ chiều", as the
    annotators of three batches read it; `20:33 PM`, already a 24-hour time, says it too, "hai mươi giờ ba mươi ba
    phút tối" (9 spans of 11 said it, gk2 among them: dropping "PM" lost it), never "pê em".
    Vietnamese pages write `7:51:11 SA` (sáng) and `CH` (chiều) for AM and PM: no one reads them as a word "sa"."""
    return on_lines_with(AM_PM_HINT, text, lambda line: AM_PM.sub(_am_pm, line))


def _am_pm(m: re.Match[str]) -> str:
    hour, rest, pm = int(m.group(1)), m.group(2), m.group(3).upper() in ("PM", "CH")
    if hour == 12:
        return f"12:{rest} trưa" if pm else f"0:{rest}"
    if hour > 12 and pm:
        return f"{hour}:{rest} {_day_part(hour - 12)}"
    if hour > 12 or hour == 0:
        return f"{hour}:{rest}"
    return f"{m.group(1)}:{rest} {_day_part(hour) if pm else 'sáng'}"


def _day_part(hour: int) -> str:
    """The part of the day of an afternoon hour: until six "chiều" (`06:03 PM`, "sáu giờ ba phút chiều", as annotated),
    from seven "tối"."""
    return "chiều" if hour <= 6 else "tối"


@digits_only
@on_lines_matching("háng", "HÁNG")
def read_worded_month_dates(text: str, ctx: Context) -> str:
    """`Thứ ba, 19 Tháng 10 2021 07:26`: a day, the word "Tháng" and the month, then a year with no "năm" between
    (a site's template, hx2 twice) is the date `19/10/2021`, written so for the date rules: "ngày mười chín tháng
    mười năm hai nghìn…"; read by the month's word alone, the year followed the month with nothing between."""
    return WORDED_MONTH_DATE.sub(r"\1/\2/\3", text)


@digits_only
def drop_doubled_hours(text: str, ctx: Context) -> str:
    """`từ 0h00 giờ đến 0h15`, `04:00 giờ`: an hour typed as `0h00` or `04:00` and then named again says "giờ" once
    ("không giờ giờ" was heard, an2; "bốn giờ giờ", hx1); a number after "giờ" (`7h giờ 30`) is left as typed,
    and a place's clock (`9h45 giờ Việt Nam`, `giờ địa phương`) keeps its "giờ"."""
    return DOUBLED_HOUR.sub(r"\1", text) if "giờ" in text else text


@digits_only
# the hour, maybe its minutes, the day
@on_lines_matching(
    r"giờ[^\S\n]*[0-9]{1,2}(?:[^\S\n]+[0-9]{1,2})?[-/][0-9]", r"h[^\S\n]*[0-9]{1,2}(?:[^\S\n]+[0-9]{1,2})?[-/][0-9]"
)
def date_span_end_days(text: str, ctx: Context) -> str:
    """`từ 10 giờ ngày 21-8 đến 5 giờ 22-8`: when a span's start is dated with "ngày", the day after its end hour
    is a day too, "ngày hai mươi hai tháng tám" (ap1, and a second notice of the corpus); read alone it was "hai
    mươi hai đến tám", minutes and a range."""

    def end_day(m: re.Match[str]) -> str:
        return f"{m.group(1)} ngày " if DATED_START.search(m.string, 0, m.start()) else m.group(0)

    return END_HOUR_DAY.sub(end_day, text)


@digits_only
# the span's word (after a number, which a look-behind cannot span), then the date that ends the span
@on_lines_matching(*(rf"{word}{DAYPART_SPAN_END}" for word in ("đến", "tới")))
def date_daypart_span_starts(text: str, ctx: Context) -> str:
    """`Từ đêm 27 đến sáng 28/10`: the bare number after a part of the day, when the span's end is a dated day, is
    a day too, "đêm ngày hai mươi bảy" (aw2, bj1, bn1 and one more: 4 spans of 4); read alone it was a count."""
    return DAYPART_DAY.sub(r"\1ngày ", text)
