"""Large tallies, prime minutes, days before a written month and other shapes of issue 29, round 15.

`762.320/800.719 đối tượng`, `2325/2385 liều`, `5', 30'`, `từ: 10 đến 30 tháng 6`: shapes every annotator of
every batch reads one way and the general rules read another. Each rule says why; `normalize.RULES` gives the order.
"""

from __future__ import annotations

import re

from .context import Context
from .day_word import WEEKDAY_NAMED
from .lines import digits_only, on_lines_matching, on_lines_with
from .numbers import YEAR, read_int, read_month
from .rules_numbers import _day, _valid_day

BIG = r"[1-9](?:[0-9]{0,2}(?:\.[0-9]{3})+|[0-9]{3,6})"  # a thousand or more, grouped or not; a leading 0 is a phone
# `2325/2385 liều`: two large counts, then the word of what is counted (a slash before "/" is a document number)
# `0,3% (19/5.784)`: a small count over a large whole, in brackets after its rate (aq1)
GROUPED = r"[1-9][0-9]{0,2}(?:\.[0-9]{3})+"  # a whole written with its thousands dot: never a month nor a year
BIG_TALLY = re.compile(
    rf"((?=[1-9])(?<![0-9/.,]){BIG})/({BIG})(?=[^\S\n]*(?:[^\W0-9_]|\)))"
    rf"|((?=[1-9])(?<![0-9/.,])[1-9][0-9]{{0,2}})/({GROUPED}|[1-9][0-9]{{3}}(?![0-9.,]))(?=[^\S\n]*(?:[^\W0-9_]|\)))"
)
NUMBER_WORD = re.compile(r"(?<!\w)số[^\S\n]+$", re.IGNORECASE)  # `tổng đài số 156/5656`: two short numbers to call
BIG_TALLY_HINT = re.compile(r"/[1-9](?:[0-9]{0,2}\.[0-9]{3}|[0-9]{3})")  # the slash and a large count: a fast scan
# `5', 30'`: minutes marked with a prime, on their own (`15h30'` is the clock rules')
MINUTES = re.compile(r"([0-9](?<![\w'’./:,][0-9])[0-9]?)'(?![\w'])")  # opens with a digit: a fast scan
# `Ababa (78')`, `Lucas (Nam Định, 90')`: a match's minute, closing a bracket after a scorer's or a player's name
MATCH_MINUTE = re.compile(
    r"([0-9]{1,3})(?:(?<=\([0-9])|(?<=\([0-9][0-9])|(?<=\([0-9][0-9][0-9])|(?<=,[^\S\n][0-9][0-9]))['’](?=\))"
)
# `87':`, `90' 5:`, `90+3':` (ej2: 3 spans): a live report's line opens on the game's minute and its added time
LIVE_MINUTE = re.compile(
    r"^([0-9]{1,3})(?:['’][^\S\n]*([0-9]{1,2})['’]?|\+([0-9]{1,2})['’]|['’])(?=[^\S\n]*:)", re.MULTILINE
)
_S = r"[^\S\n]+"
MONTH_AFTER = rf"(?={_S}tháng{_S}(?:1[0-2]|0?[1-9])\b)"  # "tháng" and a month's number: a date, not `5 tháng tuổi`
# `từ 25 tháng 1 đến 10 tháng 2`: the day after "đến" between two dates
LAST_DAY = re.compile(rf"([0-9]{_S}tháng{_S}[0-9]{{1,2}}{_S}đến{_S})([0-9]{{1,2}}){MONTH_AFTER}")
# `từ: 10 đến 30 tháng 6`: two days that share the month written after the last
FIRST_DAY = re.compile(
    rf"(t(?<!\wt)ừ[^\S\n]*:?{_S})([0-9]{{1,2}})({_S}đến{_S})([0-9]{{1,2}}){MONTH_AFTER}", re.IGNORECASE
)
# `đến hết 10 tháng Giêng`, `(6 tháng Giêng)`: a day of the lunar year's first or last month (only the lunar
# calendar names them in words) alone: not after "ngày", which the dates read, its "mùng", or a range's "đến" or dash
LONE_DAY = r"(?<![\w/.,–-])(?<![-–] )(?<!ùng )(?<!mồng )(?<!đến )"  # no date's, "mùng"'s or a range's number
LUNAR_DAY = re.compile(rf"{LONE_DAY}(?<!ngày )(0?[1-9]|10)(?={_S}tháng{_S}(?:giêng|chạp)\b)", re.IGNORECASE)
# `từ 03 đến 06 Tết`, `từ 28 đến 02 Tết`, `ra từ ngày 1 Tết` (en2): the days of Tết are the lunar year's first, "mồng"
SEP = r"(?:[^\S\n]*,[^\S\n]*|[^\S\n]+và[^\S\n]+)"  # `mùng 4, 5, 6`, `mồng 1 và 2`: a list's comma or "và"
LISTED_AFTER_MUNG = re.compile(rf"(?i:mùng|mồng)[^\S\n]+[0-9]{{1,2}}(?:{SEP}[0-9]{{1,2}})*{SEP}$")
TET_DAYS = re.compile(
    rf"{LONE_DAY}((?i:mùng|mồng){_S})?([0-9]{{1,2}})(?:[^\S\n]*(?:[-–]|đến)[^\S\n]*([0-9]{{1,2}}))?(?={_S}Tết\b)"
)
# `ngày 15 - 29 tháng Chạp`, `(6 - 8 tháng Giêng)`, `mùng 2 – 6 tháng giêng`: two days before the month they share
# a month by its number or its word (`tháng Tám âm lịch`, cg1; `tháng Giêng`, `tháng Chạp`)
MONTH_NAMED = rf"(?={_S}tháng{_S}(?:1[0-2]|0?[1-9]|giêng|chạp|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)\b)"
DASHED_DAYS = re.compile(
    rf"(?:(?<![\w])(ngày|mùng|mồng){_S})?([0-9](?<![0-9/.,][0-9])[0-9]?)[^\S\n]*[-–][^\S\n]*([0-9]{{1,2}}){MONTH_NAMED}",
    re.IGNORECASE,
)
# `22,57/251,73 triệu m3`, `50 triệu m3/194 triệu m³`: a part over the whole it is of (a reservoir's water now over
# its capacity); no date or code has a decimal comma or a unit before its slash; nor a count of millions
# (`220 triệu/254 triệu 700 nghìn đồng`, `1,6 triệu/ 2,6 triệu khách hàng`, bp2)
# a decimal over a decimal (`6,7/2024` lists two months) or over millions, a unit over a number
# `thị lực từ 7/10`: the rest of the sentence after "thị lực" (eyesight), where a number over 10 is tenths of sight
SIGHT = re.compile(r"(?i:thị[^\S\n]+lực)[^\n.;]*")
TENTHS = re.compile(r"(?<![0-9/.,])(10|[1-9])/10(?![0-9/.,]?[0-9])")
# PART_OVER_WHOLE's slashes: after a number (over a decimal, an amount in millions or a length; TENTHS' `/10`), or
# after a unit, a word or `m3` (a number after it); a date's slash is none of these
PART_HINTS = (
    r"/(?<=[0-9]/)(?:10|[0-9]+,[0-9]|[0-9]+[^\S\n]*(?:triệu|tỷ|tỉ)\b|[0-9]+[^\S\n]?(?:m|cm|mm|km)(?![\w²³]))",
    *(rf"/(?<={before}{space}/)[^\S\n]?(?:(?:hơn|gần|khoảng)[^\S\n]+)?[0-9.,]"
      for before in (r"[^\W0-9_]", "3") for space in ("", r"[^\S\n]")),
)  # fmt: skip
PART_OVER_WHOLE = re.compile(
    # `44,93/52m` (hm1)
    r"([0-9],[0-9]+)/(?=[0-9]+,[0-9]|[0-9]+[^\S\n]*(?:triệu|tỷ|tỉ)\b|[0-9]+[^\S\n]?(?:m|cm|mm|km)(?![\w²³]))"
    r"|([0-9][^\S\n]*(?:(?:triệu|nghìn|ngàn|tỷ|tỉ)(?:[^\S\n]+(?:m3|m³|mét khối|tấn|ha|lít))?"
    r"|m3|m³|mét khối|tấn|ha|lít))"
    r"[^\S\n]?/[^\S\n]?(?=(?:(?:hơn|gần|khoảng)[^\S\n]+)?[0-9])"  # `170 ngàn ha/ hơn 180.000ha` (gq1)
    # `lãi 40 – 50 triệu đồng/1.000 m2`, `6 triệu đồng/2 sào` (gl2, dh2): money earned over so much land
    r"|([0-9][^\S\n]*(?:(?:triệu|nghìn|ngàn|tỷ|tỉ)[^\S\n]+)?đồng)[^\S\n]?/[^\S\n]?"
    r"(?=[0-9.,]+[^\S\n]*(?:m2|m²|mét vuông|sào|ha|héc ta)(?!\w))"
)
# `từ nay đến 27-2`, `từ 16-3`: a day-month after "từ" or "đến" the dash writes; a range never runs down, so a
# higher first number is a day
# a bare first day before (`từ 28 đến 31-10`, `từ 13 đến hết 15-2`), not a date (`từ 12-10 đến 20-10`) nor a day
# named by "ngày", which no span rule reads with its end (`từ ngày 12 đến hết 14-7`, ba2)
NUMBER_BEFORE = re.compile(r"(?<![0-9/.-])(?<!ngày )[0-9]{1,2}[^\S\n]+(?:(?:đến|tới)[^\S\n]+)?$")
COUNT_AFTER = re.compile(r"[^\S\n]+(?:ngày|tuần|tháng|năm|giờ|phút|lần|người)\b")
DATE_AHEAD = re.compile(r"[^\S\n]+(?:đến|tới)[^\S\n]+[0-9]{1,2}[-.][0-9]{1,2}")
DATE_AFTER_UNTIL = re.compile(
    r"(?<![^\W0-9_])((?:từ|đến|tới|hết)[^\S\n]+|\(|(?i:thứ[^\S\n]+(?:hai|ba|tư|năm|sáu|bảy|[2-7](?=,))|chủ[^\S\n]+nhật),?[^\S\n]+)"
    r"([0-9]{1,2})-([0-9]{1,2})\b(?![-/.,]?[0-9])"
)
SPAN_HINT = re.compile(rf"[đĐ](?i:ến{_S}[0-9])")  # both spans: "đến" and a day (a class first: fast)
# `đoạn đường km 47`: "km" before a number, not after one, is a place on a road (`5 km 300 m` is a length)
ROAD_KM = re.compile(r"(?=[Kk])(?<![\w])(?<![0-9][^\S\n])[Kk]m(?=[^\S\n]+(?:[0-9]|số\b))")  # `tại Km số 230` (do1)
# `từ Km230 hướng về Km211`: a capital "Km" glued to its number is a post too; `Km2`, `Km3` may be an area; small
# `km350`, `km146` (ao1, at1) with two digits or more too (`km2` alone is an area)
# `KM36 Quốc lộ 3` (cm1) in capitals before its road or its `+`; alone `KM18` is a rice variety (w2)
SPACED_CHAINAGE = re.compile(
    r"[Kk](?<!\w[Kk])[Mm]([0-9]{1,4})[^\S\n]([0-9]{3})(?![0-9]|[.,][0-9])"
)  # `km9 600`: a + lost
GLUED_KM_POST = re.compile(
    r"(?=[Kk])(?<![\w])(?:Km(?=[0-9]+(?![0-9,.]?[0-9]))(?![23](?![0-9]))|km(?=[0-9]{2,}(?![0-9,.]?[0-9]))"
    r"|KM(?=[0-9]+[^\S\n]*(?:\+|(?i:quốc lộ|ql|tỉnh lộ|đường|tuyến)\b)))"
)
# `Km300 - Km329`: a dash between two posts is the stretch between them (the `+` posts have CHAINAGE_DASH)
KM_POST_DASH = re.compile(r"(?=[Kk])(?<![\w])([Kk]m[^\S\n]?[0-9]+)[^\S\n]*[-–][^\S\n]*(?=[Kk]m[^\S\n]?[0-9])")
PERCENT_BEFORE = re.compile(r"%[^\S\n]*\($")  # `459% (`: the counts a percent was worked from follow
QUOTE_OPENED = re.compile(r"(?<![0-9])'")  # a quote mark not after a digit: `'Top 5'` is a title in quotes

