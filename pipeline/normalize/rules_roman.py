"""Roman numerals where context says they are numbers: `khóa XV`, `Quý II/2021`, `thôn Chu Lìn II`.

Headings (`I.`, `II.` opening a line) are read by `rules_marks.read_roman_headings`, which uses `roman` too.
"""

from __future__ import annotations

import re

from .context import Context
from .lines import digits_only, hint_of, on_lines_matching, on_lines_with, sub_on_hinted_lines
from .numbers import read_int, read_ordinal

# after a space, a bracket, or a dash glued on after a space (`thứ -I`): the pauses rule makes that dash a space,
# read only then, normalizing twice would read it on the second pass (issue 29)
ROMAN_NUMERAL = re.compile(
    r"([IVXLC](?:(?<=[^\S\n][IVXLC])|(?<=\([IVXLC])|(?<=[^\S\n][-–—][IVXLC]))[IVXLC]*)\b"
    r"(?:([/.–-]|[^\S\n]+[-–][^\S\n]+)([0-9]{4})\b)?"
)
# `cấp IV và V`: a numeral listed after one the context word numbered is numbered by it too (round 19);
# `mũi tên chỉ số II` on a fire-danger sign is an index, "chỉ số hai" (round 23); `báo đông III` is báo động
# misspelt and `Cục Quản lý đường bộ III` numbers a road authority, "ba" for both annotators (round 26);
# `Thế chiến II` (ar2, 2 spans) is the Second World War, "hai"; `đường Vành đai II` a ring road (at1); a
# context word with a capital or a marked letter glued on (`Ithứ I`, `áthứ I`) is the context too: the runs rule
# parts it later in the reading; an alert's level (`mức III lên IV`, dz1: a volcano's, "i vê" went on air); a
# disease's grade (`ca nặng độ III, IV`, en1); a ward's block (`khối I phường Vĩnh Trại`, es1); a road axis
# (`đường trục I`, hh1); a military region (`Bộ Tư lệnh Quân khu I.`, hy2; `dân ca khu V.`, js2); an alarm's number
# (`Báo động số I`, ii1)
ROMAN_CONTEXT = re.compile(
    r"(?:(?<![^\W0-9_])|(?<=(?-i:[A-Z]))|(?<=[^\x00-\x7f])(?<=[^\W0-9_]))"
    r"(khóa|khoá|thế kỷ|thế kỉ|lần thứ|thứ|quý|kỳ|kì|phần|chương|mục|đại hội|giai đoạn|báo động số|báo động|báo đông"
    r"|đợt|cấp độ|cấp|lần|loại|nhóm|hạng|vùng|khu vực|phụ lục|chỉ số|quản lý đường bộ|thế chiến"
    r"|chiến tranh thế giới|vành đai|mức|độ|khối|đường trục|quân khu|khu)"
    r"[^\S\n]*(?:\(?[^\S\n]*|[-–—]"
    r"|(?:[^\S\n]*[IVX]+[^\S\n]*(?:,|và|hoặc|đến|lên))+[^\S\n]*)$",
    re.I,
)
LISTED_BEFORE = re.compile(r"(?:(?<![\w])[IVX]+[^\S\n]*(?:,|và|hoặc)[^\S\n]*)+$")  # `I, II, III, ` before the last
# `thôn Chu Lìn II`, `Trạm bơm Kênh Vàng II`: two letters or more of a well-formed numeral after a name's word
NAME_ROMAN = re.compile(r"X{0,3}(?:IX|IV|V?I{0,3})")
NAME_WORD_BEFORE = re.compile(r"[A-ZĐÂĂÊÔƠƯ][a-zđà-ỹ]+[^\S\n]+$")


