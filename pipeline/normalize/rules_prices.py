"""Price tables and market bulletins (issue 29, round 8): the shapes a farm-price or fee table uses that the
general number rules misread. Chosen because every batch's annotators read them the same way:
`4.700(+100)`, `47,500-50,000 đồng/kg`, `50,000`, `30.000 đồng/người/lượt`, `Giá (đ/kg)`, `H (cm)`,
`22.000 đồng/ngày x số ngày`, `xăng E5 RON92`.
"""

from __future__ import annotations

import re

from .context import Context
from .lines import digits_only, on_lines_matching, on_lines_with
from .numbers import read_digits
from .rules_codes import COUNT_NOUNS, CURRENCY_CODES

PRICE_CHANGE = re.compile(r"(?<=[0-9])[^\S\n]?\(([+\-−])[^\S\n]?([0-9][0-9.,]*)\)")
CHANGES = {"+": "tăng", "-": "giảm", "−": "giảm"}
BRACKETED_PER = re.compile(
    r"(\([^()\n]*[0-9][^()\n]*?(?:đồng|đ|USD|baht|bạt|yên|won|euro|nhân dân tệ)\))/(?=[^\W0-9_])"
)
PRICE_ROW = re.compile(r"\|[^\S\n]*[0-9]{1,3}(?:\.[0-9]{3})+[^\S\n]*(?=\|)")  # `| 76.000 |`: a cell holding a price
# `|+ 40` (jv2, a fuel table's cells each on a line): a plus alone in a cell is a rise, even with no price beside it
CELL_RISE = re.compile(r"^\|[^\S\n]*\+[^\S\n]?(?=[0-9][0-9.,]*[^\S\n]*\|?$)", re.MULTILINE)
TABLE_CHANGE = re.compile(r"(?<=\|)[^\S\n]*([+\-−])[^\S\n]?(?=[0-9][0-9.]*[^\S\n]*(?:\||$))", re.MULTILINE)
# `68.000 |` then `-500 |` (ej2: 2 spans of 2): a page that puts each cell on a line of its own; the change follows
# its price's line, or the price alone on its line and the bars on lines of their own (`93.500`, `|`, `+500`, jl1)
CELL_CHANGE = re.compile(
    r"^([+\-−])[^\S\n]?(?=[0-9][0-9.]*[^\S\n]*(?:\|[^\S\n]*)?$)(?:(?<=\.[0-9]{3}[^\S\n]\|\n.)|(?<=^[0-9]\.[0-9]{3}\n.)"
    r"|(?<=^[0-9][0-9]\.[0-9]{3}\n.)|(?<=^[0-9]{3}\.[0-9]{3}\n.))",
    re.MULTILINE,
)
# `+373 (Moldova)`: a dialling code before its country; `+2°C`, `+55 USD/tấn`: a signed value (not `GMT +7`, `+84`)
PLUS = re.compile(r"(?<![\w+\-/.,])(?<!GMT )(?<!UTC )\+(?!84\b)([0-9]{1,3}(?=[^\S\n]*\([A-ZĐ])|(?=[0-9]))")
WARMTH = re.compile(r"[0-9][0-9.,]*[^\S\n]*(?:°|º|độ\b|oC\b|0C\b)")
THOUSANDS_AFTER = rf"[^\S\n]+(?:đồng|đ|{COUNT_NOUNS}|{CURRENCY_CODES})\b"
COMMA_RANGE_START = re.compile(
    rf"([0-9](?<![0-9.,][0-9])[0-9]{{0,2}}),([0-9]{{3}})(?=(?:[^\S\n]*[-–][^\S\n]*|[^\S\n]+đến[^\S\n]+)[0-9]{{1,3}}(?:,[0-9]{{3}})+"
    rf"(?![0-9]|[.,][0-9]){THOUSANDS_AFTER})"
)
# `mức 5,550-5,600 tại ruộng`: a price level's range, each end with one comma group of three and no multiplier after
LEVEL_COMMA_RANGE = re.compile(
    r"([1-9](?<=\b(?:[mM]ức|[gG]iá)[^\S\n][0-9])[0-9]{0,2}),([0-9]{3})([^\S\n]*[-–][^\S\n]*[1-9][0-9]{0,2}),([0-9]{3})"
    r"(?![0-9]|[.,][0-9]|[^\S\n]*(?:triệu|tỷ|tỉ|nghìn|ngàn)\b)"
)
# `10+ xã`, `88.000+`: a plus after a number, before no other number, is "more than"
PLUS_AFTER = re.compile(r"(?<![\w+.,])([0-9][0-9.,]*[0-9]|[0-9])\+(?![\w+]|[^\S\n]*[0-9])")
# `ASEAN+3`: a plus between a name in capitals and a number is said
NAME_PLUS = re.compile(r"\+(?<=[A-Z]\+)(?=[0-9])")
# `550.000d`: a d typed for đ after an amount in thousands (no unit d follows thousands of anything else)
D_FOR_DONG = re.compile(r"([0-9](?<![0-9.,][0-9])[0-9]{0,2}(?:\.[0-9]{3})+)[^\S\n]?d(?![\w])")
ROUND_THOUSANDS = re.compile(r"([0-9](?<![0-9.,][0-9])[0-9]{0,2}),000(?![0-9]|[.,][0-9])")
UNIT_OVER_UNIT = r"([^\W0-9_]{1,5}[23²³]?)(?:[^\S\n]?/[^\S\n]?([^\W0-9_]{1,5}[23²³]?))?"  # `đ/kg`, `cm`, `m3`
BRACKET_UNIT = re.compile(rf"\((Đơn vị:[^\S\n]*)?{UNIT_OVER_UNIT}\)")
# `Đơn vị tính: ha`, `Đơn vị: cm` (et1) opening a table or a line, with no bracket: the same header
LABEL_UNIT = re.compile(rf"(?<![\w])([Đđ]ơn vị(?:[^\S\n]+tính)?[^\S\n]*:[^\S\n]*){UNIT_OVER_UNIT}(?![\w/])")
CURRENCY_WORDS = ("đồng", "đ", "vnđ", "vnd")
# `USD/tấn`, `VND/kg` with no amount before them (a price table's heading)
LONE_PRICE_UNIT = re.compile(
    r"(?=[UVđĐgG])(?<![\w/])(USD|VND|VNĐ|đ|[đĐ]ồng|[gG]iá)[^\S\n]?/[^\S\n]?([^\W0-9_]{1,5}[23²³]?)(?![\w/])"
)
AMOUNT_BEFORE = re.compile(r"[0-9][^\S\n]*$")
MONEY_TIMES = re.compile(r"((?:[0-9]đ|[0-9][^\S\n]đồng)(?:/[^\W0-9_]{1,8})?)[^\S\n]+[xX][^\S\n]+(?=[^\W0-9_]{2})")
MONEY_TIMES_HINT = re.compile(r"[^\S\n][xX][^\S\n]")


