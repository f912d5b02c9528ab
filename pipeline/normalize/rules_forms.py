"""Shapes of fee tables, fee calculations and web forms (issue 29, round 13): readings the annotators agree on.

`3.000.000/ tháng`, `35.000 * 26 ngày`, `[DỊCH VỤ CÔNG] => [THƯỜNG TRÚ]`, `ngày 01tháng 6`. Each rule says why;
`normalize.RULES` gives the order.
"""

from __future__ import annotations

import re

from .context import Context
from .lines import digits_only, on_lines_matching, on_lines_with
from .numbers import read_digits, read_int

PERIODS = (  # and what a market price is for (`45.000/chục`, hf1: "bốn mươi lăm nghìn, chục")
    r"(?:ngày|tuần|tháng|quý|năm|buổi|giờ|người|trẻ|học[^\S\n]+sinh|lượt|suất|lần|kỳ|học[^\S\n]+kỳ"
    r"|chục|trái|quả|bó|con|cái|chiếc|bao|thùng|hộp|can)"
)
SCHOOL_TERM = re.compile(r"HK(?<!\wHK)(?=[^\S\n]?(?:[1-3]|I{1,3})\b(?![.,/][0-9]))")  # `HK 1`, `HKII`: a term's number
# `3.000.000/ tháng`: an amount in thousands (dots every three digits), a slash, a period or a head
BARE_PER = re.compile(rf"([0-9](?<![0-9.,][0-9])[0-9]{{0,2}}(?:\.[0-9]{{3}})+)[^\S\n]?/[^\S\n]?(?={PERIODS}\b)")
BARE_PER_HINT = re.compile(r"/(?:(?<=\.[0-9]{3}/)|(?<=\.[0-9]{3}[^\S\n]/))")  # BARE_PER's slash first: a scan in C
# `25 nghìn/can`, `2 triệu/người`: an amount in its words (a price with "đồng" left out), a slash, what it is for
WORDED_PER = re.compile(  # the slash first, its amount word looked for behind it: a scan in C
    r"/(?:(?<=[0-9] nghìn/)|(?<=[0-9] ngàn/)|(?<=[0-9] triệu/)|(?<=[0-9] tỷ/)|(?<=[0-9] tỉ/))[^\S\n]?(?=[^\W0-9_]{2})"
)
# `làm việc 24/7`, `trực 24/7` (gd2): round the clock after a verb of working; `ngày 24/7` stays the date
# `hỗ trợ trực tuyến 24/7` (jx2), `hỗ trợ khách hàng 24/7` (r1): how the help comes, or to whom, between them
WORKING = ("làm việc", "hoạt động", "trực", "phục vụ", "hỗ trợ", "tiếp nhận", "vận hành", "mở cửa", "trực tuyến",
           "khách hàng")  # fmt: skip
