"""Shapes of storm bulletins and notices round 20 (issue 29) found in batches t1 and t2, each read alike by the
annotators of every batch: coordinates `16,8N-115,3E`, the ordinal sign typed for a degree `42ºC`, `v.v...`.

Each rule says why; `normalize.RULES` gives the order.
"""

from __future__ import annotations

import re

from .context import Context
from .lines import digits_only, hint_of, on_lines_matching, on_lines_with

# A latitude or longitude as bulletins write it: a decimal with one or two places, a hemisphere letter glued
# (`16,8N`, `114,0E`), maybe after a degree sign (`21,6°N`, or an o typed for it: `15.8oN`, with an English
# decimal dot; whole degrees with the sign: `vĩ tuyến 15°N`, bt1), or a range of them (`15,0-18,5N`); the digit first
# for a fast scan.
COORDINATE = re.compile(
    r"([0-9](?<![0-9.,][0-9])[0-9]{0,2}(?:[,.][0-9]{1,3}|(?=°)))(?:[^\S\n]*[-–][^\S\n]*([0-9]{1,3},[0-9]{1,2}))?[^\S\n]?[°o]?([NSEW])\b"
    r"(?![.,]?[0-9])"
)
# the lines COORDINATE may match in: its side's letter first (a literal), where COORDINATE opens on each digit
COORDINATE_LINES = hint_of(*(rf"{side}(?<=[0-9°o\s]{side})(?!\w)" for side in "NSEW"))
# A bulletin's words around a position, a second hemisphere on the line, or a degree sign before the letter
# (`11,5°N–18,5°N`, bd1): `5,5N` alone may be a force.
POSITION_CUE = re.compile(
    r"[0-9][^\S\n]?[°o]?[NS]\b.*[0-9][^\S\n]?[°o]?[EW]\b|[0-9]°[NSEW]\b"
    r"|tọa độ|toạ độ|kinh tuyến|vĩ tuyến|kinh độ|vĩ độ|tâm bão"
)
VI_SIDES = {"B": "Bắc", "Đ": "Đông", "T": "Tây"}
# `135°Đ`, `5°B-25°B`: a Vietnamese page's sides, and a dash to the next number
VI_SIDE = re.compile(r"[^\S\n]?°[^\S\n]?([BĐT])(?![\w])([^\S\n]*[-–][^\S\n]*(?=[0-9]))?")
HEMISPHERES = {"N": "độ Vĩ Bắc", "S": "độ Vĩ Nam", "E": "độ Kinh Đông", "W": "độ Kinh Tây"}
# After "vĩ tuyến"/"kinh tuyến" the line has said which: `Bắc vĩ tuyến 19,5°N` is "độ Bắc" (spans: 3 lines to 1).
SIDES = {"N": "độ Bắc", "S": "độ Nam", "E": "độ Đông", "W": "độ Tây"}
COORDINATE_PAIR = re.compile(r"(độ Vĩ (?:Bắc|Nam))[^\S\n]*[-–][^\S\n]*(?=[0-9][0-9,]*[^\S\n]độ Kinh)")
# `11,5°N–18,5°N` (bd1): between two latitudes (or two longitudes) the dash is a range, "đến"
SAME_KIND_PAIR = re.compile(r"(độ (Vĩ|Kinh) (?:Bắc|Nam|Đông|Tây))[^\S\n]*[-–][^\S\n]*(?=[0-9][0-9,]*[^\S\n]độ \2)")
# Whole degrees on a line naming a parallel or meridian: `kinh tuyến 110E`, and `Vĩ tuyến 200N`, `Kinh tuyến 1150E`
# (dh1), the degree typed as a superscript zero (20⁰N) and flattened: 200 and 1150 are no latitude or longitude
LOST_DEGREE = re.compile(r"(?<![0-9,.])([1-9][0-9]{0,3})([NSEW])\b")
LIMITS = {"N": 90, "S": 90, "E": 180, "W": 180}
PARALLEL = re.compile(r"(?:vĩ|kinh)[^\S\n]+tuyến", re.IGNORECASE)
# `phía bắc vĩ tuyến 140 và phía đông kinh tuyến 1120` (ja1, a storm bulletin copied without its degree signs): no
# letter follows, but 140 is no latitude and 1120 no longitude; the last zero was the degree
BARE_PARALLEL = re.compile(
    r"(?i:(vĩ|kinh)[^\S\n]+tuyến[^\S\n]+)([1-9][0-9]{2,3})(?![0-9]|[.,][0-9]|[^\S\n]*(?:°|º|độ\b|[NSEW]\b))"
)
ORDINAL_DEGREE = re.compile(r"([0-9])[^\S\n]?º[^\S\n]?(?=[CF]\b)")
# `(t-24h)`, et1: the t first, the look-behind after it (first, it was tried at every position)
TIME_OFFSET = re.compile(r"[tT](?<![\w.][tT])([-+])([0-9]{1,3})[^\S\n]?(?:h|giờ)\b")
# `v.v...`, and `vv...` typed without its dot (bi2); after an ellipsis too (`củ...vv.`, ef1): two dots before it are
# no address's
ET_CETERA = re.compile(r"v(?:(?<![\w.]v)|(?<=\.\.v))\.?v\.*(?!\w)")  # the letter first: a scan in C
# `âm 1-3 độ C`: a written "âm" before a range of temperatures, the range's dash after its first number
MINUS_WORD_RANGE = re.compile(
    r"(?<![^\W0-9_])((?:âm|trừ)[^\S\n]+)([0-9]+(?:,[0-9]+)?)[^\S\n]*[-–][^\S\n]*(?=[0-9]+(?:,[0-9]+)?[^\S\n]*(?:°|º|độ\b|oC\b))"
)
DEGREE_RANGE_HINT = re.compile(r"[°º][^\S\n]*[-–]")
MINUS_WORD_HINT = re.compile(r"[0-9](?:(?<=âm [0-9])|(?<=trừ [0-9]))")  # the digit first: a fast scan
# `10°42'25"`, `114°19’47”`, `16°05′`: degrees, minutes and maybe seconds, the marks of an arc's parts
ARC = re.compile(
    r"[°º](?<=[0-9]°|[0-9]º)[^\S\n]?([0-9]{1,2})[^\S\n]?['’′](?:[^\S\n]?([0-9]{1,2}(?:[.,][0-9]+)?)[^\S\n]?(?:\x22|”|″|''))?"
)
# `14.852 độ vĩ Bắc, 108.266 độ kinh Đông` (jx2): decimal degrees with an English point, before the word "độ"
POINT_DEGREES = re.compile(r"(?<![0-9.,])([0-9]{1,3})\.([0-9]{2,6})(?=[^\S\n]*độ[^\S\n]+(?:[vV]ĩ|[kK]inh)(?!\w))")
# `25°–30°C`, `15,0°–19,0°N`: a degree sign on both ends of a range; the first is said once, with the last
DEGREE_RANGE = re.compile(r"[°º](?<=[0-9]°|[0-9]º)[^\S\n]*([-–])[^\S\n]*(?=[-−]?[0-9][0-9,.]*[^\S\n]?[°º])")


