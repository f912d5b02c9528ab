"""Rules for markup, abbreviations, addresses and punctuation.

Each rule is a small `(text, ctx) -> text` function; `normalize.RULES` gives
their order. Every docstring says why the rule exists. Rules run on a whole
text at once (one regex pass instead of one per line), so they never join
lines: `[^\\S\\n]` is "whitespace within a line" and anchors use MULTILINE.
"""

from __future__ import annotations

import re

from .context import Context
from .definitions import DEFINITION as ABBREVIATION_DEFINITION
from .definitions import defined_words
from .lines import digits_only, hint_of, on_hinted_lines, on_lines_matching, on_lines_with
from .numbers import read_int
from .rules_capitals import UPPER
from .syllable import is_syllable

# `Nga-Ukraine`: the capital opens the pattern (a scan in C), the look-behind checks the character before it
HYPHENED_NAMES = re.compile(r"[A-ZĐ](?<![\w-][A-ZĐ])[^\W0-9_]*(?<=[a-zà-ỹ])(?:-[A-ZĐ][^\W0-9_]*)+(?![\w-])")
NEXT_WORD = re.compile(r"[^\S\n]+([^\W0-9_]+)")
# `EU-Ukraine`, `ASEAN-Ấn Độ`: initials, a hyphen, a name opening in a capital (looked at in Python)
BODY_AND_NAME = re.compile(r"(?<![\w.-])([A-ZĐ]{2,})-(?=([^\W0-9_]+))")  # not an address's `VOV.VN-Dự`
# emphasis hugs its words (`**Lưu ý**`); stars with spaces inside are signs (`60.000đ * ½ tháng *100%`, jd2)
MARKUP = re.compile(r"\*\*{0,2}(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*{1,3}|<((?:https?://|mailto:)?[^<>\s]+\.[^<>\s]+)>")
END_MARK = re.compile(r"[^\S\n]*\./\.[^\S\n]*$", re.MULTILINE)
END_MARK_HINT = re.compile(r"\./\.")
# `b. Các sông`: a letter and a dot mark a point only before a capital (`a. m.` is no point)
LIST_MARKER = re.compile(rf"[^\S\n]*(?:[-+*•–]|([a-zđ])(?:\)|\.(?=[^\S\n]+[{UPPER}]))|([0-9]{{1,2}})[.)])[^\S\n]+")
# the same after a line break: a `\n` first is found by a fast scan, where `^` (MULTILINE) is tried at every position
MARKED_LINE = re.compile(r"\n" + LIST_MARKER.pattern)
HYPHENED_WORDS = re.compile(r"[^\W0-9_]+(?:-[^\W0-9_]+)+")  # `Hà Tĩnh-Quảng Bình`: words joined by hyphens
WORD_HYPHEN = re.compile(r"-(?<=[^\W0-9_]-)(?=[^\W0-9_])")  # "-" first: a fast scan
CAPS = re.compile(r"(?=[A-ZĐ])(?<![\w])[A-ZĐ][A-ZĐa-z&]*[A-ZĐ][A-ZĐa-z&]*(?:-[A-ZĐ][A-ZĐa-z&]*)*(?![\w])")
# `điểm d khoản 1`, `điểm b, c và đ khoản 2`: a law's points are lowercase letters, listed after "điểm"
POINT_LETTERS = re.compile(r"iểm ([a-zđ](?:(?:,[^\S\n]*|[^\S\n]+(?:và|hoặc)[^\S\n]+)[a-zđ])*)(?![\w])")
CONSONANT = re.compile(r"(?<!\w)[^\W0-9aeiouy](?!\w)")  # one letter alone, not a vowel
LONE_LETTER = re.compile(r"([BCDĐFGHJKLMNPQRSTVWXZ])(?<![\w].)(?![\w])")  # not `H5N1`
OTHER_SPACES = ("\t", "\r", "\xa0", "\u2009", "\u202f", "\u3000", "\f", "\v")
LINE_EDGES = " ,-–—+•"  # what a line may not start or end with once read
MARK_PAIRS = hint_of(*(re.escape(pair) for pair in ("..", ".,", ",.", ",,", "!,", "?,", ",!", ",?")))
GLOSS = re.compile(r"\(([^()\n]{2,40})\)")
NAME_INITIAL = re.compile(r"^\w\.[^\S\n]?(?=\w)")  # a gloss of a name opens on its first name's initial
TRAILING_NUMBER = re.compile(r"[0-9](?<![0-9.,][0-9])[0-9]{0,3}$")  # the digit first: a scan in C
YEAR_GLOSS = re.compile(
    r"\([A-ZĐ][A-ZĐ&]{1,9}[^\S\n]+((?:19|20)[0-9][0-9])\)"
)  # `năm 2019 (TĐT 2019)`: the bracket first
# `đuôi .apk`, `tên miền ".xyz"`, `.cc;.xyz;.ml` (a list of endings)
FILE_EXTENSION = re.compile(r"(?:(?<=[^\S\n])|(?<=[\"“‘])|(?<=[a-z][;,]))\.([a-z]{2,4})\b")
# `“vào khoảng tháng 8″` (ap2): a double prime or a low quote closing a quotation is a quote, never read
# `'Giọt hồng Xứ Thanh'` (cj1): a straight apostrophe not between two letters quotes a title; `H'Mông` keeps its own
QUOTE_APOSTROPHE = re.compile(r"'(?:(?<![^\W0-9_]')|(?![^\W0-9_]))")
SILENT_MARKS = re.compile(r"[\"“”‘’«»*_#<>′″„‟‹›®™]")  # `Samsung®`: a trademark's sign is not read
GLUED_QUOTE = re.compile(r"[\"“”](?<=\w.)(?=\w)")  # `nữa”Tehran` (hj2): a quote between two words parts them
QUOTES = hint_of(*'"“”')  # GLUED_QUOTE's lines: three scans for a literal
# Marks whose reading depends on their neighbours; each branch opens with its literal mark, so the regex engine
# scans for those few characters instead of trying the pattern at every position (speed).
PAUSE_MARKS = re.compile(r"\.\.\.(?:\.\.\.|…)*|…(?:\.\.\.|…)*|-[-–—]*|–[-–—]*|—[-–—]*|\+")
# `sau: • Sông Ngàn Sâu`, `chuồng trại. • Bổ sung`: a bullet inside a line (a list a page ran together) is a pause
# `© REUTERS` (hj2), `© 2016 Copyright by VNPT`: a photo's or a page's rights, "bản quyền" as annotators said it
# `{mã số bảo hiểm xã hội}` (jk2): braces mark a field of an SMS's syntax, said as brackets are
PAUSE_WORDS = (("&", " và "), ("©", " bản quyền "), *((mark, ", ") for mark in "()[]{};:/|•"))
WORD_DIGIT_HYPHEN = re.compile(r"-(?:(?<=[^\W0-9_]-)(?=[0-9])|(?<=[0-9]-)(?=[^\W0-9_]))")  # "-" first: a fast scan


