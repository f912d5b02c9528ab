"""Roads, number plates and power lines: the codes of the networks a commune's notices name (`QL1A`, `29X-123.45`,
`đường dây 471 E9.37`), read as the police, the road office and the utility say them. Moved from rules_codes (its
size); that module keeps people's initials, codes, ratios and service numbers.
"""

from __future__ import annotations

import re

from .context import Context
from .lines import digits_only, on_lines_matching
from .numbers import read_digits, read_int, read_month
from .rules_numbers import _valid_date
from .rules_shapes import LOWER

# `29X-123.45`, `29-B1 123.45`, `30A-12345`: a province number, a series (letters, maybe a digit), a serial of five
# digits (a year, `12A-2024`, has four)
PLATE = re.compile(
    r"([0-9](?<![\w.,/-][0-9])[0-9])-?([A-Z]{1,2}[0-9]?)(?:[^\S\n]?[-.][^\S\n]?|[^\S\n](?=[0-9]{3}\.))([0-9]{3}\.[0-9]{2}|[0-9]{5})(?![\w]|[.,][0-9])"
)

ROADS = {"QL": "quốc lộ", "ĐT": "đường tỉnh", "TL": "tỉnh lộ", "HL": "hương lộ", "ĐH": "đường huyện"}
ROAD = re.compile(r"(?=[QĐTH])(?<![\w.])(QL|ĐT|TL|HL|ĐH)\.?[^\S\n]?(?=[0-9]{1,4}[A-Z]?(?![\w]|[.,][0-9]))")
KINDS_SAID = tuple(ROADS.values())  # a road's kind written before its code
# `đường 3/2`, `Đường 30/4`, `phố 2/9`: a street named after a day (not `đường 3/2/2024`, nor `thành phố 30/4`)
STREET_DATE = re.compile(
    r"(?<![^\W0-9_])([Đđ]ường|(?<!thành )(?<!Thành )[Pp]hố)[^\S\n]+([0-9]{1,2})/([0-9]{1,2})(?![/0-9]|[.,][0-9])"
)
STREET_PLACE = re.compile(r"[^\S\n]*(?:[,(;.]|$|(?:phường|quận|khóm|khu|xã|thị|thành phố|TP|P\.|Q\.)\b)")
ROAD_PLUS = re.compile(
    rf"([0-9][A-Z]?)[^\S\n]*\+[^\S\n]*(?=(?:{'|'.join(ROADS.values())}) [0-9])"
)  # a road, a plus, a road

WARD = re.compile(  # a place's name has two words or more: `Q.Nhật` alone is a person's initial (a by-line)
    rf"(?=[QP])(?<![\w.])([QP])\.[^\S\n]?(?=[0-9]{{1,2}}(?!\w|[.,][0-9])|[^\W0-9_{LOWER}][{LOWER}]+[^\S\n]+[^\W0-9_{LOWER}][{LOWER}])"
)
WARDS = {"Q": "quận ", "P": "phường "}
# `(H.Trảng Bom)`, `địa bàn H. Hòa Vang`: "huyện" before a place's name of two words (12 spans of 12); `H.Nhung`,
# `H. Nguyên` before one word are a by-line's initial, "hát" (3 of 3)
DISTRICT = re.compile(rf"H(?<![\w.]H)\.[^\S\n]?(?=[^\W0-9_{LOWER}][{LOWER}]+[^\S\n]+[^\W0-9_{LOWER}][{LOWER}])")
# `UBND H.Phú Tân`: a body, no name; `Tại Q.Thanh Xuân` (bd1): a sentence's preposition, no name either
NAME_BEFORE = re.compile(rf"(?<!\w)(?!(?:Tại|Ở|Từ|Đến|Và|Thuộc|Gồm|Như)[^\S\n])[^\W0-9_{LOWER}][{LOWER}]*[^\S\n]$")