CHAINAGE = re.compile(
    r"(?=[Kk])\b[Kk][Mm][^\S\n]?(số[^\S\n]+)?([0-9]+)?[^\S\n]?\+[^\S\n]?([0-9]+)\b"
)  # `Km số 160+500`
POST = r"[Kk][Mm][^\S\n]?[0-9]+"
PLUS = r"[^\S\n]?\+[^\S\n]?[0-9]+"
CHAINAGE_DASH = re.compile(  # `Km42+000 – Km52+000`, `km152 - km156+500`: the stretch between two posts, one with a +
    rf"(?=[Kk])(\b{POST}{PLUS}|\b{POST}(?=[^\S\n]*[-–][^\S\n]*{POST}{PLUS}))[^\S\n]*[-–][^\S\n]*(?={POST})"
)


@digits_only
def read_big_tallies(text: str, ctx: Context) -> str:
    """`tiêm được 762.320/800.719 đối tượng`, `2325/2385 liều`: so many of a larger whole is "trên", as every
    annotator wrote it; the small-count rule stops at three digits (a day and a month never go above), so the slash
    became a pause. So is a small count over a large whole in brackets, `0,3% (19/5.784)` (aq1: 2 spans of 2; the
    day rules took `19/5` for a date). Not when the first is larger (not a part of a whole) nor between two years
    (`2020/2021`); but the two counts a percent was worked from are "trên" in either order, `tăng 459% (7055/1263)`
    (cf1), the year's cases over last year's. A whole of four digits needs no thousands dot (`946/1182 khu vực`,
    cl2) unless it is a year (`tháng 12/2024`); after "số" two numbers are codes (`tổng đài số 156/5656`)."""

    def read(m: re.Match[str]) -> str:
        part, whole = (g for g in m.groups() if g is not None)
        first, second = int(part.replace(".", "")), int(whole.replace(".", ""))
        if (
            (first > second and not PERCENT_BEFORE.search(m.string, max(0, m.start() - 8), m.start()))
            or (YEAR.fullmatch(whole) and (YEAR.fullmatch(part) or len(part) < 4))  # `12/2024`, `2020/2021`
            or NUMBER_WORD.search(m.string, max(0, m.start() - 8), m.start())
        ):
            return m.group(0)
        return f"{part} trên {whole}"

    return on_lines_with(BIG_TALLY_HINT, text, lambda line: BIG_TALLY.sub(read, line))