@on_lines_matching(r"\*", "<")
def strip_markup(text: str, ctx: Context) -> str:
    """Markdown emphasis and <url> brackets are layout, not words."""
    return MARKUP.sub(lambda m: m.group(1) or m.group(2), text)


def drop_end_marks(text: str, ctx: Context) -> str:
    """`./.` closes official letters; a voice would read "chấm gạch chéo chấm"."""
    return on_lines_with(END_MARK_HINT, text, lambda line: END_MARK.sub(".", line))


# Web pages carry dashes and hyphens of other code points, and marks the eye never sees: each to the mark every
# rule reads (`15 ‑ 29 tháng Chạp` with U+2011 was left unread, av2; `15\xad/3`, a soft hyphen, parted a date)
INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"  # soft hyphen, zero-width space and joiners, word joiner, BOM
WEB_MARKS = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2012": "–", "\u2015": "—", **dict.fromkeys(INVISIBLE)})
WEB_MARK_CHARS = f"\u2010\u2011\u2012\u2015{INVISIBLE}"


def fold_lookalike_letters(text: str, ctx: Context) -> str:
    """`Ðài Thơm 8`: the Icelandic Ð (U+00D0) looks like Đ but no Vietnamese rule or voice knows it. A hyphen,
    non-breaking hyphen, figure dash or horizontal bar is the hyphen or dash it looks like; a soft hyphen or a
    zero-width mark (shown as nothing) is nothing: each was read as a mark no rule knew, or left (av2). Two apostrophes
    are one quote (`'' cò mồi''`, ay2). Each looked for with `in`, a scan in C: most texts have none."""
    if "Ð" in text or "ð" in text:
        text = text.replace("Ð", "Đ").replace("ð", "đ")
    if "''" in text:
        text = text.replace("''", '"')
    return text.translate(WEB_MARKS) if any(mark in text for mark in WEB_MARK_CHARS) else text


MINUS_AS_DASH = re.compile(r"(?<=[0-9])−(?=[0-9])|−(?![0-9])")


