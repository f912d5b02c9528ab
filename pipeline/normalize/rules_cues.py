"""Shapes read by the word before them (issue 29, round 10): what the annotators of every batch read alike.

`chiến thắng thuyết phục 2-0`, `cú pháp ... gửi 8079`, `ùn tắc hàng km`, `3-5oC`, `50%/ tổng`, `T.Ư Đảng`.
Each rule says why; `normalize.RULES` gives the order.
"""

from __future__ import annotations

import re

from .context import Context
from .lines import digits_only, hint_of, on_lines_matching, on_lines_with, sub_on_hinted_lines
from .numbers import read_digits, read_int, read_share
from .syllable import is_syllable

DATELINES = {"TT": "Tuổi Trẻ", "TP": "Tiền Phong"}  # the tags that open an article, with the paper they name
DATELINE_TAGS = "|".join(DATELINES)  # the pattern and its hint read the table: a tag added there is read
DATELINE = re.compile(rf"^({DATELINE_TAGS})[^\S\n]+[-–](?![^\S\n]*Huế)", re.MULTILINE)
# `(PL)- Giá lúa tại An Giang`: a tag in brackets opens Pháp Luật's articles (bo1, bt2: 2 spans of 2); bare, PL is
# "phụ lục" (an appendix), so only in brackets at a line's start
BRACKETED_DATELINES = {"PL": "Pháp luật", "ĐN": "Đồng Nai", "BĐT": "Báo Đấu thầu", **DATELINES}
DATELINE_HINT = re.compile(rf"(?:{DATELINE_TAGS})[^\S\n]+[-–]")
BRACKETED_DATELINE = re.compile(rf"^\(({'|'.join(BRACKETED_DATELINES)})\)[^\S\n]*[-–]", re.MULTILINE)
TAG_LINES = re.compile(rf"\((?:{'|'.join(BRACKETED_DATELINES)})\)")  # its bracket first: one scan, where five `in` were
# `(PLO)-TP Cần Thơ`, `(Congannghean.vn)-UBND tỉnh`: a dash glued between a closing bracket and a word parts them
CLOSED_DASH = re.compile(r"\)[-–](?=[^\W0-9_])")