ROUND_THE_CLOCK = re.compile("24/7(?:" + "|".join(f"(?<={verb} 24/7)" for verb in WORKING) + r")(?![/0-9])")
STAR_TIMES = re.compile(r"[^\S\n]*\*[^\S\n]*(?=[0-9½¼¾])")
# What a star multiplies after: a number, an amount in đồng or a percentage, or a count with its unit (`½ tháng *`)
STAR_FACTOR = re.compile(r"(?:[0-9%½¼¾]|[0-9]đ|[0-9½¼¾][^\S\n]*[^\W0-9_]+)[^\S\n]*$")
MENU_ARROW = re.compile(r"(?<=\])[^\S\n]*(?:=>|->|→|>>?)[^\S\n]*(?=\[)")
STEP_ARROW = re.compile(r"[^\S\n]*=>[^\S\n]*(?=[\"“]?[A-ZĐÀ-Ỹ])")  # `thủ tục => Chọn`: the next step, a capital
# `căn cước → cấp đổi → chọn lý do`, `Km 269 → rẽ trái`: an arrow before a verb is the next step (of a procedure, or
# of a route), a pause; before a place (`→ công viên 30/4`, `→ huyện lộ 65B`, ek1) it is the way there, "đến"
STEP_VERBS = (
    "cấp|chọn|gửi|nhấn|bấm|nhập|điền|đăng|tải|chụp|xác|kiểm|hoàn|mở|ký|nộp|hỏi|chuyển|xem|trả"
    "|rẽ|vào|ra|về|đi|quay|sang|tiếp|rồi|đến"
)
STEP_ARROW_WORD = re.compile(rf"[^\S\n]*→[^\S\n]*(?=(?:{STEP_VERBS})\b)", re.IGNORECASE)
# `Nhập mã OTP -> Xác nhận -> Thông tin tài khoản`, `như Bước 1 -> Thông báo` (il2): on a guide's line (it opens on a
# screen's verb, or names a step) every arrow parts two steps, the next one a screen's name as often as a verb
GUIDE_LINE = re.compile(
    r"(?im)^[^\S\n]*(?:[-+•*][^\S\n]*)?(?:nhập|chọn|bấm|nhấn|truy cập|đăng nhập|cập nhật)\b|\bBước[^\S\n]+[0-9]"
)
GUIDE_ARROW = re.compile(r"[^\S\n]*→[^\S\n]*")
# `A -> B`, typed for →, and a route's line opening on it
ASCII_ARROW = re.compile(r"(?:(?<=\S)[^\S\n]+|^[^\S\n]*)->[^\S\n]+(?=\S)", re.M)
# `lớp 5/9`, `lớp 10/2`: a grade, then its class
CLASS_NAME = re.compile(r"((?<![^\W0-9_])[Ll]ớp)[^\S\n]+([0-9]{1,2})/([0-9]{1,2})(?![/0-9]|[.,][0-9])")
# `Mẫu 08CT`, its zero kept; not a date after "thu mẫu" (`Ngày thu mẫu 05/11/2021`, kb1: the day the sample was taken)
FORM_NUMBER = re.compile(r"(ẫu(?:[^\S\n]+số)?[^\S\n]+)(0[0-9]{1,2})([A-ZĐ]{1,3})?(?![\w]|[/.-][0-9]{1,2}[/.-][0-9]{4})")
# `(đoạn phía trước Quán hoa) => đường Trần Phú => đường Hoàng Diệu` (ji1, a race's closed roads): to a road, "đến"
ROAD_ARROW = re.compile(r"[^\S\n]*=>[^\S\n]*(?=(?:đường|phố|tuyến|quốc lộ|tỉnh lộ|cầu|ngã|nút)\b)")
A_TO_Z = re.compile(r"(?<![\w-])(từ[^\S\n]+)?A[^\S\n]?[-–][^\S\n]?Z(?![\w-])")
GLUED_MONTH = re.compile(r"([0-9](?<=ngày[^\S\n][0-9])[0-9]?)(?=tháng\b)")  # the digit first: a scan in C
# `75.000đ X 9 tháng = 675.000đ`, `ảnh 3 x 4`, `3×4 cm`: a sign between two amounts is a word of arithmetic.
# The sign first, then a look back at what it follows: a fast scan (the text is one string of every line).
TIMES = re.compile(r"[xX×](?:(?<=[0-9%đ)][xX×])|(?<=[0-9%đ)][^\S\n][xX×]))(?=[^\S\n]?[0-9])")
TIMES_SIGN = re.compile(r"×(?:(?<=[\w%)]×)|(?<=[\w%)][^\S\n]×))(?=[^\S\n]?[\w(])")
# `10 lá x 5 tổ`: an x after a count and its unit, before a number; the count is checked in the 24 characters
# before it, so the scan opens on the space (no look-behind of a variable width). The unit may be glued to its
# count (`hồ sơ 24h x 7 ngày`, ie2: a service open every hour of every day).
COUNT_TIMES = re.compile(r"[^\S\n][xX×][^\S\n]+(?=[0-9])")
COUNTED = re.compile(
    r"[0-9][^\S\n]*[^\W0-9_]+(?:[^\S\n]?/?[^\S\n]?[^\W0-9_]+){0,2}$"
)  # `500.000 đồng/học viên x 5` (gm1)
EQUALS = re.compile(  # `= 2.500.000 đồng` opening a line (gm1): the sum of the line before
    r"=(?:(?<=[\w%)]=)|(?<=[\w%)][^\S\n]=)|(?<=[\w%)][^\S\n]{2}=)|(?<=^=))(?=[^\S\n]?[0-9(-]|[^\S\n][^\W0-9_])", re.M
)
WORD_TIMES = re.compile(r"[^\S\n][xX][^\S\n](?<=[^\W0-9_][^\S\n][xX][^\S\n])(?=[0-9])")  # `tiếng Anh x 2` in a formula
BRACKETED_SIZE = re.compile(
    r"\(([0-9][0-9.,]*(?:[^\S\n]?[xX×][^\S\n]?[0-9][0-9.,]*)+)\)[^\S\n]?((?:mm|cm|km|m)(?:2|3|²|³)?)\b"
)