def fold_minus_dashes(text: str, ctx: Context) -> str:
    """`ngày 1−12`, `Hà Nội − Việt Nam`: a minus sign (U+2212) typed where a dash belongs, between two numbers or
    before a word, is that dash; read as a minus, the first of December became "một âm mười hai" (a sign error,
    batch aa2). Before a number after a space it stays the minus it is (`−7°C`)."""
    return MINUS_AS_DASH.sub(_dash_for, text) if "−" in text else text


def _dash_for(m: re.Match[str]) -> str:
    return "-" if m.start() and m.string[m.start() - 1].isdigit() else "–"  # a hyphen between numbers


# `Nga-Ukraine`, `Dương-NATO`, `EU-Ukraine`; not `UBND-VP`: a small letter before, or one after
@on_lines_matching(r"-(?<=[a-zà-ỹ]-)[A-ZĐ]", r"-(?<=[A-ZĐ]{2}-)[^\W0-9_](?![A-ZĐ])[^\W0-9_]")  # a titled name after
def part_country_pairs(text: str, ctx: Context) -> str:
    """`xung đột Nga-Ukraine`, `quan hệ Ukraine-Nga`: a Vietnamese name joined by a hyphen to a name of the foreign
    table is two names; as one token the table's reading was not found and "Ukraine" was guessed "u cờ rai nê"
    (ap2); so are two names of that table (`thượng đỉnh Putin-Trump`, bm2: "Trump" had been guessed "trum").
    `Ouest-France` (no Vietnamese syllable in it, neither in the table) stays one name. A chain of three
    (`hiệp định Mỹ-Mexico-Canada`, dr2) is parted alike: each name in the table or a syllable, one in the table;
    and a body's initials the lexicon holds before a name (`thượng đỉnh EU-Ukraine`, ez1; `ASEAN-Australia`, ex1;
    `Năm du lịch ASEAN-Ấn Độ`, fp2: the lexicon takes no entry before a hyphen, so ASEAN was spelled), unless the
    pair is an entry (`TT-Huế`); before a name outside the table, after a place's kind (`TP-Hồ Chí Minh`), a space."""

    def part(m: re.Match[str]) -> str:
        if m.group(0).lower() in ctx.lexicon.folded:
            return m.group(0)  # one name of the table (`Saffir-Simpson`, a scale: no pause, 4 spans of 5)
        names = m.group(0).split("-")
        known = [name.lower() in ctx.lexicon.folded for name in names]
        after = NEXT_WORD.match(m.string, m.end())  # `Australia-New Zealand` (go2): a name of two words after it
        known[-1] = known[-1] or (after is not None and f"{names[-1]} {after.group(1)}".lower() in ctx.lexicon.folded)
        if any(known) and all(k or is_syllable(name) for k, name in zip(known, names, strict=True)):
            return ", ".join(names)  # a pause between them, as every annotator put one (10 spans of 10)
        return m.group(0)

    def after_body(m: re.Match[str]) -> str:
        letters, name, reading = m.group(1), m.group(2), ctx.lexicon.exact.get(m.group(1))
        titled = name[0].isupper() and name[1:].islower()
        if reading is None or not titled or f"{letters}-{name}" in ctx.lexicon.exact:
            return m.group(0)
        return f"{letters}, " if name.lower() in ctx.lexicon.folded or not reading[:1].islower() else f"{letters} "

    return BODY_AND_NAME.sub(after_body, HYPHENED_NAMES.sub(part, text))


def read_list_markers(text: str, ctx: Context) -> str:
    """`- `, `+ ` at the start of a line are layout, never read aloud; `1.` and `2)` are read "Một, ", `b)` "bê, ".

    A numbered point is part of what a notice says: three annotators who never saw each other's work all read
    `1. Thời gian: ...` as "Một, Thời gian, ..." (the number, then a pause), as an announcer counts the points; a
    lettered point `a)` of a decision or a plan is read by its letter's name, "a, Khi công dân…" (8 spans of 8, in
    batches e2, o2, r2, t2 and ae2; round 33), and so is `b.` before a capital (5 spans of 5; round 237).
    """
    head = LIST_MARKER.match(text)
    if head:
        text = _list_number(head, ctx) + text[head.end() :]
    return MARKED_LINE.sub(lambda m: "\n" + _list_number(m, ctx), text)


def _list_number(m: re.Match[str], ctx: Context) -> str:
    letter, number = m.group(1), m.group(2)
    if letter:
        return f"{ctx.lexicon.spell(letter.upper())}, "
    return f"{read_int(int(number), ctx.style).capitalize()}, " if number else ""


