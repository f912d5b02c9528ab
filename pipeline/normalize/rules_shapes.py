"""Shapes that recur in notices from any site, whatever their words (issue 29, round 3).

Each rule is about a way of writing (a citation mark, two words run together by a web page, a comparison sign,
a virus subtype), not about a word of one text, so it holds for notices nobody has read yet.
"""

from __future__ import annotations

import re

from .context import Context
from .lines import digits_only, on_lines_matching, on_lines_with
from .numbers import read_int
from .rare import COMBINING, CYRILLIC, PICTOGRAPH, rare_only
from .rules_codes import PERSON
from .syllable import is_clustered, is_syllable

STRAY_MARKS = re.compile(rf"(?<![^\W0-9_])(?<![{COMBINING}])[{COMBINING}]+[^\S\n]?")  # a mark, no letter
# `[2]`, `[87], [89]`, `[3-5]` after a word: the references of an article copied from a site or a paper
# (`[01] Kỳ tính thuế` opening a line is a list's number).
# emoji, ✅, ‼, a list's `►`, `○` (hw2); one, then more: `[...]+` first would hide the class from `re`'s scan
PICTOGRAPHS = re.compile(f"[{PICTOGRAPH}][{PICTOGRAPH}]*[^\\S\n]?")
CITATIONS = re.compile(
    r"(?<=[^\W0-9_]|[.,;:!?)\"”])(?:[^\S\n]*,?[^\S\n]*\[[0-9]{1,3}(?:[^\S\n]*[-–,][^\S\n]*[0-9]{1,3})*\])+"
)
# A small letter then a capital inside one run of letters (`trướcBài`, `YênBái`): two words a page glued.
LOWER = "".join(c for c in map(chr, range(0x61, 0x1EFA)) if c.islower() and c.isalpha())
UPPER = "".join(c for c in map(chr, range(0x41, 0x1EFA)) if c.isupper() and c.isalpha())
GLUED_WORDS = re.compile(f"(?<![^\\W0-9_])([{UPPER}]?[{LOWER}]{{1,7}})([{UPPER}][{LOWER}]{{1,6}})(?![^\\W0-9_])")
MARKED = re.compile(r"[^\x00-\x7f]")
# `< cấp 6`, `> mức 3`: a level's word between the sign and its number (aj1 `Cường độ < cấp 6`); an alarm level
# (`(< BĐ1: 0.48m)`, gn1: the water under it)
# `DO>= 4 mg/l` (cl1): `>=`, `<=` typed for ≥, ≤ are said as those signs are (rules_marks.SYMBOLS); the = was left
COMPARISON = re.compile(
    r"(?<![<>=-])([<>]=?)(?![<>=])(?=[^\S\n]*(?:(?:cấp|mức|cỡ)[^\S\n]+)?[0-9]|[^\S\n]*(?:BĐ|báo\b))"
)
COMPARED = {"<": " dưới ", ">": " trên ", "<=": " nhỏ hơn hoặc bằng ", ">=": " lớn hơn hoặc bằng "}
# `H5N1`, `H7N9`, `A/H5N6`: a letter and a number, twice or more (a virus subtype); not `NT6` or `PC67`.
SUBTYPE = re.compile(r"(?<![\w/])(?:([A-Z])/)?((?:[A-Z][0-9]{1,2}){2,})(?![\w/])")
SUBTYPE_HINT = re.compile(r"[A-Z][0-9][0-9]?[A-Z]")
SUBTYPE_PART = re.compile(r"([A-Z])([0-9]{1,2})")
# `CMND/CCCD`, `THCS-THPT`: two abbreviations joined; the lexicon matches neither beside a slash or a hyphen.
# `CCCD/CMND/hộ chiếu`: a word after a further slash still ends the pair (the pause reads the rest)
JOINED = re.compile(
    r"([A-ZĐ](?<![\w/-][A-ZĐ])[A-ZĐa-z&]{1,7})([/-])([A-ZĐ][A-ZĐa-z&]{1,7})(?:(?![\w/-])|(?=/[A-ZĐ]?[a-zà-ỹđ]))"
)
JOINED_HINT = re.compile(r"[A-ZĐ][/-][A-ZĐ]")
JOINED_LINE = re.compile(r"[/-](?<=[A-ZĐa-z&][/-])[A-ZĐ]")  # JOINED's mark and its neighbours, the mark first
WEEKDAY = r"(?i:thứ)[^\S\n]+(?:[2-7]|hai|ba|tư|năm|sáu|bảy|bẩy)"
SUNDAY = re.compile(
    rf"(?=[tTC])\b(?:({WEEKDAY})[^\S\n]*([,/–-]|và|đến|tới|hoặc)[^\S\n]*)?CN\b"
    r"(?(1)|(?=[^\S\n]*[,(]?[^\S\n]*(?:ngày[^\S\n]+)?[0-9]{1,2}[/.-][0-9]{1,2}))"
)
# A letter before its number is short ("em"), but N keeps "en nờ" as the house guide spells it in codes: the
# annotators wrote "hát năm en nờ một" 8 times to 6, every batch since the guide (l1 on) "en nờ".
SHORT_LETTERS = {"m": "em", "l": "e lờ"}
# Round 6. `1.1. Xả nước thải`, `2.3.1 Đối tượng`: a section's number opening a line (a final dot, or three levels,
# tells it from a date `27.7 đến`); `3.Quỹ hỗ trợ`: a point's number glued to its first word.
# `P.106a`, `W.207b`, `R.302`: a road sign's code in QCVN 41 is its group's letter and three digits (a ward has two)
SIGN_CODE = re.compile(r"(?<![\w.])([PWRIS])\.([0-9]{3})([a-e])?(?![\w.])")
SIGN_LETTERS = {"P": "pê", "W": "vê kép", "R": "e rờ", "I": "i", "S": "ét"}
# `trẻ 5T`, `NT- 4T`: a child's age; `từ 1,5T`, `xe 10T`: a load in tons
AGE_OR_TONS = re.compile(r"(?<![\w.,])([0-9]{1,2}(?:,[0-9]{1,2})?)T(?![\w.])")
CHILD_BEFORE = re.compile(r"(?<!\w)(?:trẻ|cháu|bé|NT|MG)[^\w\n]{0,3}$")
# `Bước 2.1`, `Mục 4.1`: a numbered part of a guide or a plan, its numbers parted by dots (no Vietnamese decimal)
SECTION_WORDS = ("[Bb]ước", "[Mm]ục", "[Pp]hần", "[Đđ]iều", "[Cc]hương", "[Pp]hụ lục", "[Tt]iêu chí", "[Cc]hỉ tiêu")
SECTION_NUMBER = re.compile(  # the digit first, then a dot ahead, its word looked for behind it: a scan in C
    r"[0-9](?=[0-9]?\.[0-9])(?:" + "|".join(rf"(?<=(?<![^\W0-9_]){w}[^\S\n][0-9])" for w in SECTION_WORDS) + r")"
    r"[0-9]?(?:\.[0-9]{1,2})+\b(?![.,]?[0-9]|[^\S\n]*(?:%|triệu|tỷ|nghìn))"
)
SECTION = re.compile(
    r"^([^\S\n]*)(?:([0-9]{1,2}(?:\.[0-9]{1,2})+)\.|([0-9]{1,2}(?:\.[0-9]{1,2}){2,}|[0-9]{1,2}\.[0-9]{1,2}(?=[^\S\n]+[A-ZĐ]))"
    r"|([0-9]{1,2})\./?(?=[A-ZĐ][a-zđà-ỹ]))"
    r"(?![0-9.,/])[^\S\n]*",
    re.MULTILINE,
)
# `tuyển sinh1.1. Hình thức`: a web page ran a heading's last word into the next section's number
GLUED_SECTION = re.compile(
    rf"([0-9](?<=[{LOWER}][0-9])[0-9]?(?:\.[0-9]{{1,2}})+)\.(?=[^\S\n]+[{UPPER}])"
)  # the digit first
# `TS. Đặng Thị Thanh Huyền` is a doctor, `các TS dự thi` candidates: the next word tells which. After a hyphen
# (`PGS-TS`) it is part of a title the lexicon holds.
DOCTOR = re.compile(rf"T[Ss](?<![\w.-]T[Ss])\.?[^\S\n]+(?=[{UPPER}](?:[{LOWER}]|[{UPPER}]+[^\S\n]+[{UPPER}]))")
CANDIDATE = re.compile(r"TS(?<![\w.]TS)\b(?![.\-/&]\w)")
COUNT_BEFORE = re.compile(
    r"(?:\b(?i:các|những|mỗi|số|cho)|(?<![0-9][0-9][0-9])[0-9])[^\S\n]+$"
)  # `QNg 90424 TS`: a boat
EXAM_VERB_AFTER = re.compile(r"[^\S\n]+(?:dự|đăng|trúng|đạt|thi|được|phải|có|không|tự|nộp|xét|ưu)\b")
# `H'Hen Niê`, `K'Ho`, `M'Nông`, `Cư M'gar`, `Ea H'leo`, `Đắk R'lấp`: a consonant and an apostrophe before a name
# is the syllable "Hơ", "Kơ", "Mơ" of Ê Đê, Jrai, K'Ho and M'Nông names, as Vietnamese writes them out (Kơ Ho, Mơ
# Nông, Mơ ga); the apostrophe is no pause, and the letter after it may be small (place names often write it so).
APOSTROPHE_NAME = re.compile(r"([BCDĐGHKLMNPRSTVX])(?<![\w'’].)['’](?=[A-ZĐ]|[bcdđghjklmnprstvx])")  # Jrai j: H’juh
# `Cha’lăng`: between two syllables of a highland name the apostrophe parts them (av1); glued, the voice ran them on
SYLLABLE_APOSTROPHE = re.compile(rf"(?<![\w'’])([{UPPER}][{LOWER}]{{1,6}})['’]([{LOWER}]{{2,7}})(?![\w'’])")
# `Ea H'leo`, `Ea Kar`, `Ea Súp`: "Ea" (water, river in Ê Đê) opens hundreds of Đắk Lắk place names; it is the
# two syllables "e a", which the voice otherwise runs together as one English-sounding "ea".
EA_NAME = re.compile(rf"([EI])a(?<![\w'’][EI]a)(?=[^\S\n]+[{UPPER}])")  # `Ea Súp`, Jrai `Ia Grai`: water
# `Niê Kdăm`, `Mlô`: a name opening with two consonants no Vietnamese syllable opens with; the first is its own
# syllable "Kơ", "Mơ" before a syllable the voice reads; only the consonants these names open with (`Xcốt len`,
# `Crít` are Vietnamese spellings of foreign names).
# Not on a Vietnamese onset (`Nguyễn`, `Khu`: 3,308 of 3,434 hits in the bench's notices), which it leaves as is
CLUSTER_NAME = re.compile(
    rf"([BDĐHKMNR])(?<![\w'’.].)(?!(?<=K)h|(?<=N)[gh]|ch|gh|gi|kh|ng|nh|ph|th|tr)([bcdđghklmnprstvx][{LOWER}]{{1,5}})(?![\w'’])"
)
# `Y Ngông`, `Y Moan`: the men's name word of the Ê Đê and Jrai, the syllable "y" ("i"), no initial to spell.
NAME_WORD_Y = re.compile(rf"Y(?<![\w.'’]Y)(?=[^\S\n]+[{UPPER}][{LOWER}])")
PERSON_WORD_BEFORE = re.compile(rf"(?<!\w)(?i:{PERSON}|đồng chí|thầy)[^\S\n]+$")
VIETNAMESE_ONSETS = ("ch", "gh", "gi", "kh", "ng", "nh", "ph", "th", "tr")


