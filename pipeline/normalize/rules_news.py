"""Dates, times and signs as news and bulletins write them: the second batch measured on tests/data/real/.

`19/8/1945 – 19/8/2024`, `15/4 - 14/5/2022`, `13/01/2022 10:02`, `03:54:27`, `tháng 12.2018`, `Ngày 6,7/01/2024`,
`(-4,2%)`, `Km139+900`, `10 buổi/tuần`, `cấp 6-7-8`, `tỉ số 3-1`, `Mã số: 8720163`, `đầu số 034`.
Each rule rewrites a shape the general rules would misread, and says why; `normalize.RULES` gives the order.
"""

from __future__ import annotations

import re

from .context import Context
from .day_word import after_each
from .lines import digits_only, on_lines_matching, on_lines_with
from .numbers import opens_range_to, read_digits, read_int, read_month
from .rules_numbers import _day

DATE = r"[0-9]{1,2}/[0-9]{1,2}"
DATE_SPAN = re.compile(rf"(?=[0-9])(?<![0-9/])({DATE}(?:/[0-9]{{4}})?)[^\S\n]*[-–][^\S\n]*(?={DATE}/[0-9]{{4}}\b)")
# `19-8-1945 – 19-8-2014`: hyphen dates need a spaced dash between them, as their own hyphens are not one
HYPHEN_DATE_SPAN = re.compile(
    r"(?=[0-9])(?<![0-9-])([0-9]{1,2}-[0-9]{1,2}-[0-9]{4})[^\S\n]+[-–][^\S\n]+(?=[0-9]{1,2}-[0-9]{1,2}-[0-9]{4}\b)"
)
# `(2.9.1945-2.9.2025)`: an anniversary's two dotted dates; `1.11 - 10.12.2025`: the year once, after the last (bt2)
DOTTED_DATE_SPAN = re.compile(
    r"(?=[0-9])(?<![0-9.])([0-9]{1,2}\.[0-9]{1,2}(?:\.[0-9]{4})?)[^\S\n]*[-–][^\S\n]*(?=[0-9]{1,2}\.[0-9]{1,2}\.[0-9]{4}\b)"
)
SEASON = re.compile(
    r"(?=[12])(?<![0-9/.,])((?:19|20)[0-9][0-9])/((?:19|20)?[0-9][0-9])(?![0-9/]|[.,][0-9])"
)  # `niên vụ 2018/19`
DATE_THEN_TIME = re.compile(r"([0-9](?<!\w[0-9])[0-9]?/[0-9]{1,2}/[0-9]{4})[^\S\n]+(?=[0-9]{1,2}:[0-9]{2}\b)")
CLOCK_SECONDS = re.compile(r"(?=[0-9][0-9]?:[0-9][0-9]:)(?<![0-9:])([0-9]{1,2}):([0-9]{2}):([0-9]{2})(?![0-9:])")
# `Thứ Hai, 31 tháng 8, 2015`: a day and month as words, the year after a comma as English dates put it
MONTH_COMMA_YEAR = re.compile(  # "tháng" first (a scan in C), the day's digit and space behind it
    r"(tháng(?<=[0-9][^\S\n]tháng)[^\S\n]+[0-9]{1,2}),[^\S\n]*(?=(?:1[89]|20)[0-9][0-9](?![.,/]?[0-9])[^\S\n]*(?:[,.;:)/–-]|$))",
    re.M,
)
MONTH_DOT_YEAR = re.compile(  # after "tháng", or a word of time (`trong 7.2025`, du1) before a year of this era
    r"\b(tháng|(?:trong|từ|đến|vào|cuối|đầu|giữa|hồi|sau|trước)(?=[^\S\n]+[0-9]{1,2}\.(?:19|20)[0-9][0-9]\b(?![.,][0-9])))"
    r"[^\S\n]+([0-9]{1,2})\.([0-9]{4})\b",
    re.IGNORECASE,
)
# `17 /11/2020`, `25/10/ 2013`: a space beside a slash; `10, 17, 31 /01/2021` keeps it (the month is the list's)
DATE_GAP_HINT = re.compile(r"/(?:(?<=[0-9][^\S\n]/)(?=[0-9])|(?<=[0-9]/)(?=[^\S\n]+[0-9]))")
SPACE_BEFORE_SLASH = re.compile(r"(?<![0-9])(?<![0-9][,;][^\S\n])([0-9]{1,2})[^\S\n]+(?=/[0-9]{1,2}/[0-9]{4}\b)")
SPACE_AFTER_SLASH = re.compile(r"([0-9]/[0-9]{1,2}/)[^\S\n]+(?=[0-9]{4}\b)")
SPACE_AFTER_DAY = re.compile(r"(?<![0-9/])([0-9]{1,2}/)[^\S\n]+(?=[0-9]{1,2}/[0-9]{4}\b)")
DAY_LIST = re.compile(r"\b(ngày)[^\S\n]+([0-9]{1,2}),[^\S\n]*([0-9]{1,2})/(?=[0-9]{1,2}\b)", re.IGNORECASE)
DAY_NUMBER = r"[0-9](?<![0-9.,/][0-9])[0-9]?(?![\w]|[/.,:][0-9])"  # a day on its own, not part of 5/2 or 1,5
DAYS_OF_A_MONTH = re.compile(
    rf"(?<![\w])(ngày)([^\S\n]+{DAY_NUMBER}(?:[^\S\n]*(?:[,;]|và)[^\S\n]*{DAY_NUMBER})*)"
    r"(?![^\S\n]*(?:lần|viên|bữa|buổi|giờ|tiếng|đêm|ca|người|liều)\b)",
    re.IGNORECASE,
)
DAY_DASH = re.compile(  # `ngày 1 và 2-9`, `từ ngày 17-24`: the last number after a dash, read by read_day_dashes
    r"(?<!\w)(ngày[^\S\n]+(?:[0-9]{1,2}[^\S\n]*(?:,|và)[^\S\n]*)*)([0-9]{1,2})-([0-9]{1,2})\b(?![-/.,:][0-9])",
    re.IGNORECASE,
)
MINUS_PERCENT = re.compile(r"(?<=[(\s])-([0-9]+(?:,[0-9]+)?)[^\S\n]*%")
PLUS_PERCENT = re.compile(r"(?<=[(\s])\+([0-9]+(?:,[0-9]+)?)[^\S\n]*%")
PER_PERIOD = re.compile(  # `USD/ tháng`, `yên/giờ`; `2 lần /ngày`: times are counted per a period, spaced or not
    r"/(?:(?<=[^\W0-9_]/)|(?<=\blần[^\S\n]/))[^\S\n]?(tuần|ngày|tháng|năm|giờ|phút|giây|ha|s|lần)\b"  # "/" first: fast
)
SPACED_PER_SECOND = re.compile(r"[^\S\n]/(?<=[^\W0-9_][^\S\n]/)(?=[^\S\n]?(?:s|giây)\b)")  # `m3 /s` (cn1)
PERIODS = {"tuần": "một tuần", "ngày": "một ngày", "tháng": "một tháng", "năm": "một năm", "giờ": "một giờ",
           "phút": "một phút", "giây": "một giây", "ha": "một héc ta", "s": "trên giây", "lần": "một lần"}  # fmt: skip