@digits_only
def read_bare_amount_slashes(text: str, ctx: Context) -> str:
    """`Học phí | 3.000.000/ tháng`: in a fee table the unit is in the header, so the amount stands bare before its
    slash; the slash is still "per", said "một" ("ba triệu một tháng"), as after `đồng/tháng`. Read as a pause it
    became "ba triệu, tháng", which says nothing of how often the fee is due. So with the amount in words before
    any noun: `25 nghìn/can` "hai mươi lăm nghìn một can" (az1), `2 triệu/người`."""
    if "/" not in text:
        return text
    text = on_lines_with(BARE_PER_HINT, text, lambda line: BARE_PER.sub(r"\1 một ", line))
    return WORDED_PER.sub(" một ", text)


@digits_only
def read_star_times(text: str, ctx: Context) -> str:
    """`2.000.000 + (35.000 * 26 ngày)`: a star between two numbers is a keyboard's multiplication sign, "nhân";
    dropped as a footnote or rating mark, the calculation lost its operation. So is one after an amount, a
    percentage or a count with its unit, before a number or a fraction (`60.000đ * ½ tháng *100%`, jd2)."""
    if "*" not in text:
        return text
    star = lambda m: " nhân " if STAR_FACTOR.search(m.string, max(0, m.start() - 16), m.start()) else m.group(0)
    return STAR_TIMES.sub(star, text)


def read_menu_arrows(text: str, ctx: Context) -> str:
    """`Chọn menu [DỊCH VỤ CÔNG] => [THƯỜNG TRÚ]`: an arrow between two bracketed menu items is the step from one
    to the next, "sang"; the voice said the sign "bằng" or nothing. Elsewhere `=>` (suy ra) is left to the marks."""
    return MENU_ARROW.sub(" sang ", text) if "[" in text else text


def read_step_arrows(text: str, ctx: Context) -> str:
    """`Từ giao diện màn hình thực hiện thủ tục => Chọn “CƠ QUAN THỰC HIỆN”`: an arrow before a step written with
    a capital is the pause between two steps of a guide, as the annotators read it; left, the voice said "bằng"
    for its "=" or nothing. An arrow before a small letter (`a => b`, suy ra) stays for the marks. So is `→` before a
    verb (`dịch vụ công căn cước → cấp đổi → chọn lý do`, ap2: 2 spans of 2; `→ rẽ trái`); a route's arrow before
    a place, `Quốc lộ 32 → đường tỉnh 316`, `→ công viên 30/4`, is left to the marks: "đến"), but not on a guide's
    line (`Nhập mã OTP -> Xác nhận -> Thông tin tài khoản`, il2: 3 spans of 3)."""
    text = STEP_ARROW.sub(", ", ROAD_ARROW.sub(" → ", text)) if "=>" in text else text
    text = ASCII_ARROW.sub(" → ", text) if "->" in text else text  # `-> đường Nguyễn Bình` (ax1), `-> quốc lộ 39` (hh1)
    if "→" not in text:
        return text
    return STEP_ARROW_WORD.sub(", ", on_lines_with(GUIDE_LINE, text, lambda line: GUIDE_ARROW.sub(", ", line)))