def drop_citation_marks(text: str, ctx: Context) -> str:
    """`đô la [2], [3].`, `dân tộc[1].`: reference numbers of a copied article are for the eye; read aloud they
    are numbers out of nowhere ("đô la, hai, ba")."""
    return CITATIONS.sub("", text) if "[" in text else text


@rare_only
def drop_pictographs(text: str, ctx: Context) -> str:
    """`✅✅Khi trẻ`, `🔹Ngày 13/06`: pictographs pasted from social pages are for the eye; the voice has no word
    for them and a symbol left in a script is a miss, so they go, with the space after them."""
    return PICTOGRAPHS.sub("", text) if not text.isascii() else text


@rare_only
@on_lines_matching(f"[{COMBINING}]")
def drop_stray_marks(text: str, ctx: Context) -> str:
    """`Giao du ̣c tinh ̉`: text copied out of a PDF can lose its tone marks' letters, leaving combining marks after a
    space; no voice can say a mark alone (`bench.real_corpus` counted 82 of them in one such letter), so they go.
    A mark right after its letter is composed with it when the file is read (NFC) and never reaches this rule."""
    return STRAY_MARKS.sub("", text) if not text.isascii() else text


# Cyrillic letters drawn as Latin ones, as a page's text may carry them (`Тổng thống`, bv2)
CYRILLIC_TWINS = str.maketrans("АВЕКМНОРСТХаеорсухіІ", "ABEKMHOPCTXaeopcyxiI")
CYRILLIC_LETTER = re.compile(f"[{CYRILLIC}]")
MIXED_WORD = re.compile(f"[^\\W0-9_]*[{CYRILLIC}][^\\W0-9_]*")


