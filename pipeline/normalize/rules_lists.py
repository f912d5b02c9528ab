"""Lists of days, lunar dates, spaced abbreviation pairs and card numbers (issue 29, round 12).

`ngày 14, 15 và 16/9`, `(mùng 2/5 ÂL)`, `ngày mùng 8, 9, 10-3`, `KT - XH`, `8394 2567 3467 9930`: shapes every
annotator of every batch reads one way and the general rules read another. `normalize.RULES` gives the order.
"""

from __future__ import annotations

import re

from .context import Context
from .lines import digits_only, hint_of, on_lines_matching, on_lines_with
from .numbers import read_digits, read_int, read_month
from .rules_numbers import _day, _day_month, _valid_date, _valid_day

DASH_DATES = re.compile(
    r"(?<![^\W0-9_])((?:các|những|hai|ba)[^\S\n]+ngày)[^\S\n]+([0-9]{1,2})-([0-9]{1,2})[^\S\n]*(và|,)[^\S\n]*([0-9]{1,2})-([0-9]{1,2})"
    r"(?![0-9/-]|\.[0-9])",
    re.IGNORECASE,
)
DAY = r"[0-9]{1,2}(?![0-9/])"  # a day of a list, not the head of 5/2
# `ngày 9,10 và 11/10/2022`, `ngày 14, 15 và 16/9`, `ngày 11 và 12/6`: two days or more, the last carrying the
# month (and year)
DAYS_AND = re.compile(
    rf"\b(ngày)[^\S\n]+((?:{DAY}[^\S\n]*,[^\S\n]*)*{DAY})([^\S\n]+và[^\S\n]+|[^\S\n]*,[^\S\n]*)([0-9]{{1,2}})/([0-9]{{1,2}})"
    r"(?:/([0-9]{4}))?\b",
    re.IGNORECASE,
)
# `(mùng 2/5 ÂL)`, `ngày mùng 8, 9, 10-3`: after mùng/mồng the number is a day and what follows the slash or the
# hyphen its month, lunar as a rule; the days that follow in a list are plain numbers, as the annotators wrote.
# `ngày 29, 30,31 tháng 3`: days listed before a written month; `30,31` is two days, not a decimal.
DAYS_COMMAS = re.compile(rf"\b(ngày)[^\S\n]+((?:{DAY}[^\S\n]*,[^\S\n]*)+{DAY})(?=[^\S\n]+tháng[^\S\n]+[0-9])", re.I)
LUNAR = re.compile(
    r"\b(mùng|mồng)[^\S\n]+([0-9]{1,2}(?:[^\S\n]*,[^\S\n]*[0-9]{1,2})*)[/.-]([0-9]{1,2})\b(?![/.,][0-9])", re.IGNORECASE
)
LISTED_HINT = re.compile(r",[^\S\n]*[0-9]")  # both lists have a comma before a day: a fast scan for the lines
AND_DAY_HINT = re.compile(r"và[^\S\n]+[0-9]")  # two days: "và" before the last, a literal first
LUNAR_HINT = re.compile(r"[ùồÙỒ](?<=[mM][ùồÙỒ])(?i:ng)")  # (?i:mùng|mồng), its marked vowel first: rarer than m
SPACED_PAIR_HINT = hint_of(*(rf"{dash}[^\S\n]+[A-ZĐ]{{2}}" for dash in "-–"))  # each dash, a literal: a fast scan
SPACED_PAIR = re.compile(r"\b([A-ZĐ]{2,4})[^\S\n]+[-–][^\S\n]*([A-ZĐ]{2,4}(?:&[A-ZĐ]{2,4})?)\b")
# `KT- XH` (ig2): a space after the hyphen alone; not in a chain (`Đảng bộ- TT.HĐND- UBND- UBMTTQ` lists bodies)
SPACED_AFTER = re.compile(r"(?<![\w.&-])([A-ZĐ]{2,4})[-–][^\S\n]+([A-ZĐ]{2,4}(?:&[A-ZĐ]{2,4})?)\b(?![^\S\n]*[-–])")
GLUED_AFTER_HINT = re.compile(r" -[A-ZĐ]{2}")  # `LĐ -TB&XH`: the space before the hyphen alone, a literal first
SPACED_AMPERSAND = re.compile(r"\b([A-ZĐ]{2,4})[^\S\n]+&[^\S\n]+([A-ZĐ]{2,6})\b")  # `NN & PTNT` (ay2)
# `Phường 1,2,3`, `quận 1,2,3,5,9`, `tháng 6,7 vừa qua`: numbers listed after a ward, district, group or month
# word; the digit opens the pattern (a fast scan) and the word is looked for behind it. A level is a whole number
# too: `dịch vụ công trực tuyến mức độ 3,4` (ii2: 3 spans of 3, "ba, bốn"; the online services' levels 3 and 4).
LIST_WORDS = ("phường", "quận", "tổ", "ấp", "khu phố", "tháng", "mức độ", "cấp độ")
LIST_AFTER_WORD = "|".join(f"(?<=(?<![^\\W0-9_]){w}[^\\S\\n][0-9])" for w in LIST_WORDS)
COUNTED = r"[^\S\n]*(?:tháng|năm|ngày|tuần|giờ|lần|người)\b"  # `tháng 2,5 tháng`: an amount, not a list
NUMBER_LIST = re.compile(
    rf"[0-9](?:{LIST_AFTER_WORD})[0-9]?(?:,[^\S\n]?[0-9]{{1,2}})*,[0-9]{{1,2}}(?:,[^\S\n]?[0-9]{{1,2}})*(?![0-9/.%]|[.,][0-9]|{COUNTED})",
    re.IGNORECASE,
)
NUMBER_LIST_HINT = re.compile(r"[0-9],[0-9]")  # a tight comma: the lists a decimal rule would otherwise take
LONG_LIST = re.compile(r"(?<![0-9.,])[0-9]{1,2}(?:,[^\S\n]?[0-9]{1,2}){2,}(?![0-9]|[.,][0-9])")  # `25,26,27,28`
# `các ngày 13-16/4`, `hai ngày 26 và 27/12`, `3 ngày 10, 11, 12/2/2017`, `ba ngày, từ 26 đến 28/10`: a plural or
# counted "ngày" opens days of one month, and so does a week right before its days (`tuần 19 đến 26-10`, al2; `tuần
# (từ 18 – 24/9)` says "ngày" twice, u1); the count is no date's tail (`24:00 ngày 23`, `30/12, ngày 5`).
PLURAL_DAYS = re.compile(
    r"((?<![^\W0-9_])(?:(?:các|những|hai|ba|bốn|(?<![0-9/.,:])[0-9]{1,2})[^\S\n]+ngày[^\S\n]*(?:[,(:][^\S\n]*)?"
    r"(?:(?:từ|là)[^\S\n]+)?|tuần[^\S\n]+))(m[ồù]ng[^\S\n]+)?([0-9]{1,2})((?:[^\S\n]*[,-][^\S\n]*[0-9]{1,2})*)"
    r"[^\S\n]*(-|–|đến|và|,)[^\S\n]*([0-9]{1,2})([/.-])([0-9]{1,2})(?:\7([0-9]{4}))?(?![0-9/]|[.,-][0-9])"
    r"(?![^\S\n]*(?:%|(?:mm|cm|km|m|kg|g|ha|lít|tấn|lần|độ)\b))",
    re.IGNORECASE,
)
PLURAL_DAYS_HINT = re.compile(  # the vowel of ngày or tuần and its last letter: one class first
    r"[àÀầẦ](?:(?<=[àÀ])[yY]|(?<=[ầẦ])[nN])[^\S\n]*[(,:]?[^\S\n]*(?:(?:từ|là)[^\S\n]+)?(?:m[ồù]ng[^\S\n]+)?[0-9]"
)
CARD = re.compile(r"[0-9](?<![0-9.,][0-9])[0-9]{3}(?:[^\S\n][0-9]{4}){3}(?![0-9]|[.,][0-9])")