@digits_only
def read_coordinates(text: str, ctx: Context) -> str:
    """`16,8N-115,3E`: a storm's centre is "mười sáu phẩy tám độ Vĩ Bắc, một trăm mười lăm phẩy ba độ Kinh
    Đông" (the letters are the hemispheres, never "en nờ" and "e"); a range `15,0-18,5N` says the degree once,
    and the dash between a latitude and its longitude is no range but a pause. Only on a line that names a
    position (a second hemisphere, `kinh tuyến`, `tâm bão`...). A degree sign before the letter (`21,6°N`, aj1)
    is the same "độ"; on a line that names the parallel or meridian ("vĩ tuyến 19,5°N") only the side is said.
    Three decimals with an English dot are a position too (`tọa độ 14.929N – 108.250E`, an earthquake's, cl1)."""
    if "tuyến" in text or "TUYẾN" in text:
        text = BARE_PARALLEL.sub(_bare_degree_zero, on_lines_with(LOST_DEGREE, text, _degree_zero))
    if "," not in text and "°" not in text and "." not in text:
        return text

    def change(line: str) -> str:
        def read(m: re.Match[str]) -> str:
            first = m.group(1).replace(".", ",")  # `14.929N` (cl1): an English decimal dot, never thousands here
            numbers = f"{first} đến {m.group(2)}" if m.group(2) else first
            return f"{numbers} {(SIDES if 'tuyến' in line[: m.start()] else HEMISPHERES)[m.group(3)]}"

        if not (COORDINATE.search(line) and POSITION_CUE.search(line)):
            return line
        return SAME_KIND_PAIR.sub(r"\1 đến ", COORDINATE_PAIR.sub(r"\1, ", COORDINATE.sub(read, line)))

    return on_lines_with(COORDINATE_LINES, text, change)


def _degree_zero(line: str) -> str:
    """`kinh tuyến 110E` is "110°E" on a line naming a parallel or meridian, and `Vĩ tuyến 200N` "20°N" (200 is out
    of range, its last zero the degree); a number out of range either way is left as written."""

    def degree(m: re.Match[str]) -> str:
        number, limit = m.group(1), LIMITS[m.group(2)]
        number = _without_lost_zero(number, limit)
        return f"{number}°{m.group(2)}" if int(number) <= limit else m.group(0)

    return LOST_DEGREE.sub(degree, line) if PARALLEL.search(line) else line


def _bare_degree_zero(m: re.Match[str]) -> str:
    """`vĩ tuyến 140` is 14 degrees: out of range, its last zero in range once dropped; else left as written."""
    number, limit = m.group(2), 90 if m.group(1).lower() == "vĩ" else 180
    degrees = _without_lost_zero(number, limit)
    return f"{m.group(0)[: -len(number)]}{degrees} độ" if degrees != number else m.group(0)


