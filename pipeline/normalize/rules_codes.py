"""People's initials, codes, ratios and service numbers as public notices write them (phones: rules_urls).

Measured on tests/data/real/: `chị N. T`, `bà P.T.C.`, `lúa OM 5451`, `sân NT6`, `04/04 thôn`, `gọi 113`, `-3°C`.
"""

from __future__ import annotations

import re

from .context import MULTIPLIERS, Context
from .lines import digits_only, on_lines_matching
from .numbers import YEAR, opens_range_to, read_digits, read_int
from .rules_glued import read_parted_runs
from .rules_roman import NAME_ROMAN, counted_before

PERSON = r"anh|chị|ông|bà|em|cháu|cụ|bé|cô|chú|bác"
# The patterns start with the letter itself, then look one character further back: a pattern opening
# with a look-around makes `re` try it at every position, one opening with a letter class is scanned fast.
INITIALS = re.compile(
    r"([A-ZĐ](?<![^\s(\[].)\.[^\S\n]?(?:[A-ZĐ]\.[^\S\n]?){0,3})"
    r"(?:(?<=\.)([A-ZĐ](?![\w.]))|([A-ZĐ](?![\w.]))?(?![^\S\n]*$))",
    re.M,
)  # not a line's last word (a sentence may end with a single letter) unless glued to its dot: `Ảnh: M.T`
LONE_CAPITAL = re.compile(r" ([A-ZĐ])(?![\w]|\.\w)")  # `chị N.` ends a clause too; runs after `tidy_spaces`
PERSON_BEFORE = re.compile(rf"(?<![\w])(?i:{PERSON})$")
# `bé Khánh Ng.`, `Chị Ng.` (cr1, cw1): a name cut to its two-letter opening consonant, after a name, before a pause
DIGRAPH_INITIAL = re.compile(  # the capital first, then what is behind it: a scan in C
    r"([NTPKC](?<=[^\W0-9_][^\S\n][NTPKC])[ghr])\.(?=[^\S\n]*(?:[,;:)(]|$)|[^\S\n]+[a-zà-ỹđ0-9])", re.M
)
DIGRAPHS = frozenset({"Ng", "Nh", "Th", "Tr", "Ph", "Kh", "Ch"})
NAME_BEFORE = re.compile(rf"(?:\b[A-ZĐÀ-Ỹ][^\W0-9_]*|(?<![\w])(?i:{PERSON}))[^\S\n]$")
MILITARY_MEDICINE = re.compile(r"(?<!\w)[Qq]uân[^\S\n]$")  # `Quân Y 24`: "quân y", military medicine
GLUED_LETTER = re.compile(r"([0-9](?<![\w.,][0-9])[0-9]{0,2})([A-ZĐ])(?![\w])")
# `DN100PVC` too; no code opens on a letter after an `&`: `S&P 500` is an index, "năm trăm" (g2, h2)
CODE = re.compile(r"([A-Z](?<![\w.,/&-][A-Z])[A-Z]{0,3})[^\S\n]?([0-9]{1,6})([A-Z]{1,4})?(?![\w]|[.,][0-9])")
MORE_DIGITS = re.compile(r"[^\S\n]?[0-9]")
# `bà P.T.C.` may end a sentence; a digraph among them (`L.V.Th.`, `M.Th.O.`, ea2: "Th." was left in letters)
DIGRAPH_NEXT = re.compile(r"[NTPKC][hgr]\.(?![a-zà-ỹđ])")
MANY_INITIALS = re.compile(r"([A-ZĐ](?<![^\s(\[].)\.(?:(?:[A-ZĐ]|[NTPKC][hgr])\.){1,3})(?![\w])")
COUNT_NOUNS = (
    "thôn|xã|phường|thị trấn|hộ|người|trường|đơn vị|tổ|ấp|khu phố|bản|làng|huyện|tỉnh|xóm|buôn|cơ sở|trạm|"
    "khối phố|học sinh|lớp|tiêu chí|chỉ tiêu|mẫu|ca|điểm|vị trí|công dân|thanh niên|hồ|đại biểu|"
    "thí sinh|sinh viên|thành viên|trường hợp|doanh nghiệp|quốc gia|địa phương|cử tri"  # `7/8 thí sinh` (em2)
)
# `12/15 xã`; `(53.913/6)`, `(35.000/1.350.000)`: an amount in thousands is no day or month either (bt2)
RATIO = re.compile(  # a space after the slash (`44.076/ 51.922 cử tri`, jd2) only before what it counts
    r"(?=[0-9]{1,3}[/.])(?<![0-9/.,])([0-9]{1,3}(?:\.[0-9]{3})*)/([^\S\n](?=[0-9]))?([0-9]{1,3}(?:\.[0-9]{3})*)(?![0-9/]|[.,][0-9])"
)
# `thương binh 1/4`: a war invalid's grade (bf2); `đạt cấp 5/5 theo thang bão` (bx2): a level out of the scale's top;
# `giảm 8% (11/12)`, `-80% (1/5)` (dy1: 4 spans): the cases this week over last week, bracketed after the change
GRADE_BEFORE = re.compile(r"(?:(?:(?:thương|bệnh)[^\S\n]binh|(?<!\w)cấp)[^\S\n]+|%[^\S\n]*\()$", re.IGNORECASE)
UNIT_AFTER = re.compile(r"[^\S\n]?([^\W0-9_]{1,3}[23]?)(?!\w)")  # `160/150 m (mực nước chết)`: a measure after a ratio
COUNTED = re.compile(rf"[^\S\n]+(?:{COUNT_NOUNS})\b")
# `Ngày 7/11 tổ chức`, `ngày mai 2/11 phường Tân Tạo`, `hôm nay 3/4 xã`: the day's word names a date
AFTER_DAY_WORD = re.compile(r"\b(?:ngày|ngày mai|hôm nay|hôm qua|ngày kia)[^\S\n]+$", re.IGNORECASE)
SERVICE_WORDS = r"gọi|số điện thoại|đường dây nóng|tổng đài|hotline|liên hệ|báo ngay"  # not "số": `số 1001 ca`
CALLING = re.compile(r"\b(?:gọi|tổng đài|đường dây nóng)\b", re.IGNORECASE)
EMERGENCY = re.compile(
    r"(?=11)(?<![0-9.,])11[1-5](?![0-9]|[.,][0-9])"
)  # police, fire, ambulance... on a line that says "gọi"
SERVICE = re.compile(
    rf"(?=[gGsSđĐtThHlLbB])\b((?:{SERVICE_WORDS})[^\S\n]*:?[^\S\n]+)"  # the words that say a number is to be called
    r"(1[0-9]{2,3}(?:[^\S\n]*(?:,|hoặc|và)[^\S\n]*1[0-9]{2,3})*)"  # one or more short service numbers
    r"(?![0-9]|[.,][0-9])(?![^\S\n]+[0-9])"  # not the start of a longer number
    rf"(?![^\S\n]+(?:{COUNT_NOUNS})\b)",  # nor a count: `phát lệnh gọi 121 công dân nhập ngũ` (cl2)
    re.IGNORECASE,
)
CURRENCY_CODES = "USD|VND|VNĐ|JPY|EUR|CNY|RMB|KRW|GBP|THB|SGD|AUD|CAD|HKD|TWD|NZD|LAK|KHR|MYR|INR|RUB|CHF"
# `55,646 runner` (hv2), `138,800 gia đình`: people counted by the page's own word are no decimal either
THOUSANDS_COUNTED = (
    rf"(?:đồng|đ|sinh viên|phiếu|lượt|views|viu|likes|followers|runners?|vận động viên|gia đình|khán giả|"
    rf"{COUNT_NOUNS}|{CURRENCY_CODES})\b"
)
COMMA_THOUSANDS = re.compile(
    rf"([0-9](?<![0-9.,][0-9])[0-9]{{0,2}}(?:,[0-9]{{3}})+)(?![0-9]|[.,][0-9])"
    rf"(?=[^\S\n]+{THOUSANDS_COUNTED}|[^\S\n]*(?:[-–]|đến)[^\S\n]*[0-9]{{1,3}}(?:,[0-9]{{3}})+[^\S\n]+{THOUSANDS_COUNTED})"
    # `1,250,000`: two commas, no decimal has two
    r"|([0-9](?<![0-9.,][0-9])[0-9]{0,2}(?:,[0-9]{3}){2,})(?![0-9]|[.,][0-9])"
    # `| 52,500 |`: three decimals ending in two zeros are no measure (the corpus's 67 of 67 are thousands), unless
    # a multiplier or a degree follows (`1,500 tỷ`, `16,100°`)
    rf"|([1-9](?<![0-9.,][1-9])[0-9]{{0,2}},[0-9]00)(?![0-9]|[.,][0-9])(?![^\S\n]*(?:°|(?:độ|{MULTIPLIERS})\b))"
)
UTC_OFFSET = re.compile(r"(?=[GU])\b(GMT|UTC)[^\S\n]?([+−-])[^\S\n]?(?=[0-9]{1,2}\b)")
DIGIT_RUN = re.compile(r"[0-9][0-9]*")  # not `\d+`: a pattern opening on a repeat hides its class from `re`'s scan
BELOW_ZERO = re.compile(r"[-–](?<![\w0-9][-–])([0-9]+(?:,[0-9]+)?)[^\S\n]*°[^\S\n]*C\b")
BORN = re.compile(rf"\bSN(?::[^\S\n]*|[^\S\n]+)({YEAR.pattern})\b")  # `(SN: 1995,` (ji1) with its colon