@digits_only
@on_lines_matching(r"ngày[^\S\n]+[0-9]{1,2}-[0-9]")
def read_listed_dash_dates(text: str, ctx: Context) -> str:
    """`các ngày 31-8 và 1-9`, `các ngày 2-9 và 3-9`: after a plural "ngày" two dates written with dashes, each its
    day and month ("ba mươi mốt tháng tám và mồng một tháng chín", bc1: 2 spans of 2); the days-of-one-month rule
    after it took `31-8` for two days ("ba mươi mốt, mồng tám")."""

    def read(m: re.Match[str]) -> str:
        (d1, m1), (d2, m2) = (int(m.group(2)), int(m.group(3))), (int(m.group(5)), int(m.group(6)))
        if not (_valid_date(d1, m1) and _valid_date(d2, m2)):
            return m.group(0)
        first, second = _day_month(d1, m1, ctx.style), _day_month(d2, m2, ctx.style)
        return f"{m.group(1)} {first} {m.group(4)} {second}"

    return DASH_DATES.sub(read, text)


@digits_only
def read_listed_days(text: str, ctx: Context) -> str:
    """`ngày 9,10 và 11/10/2022`: "ngày mồng chín, mồng mười và mười một tháng mười năm ..."; one "ngày" opens the
    list (no annotator said it again before the last day), and a comma between two days is no decimal comma. So
    with a comma before the last, `chiều ngày 13, 14, 15/5` (cg1, x1: 3 spans of 3), and with two days, `ngày 26 và
    27/5` (31 spans to 4 over the corpus; round 33 had counted the plural "hai ngày" with them)."""

    def read(m: re.Match[str]) -> str:
        month = int(m.group(5))
        days = [int(d) for d in re.findall(r"[0-9]+", m.group(2))] + [int(m.group(4))]
        if not all(_valid_date(d, month) for d in days):
            return m.group(0)
        last = " và " if "và" in m.group(3) else ", "
        said = ", ".join(_day(d, ctx.style) for d in days[:-1]) + f"{last}{_day(days[-1], ctx.style)}"
        year = f" năm {read_int(int(m.group(6)), ctx.style)}" if m.group(6) else ""
        return f"{m.group(1)} {said} tháng {read_month(month, ctx.style)}{year}"

    def listed(m: re.Match[str]) -> str:
        days = [int(d) for d in re.findall(r"[0-9]+", m.group(2))]
        if not all(map(_valid_day, days)):
            return m.group(0)
        return f"{m.group(1)} " + ", ".join(_day(d, ctx.style) for d in days)

    def change(line: str) -> str:
        return DAYS_COMMAS.sub(listed, DAYS_AND.sub(read, line))

    text = on_lines_with(LISTED_HINT, text, change)
    return on_lines_with(AND_DAY_HINT, text, lambda line: DAYS_AND.sub(read, line))