# `TT Trump`, `TT. Putin`: TT before a foreign name (a capitalised ASCII word no Vietnamese syllable) is its title
PRESIDENT = re.compile(r"(?<![\w.])TT\.?[^\S\n]+(?=([A-Z][a-z]+)\b)")
NOT_A_DAY = r"(?!(?:ngày|tháng|năm|từ|lúc|lợi|mùa|xuân|sáng|chiều|tối|đêm|dịp)\b)"
# Each pattern starts with a digit and looks behind for its cue: a fast scan over a whole text.
# not an amount (`thua lỗ 2-3 tỷ`: a loss of two to three billion, read "hai ba tỷ")
SCORE_LINES = hint_of(*(rf"{dash}(?=[^\S\n]*[0-9]\b)" for dash in "-–"))  # the dash first, not each digit: a literal
SCORE_DIGITS = re.compile(
    r"([0-9](?<![0-9.,/][0-9]))[^\S\n]*[-–][^\S\n]*([0-9])\b(?![-./,]?[0-9])"
    r"(?![^\S\n]*(?:tỷ|tỉ|triệu|nghìn|ngàn|đồng|USD|%|người|ngày|tuần|tháng|năm|giờ|lần|độ|ha|tấn|kg|k?m)(?!\w))"
)
WORD_AFTER = rf"[^\S\n]+{NOT_A_DAY}[^\W0-9_]+"
# `Anh 4-0 Bulgaria`, `Argentina 1-0 Colombia` (ey1, eg2): a result line, a team's name on each side of the score,
# the first from the line's start or a mark (read by the lexicon by now: `Ác hen ti na`), each opening in capitals
TEAM_BEFORE = re.compile(r"(?:^|[.:;(,][^\S\n]*)([^\W0-9_]+)(?:[^\S\n]+[^\W0-9_]+){0,4}[^\S\n]+$", re.MULTILINE)
TEAM_AFTER = re.compile(r"[^\S\n]+([^\W0-9_])")
NOT_A_TEAM = {  # a month, a day, a room or a ward: `Tháng 4-5 Hà Nội`
    *("Tháng", "Ngày", "Năm", "Tuần", "Quý", "Từ", "Đến", "Giờ", "Khoảng", "Lớp", "Phòng", "Số", "Khu", "Quận"),
    *("Phường", "Tổ", "Xóm", "Thôn", "Ấp", "Đợt", "Kỳ", "Cấp", "Mức", "Tầng", "Lô", "Đường", "Ngõ", "Hẻm"),
}
WIN_BEFORE = re.compile(  # a word or two between the win and the score: one digit a side, as scores are; a beaten
    # team's name, read by now, may be longer (`đánh bại Colombia 1-0`, eg2: "Cô lôm bi a"; `thắng ngược Marseille
    # 2-1`, ju2: "ngược Mác xây"); the verb in small letters, as `Khánh Hòa có gió cấp 6-7` (d1) is a place
    rf"\b(?:(?-i:thắng|thua|hòa|hoà)(?:{WORD_AFTER}){{1,3}}|(?:đánh bại|đè bẹp)(?:{WORD_AFTER}){{1,5}})[^\S\n]+$",
    re.IGNORECASE,
)
# `chủ tàu BĐ 96851`, `tàu cá BĐ-99037TS` (dz1: 4 spans): a fishing boat's registration, its province's letters and
# a number of four to six digits (TS, "thủy sản", may follow)
BOAT = re.compile(
    r"((?:tàu|Tàu)(?:[^\S\n]+cá)?[^\S\n]+[A-ZĐ]{1,3}[a-z]?[^\S\n]?-?[^\S\n]?)([0-9]{4,6})(?![0-9]|[.,][0-9])"
)
# `số tài khoản Ngân hàng BIDV 2153095091` (ed2): the bank's name (read by the lexicon by now) may stand between
ACCOUNT = re.compile(
    r"((?:tài khoản|STK)(?:[^\S\n]+(?:số|là|nhận|[Nn]gân hàng(?:[^\S\n]+[^\W0-9_]+){0,4}?))*[^\S\n]*:?[^\S\n]*)"
    r"([0-9]{6,})\b(?![.,][0-9])"
)
# a short code after "gửi", "đến", "tới", or "gởi", the South's "gửi" (`gởi 5656`, em1)
SMS_CODE = re.compile(
    r"([0-9](?:(?<=gửi[^\S\n][0-9])|(?<=gởi[^\S\n][0-9])|(?<=đến[^\S\n][0-9])|(?<=tới[^\S\n][0-9]))[0-9]{2,4})\b(?![.,]?[0-9])"
)
SMS_BEFORE = re.compile(
    r"\b(?:soạn|cú pháp|nhắn tin|tin nhắn|SMS)\b[^\n]*?\bg[ửở]i[^\S\n]+(?:(?:đến|tới)[^\S\n]+)?$", re.IGNORECASE
)
# The number right after a switchboard or SMS (`tổng đài 8088`, `SMS 8088`, by then `ét em ét`) is a short code.
SWITCHBOARD_CODE = re.compile(
    r"([0-9](?:(?<=tổng[^\S\n]đài[^\S\n][0-9])|(?<=nhắn[^\S\n][0-9])|(?<=em[^\S\n]ét[^\S\n][0-9]))[0-9]{2,4})\b(?![.,]?[0-9]|[^\S\n][0-9])"
)
# `3-5oC`, `30oC`, `33 o C`: a small o typed for the degree sign; the o first (a scan in C), the digit behind it
# `370C`: 37 and the degree typed as a zero; `100C`, `50C` may be 100 and 50 degrees and stay, a minus does not
DEGREE_ZERO = re.compile(r"(?<![0-9.,])(-[1-9][0-9]?|[1-9][1-9])0C\b")
# `18 - 200C`, `26 ÷ 300C` (fa1, a table's cell): a range's end with its zero dropped is just above its start, so the
# zero is the degree sign; a tenfold end (`18 - 180`) is no temperature's
DEGREE_ZERO_RANGE = re.compile(r"(?<![0-9.,])([1-9][0-9]?)([^\S\n]*[-–÷][^\S\n]*)([1-9][0-9]?)0C\b")
RANGE_WIDEST = 15
ROAD_BEFORE = re.compile(r"(?:đường(?:[^\S\n]+tỉnh)?|[tT]ỉnh lộ|[qQ]uốc lộ|[hH]uyện lộ|QL|ĐT|ĐH|TL)[^\S\n]*$")
# `dưới 100C`, `dưới 70C` on a line about the air's temperature: 100 or 70 degrees no weather has, so the zero is the
# degree sign (bk1: 2 spans of 2); `50C` could be either and stays; `đun sôi 100C` is boiling water
AIR_DEGREE_ZERO = re.compile(r"(?<![0-9.,])([1-9][0-9]?)0C\b")
# the air's temperature named, or a cold spell's (`đợt rét này phổ biến 8 - 100C`, dy2: "một trăm xê" went on air)
AIR_TEMPERATURE = re.compile(r"(?:nhiệt độ|\brét)(?![^\n]*\bsôi\b)", re.IGNORECASE)
WARMEST_AIR = 60
DEGREE_O_HINT = re.compile(r"C(?:(?<=[oO0]C)|(?<=[oO] C))")  # `oC`, `o C`, `OC`, `O C` or `0C`: the C first
DEGREE_O = re.compile(r"[oO](?:(?<=[0-9][oO])|(?<=[0-9][^\S\n][oO]))[^\S\n]?C\b")  # `3-7OC` too, a capital O (dj2)
# `23o-33oC` (dt2: 2 spans): the first of a range of degrees has its o alone, the C written once after the last
DEGREE_O_FIRST = re.compile(r"o(?<=[0-9]o)(?=[^\S\n]*[-–][^\S\n]*[0-9]{1,2}[^\S\n]?[oO°][^\S\n]?C\b)")
# `13o/00`, `10o/oo`: the slash first, a fast scan
PER_MILLE_O = re.compile(r"o/[oO0]{2}(?:(?<=[0-9]o/..)|(?<=[0-9] o/..))(?!\w)")
PERCENT_O = re.compile(r"%o(?<=[0-9]%o)(?!\w)")  # `> 0,5%o` (ah1): a percent sign and an o, the per mille sign's look
DECIMAL_C = re.compile(r"[,.](?<=[0-9][,.])([0-9]{1,2})[^\S\n]?C\b")  # `0,8C`, `36.0C`: the mark first, a fast scan
# `19,00C`, `26.50C` (fy2): a decimal of one digit and the degree typed as a zero, whichever the decimal mark; a
# temperature has no second decimal that is 0
DECIMAL_ZERO_C = re.compile(r"[,.](?<=[0-9][,.])([0-9])0C\b")
OVER_TOTAL_HINT = re.compile(r"/[^\S\n]*tổng")  # the slash first: a scan in C
OVER_TOTAL = re.compile(r"(?<=[^\W0-9_])[^\S\n]*/[^\S\n]*(?=tổng\b)")  # `xã/tổng số`: a part over its total
PERCENT_OF = re.compile(r"%[^\S\n]*/[^\S\n]*(?!(?:ngày|tuần|tháng|năm|giờ|lần|người)\b)(?=[^\W0-9_])")
FRACTION_OF = re.compile(r"([1-9](?<![0-9.,][1-9]))/([2-9]|10)\b(?![/.,]?[0-9])")
DAY_BEFORE_ABOUT = re.compile(r"\b(?:đến|hết|từ|ngày|vào)[^\S\n]+khoảng[^\S\n]+$", re.IGNORECASE)
SHARE_BEFORE = re.compile(r"\b(?:chiếm|hơn|gần|khoảng|trên|dưới|còn|bằng|mất|giảm|tăng)[^\S\n]+$", re.IGNORECASE)
# `vòng 1/8` (eg2), `vòng 1/16`: a cup's round is named by the share of the teams left in it, "một phần tám"
CUP_ROUND = re.compile(r"1/(?<=[vV]òng[^\S\n]1/)(4|8|16|32|64)\b(?![/.,]?[0-9])")
# `tuyến ống D800`, `ống cấp nước BOO D1200`, `ống DN700` (eh2): a pipe's diameter, "dê tám trăm" (10 spans of 10),
# not a code's digits one by one; `mm` may follow it
PIPE_SIZE = re.compile(r"\b(DN|D)([0-9]{2,4})(?:(mm)\b|(?=([A-Z]{2,5})\b)|\b)(?![.,][0-9])")  # `DN100PVC`: a material
PIPE_BEFORE = re.compile(r"\bống\b[^\n]{0,30}$", re.IGNORECASE)
VERSION = re.compile(r"([0-9](?<![0-9.,][0-9])[0-9]?)\.0\b(?![.,]?[0-9])")
NAME_BEFORE = re.compile(r"(?:\b[^\W0-9_]*[A-Z][^\W0-9_]*|\bnghiệp|\bbản|\bversion)[^\S\n]+$")
COUNTING_BEFORE = re.compile(r"\b(?:hàng|vài|mấy|nhiều|chục|trăm|nghìn|ngàn|một|mỗi|theo)$", re.IGNORECASE)
DOTTED_PAIR = re.compile(r"\.(?<=(?<![\w.])[A-ZĐƯ]\.)([A-ZĐƯ])(?![\w.])")  # the dot first: a fast scan