@digits_only
@on_lines_matching(
    r"\|", r"\.(?<=[0-9]\.)[0-9]{3}", r"\+[0-9]", r"-(?<![^\n]-)[0-9]", r"−[0-9]"
)  # a bar, or a price and a change alone (a minus opening its line: `COVID-19` is in most lines of some letters)
def read_table_changes(text: str, ctx: Context) -> str:
    """`Ea H'leo | 76.000 | +1.000 |`, `Bình Phước | 71.500 | -1.000 |`: in a table row that holds a price (an amount
    with thousands dots in a cell), a cell of a signed amount alone is the day's change, "tăng" or "giảm" (ba1,
    bb1, two batches of price tables: 4 spans of 5). A row with no such price keeps its signs: a tide table's
    `| -4 |` is a level below zero, "âm". So is a cell on its own line after its price's (`68.000 |`, `-500 |`; and
    `92.000`, `-1.000`, the price alone on the line before, jl1). A plus alone in its cell is a rise wherever it
    stands (`|+ 40`, jv2: a fuel table); a minus so may be a level below zero, and keeps its sign."""
    text = CELL_RISE.sub("|tăng ", CELL_CHANGE.sub(lambda m: f"{CHANGES[m.group(1)]} ", text))
    return on_lines_with(PRICE_ROW, text, lambda line: TABLE_CHANGE.sub(lambda m: f" {CHANGES[m.group(1)]} ", line))