# `(2-6, 6-2)`, `(7 - 5, 6 - 0)`, `(7/5, 6/0)` (ik2): the sets in brackets after a score, spaced or with a slash
SET_DASH = r"[^\S\n]*[-–:/][^\S\n]*"  # between a set's two scores, here and in NEXT_SET
BRACKETED_SET = rf"[0-9]{{1,2}}{SET_DASH}[0-9]{{1,2}}"
SCORE = re.compile(
    r"\b((?:t[ỉỷ] số|thắng|thua|hòa|hoà|gỡ|dẫn trước|(?:tạm|lên|đang|bị) dẫn|dẫn ngược|thất bại|chung cuộc)"
    r"(?:[^\S\n]+(?:lên|là|xuống còn|chung cuộc|sít sao|tối thiểu|cách biệt|đậm|nghẹt thở|kịch tính|tạm thời là"
    # `thắng lợi 3 - 2 trước` (fz2)
    r"|ngược|lợi(?=[^\S\n]+[0-9]{1,2}[^\S\n]*[-–][^\S\n]*[0-9]{1,2}[^\S\n]+trước\b)))?)"
    r"[^\S\n]+([0-9]{1,2})[^\S\n]*([-–:]|(?<=số[^\S\n][0-9])/)[^\S\n]*([0-9]{1,2})\b(?!/)"  # `tỷ số 3/1` (gf1)
    r"(?![^\S\n]*(?:lần|ngày|tuần|tháng|năm|giờ|người|%|‰|phần)(?!\w))"  # `thất bại 2-3 lần`: a range
    r"((?:\([0-9]{1,2}\))?(?:,[^\S\n]*[0-9]{1,2}[-–:][0-9]{1,2}\b(?![/.,]?[0-9]|%|[^\S\n]*(?:ngày|tuần|tháng|năm|giờ|h|người|lần|k?m|độ)\b)"
    r"(?:\([0-9]{1,2}\))?)*"  # a tie-break's points after a set: `7-6(6)` (fc1)
    rf"(?:[^\S\n]*\({BRACKETED_SET}(?:(?:,[^\S\n]*|[^\S\n]+và[^\S\n]+){BRACKETED_SET})*\))?)",  # `(2-6, 6-2)`
    re.IGNORECASE,
)
# `(T/h)`, `T/h: Xuân Cường`: a news item "compiled" from several sources; after a number `t/h` is a unit
SOURCE_COMPILED = re.compile(r"(?<![\w/])(?<![0-9][^\S\n])[Tt]/[Hh](?![\w/])")
RECIPIENT = re.compile(r"[^\S\n]*[-+•]")  # a list's item: a letter's "Nơi nhận" names who carries it out
# `(024)`, `(0236)`: an area code alone in brackets; `(024) 3825 5078`: with its number after it
AREA_CODE = re.compile(r"\((0[0-9]{2,3})\)(?:[^\S\n]*([0-9]{2,4}(?:[ .][0-9]{2,4}){1,3})(?![0-9]|[.,][0-9]))?")
SCORE_WORDS = ("ỉ số", "ỷ số", "Ỉ SỐ", "Ỷ SỐ", "hắng", "HẮNG", "hua", "HUA", "òa", "ÒA", "oà", "OÀ", "ẫn", "ẪN",
               "ất bại", "ẤT BẠI", "ung cuộc", "UNG CUỘC", "gỡ", "GỠ")  # fmt: skip