def drop_abbreviation_definitions(text: str, ctx: Context) -> str:
    """`Trung tâm y tế (TTYT)`: the letters only abbreviate the words just said; reading both repeats them. So do
    the letters with the year just said (`Tổng điều tra … năm 2025 (TĐTNN 2025)`, bb2 and be2: 2 spans of 2)."""
    text = YEAR_GLOSS.sub(_year_gloss, text) if "(" in text else text
    return ABBREVIATION_DEFINITION.sub(lambda m: m.group(0) if defined_words(text, m) is None else "", text)


def _year_gloss(m: re.Match[str]) -> str:
    """The letters with the year just said are dropped; with another year they are a name of their own."""
    return "" if m.string[max(0, m.start() - 6) : m.start()].strip().endswith(m.group(1)) else m.group(0)


def drop_repeated_glosses(text: str, ctx: Context) -> str:
    """`đường liên kết (link)` once the loanword is read: a bracket that repeats the words before it is dropped; so
    is a number restated in words (`02 (hai) ngày`, eb2 twice, and `03 (ba) môn`, ea1: "hai, hai, ngày" was heard),
    and a unit's symbol after its hyphened word (`héc-ta (ha)`, et2 and fh2: "héc ta, héc ta")."""

    def drop(m: re.Match[str]) -> str:
        said = text[max(0, m.start() - 60) : m.start()].lower().rstrip(" ,").replace("-", " ")  # `héc-ta (ha)`, fh2
        gloss = NAME_INITIAL.sub("", m.group(1).lower().strip()).replace("-", " ")  # `(M.Pô-đô-li-ắc)`, ei1
        number = TRAILING_NUMBER.search(said)
        restated = number is not None and read_int(int(number.group(0)), ctx.style) == gloss
        return "" if said.endswith(gloss) or restated else m.group(0)

    return GLOSS.sub(drop, text) if "(" in text else text


@on_lines_matching(r"\.(?<=[\s\"“‘;,]\.)[a-z]{2}")
def read_file_extensions(text: str, ctx: Context) -> str:
    """`file có đuôi .apk`: an extension is "chấm" and its letters, not a sentence end and a word. So is a domain
    ending in quotes, `đuôi tên miền ".xyz"` (af1): the quote goes silent and left "tên miền.xyz", a word glued. An
    ending addresses say as a word is read as in an address (`.com` "chấm com", the guide's reading). A list of
    endings, `.cc;.xyz;.ml` (ap1), is read ending by ending."""
    return FILE_EXTENSION.sub(lambda m: "chấm " + (ctx.web.get(m.group(1)) or ctx.lexicon.spell(m.group(1))), text)


def apply_lexicon(text: str, ctx: Context) -> str:
    """Abbreviations and loanwords from the lexicon (UBND, Zalo, COVID, 5K...)."""
    return ctx.lexicon.replace(text)


@digits_only
@on_lines_matching(r"-")
def split_word_digit_hyphens(text: str, ctx: Context) -> str:
    """`COVID-19` and `F0-F1`: the hyphen joins a name to a number; it is not "trừ"."""
    return WORD_DIGIT_HYPHEN.sub(" ", text)


@on_lines_matching(r"[A-ZĐ][A-ZĐa-z&]*[A-ZĐ]")
def spell_capitals(text: str, ctx: Context) -> str:
    """Abbreviations the lexicon lacks are spelled with Vietnamese letter names (`VHXX-TT` too)."""
    return CAPS.sub(lambda m: ctx.lexicon.spell_initialism(m.group(0)), text)


@on_lines_matching(r"[BCDĐFGHJKLMNPQRSTVWXZ](?!\w)")
def spell_lone_letters(text: str, ctx: Context) -> str:
    """`khóm Tân Đông B`, `các lô H, K, L`: a consonant standing alone is a letter, said by its Vietnamese name
    ("bê", "ca", "e lờ"); the voice would otherwise say an English name or nothing. Vowels read as themselves
    and `Y` is the word of `Y tế`. It runs after `codes.read_initials`, which reads `chị N. T` and `bà P.T.C.`."""
    return LONE_LETTER.sub(lambda m: ctx.lexicon.spell(m.group(1)), text)


@on_lines_matching(r"iểm [a-zđ](?!\w)")  # a letter alone after it: `kiểm tra`, `điểm thi` are no points
def spell_point_letters(text: str, ctx: Context) -> str:
    """`điểm d khoản 1 Điều 2` (il2): a law's point is a letter, its consonant said by name ("điểm dê"), as the
    capitals are (`spell_lone_letters`); a vowel reads as itself (`điểm a`)."""
    return POINT_LETTERS.sub(
        lambda m: "iểm " + CONSONANT.sub(lambda c: ctx.lexicon.spell(c.group(0)), m.group(1)), text
    )


