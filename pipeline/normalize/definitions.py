"""Abbreviations a text defines for itself: `Tổng điều tra nông thôn, nông nghiệp (TĐTNN)`, `Ban Chỉ đạo (BCĐ)`.

A bracketed abbreviation whose letters are the initials of the words just before it is the written shorthand
being defined: announcers do not read it (every annotator of the blind batches dropped it), and where the text
uses it again they say the words it stands for, which the text itself gave. The normalizer looks for definitions
in the whole script before its rules run, so a definition on one line reads the uses on the lines after it.
"""

from __future__ import annotations

import re
import unicodedata

from .context import Context
from .lines import on_lines_matching
from .syllable import is_syllable

# `báo động 2 (BĐ2)`, `Công an Quận 1 (CAQ1)`: the number the words end on may close the abbreviation too;
# `Bộ Lao động – Thương binh và Xã hội (LĐ-TB&XH)`: a hyphen may part its groups as a dash parts the words (br2)
DEFINITION = re.compile(r"\(([A-ZĐ][A-ZĐƯ&]{1,7}(?:-[A-ZĐƯ&]{1,9}){0,2}(?:[^\S\n][A-ZĐƯ]{2,5})?[0-9]{0,3})\)")
# `Olaf Scholz (Ô.Sôn)`, `Mykhailo Podolyak (M.Pô-đô-li-ắc)` (ei1): the news agency's gloss of a foreign name, its
# first name's initial and the family name in Vietnamese syllables
NAME_GLOSS = re.compile(r"\b([A-Z][a-z]{2,})[^\S\n]*\([A-ZĐÂÊÔƠƯ]\.[^\S\n]?([A-ZĐ][^\W0-9_]*(?:-[^\W0-9_]+)*)\)")
GLOSS_OPENING = re.compile(r"\([A-ZĐÂÊÔƠƯ]\.")  # NAME_GLOSS's bracket and initial: a scan for a literal, where
# NAME_GLOSS opens on a word boundary, which `re` tries at every character
BRACKETED = re.compile(r"\(([^()\n]{2,60})\)")  # the bracket first: a scan for a literal
NUMBER_AT_END = re.compile(r"(?<![0-9])([0-9]{1,3})[^\S\n]*$")
WORD = re.compile(r"[^\W0-9_]+")


def defined_words(text: str, m: re.Match[str]) -> str | None:
    """The words before the bracket `m` whose initials its letters are (`và` skipped for `&`), else None."""
    letters = [_base(ch) for ch in m.group(1) if ch.isalpha()]
    before = text[max(0, m.start() - 80) : m.start()]
    if not _same_number(m.group(1), before):
        return None
    words = list(WORD.finditer(before[before.rfind("\n") + 1 :]))
    offset = before.rfind("\n") + 1
    if "&" in m.group(1):  # `Phòng cháy ... và Cứu nạn (PCCC&CNCH)`
        words = [w for w in words if w.group(0).lower() != "và"]
    end = len(before)
    if [w.group(0) for w in words[-2:]] == ["Việt", "Nam"] and letters[-2:] != ["V", "N"]:
        end, words = offset + words[-2].start(), words[:-2]  # `Bảo hiểm xã hội Việt Nam (BHXH)` (jc1): no country
    chosen = words[-len(letters) :]
    if len(chosen) != len(letters) or [_base(w.group(0)[0]) for w in chosen] != letters:
        chosen = _initials_of_a_list(words, letters)
    if not chosen:
        return None
    return before[offset + chosen[0].start() : end].strip(" ,;:-–")


def _same_number(abbreviation: str, before: str) -> bool:
    """`(BĐ2)` defines only after `báo động 2`: its number must be the one the words end on (`(MCV2)` after
    `mũi hai văcxin sởi` is a name of its own, read)."""
    digits = abbreviation[len(abbreviation.rstrip("0123456789")) :]
    end = NUMBER_AT_END.search(before) if digits else None
    return not digits or (end is not None and end.group(1) == digits)


def _initials_of_a_list(words: list[re.Match[str]], letters: list[str]) -> list[re.Match[str]]:
    """`nông nghiệp, lâm nghiệp và thủy sản (NLTS)`: a list's shared word (`nghiệp`, said twice) and its `và`
    give no letter; the other words' initials must then be the letters exactly, else nothing is defined."""
    said = [w.group(0).lower() for w in words]
    kept = [w for w, s in zip(words, said, strict=True) if s != "và" and said.count(s) == 1]
    start = len(kept) - len(letters)
    if start < 0 or [_base(w.group(0)[0]) for w in kept[start:]] != letters:
        return []
    return [w for w in words if w.start() >= kept[start].start()]