@digits_only
def read_prime_minutes(text: str, ctx: Context) -> str:
    """`các mốc thời gian 5', 30', 1h`: a prime after a number is minutes, "năm phút", as every annotator wrote it
    (`15h30'` too); read as nothing it left "năm" alone. Not inside quotes (`'Top 5'`): there it closes a title. A
    match's minute alone in a bracket (`(78')`, `(Nam Định, 90')`, `(112')`: dp2, dz2, 3 spans of 3) is "phút bảy
    mươi tám", the minute of the game; so is a live report's line opening on it (`87':`, `90' 5:` "phút chín mươi
    cộng năm", the added time)."""

    def read(m: re.Match[str]) -> str:
        line_start = text.rfind("\n", 0, m.start()) + 1
        if len(QUOTE_OPENED.findall(text, line_start, m.start())) % 2:
            return m.group(0)
        return f"{m.group(1)} phút"

    if "'" not in text and "’" not in text:
        return text
    text = LIVE_MINUTE.sub(_live_minute, MATCH_MINUTE.sub(r"phút \1", text))
    return MINUTES.sub(read, text)


def _live_minute(m: re.Match[str]) -> str:
    added = m.group(2) or m.group(3)
    return f"Phút {m.group(1)}" + (f" cộng {added}" if added else "")


