"""Units after a slash, after a multiplier and alone, measured on the blind batches (tests/data/corpus).

`75 USD/tấn`, `2 kg cám/con`: a slash after a measure is "một"; `550-600kg/1300m2`: over a measured base, "trên";
`19,5 tỷ USD`: a unit after a multiplier is still the unit; `so với USD`: a unit symbol no number precedes is the
unit. Moved from rules_marks (its size). The order: `normalize.RULES`.
"""

from __future__ import annotations

import re

from .context import MULTIPLIERS, Context
from .lines import digits_only, on_lines_matching, on_lines_with

PER_WORD = re.compile(r"(?:tuần|ngày|tháng|năm|ha|s|lần)\b")
QUANTIFIER = re.compile(r"(?:cả|mỗi|từng|toàn)\b")  # `200-300 mm/cả đợt` (jk1): the word says how much itself
SLASH = re.compile("/")
LONE_DEGREE = re.compile(r"°(?:C(?!\w))?")  # a unit's sign the number rules left: no number before it; the sign
# first, a literal `re` scans for (`°C(?!\w)|°` opened on a class, as slow as a pattern tried at every character)
MULTIPLIER_HINT = re.compile(rf"[0-9][^\S\n]+(?:{MULTIPLIERS})[^\S\n]+[a-zA-Z°]")
# `$750 triệu`, `US$ 5`: the dollar's sign before an amount (and its multiplier), said after it
DOLLAR = re.compile(r"(US)?\$[^\S\n]?([0-9][0-9.,]*[0-9]|[0-9])((?:[^\S\n]*(?:nghìn|ngàn|triệu|tỷ|tỉ)\b)?)")
BRACKETED_UNIT = re.compile(r"\(([A-Za-z]{1,4})\)")  # `(m)`, `(hPa)`: a column's unit, alone in its brackets
AMOUNT_OVER_PERIOD = re.compile(r"đồng[^\S\n]?/[^\S\n]?(?=[0-9]{1,3}[^\S\n]+(?:tháng|năm|ngày|tuần|quý|học kỳ)\b)")
# `Đơn vị tính: đồng/bao` (jz1), `Đơn vị: đồng/lít hoặc kg` (jv2): the currency, a slash, then a word
BARE_CURRENCY_PER = re.compile(
    r"/(?:(?<=(?<!\w)đồng/)|(?<=(?<!\w)VNĐ/)|(?<=(?<!\w)VND/))[^\S\n]?(?=\w)"  # `Tân Đồng/huyện`: a place
)
SLASH_DIGIT = re.compile(r"/[^\S\n]?[0-9]")  # a slash before a number: the only lines a base amount can be on
# `13,7-13,8/20kg`: a range of bare numbers, a slash, an amount and its unit (checked in the table)
RANGE_OVER = re.compile(
    r"([0-9](?<![0-9.,/][0-9])[0-9]{0,3}(?:,[0-9]{1,2})?[^\S\n]?[-–][^\S\n]?[0-9]{1,4}(?:,[0-9]{1,2})?)/(?=[0-9]{1,4}[^\S\n]?([^\W0-9_]{1,3})\b)"
)


@digits_only
def read_unit_slashes(text: str, ctx: Context) -> str:
    """`75 USD/tấn`, `2,90 cent/lb`, `500 gr/l`, `1 - 2 kg cám hỗn hợp/trâu bò`, `23 kg/sào`: a slash after a
    measured amount is "per", said "một": "đô la Mỹ một tấn", "ki lô gam cám hỗn hợp một trâu bò", "ki lô gam một
    sào" (any word after the unit's slash: a farm bulletin's sào, đợt, lứa are in no table). A slash between bare
    words (`xã/phường`, `1 trâu/bò`) stays a pause; a count before a unit's slash is "per" too: `3 trái/kg`, "ba trái
    một ki lô gam", `30 lượt/h`. A unit over an amount of a unit is a rate over a base, "trên": `550-600kg/1300m2`,
    `5 g/100 kg` ("năm gam trên một trăm ki lô gam").
    """

    def read(m: re.Match[str]) -> str:
        if _table_rate(m.string[m.start(2) :], ctx):
            return m.group(0)  # `km/h`, `mg/l` have their own reading in the table
        if m.group(4) is not None and PER_WORD.match(m.string, m.end()):
            return m.group(0)  # `tấn quả/ha`: the unit or period after the slash says "một" itself
        if m.group(3) is None and QUANTIFIER.match(m.string, m.end()):
            return f"{m.group(1)} {m.group(2)}{m.group(4) or ''} "  # "mi li mét cả đợt", no "một cả"
        per = ctx.units[m.group(3)] if m.group(3) else ""
        return f"{m.group(1)} {m.group(2)}{m.group(4) or ''} một {per}"

    def over(line: str) -> str:  # `kg/1300m2`: over a measured base, "trên" (ai1, ak1)
        return ctx.unit_over_amount_pattern.sub(r" \1 trên ", line) if SLASH_DIGIT.search(line) else line

    return on_lines_with(SLASH, text, lambda line: _per_counted(ctx.per_measure_pattern.sub(read, over(line)), ctx))


def _table_rate(rest: str, ctx: Context) -> bool:
    """Whether `rest` opens with a rate the units table reads whole (`km/h`, `mg/l`, `hải lý/h`), to its word's end."""
    return any(rest.startswith(u) and not rest[len(u) : len(u) + 1].isalnum() for u in ctx.units if "/" in u)