@on_lines_matching(r"Z")
def read_a_to_z(text: str, ctx: Context) -> str:
    """`Hướng dẫn đăng ký tạm trú (A-Z)`: "from A to Z", everything, said "từ a đến dét" with the house letter
    names; read as a code it was "A dét", as a range of letters "a trừ dét"."""
    return A_TO_Z.sub("từ a đến dét", text) if "Z" in text else text


@digits_only
def unglue_day_months(text: str, ctx: Context) -> str:
    """`kể từ ngày 01tháng 6 năm 2010`: a day glued to "tháng" is the same date as `ngày 01 tháng 6`; parted, the
    date rule says "ngày mồng một tháng sáu" (glued, the day lost its "mồng")."""
    return GLUED_MONTH.sub(r"\1 ", text) if "tháng" in text else text


@digits_only
@on_lines_matching(r"\)(?<=[0-9]\))")
def unbracket_dimensions(text: str, ctx: Context) -> str:
    """`sạt lở (12x4x7)m`, `kích thước (20x30)cm` (gl1): sizes in brackets share the unit written after them, which
    goes in with them; left after the bracket, the voice paused and then said the letter "m" alone. The bracket
    stays: `xã Khe Sanh KT (12x4x7)m` would be read as a code `KT 12` without it."""
    return BRACKETED_SIZE.sub(r"(\1 \2)", text)


@digits_only
@on_lines_matching("×", "=", *(hint for x in "xX" for hint in (rf"{x}(?=[^\S\n]?[0-9])(?<=[0-9%đ)]{x})",
    rf"{x}(?=[^\S\n]?[0-9])(?<=[0-9%đ)][^\S\n]{x})", rf"{x}(?<=[^\S\n]{x})[^\S\n]+[0-9]")))  # fmt: skip
def read_arithmetic(text: str, ctx: Context) -> str:
    """`75.000đ X 9 tháng = 675.000đ`, `ảnh 3 x 4`, `2 × 3 = 6`: between amounts the signs are words, "nhân" and
    "bằng"; left as they are the voice says the letter "ích" or nothing, and the sum is lost. So in a formula of
    words (`Điểm xét tuyển = Toán x 2 + tiếng Việt`, bt2): an equals sign before a word, and on its line an x
    between a word and a number."""
    if "×" in text or "x" in text or "X" in text:
        text = COUNT_TIMES.sub(_times_after_count, TIMES_SIGN.sub(" nhân ", TIMES.sub(" nhân ", text)))
    if "=" not in text:
        return text
    return EQUALS.sub(" bằng ", on_lines_with(EQUALS, text, lambda line: WORD_TIMES.sub(" nhân ", line)))


def _times_after_count(hit: re.Match[str]) -> str:
    """`Mỗi tổ 10 lá x 5 tổ = 50 lá`: a count with its unit, then x and a number, is a product as `3 x 4` is
    (aj2), and so is `24h x 7 ngày` with its unit glued (ie2); the letter x after a word with no count before it
    (`Model x 5`) stays."""
    counted = COUNTED.search(hit.string, max(0, hit.start() - 24), hit.start())
    return " nhân " if counted else hit.group(0)


# `10 ổ dịch/huyện`, `3 cán bộ/xã`, `5 người/hộ`: a count of something, a slash, the place or household it is per;
# `2 dảnh/khóm`, `60 con/khóm`, `2 - 3 con/cây`: seedlings or pests per rice clump or plant (a field's heads, batches
# bi1, de2, dh2); `56 con/bẫy/đêm`: moths per light trap per night (gx1), `3 lần/ngày`
PER_HEAD = re.compile(
    r"/(?<=[^\W0-9_]/)[^\S\n]?"
    r"(?=(?:huyện|xã|tỉnh|thôn|ấp|bản|hộ|lớp|trường|người|khóm|bụi|gốc|cây|bẫy|bẩy|đêm|ngày)\b)"
)
# a count: digits, or a range the range rules have already read (`2-3 dảnh/khóm`, "hai đến ba dảnh")
COUNT_BEFORE = re.compile(  # up to three words between, one a per's (`56 con/bẫy/đêm`)
    r"(?:[0-9]|(?<![^\W0-9_])đến[^\S\n]+[^\W0-9_]+)[^\S\n]+(?:[^\W0-9_]+(?:[^\S\n]+|/)){0,3}([^\W0-9_]+)$"
)
# `107 quận/huyện`, `các xã/phường`: a slash between two kinds of place is "or", said as a pause
PLACE_KINDS = frozenset(
    ["quận", "huyện", "xã", "phường", "tỉnh", "trấn", "thôn", "ấp", "bản", "xóm", "khu", "hộ", "lớp", "trường", "người"]
)