@digits_only
@on_lines_matching(r"\)/")
def read_bracketed_amounts_per(text: str, ctx: Context) -> str:
    """`118 baht (80.000 đồng)/bao`, `16.000 baht (9-10 triệu đồng)/tấn`: the slash after a bracket that converts a
    price is the price's "per" ("tám mươi nghìn đồng, một bao"; bc1, 2 spans of 2); after the bracket's pause it
    was read as nothing ("đồng, bao")."""
    return BRACKETED_PER.sub(r"\1 một ", text)


# `Gia Lai 140,000 +1,000`, `Đắk Lắk152.500+1.500`: a price in thousands, then a signed amount in thousands
PRICE_THEN_RISE = re.compile(
    r"\+(?:(?<=[0-9]\+)|(?<=[0-9][^\S\n]\+))(?=[0-9]{1,3}(?:[.,][0-9]{3})+(?![0-9.,]))"
)  # the plus first
PRICE_BEFORE = re.compile(r"[0-9]{1,3}(?:[.,][0-9]{3})+[^\S\n]?$")


@digits_only
@on_lines_matching(r"\+(?:(?<=[0-9]\+)|(?<=[0-9][^\S\n]\+))[0-9]")  # the plus first: a fast scan
def read_rises_after_prices(text: str, ctx: Context) -> str:
    """`Gia Lai 140,000 +1,000 Đắk Nông` (bv1), `Đắk Lắk152.500+1.500` (bj1): a price list's row gives the day's
    change after the price, signed; a plus there is a rise, "tăng", as in a table's cell (`| +1.000 |`), where the
    plus rule said "cộng". A line with an equals sign is a sum and keeps it."""

    def read(m: re.Match[str]) -> str:
        start, end = m.string.rfind("\n", 0, m.start()) + 1, m.string.find("\n", m.end())
        summed = "=" in m.string[start : end if end >= 0 else len(m.string)]
        return " tăng " if PRICE_BEFORE.search(m.string, max(0, m.start() - 12), m.start()) and not summed else "+"

    return PRICE_THEN_RISE.sub(read, text)


# `Đắk Lắk 154.000 - 3.000`: a price in thousands, a spaced dash, a smaller amount in thousands
PRICE_THEN_FALL = re.compile(  # the dash first (a scan in C), the price before it looked at in Python
    r"[-–](?<=[0-9][^\S\n][-–])[^\S\n]?([0-9]{1,3}(?:[.,][0-9]{3})+)(?![0-9.,]|[^\S\n]*(?:đồng|đ)\b)"
)
PRICE_AT_END = re.compile(r"(?<![0-9.,])[0-9]{1,3}(?:[.,][0-9]{3})+[^\S\n]$")


@digits_only
@on_lines_matching(r"-(?<=[0-9][^\S\n]-)", r"–(?<=[0-9][^\S\n]–)")
def read_falls_after_prices(text: str, ctx: Context) -> str:
    """`Đắk Lắk 154.000 - 3.000` (bw1): in a price list's row a dash between a price and a smaller amount is the day's
    fall, "một trăm năm mươi tư nghìn, giảm ba nghìn": a range never goes down, and "đến ba nghìn" said the price
    fell to three thousand. A range of prices (`147,000 -149,000`, `31.600 -32.400 đồng`) goes up and stays one."""

    def read(m: re.Match[str]) -> str:
        price = PRICE_AT_END.search(m.string, max(0, m.start() - 16), m.start())
        if price is None or _amount(m.group(1)) >= _amount(price.group(0)):
            return m.group(0)
        return f", giảm {m.group(1)}"

    return PRICE_THEN_FALL.sub(read, text)