@digits_only
def read_wordy_scores(text: str, ctx: Context) -> str:
    """`chiến thắng thuyết phục 2-0`: a score after a win, loss or draw is "hai không", even with words between
    (the rule for `thắng 3-1` wants them side by side); never a day and a month (`thắng lợi 30-4`). So is one between
    two teams' names (`Anh 4-0 Bulgaria`, ey1: read "bốn đến không")."""

    def read(m: re.Match[str]) -> str:
        if not (_between_teams(text, m) or WIN_BEFORE.search(text, max(0, m.start() - 40), m.start())):
            return m.group(0)
        return f"{read_digits(m.group(1))} {read_digits(m.group(2))}"

    return sub_on_hinted_lines(SCORE_LINES, SCORE_DIGITS, read, text)


def _between_teams(text: str, score: re.Match[str]) -> bool:
    after = TEAM_AFTER.match(text, score.end())
    before = TEAM_BEFORE.search(text, max(0, score.start() - 40), score.start())
    if not (after and before and after.group(1).isupper()):
        return False
    return before.group(1)[0].isupper() and before.group(1) not in NOT_A_TEAM


@digits_only
# SMS_CODE's words, SWITCHBOARD_CODE's, ACCOUNT's, BOAT's: each branch opens with a literal, a scan in C
@on_lines_matching(
    *(rf"{word}[^\S\n][0-9]{{3,5}}\b(?![.,]?[0-9])" for word in ("gửi", "gởi", "đến", "tới", "đài", "nhắn", "ét")),
    *("khoản", "STK", r"àu[^\S\n](?:cá[^\S\n])?[A-ZĐ]"),
)
def read_sms_codes(text: str, ctx: Context) -> str:
    """`soạn tin nhắn theo cú pháp gửi 8079`: the number a text message goes to is a short code, said digit by
    digit ("tám không bảy chín"), never an amount; only after a word of messaging earlier on the line, or right
    after a switchboard or SMS (`tổng đài 8088`, `SMS 8088`). So is a bank account's number (`số tài khoản
    1025352965`, dy2: "một tỷ không trăm hai mươi lăm triệu…" went on air; `STK 189100`), and a fishing boat's
    registration number (`tàu cá BĐ-99037TS`, dz1; `tàu cá QNg 90424 TS`, jv2: a province's code may end small)."""

    def read(m: re.Match[str]) -> str:
        line_start = text.rfind("\n", 0, m.start()) + 1
        return read_digits(m.group(1)) if SMS_BEFORE.search(text, line_start, m.start()) else m.group(0)

    if "khoản" in text or "STK" in text:
        text = ACCOUNT.sub(lambda m: m.group(1) + read_digits(m.group(2)), text)
    if "àu" in text:
        text = BOAT.sub(lambda m: f"{m.group(1)}{read_digits(m.group(2))} ", text)
    text = SWITCHBOARD_CODE.sub(lambda m: read_digits(m.group(1)), text) if "đài" in text or "nhắn" in text else text
    return SMS_CODE.sub(read, text)