NEXT_SET = re.compile(rf"([0-9]{{1,2}}){SET_DASH}([0-9]{{1,2}})")
# `đầu 1900`, `đầu 09`: "đầu" alone names a prefix only before a leading 0 or a service number (`đầu 2024` is a year)
CODE_DIGITS = re.compile(
    r"(?=[mMđĐ])\b(mã số|đầu số|mã vùng|đầu(?=[^\S\n]+(?:0|1[89]00\b)))([^\S\n]*:?[^\S\n]+)([0-9]{3,12})\b",
    re.IGNORECASE,
)


@digits_only
@on_lines_matching(
    *(rf"{dash}(?=[^\S\n]*[0-9]{{1,2}}([/.-])[0-9]{{1,2}}\1[0-9]{{4}})" for dash in "-–")
)  # a dash, a full date
def join_date_spans(text: str, ctx: Context) -> str:
    """`19/8/1945 – 19/8/2024`, `15/4 - 14/5/2022`, `19-8-1945 – 19-8-2014`: a dash between two dates is "đến", not
    a pause or a minus (s2 read the hyphen dates so too); so is one between two dotted dates, `(2.9.1945-2.9.2025)`
    (ah2: 3 spans of 3, an anniversary's years), the first without its year too (`Từ ngày 1.11 - 10.12.2025`, bt2:
    its first date was cut in two, "mồng một.ngày mười một")."""
    text = HYPHEN_DATE_SPAN.sub(r"\1 đến ", DATE_SPAN.sub(r"\1 đến ", text))
    return DOTTED_DATE_SPAN.sub(r"\1 đến ", text) if "." in text else text


@digits_only
@on_lines_matching(r"/[0-9]{4}[^\S\n]+[0-9]{1,2}:")
def separate_date_and_time(text: str, ctx: Context) -> str:
    """`13/01/2022 10:02`: a pause between the year and the hour, or "hai mươi hai mười giờ" runs together."""
    return DATE_THEN_TIME.sub(r"\1, ", text)