@on_lines_matching(r"-")
def split_word_hyphens(text: str, ctx: Context) -> str:
    """`tây-tây bắc`, `Hà Tĩnh-Quảng Bình`: a hyphen between two words joins them; it is read as nothing. A part
    the lexicon holds is read now (`h-hr`): the lexicon took the joined word for one name and left it, and apart,
    a second reading would have read it (found by test_idempotent)."""
    if not WORD_HYPHEN.search(text):  # the hyphen first: a fast scan, where the words' pattern tries every letter
        return text
    return HYPHENED_WORDS.sub(lambda m: " ".join(_entry(part, ctx) for part in m.group(0).split("-")), text)


def _entry(word: str, ctx: Context) -> str:
    return ctx.lexicon.lookup(word) or word


def punctuation_to_pauses(text: str, ctx: Context) -> str:
    """Quotes and brackets are silent (a straight apostrophe too, where it quotes); `;`, `:`, dashes and slashes
    become short pauses.

    This rule sees every character of every script, so only dashes, ellipses and `+` get a
    decision (made on the text before any replacement); marks that always read the same are
    replaced with `str.replace`, one fast pass each. Spaces left before a comma are removed by `tidy_spaces`.
    """
    text = on_hinted_lines(QUOTES, text, lambda lines: GLUED_QUOTE.sub(" ", lines))
    text = PAUSE_MARKS.sub(_pause, SILENT_MARKS.sub("", text))
    text = QUOTE_APOSTROPHE.sub("", text) if "'" in text else text
    for mark, spoken in PAUSE_WORDS:
        text = text.replace(mark, spoken)
    return text


def _pause(mark: re.Match[str]) -> str:
    text, written = mark.string, mark.group(0)
    before = text[mark.start() - 1] if mark.start() else "\n"
    after = text[mark.end()] if mark.end() < len(text) else "\n"
    if written[0] in ".…":
        return ", " if _next_is_lower(text, mark.end()) else ". "  # `Tòa án... yêu cầu`: the sentence goes on
    if written[0] in "-–—":
        if before in " \t" and after in " \t":
            return ", "  # "9h - 10h" was read earlier; a spaced dash is a pause
        if before.isalnum() and after in " \t" and _next_is_upper(text, mark.end()):
            return ", "  # `Nguyễn Thắng- Đài Truyền thanh`: a byline's dash
        if written[0] != "-" and before.isalpha() and after.isalpha():
            return ", "  # `Hà Nội–Hải Phòng`: a dash no word is written with joins two names; the voice ran them on
        return written if before.isalnum() and after.isalnum() else " "  # inside a word it stays
    if text[max(0, mark.start() - 3) : mark.start()].rstrip(" \t").endswith(":") and _next_is_upper(text, mark.end()):
        return " "  # `mức độ 2: + Đối với công dân`: a list's bullet after a colon (bu2), no sum
    return "cộng" if before in " \t" and after in " \t" else " "


def _next_is_lower(text: str, start: int) -> bool:
    rest = text[start : start + 4].lstrip(" ,")
    return rest[:1].islower()


def _next_is_upper(text: str, start: int) -> bool:
    rest = text[start : start + 3].lstrip(" ")
    return rest[:1].isupper()


def tidy_spaces(text: str, ctx: Context) -> str:
    """Collapse runs of spaces and stray commas left by the rules above: spaces first, so the later patterns can
    start with a literal space or mark (fast scans) instead of "any whitespace"."""
    for space in OTHER_SPACES:
        if space in text:
            text = text.replace(space, " ")
    while "  " in text:  # each pass halves every run: faster than a regex over the whole text
        text = text.replace("  ", " ")
    for mark in ",.!?":  # one space at most is left before a mark: str.replace, 3x faster than a regex
        text = text.replace(" " + mark, mark)
    text = on_hinted_lines(MARK_PAIRS, text, _mend_mark_pairs)  # the patterns open on a class: tried on few lines
    return "\n".join(line.strip(LINE_EDGES) for line in text.split("\n"))


def _mend_mark_pairs(text: str) -> str:
    """No space is left before a mark now: each pattern runs only where the two marks it mends stand together."""
    if any(pair in text for pair in ("..", ".,", ",.", ",,")):
        text = re.sub(r"[.,][.,]+", lambda m: "." if "." in m.group(0) else m.group(0), text)
    if any(pair in text for pair in (",,", ".,", "!,", "?,")):
        text = re.sub(r"([,.!?])(?: ?,)+", r"\1", text)
    if any(pair in text for pair in (",.", ",!", ",?")):
        text = re.sub(r", ?([.!?])", r"\1", text)
    return text