@digits_only
def read_degree_o(text: str, ctx: Context) -> str:
    """`3-5oC`, `3-7OC`: a letter o (or O, dj2) between a number and C stands for the degree sign the keyboard lacked
    ("độ xê"), spaced too (`khoảng 33 o C`, ao1: "ba mươi ba o xê" was heard); so does a zero glued after a
    temperature's one or two digits (`ở 370C`, `-200C`, `nước nóng 540C`: bg2 and an older batch, 4 spans of 4; "ba
    trăm bảy mươi xê"), and after one or two digits on a line about the air's temperature where the number is more
    than any weather's, or at a range's end just above its start (`18 - 200C`, fa1). The first of a range
    (`23o-33oC`, dt2) has its o alone: "hai mươi ba o ba mươi ba" was heard."""
    if not DEGREE_O_HINT.search(text):
        return text  # one scan for what each case below needs, where five `in` were
    if any(sign in text for sign in ("oC", "o C", "OC", "O C")):
        text = DEGREE_O.sub("°C", DEGREE_O_FIRST.sub("", text))  # `23-33°C`, which the ranges read
    if "0C" not in text:
        return text
    text = DEGREE_ZERO.sub(lambda m: m.group(0) if _on_a_road(m) else f"{m.group(1)}°C", text)
    text = DEGREE_ZERO_RANGE.sub(_range_degrees, text)
    return on_lines_with(AIR_TEMPERATURE, text, lambda line: AIR_DEGREE_ZERO.sub(_air_degrees, line))