@digits_only
@on_lines_matching(r":[0-9][0-9]:")
def read_clock_seconds(text: str, ctx: Context) -> str:
    """`03:54:27`, a time stamp with seconds: "ba giờ năm mươi tư phút hai mươi bảy giây"; zero seconds
    (`09:39:00`, a site's stamp) and then zero minutes are not said, as nobody says "không giây"."""

    def read(m: re.Match[str]) -> str:
        hour, minute, second = (read_int(int(g), ctx.style) for g in m.groups())
        if m.group(3) != "00":
            return f"{hour} giờ {minute} phút {second} giây"
        return f"{hour} giờ {minute} phút" if m.group(2) != "00" else f"{hour} giờ"

    return CLOCK_SECONDS.sub(read, text)


# `Hiệp định Geneva (7.1954)`: a month and its year, dotted, alone in brackets
BRACKETED_MONTH_YEAR = re.compile(r"\((0?[1-9]|1[0-2])\.((?:19|20)[0-9][0-9])\)")


@digits_only
@on_lines_matching(r"\.(?:19|20)[0-9][0-9]\)")  # the dot first: a fast scan
def read_bracketed_month_years(text: str, ctx: Context) -> str:
    """`ký kết Hiệp định Geneva (7.1954)` (bw2): a month and a year dotted in brackets date what is before them,
    "tháng bảy năm một nghìn chín trăm năm mươi tư"; read as a decimal it was "bảy phẩy một chín năm bốn"."""
    read = lambda m: f"(tháng {read_month(int(m.group(1)), ctx.style)} năm {read_int(int(m.group(2)), ctx.style)})"
    return BRACKETED_MONTH_YEAR.sub(read, text)


@digits_only
@on_lines_matching(r"\.(?<=[0-9]\.)[0-9]{4}")
def read_month_dot_years(text: str, ctx: Context) -> str:
    """`tháng 12.2018`: news writes month and year with a dot; it is a month, never "mười hai phẩy...". So after a
    word of time without "tháng" (`trong 7.2025`, du1: "bảy phẩy hai không hai năm" went on air), "trong tháng bảy"."""

    def read(m: re.Match[str]) -> str:
        month = int(m.group(2))
        if not 1 <= month <= 12:
            return m.group(0)
        said = f"{read_month(month, ctx.style)} năm {read_int(int(m.group(3)), ctx.style)}"
        return f"{m.group(1)} {said}" if m.group(1).lower() == "tháng" else f"{m.group(1)} tháng {said}"

    return MONTH_DOT_YEAR.sub(read, text)


@digits_only
@on_lines_matching(*(rf"{e}[yY](?=[^\S\n]+[0-9]{{1,2}},)" for e in "àÀ"))  # (?i:ngày) 3,
def read_day_lists(text: str, ctx: Context) -> str:
    """`Ngày 6,7/01/2024`: two days of one month; the first is a day ("mồng sáu"), not "sáu phẩy bảy", and "ngày" is
    said once for both, "ngày mồng sáu, mồng bảy tháng một", as the annotators of b, r2 and s2 wrote it."""

    def read(m: re.Match[str]) -> str:
        first, second = (_day(int(m.group(n)), ctx.style) for n in (2, 3))
        return f"{m.group(1)} {first}, {second} tháng "

    return DAY_LIST.sub(read, text)


@digits_only
def close_date_gaps(text: str, ctx: Context) -> str:
    """`Thứ Ba, 17 /11/2020`, `ngày 25/10/ 2013`, `Từ 01/ 01/2018` (je2): a space typed beside a date's slash parts
    the date, and each half was read as something else ("mười bảy, tháng mười một"); closed, it is one date. The
    last of a list of days (`Ngày 10, 17, 24, 31 /01/2021`) stays apart: the month belongs to them all."""
    return on_lines_with(DATE_GAP_HINT, text, _close_date_gaps)


def _close_date_gaps(line: str) -> str:
    return SPACE_AFTER_DAY.sub(r"\1", SPACE_AFTER_SLASH.sub(r"\1", SPACE_BEFORE_SLASH.sub(r"\1", line)))