def _per_counted(line: str, ctx: Context) -> str:
    """`3 - 4 trái/kg`, `30 lượt/h`: what is counted, per a unit, is "một" and the unit's name too; a unit before
    the slash (`40 km/h`, `27 tấn quả/ha`) is the table's or the measured amount's, read by their rules."""

    def read(m: re.Match[str]) -> str:
        measured = any(w in ctx.units for w in re.findall(r"[^\W0-9_]+", m.group(1)))  # `10km/h`: glued too
        if measured or any(_table_rate(" ".join(m.group(0).split()[-n:]), ctx) for n in (1, 2)):
            return m.group(0)  # `80 hải lý/h`, `90 dặm/h` (hx1): a speed the table reads, "trên giờ"
        return f"{m.group(1)} một {ctx.units[m.group(2)]}"

    return ctx.per_counted_pattern.sub(read, line)


@digits_only
def read_multiplied_units(text: str, ctx: Context) -> str:
    """`19,5 tỷ USD`, `3 triệu m3`, `7 vạn ha`: a unit after "nghìn, vạn, triệu, tỷ" is still a unit ("đô la Mỹ",
    not "u ét dê")."""
    read = lambda m: f"{m.group(1)} {ctx.units[m.group(2)]}"
    return on_lines_with(MULTIPLIER_HINT, text, lambda line: ctx.multiplied_unit_pattern.sub(read, line))


def read_lone_units(text: str, ctx: Context) -> str:
    """`đồng baht suy yếu so với USD`: a unit symbol in capitals that no number precedes is still the unit,
    not the letters u ét dê; it runs after the number rules, which have read every amount with its unit. So is a
    sign of one alone, a table's heading cell `(°C)`, `(‰)` (cd1): left, the voice said "°xê" or nothing (spaced:
    `14,5°Vĩ Bắc`, jn1, glued the word to its neighbours, "nămđộVĩ"); and a
    unit alone in brackets, any symbol of the table (`Bảng mực nước … (m)`, ia1; `940 mbar (hPa)`, hx1)."""
    text = LONE_DEGREE.sub(lambda m: f" {ctx.units[m.group(0)]} ", text) if "°" in text else text
    text = text.replace("‰", f" {ctx.units['‰']} ") if "‰" in text else text
    text = BRACKETED_UNIT.sub(lambda m: f"({ctx.units.get(m.group(1), m.group(1))})", text) if "(" in text else text
    return ctx.lone_unit_pattern.sub(lambda m: ctx.units[m.group(1)], text)


@digits_only
def read_units_before_the_lexicon(text: str, ctx: Context) -> str:
    """`tàu 90 CV` is ninety horsepower: after a number a symbol is a unit, even one the lexicon reads
    otherwise ("CV" is "công văn" in a letter's heading); read before the lexicon sees it."""
    return ctx.shared_unit_pattern.sub(lambda m: f"{m.group(1)} {ctx.units[m.group(2)]}", text)


@digits_only
@on_lines_matching(r"\$")
def read_dollar_signs(text: str, ctx: Context) -> str:
    """`Thiệt hại | $750 triệu`, `US$5`: the sign written before an amount is said after it and its multiplier,
    "bảy trăm năm mươi triệu đô la" (hx1); left, the voice said "$bảy trăm…". `US$` is the American dollar."""
    return DOLLAR.sub(lambda m: f"{m.group(2)}{m.group(3)} đô la{' Mỹ' if m.group(1) else ''}", text)


@digits_only
@on_lines_matching(r"/(?<=[0-9]/)[0-9]{1,4}[^\S\n]?[^\W0-9_]")  # the slash first (a fast scan), then RANGE_OVER's unit
def read_ranges_over_amounts(text: str, ctx: Context) -> str:
    """`thu hồi 13,7-13,8/20kg` (ih1: a mill's yield of rice from 20 kg of paddy): a range over an amount with its
    unit is "mười ba phẩy bảy đến mười ba phẩy tám trên hai mươi ki lô gam"; the slash was a pause and the range's
    dash, left between two read numbers, was dropped as a word's hyphen. A day range before a month (`12-15/10 tại`)
    has no unit after its month and is left to the date rules."""
    return RANGE_OVER.sub(lambda m: f"{m.group(1)} trên " if m.group(2) in ctx.units else m.group(0), text)


@digits_only
@on_lines_matching(r"đồng[^\S\n]?/[^\S\n]?[0-9]")
def read_amounts_over_periods(text: str, ctx: Context) -> str:
    """`Bảo hiểm y tế: 656.775 đ/15 tháng` (jk2), `210.600đ/12 tháng` (a school's fees): an amount paid for a
    number of months is "đồng cho mười lăm tháng"; the slash was a pause, "đồng, mười lăm tháng", a price with
    no link to its period. (Annotators: "cho" 1, "trong" 1.) After a word it is "một": `đồng/tháng`."""
    return AMOUNT_OVER_PERIOD.sub("đồng cho ", text)


@on_lines_matching("ồng/", "NĐ/", "ND/")
def read_bare_currency_per(text: str, ctx: Context) -> str:
    """`Đơn vị tính: đồng/bao` (a fertilizer table's header, jz1), `đồng/lít hoặc kg` (jv2): after the currency a
    slash is "per" with no amount before it too, "đồng một bao", as `đồng/kg` already was (8 spans of 8 with
    "đồng/bao" say "một"); left, it was a pause, "đồng, bao"."""

    def read(m: re.Match[str]) -> str:  # `đồng/một nhà văn hóa` (db2) says its "một" itself
        return " một " if text[m.end()].islower() and not text.startswith("một ", m.end()) else m.group(0)

    return BARE_CURRENCY_PER.sub(read, text)