# `Nhà Vua Tây Ban Nha, Felipe VI`, `Quốc vương Anh Charles III` (ef2, el1: 2 spans of 2): a monarch's or a pope's
# number is said the Sino-Vietnamese way, "Đệ lục", "Đệ tam", as the press says Napoleon's and Louis's
REGNAL_TITLE = re.compile(  # the title, then the name: words with capitals, a comma at most, its reading's last words
    r"\b((?i:vua|quốc vương|nữ hoàng|giáo hoàng|hoàng đế|thái tử))(?:[^\S\n]+[A-ZĐ]\w*)*(?:,[^\S\n]+[A-ZĐ]\w*)?"
    r"(?:[^\S\n]+[A-ZĐ]\w*)*(?:[^\S\n]+\w+)?[^\S\n]+$"
)
REGNAL = ("nhất", "nhị", "tam", "tứ", "ngũ", "lục", "thất", "bát", "cửu", "thập")
# `báo động I-II`, `cấp độ II - III` (et1): a range of numbered levels, "một đến hai"; the second was spelled "i i"
# the lines with a range: its dash first, a literal `re` scans for, where a class of three capitals was as slow as
# ROMAN_RANGE itself
ROMAN_RANGE_HINT = hint_of(
    *(rf"{dash}(?<=[IVX]{space}{dash})[^\S\n]?[IVX]" for dash in "-–" for space in ("", r"[^\S\n]"))
)
# the lines ROMAN_NUMERAL may match in: a numeral's each letter first, a literal, where ROMAN_NUMERAL opens on a class
ROMAN_LINES = hint_of(*(rf"{c}(?:(?<=[^\S\n]{c})|(?<=[(\-–—]{c}))(?=[IVXLC]*\b)" for c in "IVXLC"))
ROMAN_RANGE = re.compile(r"(?=[IVX])(?<![\w-])([IVX]{1,4})[^\S\n]?[-–][^\S\n]?([IVX]{1,4})\b(?!-)")
LETTER_GRADES = ("C", "L")  # `dự án nhóm C`, `bằng hạng C`: a lone C or L is a grade's letter, never 100 or 50
ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def counted_before(text: str, at: int) -> re.Match[str] | None:
    """The word that numbers what follows, just before `at` (`khóa`, `lần thứ`, `báo động`): a Roman numeral after
    it is a number, not letters; every rule that asks this looks at the same 24 characters, before the numerals
    listed after that word (`Cục Quản lý đường bộ I, II, III, IV`, ir1: the fourth was "i vê")."""
    listed = LISTED_BEFORE.search(text, max(0, at - 40), at)
    end = listed.start() if listed else at
    return ROMAN_CONTEXT.search(text, max(0, end - 24), end)


def _a_names_syllable(text: str, end: int, ctx: Context) -> bool:
    """The lone `I` ending at `end` opens a reading of the lexicon's (`I xra en`), its syllables whole after it."""
    return any(
        text.startswith(rest, end) and not text[end + len(rest) : end + len(rest) + 1].isalpha()
        for rest in ctx.lexicon.after_a_lone_i
    )


# `phường Hải Châu I, 239 Nguyễn Chí Thanh` (kc1), `ấp Hòa Tú I và Gia Hòa 1` (kb1): a place's kind, then its name of
# two capitalized words and a lone I, then a pause or "và": the place's number, "một", not an initial
PLACE_NAMED_BEFORE = re.compile(
    r"(?<!\w)(?:phường|xã|ấp|thôn|khu phố|khóm|tổ|khu)[^\S\n]+(?:[A-ZĐ][^\W0-9_]*[^\S\n]+){2}$"
)
LONE_I_ENDS = re.compile(r"(?=[,;.)]|[^\S\n]+và\b|[^\S\n]*$)", re.M)


def read_roman_numerals(text: str, ctx: Context) -> str:
    """`khóa XV`, `Quý II/2021`, `quý IV-2019`, `lần thứ IV`, `đợt IV`, `mục (II)`, `Phụ lục I`: Roman numerals only
    where context says so; a year joined to the numeral by a slash, a hyphen or a dot (`đợt I.2022`) is the
    period's year, "quý bốn năm"; read as a number the dot made "một. hai không hai hai".
    `thôn Chu Lìn II`: two letters or more of a numeral after a name number the place ("hai", not "i i"); a lone
    `I` or `V` after a name stays a letter (an initial, `V. I. Lê-nin`)."""

    def read(m: re.Match[str]) -> str:
        context, value = counted_before(text, m.start()), roman(m.group(1))
        if context is None and value is not None and value <= len(REGNAL) and _regnal(text, m.start()):
            return f"Đệ {REGNAL[value - 1]}"
        if value is None or m.group(1) in LETTER_GRADES or (context is None and not _counted(text, m)):
            return m.group(0)
        if m.group(1) == "I" and _a_names_syllable(text, m.end(), ctx):
            return m.group(0)  # `chế độ Iran` (hj2), read "I ran" by the lexicon: not "chế độ một ran"
        ordinal = context is not None and context.group(1).lower().endswith("thứ")
        words = read_ordinal(value, ctx.style) if ordinal else read_int(value, ctx.style)
        year = _year(m, ctx)
        return f"{words}{year}"

    def span(m: re.Match[str]) -> str:
        first, last = roman(m.group(1)), roman(m.group(2))
        if first is None or last is None or not counted_before(m.string, m.start()):
            return m.group(0)
        return f"{read_int(first, ctx.style)} đến {read_int(last, ctx.style)}"

    text = on_lines_with(ROMAN_RANGE_HINT, text, lambda line: ROMAN_RANGE.sub(span, line))
    return sub_on_hinted_lines(ROMAN_LINES, ROMAN_NUMERAL, read, text)