@digits_only
def read_days_after_plural_days(text: str, ctx: Context) -> str:
    """`các ngày 13-16/4` -> "các ngày mười ba đến mười sáu tháng tư": after a plural or counted "ngày" (các, những,
    hai, `3 ngày`) the days of one month are named once, "ngày" is not said again before each (annotators 26 spans to
    8 over all 60 batches, round 33); after a single `ngày 13-16/4` they repeat it, "đến ngày mười sáu" (74 to 11)."""

    def read(m: re.Match[str]) -> str:
        first, last, month = int(m.group(3)), int(m.group(6)), int(m.group(8))
        middle = [int(d) for d in re.findall(r"[0-9]+", m.group(4))]
        if not all(_valid_date(d, month) for d in (first, *middle, last)) or _counted_from(m.group(1)):
            return m.group(0)
        if m.group(7) == "-" and m.group(4).strip().startswith("-") and middle == [month] and m.group(5).isalpha():
            return m.group(0)  # `các ngày 11-2 đến 13-2` (jp2): two dates, each its day and month, not days 11, 2, 13
        head = f"{m.group(2)}{read_int(first, ctx.style)}" if m.group(2) else _day(first, ctx.style)
        days = ", ".join([head, *(_day(d, ctx.style) for d in middle)])
        dash = " đến" if not middle else ","  # `3 ngày 19-20-21/2`: dashes chaining three days list them
        sep = {"-": dash, "–": dash, ",": ","}.get(m.group(5), f" {m.group(5).lower()}")
        year = f" năm {read_int(int(m.group(9)), ctx.style)}" if m.group(9) else ""
        return f"{m.group(1)}{days}{sep} {_day(last, ctx.style)} tháng {read_month(month, ctx.style)}{year}"

    return on_lines_with(PLURAL_DAYS_HINT, text, lambda line: PLURAL_DAYS.sub(read, line))


def _counted_from(lead: str) -> bool:
    """`trong 3 ngày, từ 4 đến 6/3`: days counted, then "từ", open a span of its own, said as one after a single
    "ngày" is ("từ ngày mồng bốn đến ngày mồng sáu": 11 spans to 4, jc2 and ten older ones); `các ngày từ` is not."""
    words = re.findall(r"[^\W0-9_]+", lead.lower())
    return "từ" in words and not {"các", "những", "tuần"} & set(words)