@rare_only
def latin_lookalikes(text: str, ctx: Context) -> str:
    """`thắng cử Тổng thống Indonesia` (bv2): a word of Latin letters holding a Cyrillic twin of one (Т for T) is read
    with the Latin letter; the voice took the Cyrillic one for Russian, and the strict check counts the word
    unspeakable. A word all in Cyrillic is Russian and stays."""
    if not CYRILLIC_LETTER.search(text):
        return text
    return MIXED_WORD.sub(lambda m: _latin(m.group(0)), text)


def _latin(word: str) -> str:
    twin = word.translate(CYRILLIC_TWINS)
    return (
        twin
        if not CYRILLIC_LETTER.search(twin) and twin != word and any(c.isascii() or c > "\u04ff" for c in word)
        else word
    )


@on_lines_matching(f"[{UPPER}](?<=[{LOWER}][{UPPER}])")  # the capital first: rarer than a small letter
def split_glued_words(text: str, ctx: Context) -> str:
    """`5 giờ trướcBài gốc`, `YênBái`: a web page's line break lost, two Vietnamese words run together; apart,
    each is a syllable the voice reads. Only when both are syllables and one has a Vietnamese mark, or the first is
    a Vietnamese word with its marks before a name with its own (`huyệnKrông Năng`, aw1): `iPhone`, `TikTok`, `eKYC`
    are names and stay whole, and so does `áIhh` (apart, its Latin half would be read only by a second pass)."""

    def split(m: re.Match[str]) -> str:
        first, second = m.groups()
        ok = (
            is_syllable(first)
            and (is_syllable(second) or (bool(MARKED.search(first)) and not second.isascii()))
            and bool(MARKED.search(first + second))
        )
        # parted, a highland name is read as that rule reads it (`áBsố` -> "á Bơ số"): a second pass changes nothing
        return f"{first} {read_highland_names(second, ctx)}" if ok else m.group(0)

    return GLUED_WORDS.sub(split, text)