@digits_only
@on_lines_matching("iêng", "hạp", "Tết", r"đ(?i:ến[^\S\n]+[0-9])", r"Đ(?i:ến[^\S\n]+[0-9])")  # its patterns' own words
def read_days_of_month_spans(text: str, ctx: Context) -> str:
    """`Gieo sạ từ: 10 đến 30 tháng 6`, `từ 25 tháng 1 đến 10 tháng 2`: a day that shares or neighbours a written
    month is a day, "mồng mười", as the annotators of both batches that have it wrote; the date rules saw only a
    bare number, "mười". Only before "tháng" and a month's number (`từ 3 đến 5 tháng tuổi` is an age), or a lunar
    month's word: `đến hết 10 tháng Giêng` (du1), `Hội chùa Hương (6 tháng Giêng)` (e2) say "mồng" up to the tenth."""

    def read(m: re.Match[str]) -> str:
        day = int(m.group(2))
        return m.group(1) + _day(day, ctx.style) if _valid_day(day) else m.group(0)

    def both(m: re.Match[str]) -> str:
        first, last = int(m.group(2)), int(m.group(4))
        if not (_valid_day(first) and _valid_day(last) and first < last):
            return m.group(0)
        return f"{m.group(1)}{_day(first, ctx.style)}{m.group(3)}{_day(last, ctx.style)}"

    if "iêng" in text or "hạp" in text:  # Giêng, Chạp: a substring test first, the regex is slow on every digit
        text = LUNAR_DAY.sub(lambda m: _day(int(m.group(1)), ctx.style), text)
    text = TET_DAYS.sub(lambda m: _tet_days(m, ctx), text) if "Tết" in text else text
    return on_lines_with(SPAN_HINT, text, lambda line: FIRST_DAY.sub(both, LAST_DAY.sub(read, line)))