def part_glued_initials(text: str, ctx: Context) -> str:
    """`V.Duẩn`, `K.hhw`: an initial glued to a word is parted from it before the word rules run, so they read the
    word now; parted only by `read_initials` (last), the word was read on a second pass instead (issue 29)."""

    def part(m: re.Match[str]) -> str:
        glued = m.end() < len(text) and text[m.end()].isalpha() and m.group(0)[-1] == "."
        if glued and DIGRAPH_NEXT.match(text, m.end()):  # `L.V.Th.`, `M.Th.O.` (ea2): initials still, read together
            return m.group(0)
        return m.group(0) + " " if glued else m.group(0)

    return INITIALS.sub(part, text) if "." in text else text


@on_lines_matching(
    r"[A-ZĐ](?:(?![^\W0-9_])|[ghr]\.)"
)  # a capital no letter follows, or `Ng.`: an initial (a fast scan)
def read_initials(text: str, ctx: Context) -> str:
    """`N. T`, `P.T.C.`, `anh H.`: people named by initials are read letter by letter with Vietnamese names. An
    initial of two letters, a consonant Vietnamese writes so (`bé Khánh Ng.`), is said as that consonant, "Ngờ" (cw1:
    2 spans of 3), where the voice met "Ng." and the listener heard nothing of a name. Several initials are said as
    an initialism is, M "em" (`ông T.M.T`, `N.V.M.`: 4 spans of 4), not "em mờ"."""

    def spelled(m: re.Match[str]) -> str:
        # `part_glued_initials` parted `V.Duẩn` before the word rules; a word glued now was glued by tidying
        # (`K./.Bsố`), unread behind its dot: it keeps the dot, parted it would be read on a second pass
        if m.group(0)[-1].isspace():
            return _initials(m.group(0), ctx) + " "
        glued = m.end() < len(text) and text[m.end()].isalnum()
        return _initials(m.group(0), ctx) + ("." if glued else "")

    def several(m: re.Match[str]) -> str:
        ends_line = m.end() == len(text) or text[m.end()] == "\n"
        return _initials(m.group(1), ctx) + ("." if ends_line else "")

    text = DIGRAPH_INITIAL.sub(_digraph_initial, text) if "." in text else text
    text = INITIALS.sub(spelled, MANY_INITIALS.sub(several, text))

    def person(m: re.Match[str]) -> str:
        named = PERSON_BEFORE.search(text, max(0, m.start() - 5), m.start())  # a lone capital after "anh", "bà"...
        return f" {ctx.lexicon.spell(m.group(1))}" if named else m.group(0)

    return LONE_CAPITAL.sub(person, text)