def _on_a_road(m: re.Match[str]) -> bool:
    """`đường tỉnh 490C`, `QL 150C` (gf1): a road's number and letter, not a temperature ("bốn mươi chín độ xê")."""
    return ROAD_BEFORE.search(m.string, max(0, m.start() - 12), m.start()) is not None


def _range_degrees(m: re.Match[str]) -> str:
    low, high = int(m.group(1)), int(m.group(3))
    return f"{m.group(1)}{m.group(2)}{m.group(3)}°C" if low < high <= low + RANGE_WIDEST else m.group(0)


def _air_degrees(m: re.Match[str]) -> str:
    return f"{m.group(1)}°C" if int(m.group(1) + "0") > WARMEST_AIR and not _on_a_road(m) else m.group(0)


@digits_only
def read_typed_per_mille(text: str, ctx: Context) -> str:
    """`độ mặn đến hơn 13o/00`, `gần 10o/oo`: a small o, a slash and two more is the per mille sign typed from its
    look (‰), read "phần nghìn" as the sign is; left, the listener heard "mười ba o, không" (ai1, a salinity
    bulletin, 3 spans of 3). The o must follow a digit: `0/00` alone may be a tally's zeros. `0,5%o` (ah1) is the
    sign typed as a percent and an o ("phần trămo" was heard)."""
    text = PERCENT_O.sub("‰", text) if "%o" in text else text
    return PER_MILLE_O.sub("‰", text) if "o/" in text else text