@digits_only
@on_lines_matching("<", ">")
def read_comparisons(text: str, ctx: Context) -> str:
    """`trẻ 5 tháng đến < 1 tuổi`, `> 30%`: a sign before an amount is a word ("dưới", "trên"); dropped, the
    sentence says the opposite of what it means (`< 1 tuổi` heard as "một tuổi")."""
    return COMPARISON.sub(lambda m: COMPARED[m.group(1)], text) if "<" in text or ">" in text else text


@digits_only
def read_subtypes(text: str, ctx: Context) -> str:
    """`cúm A/H5N6`, `H5N1`: a virus subtype is its letters and their numbers, "a hát năm en nờ sáu"; the general
    rules read the digits inside a word and leave the letters glued ("HnămNsáu")."""

    def read(m: re.Match[str]) -> str:
        parts = [_letter(letter, ctx) + " " + read_int(int(n), ctx.style) for letter, n in SUBTYPE_PART.findall(m[2])]
        return " ".join([*([_letter(m[1], ctx)] if m[1] else []), *parts])

    return SUBTYPE.sub(read, text) if SUBTYPE_HINT.search(text) else text


def _letter(letter: str, ctx: Context) -> str:
    return SHORT_LETTERS.get(letter.lower()) or ctx.lexicon.spell(letter)