@digits_only
@on_lines_matching(r"/")
def read_counts_per_head(text: str, ctx: Context) -> str:
    """`Nghi Lộc (10 ổ dịch/huyện)`, `3 cán bộ/xã`, `5 người/hộ`: so many of a thing for each district, commune or
    household is "mười ổ dịch một huyện" (bx2, 2 spans of 2), as `đồng/kg` is "một ki lô gam"; the slash became a
    pause ("mười ổ dịch, huyện"). Only after a count, and not after a kind of place: `107 quận/huyện` is either."""

    def read(m: re.Match[str]) -> str:
        counted = COUNT_BEFORE.search(m.string, max(0, m.start() - 40), m.start())
        return " một " if counted and counted.group(1).lower() not in PLACE_KINDS else m.group(0)

    return PER_HEAD.sub(read, text)


# `số dảnh/m2`, `số hạt /bông`, `phân chuồng hoai/sào`: a thing per square metre, hectare, sào, clump or ear of rice
# (`/ m2` spaced was read by the lexicon already)
# the slash first, a literal `re` scans for: a space before it is the match's too (`hạt /bông`), added by the rule
PER_FIELD = re.compile(
    r"/(?:(?<=[^\W0-9_]/)|(?<=[^\W0-9_][^\S\n]/))[^\S\n]?(m2|m²|mét vuông|ha|sào|khóm|bông)(?![\w²])"
)
FIELD_UNITS = {"m2": "mét vuông", "m²": "mét vuông", "ha": "héc ta"}
NUMBER_OF = re.compile(r"(?<![^\W0-9_])[Ss]ố(?:[^\S\n]+[^\W0-9_]+){1,2}[^\S\n]?$")  # `số hạt chắc`: "the number of"


@on_lines_matching(r"/")
def read_per_field_slashes(text: str, ctx: Context) -> str:
    """`quyết định số hạt /bông`, `số dảnh/m2` (do1: 4 spans; o2), `mật độ sâu non/m2`, `phân chuồng hoai/sào`
    (d1, o2): a field count with no number before it is still per area, clump or ear, as `5 con/m2` is; the slash
    was a pause ("số hạt, bông", and `m2` glued was spelled). After "số" (the number of grains per ear, a ratio)
    every annotator said "trên" (5 spans of 5); otherwise "một" (4 of 4, two with "trên" as the alternative)."""

    out, done = [], 0
    for m in PER_FIELD.finditer(text):
        start = m.start() - text[m.start() - 1].isspace()  # from the space before the slash, if there is one
        ratio = NUMBER_OF.search(text, max(0, start - 30), start)
        out += [text[done:start], f" {'trên' if ratio else 'một'} {FIELD_UNITS.get(m.group(1), m.group(1))}"]
        done = m.end()
    return "".join(out) + text[done:]


@on_lines_matching(r"/")
def read_bare_unit_ratios(text: str, ctx: Context) -> str:
    """`Oxy (mg/l)`, `1,4‰ (g/l)`, `(mg/kg)`, `mật độ người/km2`: a unit over a unit, or a word over a unit,
    with no amount before it heads a table's column or names a limit's measure, read as after an amount, "gam một
    lít" (the annotators' word, ab1), "người một ki lô mét vuông". The slash was a pause, the power was read as a
    number ("km hai"), and the pause left `mg, kg` for a second reading to say "mi li gam, ki lô gam". A pair the
    unit table reads whole (`mg/l`, `km/h`) keeps that reading; over a code in capitals (`USD/VND`, `/CV`) it is a
    rate or a letter's number, left; one letter after a word (`T/h`, a byline's "tổng hợp") is no unit."""

    def read(m: re.Match[str]) -> str:
        unit, word, per = m.group(1), m.group(2), m.group(3)
        if per.isupper() or (len(per) == 1 and unit is None):
            return m.group(0)
        if unit is None:  # `trái/kg`; a slash with no word before (`/km`) stays the pause it was
            return f"{word} một {ctx.units[per]}" if word else f"/{ctx.units[per]}"
        return ctx.units.get(f"{unit}/{per}") or f"{ctx.units[unit]} một {ctx.units[per]}"

    return on_lines_with(ctx.unit_ratio_hint, text, lambda line: ctx.unit_ratio_pattern.sub(read, line))