def _initials(written: str, ctx: Context) -> str:
    letters = sum(ch.isalpha() for ch in written)
    return ctx.lexicon.spell_initialism(written) if letters > 1 else ctx.lexicon.spell(written)


def _digraph_initial(m: re.Match[str]) -> str:
    if m.group(1) not in DIGRAPHS or not NAME_BEFORE.search(m.string, max(0, m.start() - 12), m.start()):
        return m.group(0)
    ends_line = m.end() == len(m.string) or m.string[m.end()] == "\n"
    return f"{m.group(1)}ờ" + ("." if ends_line else "")


# `gạo IR NL 504` (the lexicon has said `NL` "nguyên liệu"): a rice variety's code, its grade, then its number
GRADED_CODE = re.compile(r"\b([A-Z]{2,4})([^\S\n]+nguyên liệu[^\S\n]+)([0-9]{2,6})(?![\w]|[.,][0-9])")


@digits_only
@on_lines_matching(r"nguyên liệu [0-9]")
def read_graded_codes(text: str, ctx: Context) -> str:
    """`Giá gạo IR NL 504`: a rice variety's code with the grade between it and its number (NL, raw rice) is still a
    code, its number said digit by digit as `IR 504` is, "i e rờ nguyên liệu năm không bốn" (3 spans of 4); the
    grade kept the code rule from seeing it, and the number was an amount, "năm trăm linh bốn"."""
    return GRADED_CODE.sub(lambda m: f"{ctx.lexicon.spell(m.group(1))}{m.group(2)}{read_digits(m.group(3))}", text)