@digits_only
# QL, ĐT, TL, HL, ĐH
@on_lines_matching(
    r"Q[LTH]\.?[^\S\n]?[0-9]", r"Đ[LTH]\.?[^\S\n]?[0-9]", r"T[LTH]\.?[^\S\n]?[0-9]", r"H[LTH]\.?[^\S\n]?[0-9]"
)
def read_road_numbers(text: str, ctx: Context) -> str:
    """`QL1A`, `ĐT611`, `ĐT. 923`, `TL 10`: a national or provincial road is named, "quốc lộ một a", "đường tỉnh
    sáu trăm mười một"; spelled out, the letters and glued digits of a code would hide which road is cut."""

    def road(m: re.Match[str]) -> str:
        before = text[max(0, m.start() - 12) : m.start()].rstrip().lower()
        if before.endswith(KINDS_SAID):  # `quốc lộ QL.279D` (am1), `đường tỉnh ĐT.176` (fo2): said, not read again
            return ""  # (`giao lộ ĐT.743B`, a crossroads, dq2, names no kind: it lost its road's)
        # `đường ĐT 743A` is "đường đường tỉnh" (9 spans to 2 "đường đê tê", dq2; round 26 had spelled the letters to
        # say "đường" once). `lòng đường QL6` is "đường quốc lộ sáu" (ap1).
        return f"{ROADS[m.group(1)]} "

    text = ROAD.sub(road, text)
    return ROAD_PLUS.sub(r"\1 và ", text) if "+" in text else text  # `QL10 + QL21B`, a junction's two roads (fa1)


@digits_only
def read_vehicle_plates(text: str, ctx: Context) -> str:
    """`xe biển số 29X-123.45`: a number plate is a code, read digit by digit with its letters, "hai chín ích, một
    hai ba bốn năm", as the police read one out; taken as numbers it was "... một trăm hai mươi ba phẩy bốn mươi
    lăm", a decimal. The dot only groups the serial's digits, as a space does in a phone number."""
    return PLATE.sub(lambda m: f"{read_digits(m[1])} {_series(m[2], ctx)}, {read_digits(m[3])}", text)


def _series(series: str, ctx: Context) -> str:
    return " ".join(ctx.lexicon.spell(c) if c.isalpha() else read_digits(c) for c in series)


# `đường dây 471 E9.37`, `lộ 477`, `tuyến 480TH`, `471F15, 472F15`: a power line's number after its word (not a
# parallel's, a road's or a route's), and the others listed after it; the E code of its substation, `E9.37`
LINE = r"[1-9][78][0-9]"  # a power line's number: its voltage's digit, then 7 or 8
FEEDER = re.compile(
    r"(?<![\w])((?:đường dây|ĐD|xuất tuyến|(?<![Vv]ĩ )(?<![Kk]inh )tuyến|(?<![Qq]uốc )(?<![Tt]ỉnh )(?<![Hh]uyện )"
    rf"(?<![Hh]ương )lộ)[^\S\n]+)({LINE}(?:[A-Z]\w*)?(?:[^\S\n]*,[^\S\n]*{LINE}(?:[A-Z]\w*)?)*)"
    r"(?:[^\S\n]+E([0-9]{1,2})\.([0-9]{1,2}))?"  # its substation: `E9.37`
    r"(?![0-9.,][0-9]|[^\S\n]*(?:km|m|mét|kV|người|hộ|ha|tấn|tuyến)\b)",  # `tuyến 478 km` is a length
)
FEEDER_NUMBER = re.compile(rf"(?<![0-9]){LINE}(?![0-9])")


@digits_only
@on_lines_matching(rf" {LINE}(?<=[ộynD] {LINE})")  # after dây, tuyến, lộ, ĐD: the space first, a fast scan
def read_feeder_numbers(text: str, ctx: Context) -> str:
    """`đường dây 471 E9.37`, `lộ 477`, `tuyến 480TH`, `471F15`: a power line is named by its number, said digit by
    digit as the utility says it ("bốn bảy một", 6 spans of 7), and its substation `E9.37` "e chín chấm ba bảy"; as
    amounts they were "bốn trăm bảy mươi mốt" and a decimal."""
    return FEEDER.sub(lambda m: _feeder(m, ctx), text)


def _feeder(m: re.Match[str], ctx: Context) -> str:
    word = "đường dây " if m.group(1).startswith("ĐD") else m.group(1)  # `ĐD 373`: the utility's short word
    said = word + FEEDER_NUMBER.sub(lambda d: read_digits(d.group(0)) + " ", m.group(2))
    return said + (f" {_substation(m.group(3), m.group(4), ctx)}" if m.group(3) else "")