def _amount(written: str) -> int:
    return int(re.sub(r"[.,\s]", "", written))


@digits_only
def read_plus_signs(text: str, ctx: Context) -> str:
    """`chênh lệch +55 USD/tấn` "cộng năm mươi lăm", `+2°C` "dương hai độ xê", `+373 (Moldova)` "cộng ba bảy ba": the
    house guide says a plus before a number (batches ae1, c1, l1, o1, x2: 7 spans of 7, round 33); dropped, a rise or an
    above-zero reading lost its sign, and a dialling code became "ba trăm bảy mươi ba"."""

    def read(m: re.Match[str]) -> str:
        if m.group(1):
            return f"cộng {read_digits(m.group(1))}"
        return "dương " if WARMTH.match(m.string, m.end()) else "cộng "

    return PLUS.sub(read, text) if "+" in text else text


@digits_only
@on_lines_matching(r"\((?=[+\-−])")  # a bracket opening on a sign
def read_price_changes(text: str, ctx: Context) -> str:
    """`Lúa khô | 4.700(+100)`, `Thóc tẻ | 4.300(-200)`: a signed amount in brackets right after a price is the
    day's change, said "tăng một trăm", "giảm hai trăm"; dropped, the sign turns a fall into a rise. A signed
    percent after a count (`554 vụ (-4,2%)`) is no price and keeps its own rule."""
    return PRICE_CHANGE.sub(lambda m: f" ({CHANGES[m.group(1)]} {m.group(2)})", text) if "(" in text else text


@digits_only
@on_lines_matching(r",(?<=[0-9],)[0-9]{3}")  # each of its patterns: a comma between a digit and three
def read_comma_thousand_ranges(text: str, ctx: Context) -> str:
    """`47,500-50,000 đồng/kg`, `từ 1,500 đến 2,000 đồng` (ca1), `50,000` in a price column: English thousands. The
    first number of a range takes the reading of the second, which a currency after it proves thousands; and `,000`
    is never a decimal (nobody writes a fraction with three trailing zeros). Right after "mức" or "giá" (`ở mức
    5,550-5,600 tại ruộng`, ai1's rice prices) a range of such numbers is a price with its currency left out: all 7
    comma ranges of the corpus are thousands; a decimal's three digits come before "triệu" or "tỷ" (`1,211 triệu
    ha`), which keeps them."""
    text = COMMA_RANGE_START.sub(r"\1.\2", text)
    text = LEVEL_COMMA_RANGE.sub(r"\1.\2\3.\4", text) if "," in text else text
    return ROUND_THOUSANDS.sub(r"\1.000", text) if ",000" in text else text


@on_lines_matching(r"x(?<=[^\S\n]x)[^\S\n]", r"X(?<=[^\S\n]X)[^\S\n]")  # MONEY_TIMES_HINT's lines
def read_money_times(text: str, ctx: Context) -> str:
    """`22.000 đồng/ngày x số ngày ăn`: a letter x between a price and what it is multiplied by is "nhân", as
    in a fee sheet's formula; left alone it is the letter "ích"."""
    if not MONEY_TIMES_HINT.search(text):
        return text
    return MONEY_TIMES.sub(r"\1 nhân ", text)


def read_bracket_units(text: str, ctx: Context) -> str:
    """`Giá (đ/kg)`, `GIÁ THỊ TRƯỜNG (Đồng/Kg)`, `(Đơn vị: VNĐ/kg)`, `H (cm)`: a table header names the unit of
    its column in brackets, with no number before it; it is read as after a number ("đồng một ki lô gam", "xăng
    ti mét"), not spelled. One letter (`(a)`, `(m)`) may be a list marker and a capital word an acronym: left. So
    is a label without brackets, `Đơn vị tính: ha`."""

    def bracketed(m: re.Match[str]) -> str:
        said = _unit(m, ctx)
        return f"({said})" if said else m.group(0)

    text = LABEL_UNIT.sub(lambda m: _unit(m, ctx) or m.group(0), text) if "ơn vị:" in text or "tính:" in text else text
    return BRACKET_UNIT.sub(bracketed, text) if "(" in text else text