@digits_only
@on_lines_matching(r"C(?<=[0-9]C)", r"C(?<=[0-9] C)")  # the C after a digit: the letter first, a fast scan
def read_decimal_celsius(text: str, ctx: Context) -> str:
    """`tại TX.Sa Pa là - 0,8C`: a C right after a decimal is a temperature with its degree sign left out, "không phẩy
    tám độ xê" (batch ai2); read as the letter, the listener heard "không phẩy tám xê", and the minus before it was
    lost with the degree the sign rules look for: a frost read as a warmth. A road's letter follows a whole number
    (`Quốc lộ 27C`), never a decimal, whether its mark is a comma or a point (`Tây Ninh 35.7C`, fv2: 3 spans). A zero
    glued after a decimal's one digit is the degree sign typed as one (`Trung bình: 18,0 – 19,00C`, fi2: 3 spans,
    am2: `0,5-1,00C`; "mười chín phẩy không không" was heard), and after a decimal point (`25.5 - 26.50C`, fy2)."""
    return DECIMAL_C.sub(r",\1°C", DECIMAL_ZERO_C.sub(r",\1°C", text))


def read_percent_of(text: str, ctx: Context) -> str:
    """`đặt cọc 50%/ tổng giá trị`: a slash after a percent before a whole is "trên" (fifty percent of the
    total); before a period (`0,03%/ngày`) it stays "một ngày", read by the per-period rule. So is a slash between
    what is counted and its total (`số cán bộ … tại xã/tổng số cán bộ`, be2: 2 spans of 2), once a pause."""
    text = PERCENT_OF.sub("% trên ", text) if "%" in text else text
    return on_lines_with(OVER_TOTAL_HINT, text, lambda line: OVER_TOTAL.sub(" trên ", line)) if "/" in text else text


def join_dotted_initials(text: str, ctx: Context) -> str:
    """`Ban Chấp hành T.Ư Đảng`: two capitals parted by a dot, one of them Vietnamese (Ư, Đ), are the
    abbreviation the lexicon knows without the dot (TƯ, Trung ương); a person's initials (`N.T`) are ASCII."""

    def join(m: re.Match[str]) -> str:
        joined = text[m.start() - 1] + m.group(1)
        return m.group(1) if not joined.isascii() and ctx.lexicon.lookup(joined) else m.group(0)

    return DOTTED_PAIR.sub(join, text) if "." in text else text


def read_counted_units(text: str, ctx: Context) -> str:
    """`ùn tắc hàng km`, `vài kg`: a unit symbol after a word that counts (hàng, vài, mấy) is the unit,
    though no number precedes it; the number rules only read symbols after digits. "một" and "mỗi" count too:
    `38.000 đồng một kg` is a price per kilogram written with words for the slash (round 14); so does "theo" (`bán
    mận theo kg`, dt1: sold by the kilogram)."""

    def read(m: re.Match[str]) -> str:
        counted = COUNTING_BEFORE.search(text, max(0, m.start() - 6), m.start())
        return f" {ctx.units[m.group(1)]}" if counted else m.group(0)

    return ctx.counted_unit_pattern.sub(read, text)


@digits_only
@on_lines_matching(r"/(?<=[1-9]/)(?:[2-9]|10|16|32|64)\b(?![/.,]?[0-9])")  # the slash first; CUP_ROUND's too
def read_fractions_of_a_whole(text: str, ctx: Context) -> str:
    """`chiếm khoảng 1/3 tỷ trọng`, `hơn 2/3 diện tích`: after a word that measures a share, a small number over
    a bigger one up to ten is a fraction ("một phần ba"), not the first of March; dates follow "đến", "hết". So is a
    cup's round, `vòng 1/8`, "vòng một phần tám"."""

    def read(m: re.Match[str]) -> str:
        top, bottom = int(m.group(1)), int(m.group(2))
        if top >= bottom or not SHARE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            return m.group(0)
        if DAY_BEFORE_ABOUT.search(text, max(0, m.start() - 20), m.start()):
            return m.group(0)  # `từ nay đến khoảng 2/7` (er2): "khoảng" after "đến" is an about-date
        return f"{read_digits(m.group(1))} phần {read_share(bottom, ctx.style)}"

    text = CUP_ROUND.sub(lambda m: f"một phần {read_share(int(m.group(1)), ctx.style)}", text)
    return FRACTION_OF.sub(read, text)