def _without_lost_zero(number: str, limit: int) -> str:
    """A whole number of degrees out of range whose last zero was the degree sign, without it; else as it is."""
    if int(number) > limit and number.endswith("0") and int(number[:-1]) <= limit:
        return number[:-1]
    return number


@digits_only
def read_ordinal_degrees(text: str, ctx: Context) -> str:
    """`40,5-42ºC`: the ordinal sign º, typed where the keyboard lacks the degree sign °, is the degree ("độ
    xê"); read as the degree sign it joins the range and unit rules like `42°C`."""
    return ORDINAL_DEGREE.sub(r"\1°", text) if "º" in text else text


@on_lines_matching(r"v\.?v")  # a literal: a fast scan, where the pattern opens with a look-behind
def read_et_cetera(text: str, ctx: Context) -> str:
    """`v.v...`: "and so on" is said "vân vân", however many dots the writer added; the letters are never
    spelled "vê vê"."""
    return ET_CETERA.sub("vân vân", text)


@digits_only
@on_lines_matching(
    "°", "º", r"m [0-9](?<=âm [0-9])", r"ừ [0-9](?<=trừ [0-9])"
)  # its inner hints' lines, each a literal first
def read_temperature_ranges(text: str, ctx: Context) -> str:
    """`nhiệt độ 25°–30°C`, `Vùng nguy hiểm: 15,0°–19,0°N`: a range with the degree sign on both ends is one range,
    the sign said once after the last ("hai mươi lăm đến ba mươi độ xê"). Read apart, the dash after the first sign
    was the minus of the second: "hai mươi lăm°âm ba mươi độ xê", a sign error in a heat bulletin (ax1).
    `nhiệt độ xuống khoảng âm 1-3 độ C`: the "âm" written once before a range is the sign of both ends, "âm một đến
    âm ba" (au2); said once, "âm một đến ba độ" was heard as minus one to plus three.
    Each only on the lines that have its marks (a scan in C)."""
    text = on_lines_with(DEGREE_RANGE_HINT, text, lambda line: DEGREE_RANGE.sub(r" \1 ", line))
    return on_lines_with(MINUS_WORD_HINT, text, lambda line: MINUS_WORD_RANGE.sub(r"\1\2 đến \1", line))


@digits_only
@on_lines_matching(r"-[0-9]{1,3}[^\S\n]?(?:h|giờ)\b", r"\+[0-9]{1,3}[^\S\n]?(?:h|giờ)\b")  # the sign and an hour
def read_time_offsets(text: str, ctx: Context) -> str:
    """`(t-24h)`, `(t+24h)` (et1, a tide table): the value an hour's offset from now, "tê trừ hai mươi tư giờ", as
    its annotator said; the sign was dropped ("t hai mươi tư giờ"), a lost minus."""
    return TIME_OFFSET.sub(lambda m: f"tê {'trừ' if m.group(1) == '-' else 'cộng'} {m.group(2)} giờ", text)


@digits_only
@on_lines_matching("°")
def read_vietnamese_sides(text: str, ctx: Context) -> str:
    """`giữa 135°Đ và 115°Đ`, `giữa 5°B-25°B` (jp1, a Vietnamese Wikipedia page): after a degree the letters of
    Vietnamese sides, B, Đ, T, are "độ Bắc", "độ Đông", "độ Tây"; spelled they were "độ bê", "độ đê", and the dash
    between two latitudes was dropped as a word's hyphen, where it is a range, "đến". (`N` is left to the English
    hemispheres, `read_coordinates`: there it is north.)"""
    return VI_SIDE.sub(lambda m: f" độ {VI_SIDES[m.group(1)]}{' đến ' if m.group(2) else ''}", text)


@digits_only
@on_lines_matching("°", "º")
def read_arc_minutes(text: str, ctx: Context) -> str:
    """`tại tọa độ 10°42'25" độ vĩ Bắc` (jv2, a boat aground): a position in degrees, minutes and seconds is "mười
    độ bốn mươi hai phút hai mươi lăm giây"; left, the apostrophe glued two numbers into one word and the seconds'
    mark was dropped. A seaman's notice writes them so; the corpus had no such position before."""

    def read(m: re.Match[str]) -> str:
        seconds = f" {m.group(2)} giây" if m.group(2) else ""
        return f" độ {m.group(1)} phút{seconds}"

    return ARC.sub(read, text)


@digits_only
@on_lines_matching("độ vĩ", "độ Vĩ", "độ kinh", "độ Kinh")
def read_point_degrees(text: str, ctx: Context) -> str:
    """`tại tọa độ 14.843 độ Vĩ Bắc - 108.261 độ Kinh Đông` (jx2, three Kon Tum earthquakes: 5 spans): a latitude or
    longitude in degrees with an English point is a decimal, "mười bốn phẩy tám trăm bốn mươi ba"; read as dotted
    thousands it was "mười bốn nghìn…", a place no globe has. The point becomes the Vietnamese comma."""
    return POINT_DEGREES.sub(r"\1,\2", text)