def part_joined_abbreviations(text: str, ctx: Context) -> str:
    """`số CMND/CCCD`, `THCS-THPT`: two abbreviations the lexicon knows, joined by a slash or a hyphen, are read
    each in full with a pause between, not spelled ("xê xê xê dê"). A joined form the lexicon has itself
    (`CBCCVC-LĐ`) is its entry; a document's symbol (`QĐ-UBND`) is read before, with its number."""

    def part(m: re.Match[str]) -> str:
        first, _, second = m.groups()
        known = ctx.lexicon.exact.get(first) and ctx.lexicon.exact.get(second)
        return f"{first}, {second}" if known and not ctx.lexicon.lookup(m.group(0)) else m.group(0)

    joined = ("/" in text or "-" in text) and JOINED_HINT.search(text)  # `in` first: a scan in C, no regex
    return on_lines_with(JOINED_LINE, text, lambda line: JOINED.sub(part, line)) if joined else text


def read_sundays(text: str, ctx: Context) -> str:
    """`từ thứ 2 đến CN`, `Thứ 7, CN`, `CN (05/3)`: beside a weekday or before a date, CN is "chủ nhật";
    `Thứ 2 - CN` is a span of days, "thứ hai đến chủ nhật".

    Elsewhere CN is also cử nhân, công nhân, công nghệ or công nghiệp, so it has no lexicon line and stays
    spelled; only the company it keeps says which it is.
    """
    return SUNDAY.sub(_sunday, text) if "CN" in text else text


def _sunday(m: re.Match[str]) -> str:
    if not m.group(1):
        return "chủ nhật"
    joint = " đến " if m.group(2) in "-–" else (", " if m.group(2) in ",/" else f" {m.group(2)} ")
    return f"{m.group(1)}{joint}chủ nhật"


@on_lines_matching(r"\.(?<=[0-9]\.)")
def read_section_numbers(text: str, ctx: Context) -> str:
    """`1.1. Xả nước thải`, `2.3.1 Đối tượng`: a section's number is its numbers joined by "chấm", "một chấm một",
    as every annotator read it, then a pause; read by the number rules it became "một phẩy một", a decimal.
    `3.Quỹ hỗ trợ`, a point's number glued to its word, is read as a numbered point is ("Ba, Quỹ"), `1./Khách` too.
    `tuyển sinh1.1. Hình thức`, a section's number glued to the word before it, opens a section all the same;
    `2.1 Quy Trình`, two numbers opening a line before a capital, is one too (no decimal is written with a dot).
    Inside a line, after the word for a step or a part: `Bước 2.1: Chọn Căn cước` "Bước hai chấm một" (ax2)."""
    if "." not in text:
        return text
    text = GLUED_SECTION.sub(lambda m: f". {_chained(m.group(1), ctx)},", text)
    text = SECTION_NUMBER.sub(lambda m: _chained(m.group(0), ctx), text)
    return SECTION.sub(lambda m: _section(m, ctx), text)


def _section(m: re.Match[str], ctx: Context) -> str:
    number = m.group(2) or m.group(3)
    if not number:
        return f"{m.group(1)}{read_int(int(m.group(4)), ctx.style).capitalize()}, "
    return f"{m.group(1)}{_chained(number, ctx).capitalize()}, "


def _chained(number: str, ctx: Context) -> str:
    return " chấm ".join(read_int(int(part), ctx.style) for part in number.split("."))