@digits_only
@on_lines_matching(r"à(?<=[gG]à)[yY][^\S\n]+[0-9]", r"À(?<=[gG]À)[yY][^\S\n]+[0-9]")  # (?i:ngày) and its day
def read_days_of_a_month(text: str, ctx: Context) -> str:
    """`từ ngày 6 đến ngày 8 âm lịch`, `ngày 3 và ngày 5/2`, `Ngày 03; 10; 17`: a day from 1 to 10 said without
    its month is still a day, "ngày mồng sáu", "mồng mười", as every date rule says it; `ngày 2 lần` and `mỗi ngày
    3-5 huyện` (fd1) count, and a number no month has as a day (`trong ngày 35-38 độ`) is an amount."""
    if not ctx.style.day_prefix:
        return text

    def days(m: re.Match[str]) -> str:
        if after_each(m.string, m.start()) or any(int(number) > 31 for number in re.findall(r"[0-9]+", m.group(2))):
            return m.group(0)  # `trong ngày 35-38 độ`: no month has a day 35; an amount measured that day
        return m.group(1) + re.sub(r"[0-9]+", lambda d: _day(int(d.group(0)), ctx.style), m.group(2))

    return DAYS_OF_A_MONTH.sub(days, text)


@digits_only
@on_lines_matching(r"-(?<=[0-9]-)[0-9]")  # the dash between two days
def read_day_dashes(text: str, ctx: Context) -> str:
    """`ngày 1 và 2-9`: after a list of days the dash gives their month, "mồng một và mồng hai tháng chín"; `từ ngày
    17-24`: a number no month has (over 12) is the last day of a span, "mười bảy đến ngày hai mươi tư", as s1 and s2
    read them; both fell apart into "mồng hai chín" and "mười bảy hai mươi tư"."""

    def read(m: re.Match[str]) -> str:
        day, after = int(m.group(2)), int(m.group(3))
        if after <= 12:  # a lone `ngày 2-9` is a date other rules read; after a list of days it is their month
            listed = any(c.isdigit() for c in m.group(1))  # the month said as a month (`18-4`: "tháng tư", cm1)
            return f"{m.group(1)}{day} tháng {read_month(after, ctx.style)}" if listed else m.group(0)
        return f"{m.group(1)}{day} đến ngày {after}" if day < after <= 31 else m.group(0)

    return DAY_DASH.sub(read, text)


@digits_only
@on_lines_matching(r"%")
def read_minus_percents(text: str, ctx: Context) -> str:
    """`giảm 554 vụ (-4,2%)`, `tăng 17 người (+12,41%)`: the sign of a change is said, "âm bốn phẩy hai phần trăm",
    "cộng mười hai phẩy bốn mươi mốt phần trăm", as the annotators of two batches read all four they met; the "+"
    was dropped silently. After a smaller number the dash is a range's (`tỷ lệ 15 -17%`, "mười lăm đến mười bảy"):
    read as a sign, a share of fifteen to seventeen percent became minus seventeen."""
    text = PLUS_PERCENT.sub(r"cộng \1%", text) if "+" in text else text

    def read(m: re.Match[str]) -> str:
        return m.group(0) if opens_range_to(text, m.start(), m.group(1)) else f"âm {m.group(1)}%"

    return MINUS_PERCENT.sub(read, text)


@on_lines_matching(r"/")
def read_per_periods(text: str, ctx: Context) -> str:
    """`10 buổi/tuần`, `tấn quả/ha`, `789 yên/giờ`, `mét/s`, `m3/giây` (ax1): so much per week, hectare, hour ("một
    giờ", as every batch wrote `km/giờ`), second; `m3 /s` with a space before its slash too (cn1: 2 spans)."""
    text = SPACED_PER_SECOND.sub("/", text) if " /" in text else text
    return PER_PERIOD.sub(lambda m: " " + PERIODS[m.group(1)], text) if "/" in text else text


@digits_only
# the words a score follows (any case), each a literal, a number at most four words on (`hướng dẫn` alone is none)
@on_lines_matching(*(rf"{word}(?=[^\S\n]+(?:[^\W0-9_]+[^\S\n]+){{0,4}}[0-9])" for word in SCORE_WORDS))
def read_scores(text: str, ctx: Context) -> str:
    """`thắng với tỉ số 3-1`, `hòa 1-1`, `dẫn trước 2-1` (co2), `tạm dẫn 1-0` (eq2), `vượt lên dẫn 7-1` (hq2; "dẫn"
    alone may lead a count, `hướng dẫn 3-5 hộ`), `thất bại 3-6, 3-6`, `chung cuộc 3-2` (gm1), `gỡ 2-3` (hz2): a score
    is "ba một", never "ba đến một"; so are the sets that follow it (`thắng 6-3, 7-6(5)`), in brackets too (`3-1
    (2-6, 6-2 và 7-5)`, eu1). A count of times or days after it is a range."""

    def read(m: re.Match[str]) -> str:
        before = m.string[max(0, m.start() - 30) : m.start()].split()  # a capital word before a capital: a name
        if m.group(1)[0].isupper() and before and before[-1][0].isupper():  # `trạm Giao Hòa 1 - 3‰` (hp1)
            return m.group(0)
        return f"{m.group(1)} {m.group(2)} {m.group(4)}" + NEXT_SET.sub(r"\1 \2", m.group(5))

    return SCORE.sub(read, text)