@digits_only
@on_lines_matching(r",(?<=[0-9],)[0-9]")  # NUMBER_LIST_HINT's lines, the comma first
def read_number_lists(text: str, ctx: Context) -> str:
    """`Quận 6 (Phường 1,2,3,4,5,6)`, `tháng 6,7 vừa qua`: numbers listed with tight commas after a ward, district,
    group or month word are that many wards or months, "Phường một, hai, ba" (batch z1), never the decimal "một
    phẩy hai"; a month is said again before each, "tháng sáu, tháng bảy", as the annotators of ac1 and ab2 wrote it.
    `tháng 6,7/2024` is the month-year rule's, and a ward has no decimal, so nothing else is taken."""

    def read(m: re.Match[str]) -> str:
        numbers = [int(n) for n in re.findall(r"[0-9]+", m.group(0))]
        month = m.string[max(0, m.start() - 6) : m.start()].lower().endswith("tháng ")
        if month and not all(1 <= n <= 12 for n in numbers):
            return m.group(0)
        said = [read_month(n, ctx.style) if month else read_int(n, ctx.style) for n in numbers]
        return (", tháng " if month else ", ").join(said)

    return on_lines_with(NUMBER_LIST_HINT, text, lambda line: LONG_LIST.sub(_listed, NUMBER_LIST.sub(read, line)))


def _listed(m: re.Match[str]) -> str:
    """`(Nghị quyết 25,26,27,28)`, `chỉ số UV là 10,9,8` (bv2, ag1): three numbers of one or two digits, or more,
    joined by tight commas are a list wherever they stand (a decimal has one comma, thousands groups three digits)."""
    return re.sub(r",[^\S\n]?", ", ", m.group(0))


@digits_only
def read_lunar_days(text: str, ctx: Context) -> str:
    """`(mùng 2/5 ÂL)` -> "mùng hai tháng năm âm lịch", not "mùng ngày mồng hai": the writer said "mùng" already, so
    no "ngày" and no second "mồng" is added; `mùng 8, 9, 10-3` is three days of the third month, not "mười đến ba"."""

    def read(m: re.Match[str]) -> str:
        days = [int(d) for d in re.findall(r"[0-9]+", m.group(2))]
        month = int(m.group(3))
        if not 1 <= month <= 12 or not all(1 <= d <= 30 for d in days):
            return m.group(0)  # a lunar month has 29 or 30 days
        said = ", ".join(read_int(d, ctx.style) for d in days)
        return f"{m.group(1)} {said} tháng {read_month(month, ctx.style)}"

    return on_lines_with(LUNAR_HINT, text, lambda line: LUNAR.sub(read, line))


def _closed(m: re.Match[str], mark: str, ctx: Context) -> str:
    joined = f"{m.group(1)}{mark}{m.group(2)}"
    return joined if ctx.lexicon.lookup(joined) else m.group(0)


def close_spaced_pairs(text: str, ctx: Context) -> str:
    """`KT - XH`: the spaces typed around the hyphen of a listed pair of abbreviations (`KT-XH`, "kinh tế, xã hội")
    made two unknown ones, spelled "ca tê, ích hát"; closed, the pair is read as the lexicon has it. So with one
    space before the hyphen alone (am2: `Phòng LĐ -TB&XH`, read "lao động tê bê và ích hát"), and around an
    ampersand (ay2: `NN & PTNT`, "en nờ en nờ và Phát triển nông thôn"), and with one after it alone (ig2: `tình
    hình KT- XH; QP- AN`, "ca tê ích hát, quy pê an")."""

    def close(m: re.Match[str]) -> str:
        return _closed(m, "-", ctx)

    if " & " in text:
        text = SPACED_AMPERSAND.sub(lambda m: _closed(m, "&", ctx), text)
    if " -" not in text and "- " not in text and "– " not in text:
        return text
    text = on_lines_with(SPACED_PAIR_HINT, text, lambda line: SPACED_AFTER.sub(close, SPACED_PAIR.sub(close, line)))
    return on_lines_with(GLUED_AFTER_HINT, text, lambda line: SPACED_PAIR.sub(close, line))


@digits_only
@on_lines_matching(r"[0-9][0-9]{3}[^\S\n][0-9]{4}")  # not `[0-9]{4}`: a class first is a fast scan
def read_card_numbers(text: str, ctx: Context) -> str:
    """`8394 2567 3467 9930`: a bank card's sixteen digits, printed in four groups, are read digit by digit group by
    group, as a card is read out; four numbers in the thousands ("tám nghìn ba trăm...") say nothing."""
    return CARD.sub(lambda m: ", ".join(read_digits(group) for group in m.group(0).split()), text)