# `5.250 m 3 /s` (hr2): a page that lost the power's superscript parts it from its metre with a space
PARTED_POWER = re.compile(r"(?<=[0-9])([^\S\n]?k?m)[^\S\n]([23])(?=[^\S\n]?/[^\S\n]?[^\W0-9_])")


@digits_only
@on_lines_matching(r"/(?<=m [23]/)", r"/(?<=m [23] /)")  # the slash first: a fast scan
def join_parted_powers(text: str, ctx: Context) -> str:
    """`lưu lượng về hồ 5.250 m 3 /s`: an amount of metres, a 2 or 3 and a slash is a flow or a density whose
    superscript the page lost, "mét khối trên giây" (2 spans of 2, hr2), not "mét ba" and a pause. Only before a
    slash and a unit: `200 m 2 lần` counts."""
    return PARTED_POWER.sub(r"\1\2", text)


@on_lines_matching("24/7")
def read_round_the_clock(text: str, ctx: Context) -> str:
    """`sẽ làm việc 24/7 để đảm bảo` (gd2): twenty-four hours a day, seven days a week, "hai mươi tư trên bảy" as
    the annotator wrote it; the date rules read it as the twenty-fourth of July, a day no one meant. Only after a verb
    of working: `ngày 24/7`, `đến 24/7` are dates."""
    return ROUND_THE_CLOCK.sub("hai mươi tư trên bảy", text)


@digits_only
@on_lines_matching(r"ẫu(?:[^\S\n]+số)?[^\S\n]+0[0-9]")
def read_form_numbers(text: str, ctx: Context) -> str:
    """`theo Mẫu 08CT` (jl2), `mẫu số 01/TK-SDDPNN` (2 spans): a form's number keeps its zero, "không tám", as a
    code does, and the letters glued to it are the form's code, each said by its name ("xê tê"); read as a count
    it was "tám chỉ thị", the letters taken for a directive's. Only a zero-led number: `Mẫu 2` is "mẫu hai"."""

    def read(m: re.Match[str]) -> str:
        letters = f" {ctx.lexicon.spell(m.group(3))}" if m.group(3) else ""
        return f"{m.group(1)}{read_digits(m.group(2))}{letters}"

    return FORM_NUMBER.sub(read, text)


@digits_only
@on_lines_matching(r"ớp[^\S\n]+[0-9]{1,2}/[0-9]")
def read_class_names(text: str, ctx: Context) -> str:
    """`vận động viên Hải Yến lớp 2/3` (jq2): a school's class is named by its grade and its number after a slash,
    "lớp hai trên ba" (3 spans of 3 accept it; their first reading "hai ba" would make `lớp 10/2` "lớp mười hai",
    the twelfth grade); the date rule said "lớp ngày mồng hai tháng ba", a day no class is named after."""
    return CLASS_NAME.sub(lambda m: f"{m.group(1)} {read_int(int(m.group(2)))} trên {read_int(int(m.group(3)))}", text)


@on_lines_matching("HK")
def read_school_terms(text: str, ctx: Context) -> str:
    """`trong HK 1 năm học 2021 - 2022` (ju2), `HKII`: HK before a term's number (1 to 3, or I to III) is "học kỳ",
    as the school wrote it short; spelled, it was "hát ca một". Other letters with HK (`NHK`, `HKTT`) are names
    the lexicon reads."""
    return SCHOOL_TERM.sub("học kỳ ", text)