@digits_only
@on_lines_matching(
    *(rf"{e} (?=(?i:số|vùng)?[^\S\n]*:?[^\S\n]*[0-9])" for e in ("ã", "Ã", "ầ[uU]", "Ầ[uU]"))
)  # mã số 034
def read_code_digits(text: str, ctx: Context) -> str:
    """`Mã số: 8720163`, `đầu số 034`, `mã vùng 024`, `số điện thoại đầu 1900`: a code or a phone prefix is read
    digit by digit, never as an amount."""
    return CODE_DIGITS.sub(lambda m: f"{m.group(1)}{m.group(2)}{read_digits(m.group(3))}", text)


@digits_only
@on_lines_matching(r"\(0")
def read_area_codes(text: str, ctx: Context) -> str:
    """`tại Hà Nội (024) và TP.HCM (028)`: three or four digits from a leading zero, alone in brackets, are a
    telephone area code, said digit by digit ("không hai bốn"), as the spans do; an amount never starts with 0. The
    groups of a number after it are that phone's (`(024) 3825 5078`, cq2), not two amounts."""

    def read(m: re.Match[str]) -> str:
        groups = re.split(r"[ .]", m.group(2) or "")
        if not 7 <= sum(map(len, groups)) <= 8:  # a local number has seven or eight digits; `(024) 1.500 người` not
            return f"({read_digits(m.group(1))}){m.string[m.end(1) + 1 : m.end()]}"
        return f"({read_digits(m.group(1))}) " + ", ".join(map(read_digits, groups))

    return AREA_CODE.sub(read, text) if "(0" in text else text


def read_compiled_sources(text: str, ctx: Context) -> str:
    """`Minh An (T/h)`, `T/h: Xuân Cường`, `Phòng Thanh tra pháp chế t/h`: a news item's "tổng hợp", compiled from
    several sources (ao1, ao2, y2: every annotator said so); read as letters it was "tê, h". On a letter's list of
    recipients (`- Các tổ chức, cá nhân có liên quan (T/h);`, c2) it is "thực hiện", theirs to carry out. After a
    number (`60 t/h`) the letters are a unit and are left to the unit rules."""
    if "/h" not in text and "/H" not in text:
        return text
    return on_lines_with(SOURCE_COMPILED, text, _compiled_source)


def _compiled_source(line: str) -> str:
    return SOURCE_COMPILED.sub("thực hiện" if RECIPIENT.match(line) else "tổng hợp", line)


@digits_only
def read_comma_years(text: str, ctx: Context) -> str:
    """`Thứ Hai, 31 tháng 8, 2015`, `ngày 8 tháng 11, 2020`: a year after a written day and month and a comma is
    "năm hai nghìn…", as all three annotators of the shape said (b, an2, aj2); bare, it was an amount."""
    return MONTH_COMMA_YEAR.sub(r"\1, năm ", text) if "tháng" in text else text


@digits_only
@on_lines_matching(r"/(?<=[0-9][0-9]/)[0-9][0-9]")
def read_season_years(text: str, ctx: Context) -> str:
    """`niên vụ 2018/19`, `vụ 2016/17`, `năm học 2024/2025`: a year, a slash and the next year is a season that
    spans them, "hai nghìn không trăm mười tám đến hai nghìn không trăm mười chín" (4 spans of 4, coffee bulletins);
    read as a pause the second year lost its century ("mười chín"). Other pairs of numbers are left as they are."""

    def read(m: re.Match[str]) -> str:
        first, second = int(m.group(1)), m.group(2)
        following = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
        return f"{first} đến {following}" if following == first + 1 else m.group(0)

    return SEASON.sub(read, text)