# `Đăng ngày 17 - 05 - 2024`: a day, a month and a year parted by dashes with spaces round them
# `khối 2 – 3 – 4 – 5`, `ngách 9-20-23-28`, `NPK 16-16-8`: three numbers or more joined by dashes, none glued to a
# letter, a slash or a dot; the dashes first (a fast scan: most numbers stand alone)
NUMBER_CHAIN = re.compile(r"(?<![\w/.,\-–])[0-9]{1,3}(?:[^\S\n]*[-–][^\S\n]*[0-9]{1,3}){2,}(?![\w/\-–]|[.,][0-9])")
MONTH_WORD_BEFORE = re.compile(r"(?<!\w)tháng[^\S\n]+$", re.IGNORECASE)
SPACED_DATE = re.compile(
    r"(?<![0-9.,])(0?[1-9]|[12][0-9]|3[01])[^\S\n]*[-–][^\S\n]*(0?[1-9]|1[0-2])[^\S\n]*[-–][^\S\n]*((?:19|20)[0-9][0-9])(?![0-9])"
)


@digits_only
@on_lines_matching(
    r"-[^\S\n]*[0-9]{1,2}[^\S\n]*[-–][^\S\n]*(?:19|20)[0-9][0-9]",
    r"–[^\S\n]*[0-9]{1,2}[^\S\n]*[-–][^\S\n]*(?:19|20)[0-9][0-9]",
)
def close_spaced_dates(text: str, ctx: Context) -> str:
    """`Đăng ngày 17 - 05 - 2024` (bs2): three numbers, the middle a month and the last a year, joined by spaced
    dashes are one date, `17-05-2024`, "ngày mười bảy tháng năm năm hai nghìn không trăm hai mươi tư"; spaced, the
    dashes were read as a pause and a range ("mười bảy, năm đến hai nghìn không trăm hai mươi tư"). After "tháng" the
    first number is a month, the span of two months of a year (`tháng 2 - 3-2020`, `các tháng 5 - 8-2020`, da1: "tháng
    hai đến tháng ba năm …"), where it was read as a date, "tháng ngày mồng hai tháng ba"."""

    def close(m: re.Match[str]) -> str:
        if MONTH_WORD_BEFORE.search(m.string, max(0, m.start() - 7), m.start()):
            return f"{m.group(1)} đến tháng {m.group(2)}-{m.group(3)}"
        return f"{m.group(1)}-{m.group(2)}-{m.group(3)}"

    return SPACED_DATE.sub(close, text)


# `21 09 2025` alone on its line under a headline (ce2, x1): a day, a month and a year parted by single spaces
DATELINE = re.compile(
    r"^([^\S\n]*)(0?[1-9]|[12][0-9]|3[01]) (0?[1-9]|1[0-2]) ((?:19|20)[0-9][0-9])[^\S\n]*$", re.MULTILINE
)


@digits_only
@on_lines_matching(r"(?m) (?:20|19)[0-9][0-9][^\S\n]*$")  # a year ending a line after a space: a fast scan
def close_spaced_datelines(text: str, ctx: Context) -> str:
    """`21 09 2025` alone on a line (a page's dateline, ce2 and x1): a day, a month and a year with a space between
    each are the date "ngày hai mươi mốt tháng chín năm …", as the annotator read it; left, they were three numbers
    ("hai mươi mốt chín hai nghìn …"). Only a whole line: in a sentence spaced numbers are a list or a phone."""
    return DATELINE.sub(r"\1\2-\3-\4", text)


@digits_only
@on_lines_matching(r"-[^\S\n]*[0-9]{1,3}[^\S\n]*[-–][^\S\n]*[0-9]", r"–[^\S\n]*[0-9]{1,3}[^\S\n]*[-–][^\S\n]*[0-9]")
def part_number_chains(text: str, ctx: Context) -> str:
    """`học sinh khối 2 – 3 – 4 – 5`, `tháng 4 – 5 – 9`, `các ngách 9-20-23-28`, `NPK 16-16-8`: three numbers or more
    joined by dashes are a list, "hai, ba, bốn, năm", as every annotator wrote them (6 spans of 6); the range rules
    took the last pair for a range ("bốn đến năm") and the others for pauses or a run of digits. A chain opening
    on a day and its month without spaces (`27-12-25`, `30-4-1-5`) is a date, and `cấp 6-7-8` the wind's rule's."""
    return NUMBER_CHAIN.sub(_chained, text)


def _chained(m: re.Match[str]) -> str:
    numbers = re.findall(r"[0-9]+", m.group(0))
    spaced = any(c.isspace() for c in m.group(0))
    if not spaced and _valid_date(int(numbers[0]), int(numbers[1])):
        return m.group(0)
    if any(len(n) == 3 and n.startswith("0") for n in numbers):
        return m.group(0)  # `091-234-567`: a phone number's groups
    return ", ".join(numbers)