def _substation(station: str, number: str, ctx: Context) -> str:
    """`E9.37` -> "e chín chấm ba bảy": a substation's code, the dot said, the number after it digit by digit; the
    station's own number before it is a number, `E18.8` "e mười tám chấm tám" (7 spans of 7 in gv1, ho2 and the
    outage tables: "một tám" was no annotator's)."""
    return f"e {read_int(int(station), ctx.style)} chấm {read_digits(number)}"


# `175 E5.9 (TBA 220 kV Tràng Bạch) - E8.12 (Hòa Phát)`: a substation's code without a feeder's word before it, on a
# line about the grid (`POWER_WORDS`)
SUBSTATION = re.compile(r"(?<![\w.,])E([0-9]{1,2})\.([0-9]{1,2})(?![\w]|[.,][0-9])")
POWER_WORDS = re.compile(r"kV|TBA|trạm biến áp|đường dây|ĐD|lộ|[Đđ]iện lực|lưới điện")


@digits_only
@on_lines_matching(r"E[0-9]{1,2}\.[0-9]")
def read_substation_codes(text: str, ctx: Context) -> str:
    """`đường dây 110 kV 175 E5.9 (TBA 220 kV Tràng Bạch) - E8.12`: a substation's code is "e năm chấm chín", as
    `read_feeder_numbers` reads it after a line's number (gv1); alone, the number rule made it "E năm phẩy chín", a
    decimal after a stray letter. Only on a line about the grid: elsewhere `E5.9` may be anything."""
    if not POWER_WORDS.search(text):
        return text
    return SUBSTATION.sub(lambda m: _substation(m.group(1), m.group(2), ctx), text)


@digits_only
@on_lines_matching(r"ường[^\S\n]+[0-9]{1,2}/", r"hố[^\S\n]+[0-9]{1,2}/")
def read_street_dates(text: str, ctx: Context) -> str:
    """`trên đường 3/2 phường Rạch Giá`, `Đường 30/4`, `đường 19/5` (jm1): a street named after a day is said as its
    sign says it, "đường ba tháng hai" (10 spans of 10 over six batches); the date rule said "đường ngày mồng ba
    tháng hai", a date no street is named with."""

    def read(m: re.Match[str]) -> str:
        day, month = int(m.group(2)), int(m.group(3))
        if not _valid_date(day, month) or _on_the_way(m):
            return m.group(0)
        return f"{m.group(1)} {read_int(day, ctx.style)} tháng {read_month(month, ctx.style)}"

    return STREET_DATE.sub(read, text)


def _on_the_way(m: re.Match[str]) -> bool:
    """`trên đường 30/4 về quê` is on the way, on a day; `trên đường 3/2 phường Rạch Giá` is on a street: after
    "trên", a street has its ward or a pause after its name."""
    return m.string[max(0, m.start() - 5) : m.start()].lower() == "trên " and not STREET_PLACE.match(m.string, m.end())


def read_districts_and_wards(text: str, ctx: Context) -> str:
    """`P.Phú Lãm, Q.Hà Đông`, `45 Phạm Ngọc Thạch, Q.3`: in an address "Q." and "P." before a place's name or
    number are quận and phường; spelled they are "quy", "pê". `P.KT` (an office, "phòng Kinh tế") has capitals
    after it, `Nguyễn Văn P. Hùng` a name before it and `V.Duẩn - Q.Nhật` one word after it: all are left.
    `H.Long Thành` is huyện, as the annotators of k and v2 wrote all three they met (round 22), after a body's
    capitals too (`UBND H.Phú Tân`, ah2) and with a space (`H. Hòa Vang`, x2); before one word it is an initial."""
    if "H." in text:
        text = DISTRICT.sub(lambda m: m.group(0) if NAME_BEFORE.search(text, 0, m.start()) else "huyện ", text)
    if "Q." not in text and "P." not in text:
        return text
    return WARD.sub(lambda m: m.group(0) if NAME_BEFORE.search(text, 0, m.start()) else WARDS[m.group(1)], text)