def find_definitions(text: str) -> dict[str, str]:
    """Each abbreviation the text defines -> the words it stands for (the first definition wins); each name it glosses
    -> the syllables it gives."""
    return {**name_glosses(text), **{abbreviation: words for abbreviation, (_, words) in definitions_at(text).items()}}


def name_glosses(text: str) -> dict[str, str]:
    """`Thủ tướng Đức Olaf Scholz (Ô.Sôn)`: the text says how the name is said, "Sôn", here and on every line after
    (`Ông Scholz cho biết`), as the annotator read it; the guess (`Podolyak` "pô đôn dắc") or a general reading
    gives way to it. Only syllables Vietnamese has count as a gloss; the bracket is dropped once read."""
    found: dict[str, str] = {}
    for m in NAME_GLOSS.finditer(text) if "(" in text and GLOSS_OPENING.search(text) else ():
        syllables = m.group(2).split("-")
        if all(is_syllable(s.lower()) for s in syllables) and not is_syllable(m.group(1).lower()):
            found.setdefault(m.group(1), " ".join(syllables))
    return found


def definitions_at(text: str) -> dict[str, tuple[int, str]]:
    """Each abbreviation the text defines -> (where its first definition's bracket starts, the words): lint says
    on which line the text gives the words its later uses are read as."""
    found: dict[str, tuple[int, str]] = {}
    for m in DEFINITION.finditer(text) if "(" in text else ():
        words = defined_words(text, m)
        if words and m.group(1) not in found:
            found[m.group(1)] = (m.start(), words)
    return found


def read_defined_abbreviations(text: str, ctx: Context) -> str:
    """`cuộc TĐT` after `Tổng điều tra (TĐT)`: the text's own definition is read, before the lexicon's guess. A name
    with a number the lexicon reads (`báo động 2 (BĐ2)`, al1: `BĐ 2`) is left to it and the rules, which read it the
    same and see it in a range (`BĐ1- BĐ2` "báo động một đến báo động hai"; replaced first, the range was lost)."""
    own = [name for name in ctx.defined if not _read_by_the_lexicon(name, ctx)]
    if not own:
        return text
    names = "|".join(map(re.escape, sorted(own, key=len, reverse=True)))
    pattern = re.compile(rf"(?:{names})(?![\w&])")  # the names first: a look-behind first tried every position

    def read(m: re.Match[str]) -> str:
        before = text[m.start() - 1 : m.start()]
        return m.group(0) if before and (before.isalnum() or before in "_&./-") else ctx.defined[m.group(0)]

    return pattern.sub(read, text)


@on_lines_matching(r"\((?=[^()\n]{2,60}\))")  # 2 to 60 characters and a closing bracket, as `BRACKETED` wants
def drop_echoed_brackets(text: str, ctx: Context) -> str:
    """`đồng yên Nhật (JPY) suy yếu` (jw1, twice): once the lexicon has read the code, the bracket says again the
    words just before it, "yên Nhật, yên Nhật"; a bracket that only repeats them is the code the words were given
    in, as a definition is, and is not read (`đô la Mỹ (USD)`, `đồng euro (EUR)`; `cứu nạn cứu hộ (PCCC-CNCH)`, jz2,
    its commas aside). One word is no such name: a tie-break's points after a set, read by now, may say the number
    before them again (`7-6(6)`, fc1)."""

    def drop(m: re.Match[str]) -> str:
        said = _words(m.group(1))  # the words alone: `cứu nạn, cứu hộ` is `cứu nạn cứu hộ` aloud
        line_start = text.rfind("\n", 0, m.start()) + 1  # on its own line: a table's next cell may repeat it
        window = text[max(line_start, m.start() - 80) : m.start()].casefold()
        if len(said) < 2 or said[-1] not in window:
            return m.group(0)  # most brackets: their last word is not before them, so no need to find the words there
        return "" if _words(window)[-len(said) :] == said else m.group(0)

    return BRACKETED.sub(drop, text)


def _words(text: str) -> list[str]:
    """The words of `text` in small letters, without "và": the letters' hyphen may stand for it (`PCCC-CNCH`)."""
    return [word for word in WORD.findall(text.casefold()) if word != "và"]


def _read_by_the_lexicon(name: str, ctx: Context) -> bool:
    """`BĐ2` is the lexicon's `BĐ 2`; `CAQ1` (Công an Quận 1, ai1) is no entry, so its definition is read."""
    letters = name.rstrip("0123456789")
    return letters != name and ctx.lexicon.lookup(f"{letters} {name[len(letters) :]}") is not None


def _base(letter: str) -> str:
    """The letter without its marks, in capitals: Ủ is U, Ư is U, Đ stays Đ."""
    return unicodedata.normalize("NFD", letter.upper())[0]