@digits_only
@on_lines_matching(r"[A-Z][^\S\n]?[0-9]")
def read_codes(text: str, ctx: Context) -> str:
    """`OM 5451`, `IR 50404`, `NT6`: a code of capitals and digits is read letter by letter, digit by digit; an age
    group, U and two digits (`tuyển thủ U20`, dy1; `U23 Việt Nam`), says its age, "u hai mươi" (3 spans of 3). So
    does one letter glued to two digits (`đảng D66`, `Trường bắn Z95`, `Trạm Ra đa C25`, `A80`: 10 spans to 2
    strains', `P52`, `A22`), "dê sáu mươi sáu", a letter after it too (`lớp K58E`, gm1; `cột H60A`); not from a zero
    (`C06`, "xê không sáu"). NPK's grade is its shares, whole numbers (`NPK 16-16-8` "mười sáu, mười sáu, tám")."""

    def read(m: re.Match[str]) -> str:
        if m.group(1) == "Y" and MILITARY_MEDICINE.search(m.string, max(0, m.start() - 6), m.start()):
            return m.group(0)  # `Bệnh viện Quân Y 24` (cw1): the hospital's number after "quân y", no code
        if _level_numeral(m):
            return m.group(0)  # `báo động III 127 cm` (hx1): a level's Roman number, then a height
        before = text[max(0, m.start() - 7) : m.start()].rstrip()
        if len(m.group(1)) == 1 and m.group(0)[1:2] == " " and PERSON_BEFORE.search(before):
            return m.group(0)  # `ông M 200 triệu` (ec2): a man's initial, then an amount ("em mờ hai không không")
        if not m.group(3) and text[m.end() : m.end() + 1] == "%":
            return f"{ctx.lexicon.spell(m.group(1))} {m.group(2)}"  # `(DRC 60%)`: a share, not the code's digits
        if _an_editions_year(m):
            return f"{ctx.lexicon.spell_initialism(m.group(1))} {read_int(int(m.group(2)), ctx.style)}"
        tail = f" {ctx.lexicon.spell(m.group(3))}" if m.group(3) else ""
        digits = read_int(int(m.group(2)), ctx.style) if _says_the_number(m) else read_digits(m.group(2))
        return f"{ctx.lexicon.spell(m.group(1))} {digits}{tail}"

    return CODE.sub(read, text)


def _level_numeral(m: re.Match[str]) -> bool:
    """`vượt báo động III 127 cm`: a Roman numeral after a word that numbers levels, a space, then an amount is the
    level's number, read by `rules_roman` ("ba"), not a code's letters and digits ("i i i một hai bảy", hx1 twice)."""
    numeral, parted = m.group(1), m.group(0)[len(m.group(1)) : len(m.group(1)) + 1].isspace()
    return parted and NAME_ROMAN.fullmatch(numeral) is not None and counted_before(m.string, m.start()) is not None