def _unit(m: re.Match[str], ctx: Context) -> str | None:
    """The label (if any) and the unit said, or None where the letters are no unit the lexicon knows."""
    first, per = m.group(2), m.group(3)
    if per and f"{first}/{per}" in ctx.units:  # `Độ mặn (mg/l)` (gb1): a compound the unit table names whole
        return f"{m.group(1) or ''}{ctx.units[f'{first}/{per}']}"
    if first == "oC" and per is None:  # `Nhiệt độ nước (oC)` (gb1): the degree sign typed as an o
        return f"{m.group(1) or ''}{ctx.units['°C']}"
    if first.lower() in CURRENCY_WORDS:
        said = "đồng"
    elif len(first) >= 2 and first.islower() and first in ctx.units and per is None:
        said = ctx.units[first]
    else:
        return None
    per_unit = ctx.units.get(per, ctx.units.get(per.lower())) if per else None
    if per and per_unit is None:
        return None
    return f"{m.group(1) or ''}{said}{f' một {per_unit}' if per_unit else ''}"


# a currency's or "Giá"'s last letter, the slash
@on_lines_matching(r"/(?:(?<=[DĐđgá]/)|(?<=[DĐđgá][^\S\n]/))[^\S\n]?[^\W0-9_]")
def read_lone_price_units(text: str, ctx: Context) -> str:
    """`USD/tấn`, `VND/kg` standing alone, a price table's heading: the unit of the column, "đô la Mỹ một tấn",
    "đồng một ki lô gam" as after an amount (ai1; `USD/tấn` 153 spans to 0, `đồng/kg` 452 to 0), not the letters
    "u ét dê" and a pause. After an amount the amount's own rules read it, so they are left that one; a code after
    the slash (`USD/VND`) is an exchange rate, no unit. The word `Đồng/kg` after `ĐVT:` (al2) is the same heading,
    its word kept as written."""
    return LONE_PRICE_UNIT.sub(lambda m: _lone_price_unit(m, ctx), text)


def _lone_price_unit(m: re.Match[str], ctx: Context) -> str:
    per = ctx.units.get(m.group(2), ctx.units.get(m.group(2).lower()))
    before = m.string[max(0, m.start() - 8) : m.start()]  # a few characters: the whole text was searched a match
    if per is None or m.group(2).isupper() or AMOUNT_BEFORE.search(before):  # `USD/VND`: a rate
        return m.group(0)
    if m.group(1).lower() == "giá":  # `| Giá/ Kg |` (by1): a table's price column, per kilogram
        return f"{m.group(1)} một {per}"
    currency = ctx.units["USD"] if m.group(1) == "USD" else m.group(1) if m.group(1).endswith("ồng") else "đồng"
    return f"{currency} một {per}"


@on_lines_matching(r"/[^\S\n]*[^\W0-9_]+(?:[^\S\n][^\W0-9_]+)?[^\S\n]*/")  # two slashes, words between
def read_per_chains(text: str, ctx: Context) -> str:
    """`30.000 đồng/người/lượt`, `10 USD/người/đêm`: each slash after a price is "per", said "một" ("đồng một
    người một lượt"); only the first had a rule, and the second was read as a pause ("một người, lượt"). What is
    counted may be abbreviated, `đồng/HS/tháng` "đồng một học sinh một tháng" (ae2, round 33): between two slashes
    the lexicon had left it as a document symbol's part, spelled "hát ét"."""

    def read(m: re.Match[str]) -> str:
        counted = m.group(3)
        said = (ctx.lexicon.lookup(counted) if counted.isupper() else None) or counted
        return f"{m.group(1)} {m.group(2)}/{said} một "

    return ctx.per_chain_pattern.sub(read, text) if "/" in text else text