@digits_only
@on_lines_matching(r"-[^\S\n]*[0-9]{1,2}[^\S\n]+tháng", r"–[^\S\n]*[0-9]{1,2}[^\S\n]+tháng")
def read_dashed_days_of_a_month(text: str, ctx: Context) -> str:
    """`từ ngày 15 - 29 tháng 12`, `(6 - 8 tháng Giêng)`: a dash between two days before the month they share is
    "đến", each a day ("mồng sáu đến mồng tám", av2 and the festival batches); the news-date rule read `ngày 6 - 8
    tháng 3` as the sixth of August and "tháng ba" after it, and a bare `15 - 29` became a pause."""

    def read(m: re.Match[str]) -> str:
        word, first, last = m.group(1), int(m.group(2)), int(m.group(3))
        if not (_valid_day(first) and _valid_day(last) and first < last):
            return m.group(0)
        if word and word.lower() != "ngày":  # `mùng 2 - 6`: the word is the day's "mồng" already
            return f"{word} {read_int(first, ctx.style)} đến {word.lower()} {read_int(last, ctx.style)}"
        again = "ngày " if word else ""
        return f"{word + ' ' if word else ''}{_day(first, ctx.style)} đến {again}{_day(last, ctx.style)}"

    return DASHED_DAYS.sub(read, text)


@digits_only
@on_lines_matching(*PART_HINTS)
def read_parts_over_wholes(text: str, ctx: Context) -> str:
    """`Đại Ninh là 22,57/251,73 triệu m3`, `(164,16/165 triệu m3)` (cf1), `50 triệu m3/194 triệu m³`, `220
    triệu/254 triệu`, a reservoir's level over its normal level (`44,93/52m`, hm1: 3 spans): a slash between an
    amount with its decimals, its unit or its millions and a number is "trên" (ax1, bp2: 5 spans of 5), the part
    over the whole; read as a pause, the listener heard two amounts and no relation.

    So is sight, scored in tenths: `Thị lực … đạt 1/10 trở lên … và đạt 7/10` (ct2, bk1: "một trên mười"), where the
    date rules read "ngày mồng một tháng mười"."""
    text = SIGHT.sub(lambda m: TENTHS.sub(lambda t: f"{t.group(1)} trên mười", m.group(0)), text)
    return PART_OVER_WHOLE.sub(lambda m: f"{m.group(1) or m.group(2) or m.group(3)} trên ", text)