def _an_editions_year(m: re.Match[str]) -> bool:
    """`khảo sát ATS 2026`, `tiếng Hàn EPS 2025`, `TPM 2020` (iv2, a race): two capitals or more, a space, then a
    year name an edition of an exam, a survey or an event; every annotator said the year as a year, the letters as
    an initialism ("tê pê em hai nghìn không trăm hai mươi"); it was "hai không hai không". Not a rice variety's
    number, nor a phone's prefix before more digits (`Hotline CSKH 1900 6769`)."""
    letters, digits = m.group(1), m.group(2)
    if len(letters) < 2 or m.group(3) or m.group(0)[len(letters)] != " " or letters in ("OM", "ST", "IR", "KM"):
        return False
    return YEAR.fullmatch(digits) is not None and not MORE_DIGITS.match(m.string, m.end())


def _says_the_number(m: re.Match[str]) -> bool:
    """Whether a code's digits are one number (see `read_codes`): NPK's shares; two digits not from a zero after one
    letter glued to them or an age group's U (a letter after them at most); after two letters or more glued to them
    (`KD18`, `BC15`, `TSR20`, "ca đê mười tám", as their annotators do: about 15 spans to 4), except rice varieties'
    `OM`, `ST` and `KM` (45 spans to 1; `KM36` before a road is a kilometre post, round 99) and a police department's
    P code (`PC67` "pê xê sáu bảy", as the house's hand-checked pairs read it)."""
    letters, digits, after = m.group(1), m.group(2), m.group(3) or ""
    if letters == "NPK" and not after:
        return True  # `NPK 16-16-8`: a fertiliser's shares of N, P and K
    if len(digits) != 2 or digits[0] == "0":
        return False
    glued = m.group(0)[len(letters)] != " "
    if len(letters) == 1:
        return len(after) <= 1 and (letters == "U" or glued)
    return glued and letters not in ("OM", "ST", "KM") and not (len(letters) == 2 and letters[0] == "P")


@digits_only
@on_lines_matching(r"[0-9][A-ZĐ]")
def read_glued_letters(text: str, ctx: Context) -> str:
    """`lớp 10A`, `quốc lộ 1A`: a number with a letter glued on is the number, then the letter's name."""
    return GLUED_LETTER.sub(lambda m: f"{m.group(1)} {ctx.lexicon.spell(m.group(2))}", text)


@digits_only
@on_lines_matching(r"/(?<=[0-9]/)[^\S\n]?[0-9]{1,3}(?:\.[0-9]{3})*(?![0-9/]|[.,][0-9])")  # RATIO's tail: no date
def read_ratios(text: str, ctx: Context) -> str:
    """So many of so many, "trên", never a date: `04/04 thôn`, `12/15 xã` (places counted after it), `thương binh
    1/4` (a grade), and `8/22 quận`, `180/244 nam công dân`, `24/24 giờ` (no month is above twelve, no day above 31).

    A slash that could be a date and counts nothing is left to the date rules, and lint points it out; so is one
    right after "ngày" (`Ngày 7/11 tổ chức tiêm`), "ngày mai" or "hôm nay" (`Lịch cúp điện ngày mai 2/11 phường Tân
    Tạo`, ap1: "hai trên mười một" was heard): the word says it is a day, whatever noun follows; and so is a
    part larger than its whole (`Từ ngày 19 đến 23/7 huyện Tây Hòa`, aj1: 23 of 7 districts cannot be).
    """

    def read(m: re.Match[str]) -> str:
        first, second = int(m.group(1).replace(".", "")), int(m.group(3).replace(".", ""))
        could_be_date = (
            second <= 12 and first <= 31 and not GRADE_BEFORE.search(text, max(0, m.start() - 14), m.start())
        )
        if could_be_date and (first > second or _after_day_word(text, m.start()) or not COUNTED.match(text, m.end())):
            return m.group(0)
        if m.group(2) and not COUNTED.match(text, m.end()):
            return m.group(0)
        unit = UNIT_AFTER.match(text, m.end())
        if unit and unit.group(1) in ctx.units:  # `160/150 m`: the unit rule reads the whole it measures
            return f"{read_int(first, ctx.style)} trên {m.group(3).replace('.', '')}"
        return f"{read_int(first, ctx.style)} trên {read_int(second, ctx.style)}"

    return RATIO.sub(read, text)