@digits_only
@on_lines_matching(r"d(?![\w])(?:(?<=[0-9]d)|(?<=[0-9] d))")  # the letter first: a fast scan
def read_d_for_dong(text: str, ctx: Context) -> str:
    """`Chi phí dự thi: 550.000d`: a keyboard without Vietnamese letters types đồng's đ as d (aw2); after an amount in
    thousands it is đồng, where it stayed a letter "d"."""
    return D_FOR_DONG.sub(r"\1đ", text)


@digits_only
@on_lines_matching(r"\+(?:(?<=[0-9]\+)|(?=[0-9]))")  # the plus first: a fast scan
def read_plus_after_numbers(text: str, ctx: Context) -> str:
    """`tiêu hủy hàng trăm con tại 10+ xã`, `88.000+`, `200+ người`: a plus after a number is "hơn", said before it
    ("hơn mười xã": ay2 2 spans of 2, as1 1); dropped, "more than ten" became exactly ten. Between a name in
    capitals and a number it is "cộng" (`ASEAN+3`, ba2: 2 spans of 2). A plus between numbers (`2+3`) or before one
    (`Km9+187`) is another rule's."""
    return NAME_PLUS.sub(" cộng ", PLUS_AFTER.sub(r"hơn \1", text))


# `Cần Thơ 62.000/kg`: a price in thousands with its currency left out, then the unit it is paid by
BARE_PRICE_PER = re.compile(
    r"([0-9](?<![0-9.,][0-9])[0-9]{0,2}(?:\.[0-9]{3})+)[^\S\n]?/[^\S\n]?([^\W0-9_]{1,4})(?![\w/])"
)
# an amount in a currency Vietnamese names in words, then a slash: `200.000 yên/người`, `10.320 won/giờ`
FOREIGN_MONEY_PER = re.compile(
    r"([0-9][^\S\n]*(?:yên|won|bạt|baht|rúp|euro|nhân dân tệ|ringgit|peso|rupee|đô la))[^\S\n]*/[^\S\n]*(?=[^\W0-9_])"
)


@digits_only
@on_lines_matching(r"/")
def read_prices_per_unit(text: str, ctx: Context) -> str:
    """`Vĩnh Long và Cần Thơ 62.000/kg`: a pig-price list writes the amount without "đồng" before the unit's slash;
    the slash is still "per", "sáu mươi hai nghìn một ki lô gam", where it was left a pause and the letters `kg`
    (br1). Only an amount in thousands (dots every three digits: no date or count is written so) and a unit of
    units.tsv. So is the slash after a currency named in words, as after "đồng": `200.000 yên/người`, "yên một
    người" (br2; `10.320 won/giờ`, bm2)."""

    def read(m: re.Match[str]) -> str:
        unit = ctx.units.get(m.group(2))
        return f"{m.group(1)} một {unit}" if unit else m.group(0)

    return FOREIGN_MONEY_PER.sub(r"\1 một ", BARE_PRICE_PER.sub(read, text))


UNIT_CELL = re.compile(r"(?:(?<=\|)|^)([^\S\n]*)([^\W0-9_][^\W0-9_²³23]{0,4})(?=[^\S\n]*(?:\||$))", re.MULTILINE)


@on_lines_matching(r"\|")
def read_unit_cells(text: str, ctx: Context) -> str:
    """`- Nếp vỏ (tươi) | kg | 5.400-5.500`: a price table's column of units holds the unit alone in its cell, no
    amount before it, so the amount rules never read it and `kg` was left in Latin letters (six notices of the corpus,
    found by the unspeakable words the strict check lists); it is the unit's name, "ki lô gam"."""

    def read(m: re.Match[str]) -> str:
        cell = m.group(2)
        unit = ctx.units.get(cell) or (ctx.units.get(cell.lower()) if len(cell) > 1 else None)  # `Kg`, `KG` too
        in_a_table = (
            m.string[m.start() - 1 : m.start()] == "|" or m.string[m.end() : m.end() + 8].lstrip(" \t")[:1] == "|"
        )
        return m.group(1) + unit if unit and in_a_table else m.group(0)  # a unit alone on a line is no cell

    return UNIT_CELL.sub(read, text)