def read_doctors_and_candidates(text: str, ctx: Context) -> str:
    """`TS. Đặng Thị Thanh Huyền` is "tiến sĩ", `các TS dự thi`, `25 TS` are "thí sinh": TS has both readings (the
    lexicon leaves it out), and the words around it say which, a person's name after it or a count before it.
    Anywhere else it stays spelled and `loa lint` names it."""
    if "TS" not in text and "Ts" not in text:
        return text
    text = DOCTOR.sub("tiến sĩ ", text)

    def candidate(m: re.Match[str]) -> str:
        counted = COUNT_BEFORE.search(text, max(0, m.start() - 8), m.start())
        return "thí sinh" if counted or EXAM_VERB_AFTER.match(text, m.end()) else m.group(0)

    return CANDIDATE.sub(candidate, text) if "TS" in text else text


def read_highland_names(text: str, ctx: Context) -> str:
    """`H'Hen Niê`, `Y Ngông Niê Kdăm`, `M'Nông`: names of the Central Highlands peoples open with a syllable
    written as one consonant ("Hơ", "Kơ"); without its vowel the voice spells the letter ("hát") or stumbles.
    Ê Đê place names open with "Ea" (water), two syllables "e a", Jrai ones with "Ia", "i a" (6 spans to 2).
    A man's name opens with the word Y, said "i", which the initials rule would spell "i dài" after "ông"."""
    if "'" in text or "’" in text:
        text = SYLLABLE_APOSTROPHE.sub(_parted_syllables, APOSTROPHE_NAME.sub(r"\1ơ ", text))
    if "Ea " in text or "Ia " in text:
        text = EA_NAME.sub(lambda m: f"{m.group(1).lower()} a", text)
    if "Y " in text:
        text = NAME_WORD_Y.sub(
            lambda m: "y" if PERSON_WORD_BEFORE.search(text, max(0, m.start() - 12), m.start()) else "Y", text
        )
    return CLUSTER_NAME.sub(_cluster_name, text)


def _parted_syllables(m: re.Match[str]) -> str:
    first, second = m.groups()
    both = is_syllable(first.lower()) and is_syllable(second) and not (first + second).isascii()
    return f"{first} {second}" if both else m.group(0)  # `Cha’lăng`, not an English `Don’t` or `Ma’am`


def _cluster_name(m: re.Match[str]) -> str:
    first, rest = m.groups()
    vietnamese = (first.lower() + rest[0]) in VIETNAMESE_ONSETS or rest[:2].lower() in VIETNAMESE_ONSETS
    european = first == "B" and rest[0] in "rl"  # `Blích`, `Brê`: Vietnamese spelling of a foreign name
    said = is_clustered(m.group(0))  # `Krông`: the voice says kr as one cluster, as the annotators write it (8 of 9)
    if vietnamese or european or said or not is_syllable(rest) or not MARKED.search(rest):
        return m.group(0)  # `Ksor`, `Rmah` without marks are guessed with the foreign words, letter by sound
    return f"{first}ơ {rest}"


@digits_only
@on_lines_matching(r"\.(?<=[PWRIS]\.)[0-9]")
def read_sign_codes(text: str, ctx: Context) -> str:
    """`Biển báo cấm ô tô tải P.106a`: a road sign's code is its letter, its number and its variant, "pê một trăm linh
    sáu a"; read as an address it became "phường một trăm linh sáu a"."""
    return SIGN_CODE.sub(lambda m: f"{SIGN_LETTERS[m.group(1)]} {m.group(2)} {m.group(3) or ''}".rstrip(), text)


@digits_only
@on_lines_matching(r"T(?<=[0-9]T)")
def read_ages_and_tons(text: str, ctx: Context) -> str:
    """`75.000đ/tháng/trẻ 5T`: after a child a "T" glued to a number is its age, "năm tuổi"; `từ 1,5T trở lên`, a
    decimal, can only be a load, "tấn". Spelled, "năm tê" meant nothing; any other `5T` is left to the code rules."""

    def read(m: re.Match[str]) -> str:
        if CHILD_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            return f"{m.group(1)} tuổi"
        return f"{m.group(1)} tấn" if "," in m.group(1) else m.group(0)

    return AGE_OR_TONS.sub(read, text)