@digits_only
@on_lines_matching(r"-(?<=[0-9]-)(?=[0-9])")  # the dash first: a fast scan
def read_dates_after_until(text: str, ctx: Context) -> str:
    """`ở kỳ triều cường tới từ nay đến 27-2`: the day-month a span ends on, "đến ngày hai mươi bảy tháng hai" (ax1);
    `Sáng nay, (30-12)` in brackets too (bf1: "ba mươi đến mười hai" had been read);
    the range rule read "hai mươi bảy đến hai". Only when the first number is the higher: `đến 3-5 ngày` is a range;
    after "hết" any day of a month (`từ ngày 31-8 đến hết 2-9`: nothing runs "through two to nine")."""

    def read(m: re.Match[str]) -> str:
        day, month = int(m.group(2)), int(m.group(3))
        weekday = m.group(1)[:1] in "tTcC" and m.group(1)[:2].lower() in ("th", "ch")  # `thứ ba, 13-11` (bg2)
        through = (m.group(1).startswith("hết") or weekday) and not COUNT_AFTER.match(m.string, m.end())
        if not ((day > month or through) and _valid_day(day) and 1 <= month <= 12):
            return m.group(0)
        if NUMBER_BEFORE.search(m.string, 0, m.start()):
            return m.group(0)  # `từ 28 đến 31-10` is a span the date-span rules read whole
        if m.group(1).startswith("từ") and DATE_AHEAD.match(m.string, m.end()):
            return m.group(0)  # so is `từ 30-8 đến 4-9`
        named = weekday and WEEKDAY_NAMED.search(m.string, max(0, m.end(1) - 24), m.end(1))  # `ngày thứ Bảy, 10-1`
        return f"{m.group(1)}{'' if named else 'ngày '}{_day(day, ctx.style)} tháng {read_month(month, ctx.style)}"

    return DATE_AFTER_UNTIL.sub(read, text)


def _int(digits: str, ctx: Context) -> str:
    return read_int(int(digits), ctx.style)


@on_lines_matching("K[mM]", "k[mM]")
def read_road_kilometres(text: str, ctx: Context) -> str:
    """`đoạn đường km 47, Quốc lộ 4D`: a kilometre post, "ki lô mét bốn mươi bảy", as every annotator wrote it (and
    `km 271+500`, which the chainage rule reads); the unit table reads "km" only after an amount, so it stayed
    "km". Glued `Km230` is a post as well, and `km350` (two digits or more); glued `km2` is left alone: after a word
    it may be an area (`mỗi km2`).
    A dash between two posts (`Km300 - Km329`, aj1) is the stretch, "đến", as with `+` posts (spans 2 of 2).
    `KM36` in capitals is a post before its road (cm1); alone it may be a code (`KM18`, a rice variety). A post whose
    metres follow a space (`km9 600`, `Km57 250`, cx1) lost its + to the page: "ki lô mét chín cộng sáu trăm".
    `tại Km số 230 + 400` (do1: 2 spans) numbers the post with "số": "ki lô mét số"."""
    if "km" not in text and "Km" not in text and "KM" not in text:
        return text
    text = SPACED_CHAINAGE.sub(lambda m: f"ki lô mét {_int(m[1], ctx)} cộng {_int(m[2], ctx)}", text)
    return GLUED_KM_POST.sub("ki lô mét ", ROAD_KM.sub("ki lô mét", KM_POST_DASH.sub(r"\1 đến ", text)))


def _tet_days(m: re.Match[str], ctx: Context) -> str:
    """One day of Tết or a span of them, each up to the tenth with its "mồng" (or the writer's "mùng", said before
    each day: `mùng 2 - 3 Tết`); a number no day is stays."""
    days = [int(d) for d in (m.group(2), m.group(3)) if d]
    if not all(1 <= day <= 30 for day in days) or LISTED_AFTER_MUNG.search(m.string, max(0, m.start() - 30), m.start()):
        return m.group(0)  # `mùng 4, 5, 6 Tết` (jp2), `mồng 1 và 2 Tết` (jq2): "mùng" was said once, for the list
    word = m.group(1).strip() if m.group(1) else ""
    return " đến ".join(
        f"{word} {read_int(day, ctx.style)}" if word and day <= 10 else _day(day, ctx.style) for day in days
    )


@digits_only
@on_lines_matching(r"\+")
def read_chainages(text: str, ctx: Context) -> str:
    """`Km139+900`, `km 271+500`, `km62+250` mark a place on a road: "ki lô mét một trăm ba mươi chín cộng chín
    trăm", whatever the case and spacing a site writes; `Km+500` (the kilometre said just before) too. A dash
    between two posts (`Km42+000 – Km52+000`, one of them whole: `km152 - km156+500`, bk1) is the stretch, "đến", as
    every annotator wrote it."""

    def read(m: re.Match[str]) -> str:
        km = f" {read_int(int(m.group(2)), ctx.style)}" if m.group(2) else ""
        return f"ki lô mét{' số' if m.group(1) else ''}{km} cộng {read_int(int(m.group(3)), ctx.style)}"

    return CHAINAGE.sub(read, CHAINAGE_DASH.sub(r"\1 đến ", text)) if "+" in text else text