def _after_day_word(text: str, start: int) -> bool:
    """Only the few characters before the slash are looked at: "ngày" ("ngày mai", "hôm nay") and a space."""
    return AFTER_DAY_WORD.search(text, max(0, start - 9), start) is not None


@digits_only
@on_lines_matching(r"1[0-9][0-9]")
def read_service_numbers(text: str, ctx: Context) -> str:
    """`gọi 113`, `tổng đài 1022`, `115 khi cấp cứu, 113 báo công an`: service numbers digit by digit."""
    text = EMERGENCY.sub(lambda m: _emergency_number(text, m), text)
    return SERVICE.sub(
        lambda m: m.group(1) + re.sub(r"1[0-9]{2,3}", lambda d: read_digits(d.group(0)), m.group(2)), text
    )


def _emergency_number(text: str, m: re.Match[str]) -> str:
    """113 on a line that speaks of calling is the police, not a hundred and thirteen."""
    end = text.find("\n", m.end())
    line = text[text.rfind("\n", 0, m.start()) + 1 : end if end >= 0 else len(text)]
    return read_digits(m.group(0)) if CALLING.search(line) else m.group(0)


@digits_only
@on_lines_matching(r",[0-9]{3}")
def read_comma_thousands(text: str, ctx: Context) -> str:
    """`542,054 sinh viên`, `200,000 đồng`, `144,500 đ/kg`, `144,000 JPY`, `1,250,000`: commas in groups of three
    before đồng (or its symbol đ), a currency's code, votes, visits (`1,886 views`) or people and places counted are
    thousands the English way; no one counts 542 students and a fraction, nor đồng or yen in decimals; and a number
    with two commas is no decimal. The first of a range (`từ 1,300 đến 1,800 đồng/kg`, av1) is written as its end.
    Nor does a decimal of three digits end in two zeros: `Bình Phước | 51,500 |`, a price table's cell with no
    unit (fk2: 6 spans, "năm mươi mốt phẩy năm trăm" was heard)."""
    return COMMA_THOUSANDS.sub(lambda m: (m.group(1) or m.group(2) or m.group(3)).replace(",", "."), text)


@digits_only
@on_lines_matching("GMT", "UTC")
def read_utc_offsets(text: str, ctx: Context) -> str:
    """`18:38 (GMT+7)` under news items: the offset is "cộng bảy" ("trừ" west of Greenwich), never a pause."""
    return UTC_OFFSET.sub(lambda m: f"{m.group(1)} {'cộng' if m.group(2) == '+' else 'trừ'} ", text)


@digits_only
@on_lines_matching(r"°")
def read_below_zero(text: str, ctx: Context) -> str:
    """`-3°C` is "âm ba độ xê": the minus of a temperature is never dropped or read "trừ". After a smaller number
    and a space the dash is a range's (`cao nhất 26,0 –28,0°C`, fi2: "âm hai mươi tám" was heard on a warm day)."""

    def read(m: re.Match[str]) -> str:
        return m.group(0) if opens_range_to(text, m.start(), m.group(1)) else f"âm {m.group(1)} độ xê"

    return BELOW_ZERO.sub(read, text)


@digits_only
@on_lines_matching(r"SN")
def read_birth_years(text: str, ctx: Context) -> str:
    """`(SN 1959)` in news about people is "sinh năm", not the letters ét en."""
    return BORN.sub(lambda m: f"sinh năm {m.group(1)}", text)


@digits_only
def read_leftover_digits(text: str, ctx: Context) -> str:
    """Last resort: no digit may ever reach the voice, whatever shape it came in (`.0hr`: the letters parted
    from it are read as the number rule reads them)."""
    return read_parted_runs(text, DIGIT_RUN.sub(lambda m: f" {read_digits(m.group(0))} ", text), ctx)