@digits_only
@on_lines_matching(r"DN?[0-9]")  # the letters and the size: rarer than "ống" (in every "không")
def read_pipe_sizes(text: str, ctx: Context) -> str:
    """`tuyến ống D800`, `ống DN700`: after a pipe the letters and number are its diameter, the number said whole
    ("dê tám trăm"); the code rule read its digits one by one ("dê tám không không")."""

    def read(m: re.Match[str]) -> str:
        if not PIPE_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            return m.group(0)
        after = (" mi li mét" if m.group(3) else "") + (" " if m.group(4) else "")
        return f"{ctx.lexicon.spell(m.group(1))} {read_int(int(m.group(2)), ctx.style)}{after}"

    return PIPE_SIZE.sub(read, text)


@digits_only
def read_versions(text: str, ctx: Context) -> str:
    """`ứng dụng VssID 4.0`, `Tài Chính 4.0`, `IELTS 6.0`: a whole number and ".0" after a name is a version or
    a band, said "bốn chấm không" in every batch; a measure (`ở mức 9.0`) follows a lowercase word and stays."""

    def read(m: re.Match[str]) -> str:
        named = NAME_BEFORE.search(text, max(0, m.start() - 30), m.start())
        return f"{m.group(1)} chấm không" if named else m.group(0)

    return VERSION.sub(read, text) if ".0" in text else text


def read_datelines(text: str, ctx: Context) -> str:
    """`TT - Ngày 26-4, …`: a newspaper's tag opening an article before a spaced dash is its name, "Tuổi Trẻ" (bc1,
    bd2 and an older batch: 3 spans of 3), where the lexicon would take `TT` for "thị trấn"; `TP – Nhà trường` is
    "Tiền Phong" (3 of 3, bk1 and two older batches), not "thành phố". `TT - Huế` is a place. In brackets, `(PL)-`
    is "Pháp luật" (bo1, bt2), `(ĐN) -` "Đồng Nai" (the Đồng Nai paper's, 7 spans of 9 over the corpus; 2 spelled it)
    and `(BĐT) -` "Báo Đấu thầu". A dash glued after a bracketed tag is spaced, so that the word after it is a word
    (`(PLO)-TP Cần Thơ`, fj1 `(Congannghean.vn)-UBND tỉnh`: "tê pê Cần Thơ", "u bê en nờ dê tỉnh" were heard)."""
    text = CLOSED_DASH.sub(") - ", text) if ")-" in text or ")–" in text else text
    text = sub_on_hinted_lines(TAG_LINES, BRACKETED_DATELINE, lambda m: f"{BRACKETED_DATELINES[m.group(1)]},", text)
    return on_lines_with(DATELINE_HINT, text, lambda line: DATELINE.sub(lambda m: f"{DATELINES[m.group(1)]},", line))


@on_lines_matching(r"TT\.?[^\S\n]+[A-Z]")
def read_president_titles(text: str, ctx: Context) -> str:
    """`TT Trump`, `TT Donald Trump`: before a foreign name TT is "Tổng thống" (bk2: 4 spans), where the lexicon
    says "thị trấn"; a town's name is Vietnamese (`TT Vàm Láng`, `TT Phu My` written without marks: syllables)."""

    def read(m: re.Match[str]) -> str:
        return m.group(0) if is_syllable(m.group(1).lower()) else "Tổng thống "

    return PRESIDENT.sub(read, text)