def _year(m: re.Match[str], ctx: Context) -> str:
    """`Quý II/2021` is "quý hai năm ..."; `lần II – 2014`, the year set off by a spaced dash, is after a pause."""
    if not m.group(3):
        return ""
    pause = "," if len(m.group(2)) > 1 else ""
    return f"{pause} năm {read_int(int(m.group(3)), ctx.style)}"


def _counted(text: str, m: re.Match[str]) -> bool:
    """`lần thức III` (dw1, "thứ" mistyped: "i i i" went on air): two or three I's are a numeral wherever they stand,
    no word or initial is written so; other numerals without a context word number a name (`thôn Chu Lìn II`)."""
    return m.group(1) in ("II", "III") or _named(text, m)


def _named(text: str, m: re.Match[str]) -> bool:
    numeral = m.group(1)
    near = NAME_WORD_BEFORE.search(text, max(0, m.start() - 12), m.start())
    if numeral == "I" and near is not None and PLACE_NAMED_BEFORE.search(text, max(0, m.start() - 40), m.start()):
        return LONE_I_ENDS.match(text, m.end()) is not None  # `phường Hải Châu I,` (kc1): the ward's number
    return len(numeral) > 1 and near is not None and NAME_ROMAN.fullmatch(numeral) is not None


def roman(numeral: str) -> int | None:
    total = 0
    for index, char in enumerate(numeral):
        value = ROMAN[char]
        following = ROMAN[numeral[index + 1]] if index + 1 < len(numeral) else 0
        total += -value if value < following else value
    return total if 0 < total < 400 else None


NUMERAL_GLUED = re.compile(r"(?<![^\W0-9_])([IVXLC]+)(?=[0-9])")


@digits_only
@on_lines_matching(r"I[0-9]", r"V[0-9]", r"X[0-9]", r"L[0-9]", r"C[0-9]")
def spell_numeral_letters_glued_to_numbers(text: str, ctx: Context) -> str:
    """`thứ I0h`: capitals that could be a Roman numeral, typed against a number the last rules part from them, are
    spelled ("i"), since parted and left as `I` a second reading would take them for a numeral after `thứ` (and the
    reading of a reading must not change)."""
    return NUMERAL_GLUED.sub(lambda m: ctx.lexicon.spell(m.group(1)), text)


# `(ii) Tuyến Long Vân`: a list's item numbered in small Roman letters in brackets, opening a line or following the
# colon or semicolon that opens or goes on with the list (`bao gồm: (i) Hộ dân cư`, cx2)
SMALL_ROMAN_ITEM = re.compile(r"(^[^\S\n]*|[:;][^\S\n]*)\((i{1,3}|iv|vi{0,3}|ix|x)\)[^\S\n]+", re.MULTILINE)


@on_lines_matching(r"\([ivx]{1,4}\)")  # the bracket first: a fast scan
def read_small_roman_items(text: str, ctx: Context) -> str:
    """`(i) Giá vé tích hợp …`, `(ii) Tuyến Long Vân …`: a fee list numbers its items in small Roman letters; the
    number is said, "Hai," (bu2), where `(ii)` was spelled "i i" and `(v)` "vê"."""

    def read(m: re.Match[str]) -> str:
        value = roman(m.group(2).upper())
        said = read_int(value, ctx.style) if value else ""
        return f"{m.group(1)}{said if m.group(1).strip() else said.capitalize()}, " if value else m.group(0)

    return SMALL_ROMAN_ITEM.sub(read, text)


def _regnal(text: str, at: int) -> bool:
    """A numeral after a monarch's or a pope's title and name (`Quốc vương Anh Charles III`); not a title's own
    next word (`Thái tử Iran`, jp1: the lexicon's "I ran" had its I read "Đệ nhất")."""
    title = REGNAL_TITLE.search(text, max(0, at - 60), at)
    return title is not None and bool(text[title.end(1) : at].strip())
